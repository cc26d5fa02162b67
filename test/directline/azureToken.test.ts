import * as http from 'http';
import { AddressInfo } from 'net';
import { EchoServer, startEchoServer } from './echoServer';

/** Azure mode: the server exchanges DIRECT_LINE_SECRET for a token; a loopback server stands in for Azure. */
describe('Direct Line token endpoint (Azure mode)', () => {
  let azure: http.Server;
  let azureStatus = 200;
  let server: EchoServer;
  const seen: { path?: string; auth?: string; body: { user?: { id?: string } } }[] = [];

  beforeAll(async () => {
    azure = http.createServer((req, res) => {
      let data = '';
      req.on('data', (c) => (data += c));
      req.on('end', () => {
        seen.push({ path: req.url, auth: req.headers.authorization, body: JSON.parse(data || '{}') });
        res.writeHead(azureStatus, { 'content-type': 'application/json' });
        res.end(JSON.stringify(azureStatus === 200 ? { conversationId: 'azure-conv', token: 'azure-token', expires_in: 1800 } : { error: { code: 'BadArgument' } }));
      });
    });
    await new Promise<void>((r) => azure.listen(0, '127.0.0.1', () => r()));
    server = await startEchoServer({
      webPage: { directLineSecret: 'the-secret', tokenRateLimitPerMinute: 4, trustProxy: true, directLineUrl: `http://127.0.0.1:${(azure.address() as AddressInfo).port}/` },
    });
  });
  afterAll(async () => {
    await server.close();
    azure.close();
  });

  const token = (headers: Record<string, string> = {}) => fetch(`${server.url}/api/directline/token`, { method: 'POST', headers });

  it('tells the page to use Azure and hands out tokens bound to a server-chosen user, never the secret', async () => {
    expect(await (await fetch(`${server.url}/api/webchat/config`)).json()).toMatchObject({ mode: 'azure' });
    const response = await token();
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { token: string; userId: string };
    expect(body).toEqual({ token: 'azure-token', conversationId: 'azure-conv', expires_in: 1800, userId: expect.stringMatching(/^dl_[0-9a-f]{24}$/) });
    expect(seen[0]).toEqual({ path: '/v3/directline/tokens/generate', auth: 'Bearer the-secret', body: { user: { id: body.userId } } });
    const second = (await (await token()).json()) as { userId: string };
    expect(second.userId).not.toBe(body.userId);
    for (const path of ['/', '/web/app.js', '/api/webchat/config']) expect(await (await fetch(`${server.url}${path}`)).text()).not.toContain('the-secret');
  });

  it('answers 502 with a JSON error when Azure refuses or cannot be reached', async () => {
    azureStatus = 500;
    const refused = await token({ 'x-forwarded-for': '198.51.100.1' });
    expect(refused.status).toBe(502);
    expect(await refused.json()).toEqual({ error: expect.any(String) });
    azureStatus = 200;
    await new Promise<void>((r) => azure.close(() => r()));
    const unreachable = await token({ 'x-forwarded-for': '198.51.100.1' });
    expect(unreachable.status).toBe(502);
    expect(await unreachable.json()).toEqual({ error: expect.any(String) });
  });

  it('limits token requests per visitor address with 429 and a JSON error', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await token({ 'x-forwarded-for': '203.0.113.7' })).status);
    expect(statuses.slice(0, 4)).not.toContain(429);
    expect(statuses[4]).toBe(429);
    const limited = await token({ 'x-forwarded-for': '203.0.113.7' });
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(await limited.json()).toEqual({ error: expect.any(String) });
    // Behind our own proxy another visitor has their own allowance.
    expect((await token({ 'x-forwarded-for': '203.0.113.8' })).status).not.toBe(429);
  });
});
