import { EchoServer, startEchoServer } from './echoServer';

/**
 * Abuse of the embedded Direct Line (issue #12): a caller on loopback rotating X-Forwarded-For to dodge
 * the rate limit and fill the conversation store, and a visitor posting as another visitor's user id.
 */

interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

async function call(url: string, init: { method?: string; token?: string; forwardedFor?: string; body?: unknown } = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.forwardedFor) headers['x-forwarded-for'] = init.forwardedFor;
  const response = await fetch(url, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

interface Started {
  conversationId: string;
  token: string;
}

const startFrom = (server: EchoServer, forwardedFor?: string) => call(`${server.url}/v3/directline/tokens/generate`, { method: 'POST', forwardedFor });

describe('embedded Direct Line rate limit key', () => {
  let servers: EchoServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });

  it('without trustProxy, rotating X-Forwarded-For from loopback is still one address', async () => {
    const server = await startEchoServer({ directLine: { startsPerMinute: 3, clock: () => 1_000_000 } });
    servers.push(server);
    const statuses: number[] = [];
    for (let i = 1; i <= 5; i++) statuses.push((await startFrom(server, `198.51.100.${i}`)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it('with trustProxy, the last hop (the one our proxy appended) is the key', async () => {
    const server = await startEchoServer({ directLine: { startsPerMinute: 1, trustProxy: true, clock: () => 1_000_000 } });
    servers.push(server);
    expect((await startFrom(server, '198.51.100.1')).status).toBe(200);
    expect((await startFrom(server, '198.51.100.2')).status).toBe(200);
    // A spoofed first entry does not make a new visitor: the proxy's own entry is last.
    expect((await startFrom(server, '203.0.113.7, 198.51.100.1')).status).toBe(429);
  });
});

describe('embedded Direct Line store full of live conversations', () => {
  let now = 1_000_000;
  let server: EchoServer;
  beforeAll(async () => {
    server = await startEchoServer({ directLine: { maxConversations: 2, idleMs: 60_000, startsPerMinute: 100, clock: () => now } });
  });
  afterAll(() => server.close());

  const conversationOf = (s: Started) => call(`${server.url}/v3/directline/conversations/${s.conversationId}`, { token: s.token });

  it('refuses a new conversation with 503 and Retry-After instead of evicting a live one', async () => {
    const a = (await startFrom(server)).body as unknown as Started;
    const b = (await startFrom(server)).body as unknown as Started;
    now += 1000;
    const refused = await startFrom(server);
    expect(refused.status).toBe(503);
    expect(refused.body).toEqual({ error: expect.any(String) });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const opened = await call(`${server.url}/v3/directline/conversations`, { method: 'POST' });
    expect(opened.status).toBe(503);
    expect(opened.headers.get('retry-after')).toBeTruthy();
    expect((await conversationOf(a)).status).toBe(200);
    expect((await conversationOf(b)).status).toBe(200);

    // Idle-expired conversations make room.
    now += 60_001;
    const c = await startFrom(server);
    expect(c.status).toBe(200);
    expect((await conversationOf(c.body as unknown as Started)).status).toBe(200);
  });
});

describe('embedded Direct Line user identity', () => {
  let server: EchoServer;
  beforeAll(async () => {
    server = await startEchoServer();
  });
  afterAll(() => server.close());

  const post = (s: Started, from: Record<string, unknown>, text: string) =>
    call(`${server.url}/v3/directline/conversations/${s.conversationId}/activities`, { method: 'POST', token: s.token, body: { type: 'message', text, from } });
  const botGot = (s: Started, text: string) => server.received.find((a) => a.conversation?.id === s.conversationId && a.type === 'message' && a.text === text);

  it('gives each visitor a server-assigned user id and ignores a client-supplied from.id', async () => {
    const a = (await startFrom(server)).body as unknown as Started;
    const b = (await startFrom(server)).body as unknown as Started;
    expect((await post(a, { id: 'web_alice', name: 'Alice' }, 'from A')).status).toBe(200);
    const idOfA = botGot(a, 'from A')?.from?.id ?? '';
    expect(idOfA).toMatch(/^dl_[A-Za-z0-9_-]{16,}$/);
    expect(botGot(a, 'from A')?.from?.name).toBe('Alice');

    // B claims A's id (as a "delete my data" would, to delete A's handoff).
    expect((await post(b, { id: idOfA, name: 'x'.repeat(500) }, 'from B')).status).toBe(200);
    const fromB = botGot(b, 'from B')?.from;
    expect(fromB?.id).toMatch(/^dl_/);
    expect(fromB?.id).not.toBe(idOfA);
    expect((fromB?.name ?? '').length).toBeLessThanOrEqual(128);
    const join = server.received.find((x) => x.conversation?.id === b.conversationId && x.type === 'conversationUpdate');
    expect(join?.membersAdded?.map((m) => m.id)).toEqual([fromB?.id]);
    expect(server.received.filter((x) => x.conversation?.id === b.conversationId).every((x) => x.from?.id !== idOfA)).toBe(true);

    // And the user id stays the same within a conversation whatever later activities claim.
    expect((await post(b, { id: 'web_other' }, 'again from B')).status).toBe(200);
    expect(botGot(b, 'again from B')?.from?.id).toBe(fromB?.id);
  });

  it('binds the user to the token from tokens/generate, through opening the conversation and refreshing', async () => {
    const generated = (await startFrom(server)).body as unknown as Started;
    const opened = await call(`${server.url}/v3/directline/conversations`, { method: 'POST', token: generated.token });
    expect(opened.status).toBe(201);
    expect(opened.body.conversationId).toBe(generated.conversationId);
    const refreshed = await call(`${server.url}/v3/directline/tokens/refresh`, { method: 'POST', token: generated.token });
    expect(refreshed.status).toBe(200);
    const session = { conversationId: String(opened.body.conversationId), token: String(refreshed.body.token) };
    expect((await post(session, { id: 'web_first' }, 'first')).status).toBe(200);
    const bound = botGot(session, 'first')?.from?.id;
    expect(bound).toMatch(/^dl_/);
    expect(bound).not.toBe('web_first');
    // Another visitor's conversation has a different binding.
    const other = (await startFrom(server)).body as unknown as Started;
    expect((await post(other, { id: bound }, 'second')).status).toBe(200);
    expect(botGot(other, 'second')?.from?.id).not.toBe(bound);
  });
});
