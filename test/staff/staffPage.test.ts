import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as zlib from 'zlib';
import * as restify from 'restify';
import { CHART_BUNDLE, registerStaffPage, STAFF_CONTENT_SECURITY_POLICY } from '../../channels/staffPage';
import { fromRoot } from '../../domain/paths';

/** The staff page's files and strings, served by channels/staffPage.ts on a bare restify server. */
describe('staff page', () => {
  let server: restify.Server;
  let url = '';
  beforeAll(async () => {
    server = restify.createServer({ name: 'staff-page-test', handleUncaughtExceptions: false });
    server.use(restify.plugins.queryParser({ mapParams: false }));
    registerStaffPage(server, { playbooks: ['general', 'training'], personas: ['plums'] });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  function raw(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      http.get(`${url}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
  }

  const links = (html: string): string[] => [...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((m) => m[1]);

  it('serves the page under a policy with no inline or eval script, no inline style, no other origin and no framing', async () => {
    const page = await raw('/staff');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const policy = String(page.headers['content-security-policy']);
    expect(policy).toBe(STAFF_CONTENT_SECURITY_POLICY);
    const directives = new Map(policy.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
  });

  it('links its own files by content version and has nothing the policy would block (inline scripts, styles, handlers)', async () => {
    const html = (await raw('/staff')).body.toString('utf8');
    expect(links(html)).toEqual([
      '/web/icon.svg',
      expect.stringMatching(/^\/staff\/assets\/staff\.css\?v=[\w-]{16}$/),
      expect.stringMatching(/^\/staff\/assets\/chart\.js\?v=[\w-]{16}$/),
      expect.stringMatching(/^\/staff\/assets\/staff\.js\?v=[\w-]{16}$/),
    ]);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });

  it('serves Chart.js from the installed package, gzipped and cached for good under its versioned link', async () => {
    const link = links((await raw('/staff')).body.toString('utf8')).find((l) => l.startsWith('/staff/assets/chart.js'));
    const answer = await raw(String(link), { 'accept-encoding': 'gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/javascript/);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.gunzipSync(answer.body).equals(fs.readFileSync(CHART_BUNDLE))).toBe(true);
    const unversioned = await raw('/staff/assets/chart.js');
    expect(unversioned.headers['cache-control']).toBe('no-cache');
    expect(unversioned.body.equals(fs.readFileSync(CHART_BUNDLE))).toBe(true);
  });

  it.each(['/staff/assets/index.html', '/staff/assets/..%2F..%2Fpackage.json', '/staff/assets/chart.umd.min.js.map', '/staff/assets/app.js'])('answers 404 for %s', async (path) => {
    expect((await raw(path)).status).toBe(404);
  });

  type Tree = { [key: string]: string | Tree };
  const leaves = (tree: Tree, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`)));

  it.each([
    ['en', 'Sign in', 'Sales training course', 'Mrs. Li and the plums', 'Already claimed'],
    ['zh-CN', '登录', '销售培训课程', '老太太买李子', '已被'],
  ])('serves the %s strings: the page, the handoff labels, playbook and persona names', async (locale, signIn, training, plums, race) => {
    const answer = await raw(`/staff/strings/${locale}`);
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.body.toString('utf8')) as { locale: string; staff: Tree; handoff: { status: Tree }; playbooks: Record<string, string>; personas: Record<string, string> };
    expect(body.locale).toBe(locale);
    expect((body.staff.signIn as Tree).heading).toBe(signIn);
    expect(String((body.staff.detail as Tree).alreadyClaimed)).toContain(race);
    expect(Object.keys(body.handoff.status).sort()).toEqual(['claimed', 'completed', 'open']);
    expect(body.playbooks.training).toBe(training);
    expect(body.personas.plums).toBe(plums);
    const file = JSON.parse(fs.readFileSync(fromRoot('locales', locale, 'staff.json'), 'utf8')) as Tree;
    expect(leaves(body.staff)).toEqual(leaves(file));
  });

  it('has the same staff strings in both languages, and answers 404 for another language', async () => {
    const en = JSON.parse((await raw('/staff/strings/en')).body.toString('utf8')) as { staff: Tree };
    const zh = JSON.parse((await raw('/staff/strings/zh-CN')).body.toString('utf8')) as { staff: Tree };
    expect(leaves(zh.staff).sort()).toEqual(leaves(en.staff).sort());
    expect((await raw('/staff/strings/fr')).status).toBe(404);
  });

  it('puts data into the page only as text: staff.js never parses strings as HTML or code', () => {
    const script = fs.readFileSync(fromRoot('web', 'staff', 'staff.js'), 'utf8');
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
  });
});
