import * as http from 'http';
import * as restify from 'restify';
import { AddressInfo } from 'net';
import { registerWebPage } from '../../bot/channels/webPage';

/** Azure mode: the server exchanges DIRECT_LINE_SECRET for a token; a loopback server stands in for Azure. */
describe('Direct Line token endpoint (Azure mode)', () => {
  let azure: http.Server;
  let server: restify.Server;
  let url: string;
  const seen: { auth?: string; body: { user?: { id?: string } } }[] = [];

  beforeAll(async () => {
    azure = http.createServer((req, res) => {
      let data = '';
      req.on('data', (c) => (data += c));
      req.on('end', () => {
        seen.push({ auth: req.headers.authorization, body: JSON.parse(data || '{}') });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ conversationId: 'azure-conv', token: 'azure-token', expires_in: 1800 }));
      });
    });
    await new Promise<void>((r) => azure.listen(0, '127.0.0.1', () => r()));
    server = restify.createServer();
    server.use(restify.plugins.queryParser({ mapParams: false }));
    registerWebPage(server, {
      directLineSecret: 'the-secret',
      tokenRateLimitPerMinute: 3,
      defaultLocale: 'en',
      directLineUrl: `http://127.0.0.1:${(azure.address() as AddressInfo).port}`,
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    azure.close();
  });

  it('tells the page to use Azure, hands out tokens bound to a server-chosen user, never the secret', async () => {
    expect(await (await fetch(`${url}/api/webchat/config`)).json()).toMatchObject({ mode: 'azure' });
    const response = await fetch(`${url}/api/directline/token`, { method: 'POST' });
    const body = (await response.json()) as { token: string; userId: string };
    expect(body.token).toBe('azure-token');
    expect(body.userId).toMatch(/^dl_[0-9a-f]{24}$/);
    expect(JSON.stringify(body)).not.toContain('the-secret');
    expect(seen[0]).toEqual({ auth: 'Bearer the-secret', body: { user: { id: body.userId } } });
    const page = await (await fetch(`${url}/`)).text();
    expect(page).not.toContain('the-secret');
  });

  it('limits token requests per address with 429 and a JSON error', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await fetch(`${url}/api/directline/token`, { method: 'POST' })).status);
    expect(statuses).toContain(429);
    const limited = await fetch(`${url}/api/directline/token`, { method: 'POST' });
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({ error: expect.any(String) });
  });
});
