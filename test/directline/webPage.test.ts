import * as fs from 'fs';
import * as http from 'http';
import * as zlib from 'zlib';
import { EchoServer, startEchoServer } from './echoServer';
import { WEB_CHAT_BUNDLE } from '../../channels/webPage';

/** The page and Web Chat served from the installed package: versioned links, caching, compression. */
describe('web chat page', () => {
  let server: EchoServer;
  beforeAll(async () => {
    server = await startEchoServer({ webPage: { defaultLocale: 'zh-CN', playbook: 'broadband' } });
  });
  afterAll(() => server.close());

  async function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${server.url}${path}`, { headers });
  }

  /** The bytes as sent (fetch would undo the compression). */
  function raw(path: string, headers: Record<string, string>): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      http.get(`${server.url}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
  }

  function links(html: string): string[] {
    return [...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((m) => m[1]);
  }

  it('serves the page with its own files linked by content version, a content security policy, and no stale copy', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('探寻 Tanxun');
    expect(html).toContain('name="viewport"');
    expect(links(html)).toEqual([expect.stringMatching(/^\/web\/icon\.svg\?v=[\w-]{16}$/), expect.stringMatching(/^\/web\/styles\.css\?v=[\w-]{16}$/), expect.stringMatching(/^\/webchat\.js\?v=[\w-]{16}$/), expect.stringMatching(/^\/web\/app\.js\?v=[\w-]{16}$/)]);

    const again = await get('/', { 'if-none-match': String(page.headers.get('etag')) });
    expect(again.status).toBe(304);
  });

  it('serves Web Chat from node_modules, compressed with brotli or gzip, cached for good under its versioned link', async () => {
    const link = links(await (await get('/')).text()).find((l) => l.startsWith('/webchat.js'));
    const original = fs.readFileSync(WEB_CHAT_BUNDLE);

    const br = await raw(String(link), { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.brotliDecompressSync(br.body).equals(original)).toBe(true);
    expect(br.body.length).toBeLessThan(original.length / 4);

    const gz = await raw(String(link), { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).equals(original)).toBe(true);

    const plain = await raw('/webchat.js', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('no-cache');
    expect(plain.body.equals(original)).toBe(true);
  });

  it('serves only the page\'s own files under /web/', async () => {
    expect((await get('/web/app.js')).status).toBe(200);
    expect((await get('/web/styles.css')).headers.get('content-type')).toMatch(/^text\/css/);
    for (const path of ['/web/..%2Fpackage.json', '/web/index.html', '/web/missing.js', '/web/.env']) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: expect.any(String) });
    }
  });

  it('tells the page to use the embedded Direct Line, in the default language, with the configured playbook', async () => {
    const config = await get('/api/webchat/config');
    expect(config.headers.get('cache-control')).toBe('no-store');
    expect(await config.json()).toEqual({ mode: 'embedded', defaultLocale: 'zh-CN', playbook: 'broadband' });
    const token = await fetch(`${server.url}/api/directline/token`, { method: 'POST' });
    expect(token.status).toBe(404);
    expect(await token.json()).toEqual({ error: expect.any(String) });
  });
});
