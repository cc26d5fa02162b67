import * as restify from 'restify';
import { AddressInfo } from 'net';
import { MemoryStorage } from 'botbuilder';
import { HandoffQueue } from '../../services/handoff/HandoffQueue';
import { registerStaffApi, StaffApiDeps, transcriptLink } from '../../host/staffApi';
import { isJsonError, rawRequest } from '../http/rawHttp';
import { record } from './fixtures';

const KEY = 'staff-key-0123456789';

interface Running {
  url: string;
  port: number;
  queue: HandoffQueue;
  close(): Promise<void>;
}

/** A real restify server set up the way host/server.ts sets it up, on loopback. */
async function serve(deps: Omit<StaffApiDeps, 'queue'> = {}): Promise<Running> {
  const queue = new HandoffQueue(new MemoryStorage(), () => new Date('2026-11-24T08:00:00.000Z'), { logger: { warn: () => undefined } });
  for (const n of [1, 2, 3]) await queue.upsert(record(n));
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, rejectUnknown: false }));
  registerStaffApi(server, { queue, ...deps });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, port, queue, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('staff API without a key: DNS rebinding and cross-site requests', () => {
  let api: Running;
  beforeAll(async () => {
    api = await serve();
  });
  afterAll(() => api.close());

  const get = (path: string, headers: Record<string, string>) => rawRequest(api.url, { method: 'GET', path, headers });

  it.each(['evil.example', 'evil.example:PORT', 'rebind.attacker.test', '127.0.0.1.evil.example:PORT', '10.0.0.1:PORT'])(
    'refuses a request whose Host is %p (a rebound name) without leaking handoffs',
    async (host) => {
      const answer = await get('/api/handoffs', { host: host.replace('PORT', String(api.port)) });
      expect([403, 421]).toContain(answer.status);
      expect(isJsonError(answer)).toBe(true);
      expect(answer.text).not.toContain('conv-1');
    },
  );

  it.each(['localhost', 'localhost:PORT', '127.0.0.1:PORT', '127.3.4.5', '[::1]:PORT', '[::1]', 'LOCALHOST:PORT'])('serves Host %p', async (host) => {
    const answer = await get('/api/handoffs', { host: host.replace('PORT', String(api.port)) });
    expect(answer.status).toBe(200);
  });

  it('refuses cross-origin and cross-site browser requests on every route', async () => {
    const foreign: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: `http://localhost:${api.port + 1}` },
      { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'cors' },
      { 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'no-cors' },
    ];
    for (const headers of foreign) {
      for (const [method, path] of [['GET', '/api/handoffs'], ['GET', '/api/handoffs/h-1'], ['GET', '/api/handoffs/h-1/transcript'], ['POST', '/api/handoffs/h-1/complete']]) {
        const answer = await rawRequest(api.url, { method, path, headers });
        expect({ headers, path, status: answer.status }).toEqual({ headers, path, status: 403 });
        expect(isJsonError(answer)).toBe(true);
      }
    }
    expect((await api.queue.get('h-1'))?.status).toBe('open');
  });

  it('refuses a cross-origin text/plain claim (a form or no-preflight fetch) and leaves the handoff open', async () => {
    const body = JSON.stringify({ rep: 'Mallory' });
    const crossOrigin = await rawRequest(api.url, { path: '/api/handoffs/h-2/claim', headers: { 'content-type': 'text/plain', origin: 'https://evil.example' }, body });
    expect(crossOrigin.status).toBe(403);
    // Even with the browser's headers stripped (an old browser, a plugin), a non-JSON body is refused.
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const answer = await rawRequest(api.url, { path: '/api/handoffs/h-2/claim', headers: { 'content-type': type }, body });
      expect({ type, status: answer.status }).toEqual({ type, status: 415 });
      expect(isJsonError(answer)).toBe(true);
    }
    expect((await api.queue.get('h-2'))?.status).toBe('open');
  });

  it('still serves this machine: same-origin, no Origin, and JSON claims', async () => {
    expect((await get('/api/handoffs', { origin: api.url, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await get('/api/handoffs', { 'sec-fetch-site': 'none' })).status).toBe(200);
    const claim = await rawRequest(api.url, { path: '/api/handoffs/h-3/claim', headers: { 'content-type': 'application/json; charset=utf-8', origin: api.url }, body: JSON.stringify({ rep: 'Wang Fang' }) });
    expect(claim.status).toBe(200);
    expect((await rawRequest(api.url, { path: '/api/handoffs/h-3/complete' })).status).toBe(200);
  });
});

describe('staff API with a key: cross-site requests', () => {
  let api: Running;
  beforeAll(async () => {
    api = await serve({ apiKey: KEY });
  });
  afterAll(() => api.close());

  it('refuses a cross-origin request even with the key, and serves any Host', async () => {
    const authorization = `Bearer ${KEY}`;
    expect((await rawRequest(api.url, { method: 'GET', path: '/api/handoffs', headers: { authorization, origin: 'https://evil.example' } })).status).toBe(403);
    expect((await rawRequest(api.url, { method: 'GET', path: '/api/handoffs', headers: { authorization, host: 'tanxun.example.com' } })).status).toBe(200);
  });

  it('still opens the signed transcript link from a Teams card (a cross-site navigation)', async () => {
    const link = new URL(transcriptLink(api.url, 'h-1', KEY, new Date(Date.now() + 60_000)));
    const answer = await rawRequest(api.url, {
      method: 'GET',
      path: `${link.pathname}${link.search}`,
      headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', accept: 'text/html' },
    });
    expect(answer.status).toBe(200);
  });
});
