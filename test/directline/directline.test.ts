import { JSDOM } from 'jsdom';
import { Activity, ConnectionStatus, DirectLine } from 'botframework-directlinejs';
import { EchoServer, startEchoServer } from './echoServer';

/**
 * The embedded Direct Line driven by Microsoft's own client library (the one inside Web Chat) against a
 * bot on real botbuilder. directlinejs polls with XMLHttpRequest, which Node 20 lacks; jsdom supplies one
 * (pointed at the server's origin, so no CORS), and a WebSocket constructor the library looks up even with webSocket off.
 */

let dom: JSDOM | undefined;
const clients: DirectLine[] = [];

/** A page at the server's origin, whose XMLHttpRequest the client library then uses. */
function browserAt(url: string): void {
  dom?.window.close();
  dom = new JSDOM('', { url: `${url}/` });
  (global as unknown as { XMLHttpRequest: unknown }).XMLHttpRequest = dom.window.XMLHttpRequest;
}

afterEach(() => {
  for (const client of clients.splice(0)) if (client.connectionStatus$.getValue() !== ConnectionStatus.Ended) client.end();
});
afterAll(() => dom?.window.close());

interface Started {
  conversationId: string;
  token: string;
}

async function api(url: string, init: RequestInit & { token?: string } = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const response = await fetch(url, { ...init, headers });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {} };
}

async function generate(server: EchoServer): Promise<Started> {
  const { status, body } = await api(`${server.url}/v3/directline/tokens/generate`, { method: 'POST' });
  expect(status).toBe(200);
  return body as unknown as Started;
}

function client(server: EchoServer, options: { token: string; conversationId?: string; watermark?: string }): { dl: DirectLine; seen: Activity[] } {
  const dl = new DirectLine({
    ...options,
    domain: `${server.url}/v3/directline`,
    webSocket: false,
    pollingInterval: 200,
    WebSocket: dom?.window.WebSocket as unknown as typeof WebSocket,
  });
  clients.push(dl);
  const seen: Activity[] = [];
  // Ending a client errors its stream with "conversation ended"; that is expected here.
  dl.activity$.subscribe(
    (a) => seen.push(a),
    () => undefined,
  );
  return { dl, seen };
}

function post(dl: DirectLine, activity: Record<string, unknown>): Promise<string> {
  return new Promise((resolve, reject) => dl.postActivity({ from: { id: 'visitor' }, ...activity } as Activity).subscribe(resolve, reject));
}

async function until<T>(check: () => T | undefined | false, what: string, ms = 8000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const texts = (seen: Activity[]) => seen.filter((a) => a.type === 'message').map((a) => (a as { text?: string }).text);
const botSaid = (seen: Activity[], text: string) => seen.find((a) => a.type === 'message' && a.from.role === 'bot' && (a as { text?: string }).text === text);

describe('embedded Direct Line 3.0 with botframework-directlinejs and a botbuilder bot', () => {
  let server: EchoServer;
  beforeAll(async () => {
    server = await startEchoServer();
    browserAt(server.url);
  });
  afterAll(() => server.close());

  it('starts a conversation, echoes the client its own activity with an id, then delivers the replies in order', async () => {
    const started = await generate(server);
    const { dl, seen } = client(server, { token: started.token });
    const id = await post(dl, { type: 'message', text: 'hello', from: { id: 'visitor-1', name: 'Visitor' }, channelData: { clientActivityID: 'client-1' } });
    expect(id).toMatch(new RegExp(`^${started.conversationId}\\|\\d{7}$`));

    await until(() => botSaid(seen, 'echo: hello'), 'the echo');
    const own = seen.find((a) => a.id === id) as Activity & { channelData: { clientActivityID: string } };
    // The user id is the server's, bound to the conversation; the client's from.id is ignored.
    expect(own).toMatchObject({ type: 'message', text: 'hello', from: { id: expect.stringMatching(/^dl_/), name: 'Visitor', role: 'user' }, channelData: { clientActivityID: 'client-1' } });
    const userId = own.from.id;
    expect(userId).not.toBe('visitor-1');
    const order = seen.map((a) => (a.id === id ? 'own' : a.type === 'typing' ? 'typing' : (a as { text?: string }).text));
    expect(order).toEqual(['own', 'typing', 'echo: hello']);
    expect(seen.every((a) => a.conversation?.id === started.conversationId)).toBe(true);

    // The bot heard of the user joining first, then got the message as a channel sends it.
    const forBot = server.received.filter((a) => a.conversation?.id === started.conversationId);
    expect(forBot.map((a) => a.type)).toEqual(['conversationUpdate', 'message']);
    expect(forBot[0].membersAdded).toEqual([expect.objectContaining({ id: userId })]);
    expect(forBot[1]).toMatchObject({ id, channelId: 'directline', serviceUrl: `${server.url}/`, text: 'hello', from: { id: userId }, channelData: { clientActivityID: 'client-1' } });
  });

  it('keeps the order of messages posted without waiting, and one user id whatever the activities claim', async () => {
    const { token } = await generate(server);
    const { dl, seen } = client(server, { token });
    await Promise.all(['one', 'two', 'three'].map((text, i) => post(dl, { type: 'message', text, from: { id: i === 0 ? 'first-id' : 'someone-else' } })));
    await until(() => botSaid(seen, 'echo: three'), 'three echoes');
    expect(texts(seen).filter((t) => t?.startsWith('echo:'))).toEqual(['echo: one', 'echo: two', 'echo: three']);
    const users = new Set(seen.filter((a) => a.from.role === 'user').map((a) => a.from.id));
    expect(users.size).toBe(1);
    expect([...users][0]).toMatch(/^dl_/);
  });

  it('resumes from a watermark with only newer activities, and reconnects to the whole conversation', async () => {
    const started = await generate(server);
    const first = client(server, { token: started.token });
    await post(first.dl, { type: 'message', text: 'first' });
    await until(() => botSaid(first.seen, 'echo: first'), 'the first echo');
    const polled = await api(`${server.url}/v3/directline/conversations/${started.conversationId}/activities`, { token: started.token });
    expect(polled.status).toBe(200);
    const watermark = String(polled.body.watermark);
    expect((polled.body.activities as unknown[]).length).toBe(first.seen.length);
    first.dl.end();

    const later = client(server, { token: started.token, conversationId: started.conversationId, watermark });
    await post(later.dl, { type: 'message', text: 'second' });
    await until(() => botSaid(later.seen, 'echo: second'), 'the second echo');
    expect(texts(later.seen)).toEqual(['second', 'echo: second']);

    const reconnect = await api(`${server.url}/v3/directline/conversations/${started.conversationId}?watermark=0`, { token: started.token });
    expect(reconnect).toEqual({ status: 200, body: expect.objectContaining({ conversationId: started.conversationId, token: started.token }) });
    const again = client(server, { token: started.token, conversationId: started.conversationId });
    await until(() => botSaid(again.seen, 'echo: second'), 'the history');
    expect(texts(again.seen)).toEqual(['first', 'echo: first', 'second', 'echo: second']);
  });

  it('delivers proactive messages the bot sends later through the same serviceUrl', async () => {
    const started = await generate(server);
    const { dl, seen } = client(server, { token: started.token });
    await post(dl, { type: 'message', text: 'remember me' });
    await until(() => botSaid(seen, 'echo: remember me'), 'the echo');
    await server.proactive(started.conversationId, (context) => context.sendActivity('a colleague has your request'));
    await until(() => botSaid(seen, 'a colleague has your request'), 'the proactive message');
  });

  it('passes suggested actions and Adaptive Cards through', async () => {
    const { token } = await generate(server);
    const { dl, seen } = client(server, { token });
    await post(dl, { type: 'event', name: 'webchat/join', value: { locale: 'zh-CN' } });
    const welcome = await until(() => botSaid(seen, '欢迎!请选一个颜色。'), 'the welcome') as Activity & { suggestedActions: { actions: { title: string }[] } };
    expect(welcome.suggestedActions.actions.map((a) => a.title)).toEqual(['红色', '蓝色']);

    await post(dl, { type: 'message', text: 'card' });
    const card = await until(() => seen.find((a) => a.type === 'message' && (a as { attachments?: unknown[] }).attachments), 'the card');
    expect((card as { attachments: { contentType: string }[] }).attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');

  });

  it('delivers an updated activity under its old id, and a deletion as "messageDelete" under it', async () => {
    const started = await generate(server);
    const { dl, seen } = client(server, { token: started.token });
    await post(dl, { type: 'message', text: 'hi' });
    await until(() => botSaid(seen, 'echo: hi'), 'the echo');
    const draft = await server.proactive(started.conversationId, (context) => context.sendActivity('draft'));
    await until(() => botSaid(seen, 'draft'), 'the draft');
    expect(botSaid(seen, 'draft')?.id).toBe(draft?.id);

    await server.proactive(started.conversationId, (context) => context.updateActivity({ type: 'message', text: 'final', id: draft?.id }));
    expect((await until(() => botSaid(seen, 'final'), 'the update')).id).toBe(draft?.id);

    await server.proactive(started.conversationId, (context) => context.deleteActivity(draft?.id ?? ''));
    expect((await until(() => seen.find((a) => (a.type as string) === 'messageDelete'), 'the deletion')).id).toBe(draft?.id);

    // A client arriving now sees neither version.
    const history = await api(`${server.url}/v3/directline/conversations/${started.conversationId}/activities`, { token: started.token });
    expect((history.body.activities as { id: string; type: string }[]).filter((a) => a.id === draft?.id).map((a) => a.type)).toEqual(['messageDelete']);
  });

  it('answers 502 when the bot fails to take an activity, as Azure does, and goes on serving', async () => {
    const started = await generate(server);
    const url = `${server.url}/v3/directline/conversations/${started.conversationId}/activities`;
    expect(await api(url, { method: 'POST', token: started.token, body: JSON.stringify({ type: 'message', text: 'fail', from: { id: 'v' } }) })).toEqual({ status: 502, body: { error: expect.any(String) } });
    const { dl, seen } = client(server, { token: started.token, conversationId: started.conversationId });
    await post(dl, { type: 'message', text: 'after' });
    await until(() => botSaid(seen, 'echo: after'), 'the echo');
  });

  it('answers bad calls with JSON errors: 400 malformed, 403 wrong token, 404 unknown conversation or activity', async () => {
    const mine = await generate(server);
    const other = await generate(server);
    const activities = `${server.url}/v3/directline/conversations/${mine.conversationId}/activities`;
    const expectError = (r: { status: number; body: Record<string, unknown> }, status: number) => expect(r).toEqual({ status, body: { error: expect.any(String) } });

    expectError(await api(activities, { token: other.token }), 403);
    expectError(await api(activities, { method: 'POST', token: other.token, body: JSON.stringify({ type: 'message', text: 'x' }) }), 403);
    expectError(await api(activities, {}), 403);
    expectError(await api(`${server.url}/v3/directline/conversations/nope/activities`, { token: mine.token }), 404);
    expectError(await api(activities, { method: 'POST', token: mine.token, body: '[1]' }), 400);
    expectError(await api(activities, { method: 'POST', token: mine.token, body: JSON.stringify({ text: 'no type' }) }), 400);
    expectError(await api(activities, { method: 'POST', token: mine.token, body: JSON.stringify({ type: 'message', text: 'x'.repeat(10_001) }) }), 400);
    expectError(await api(activities, { method: 'POST', token: mine.token, body: JSON.stringify({ type: 'message', from: 'me' }) }), 400);
    expectError(await api(`${activities}?watermark=-3`, { token: mine.token }), 400);
    expectError(await api(`${server.url}/v3/directline/tokens/refresh`, { method: 'POST', token: 'not-a-token' }), 403);
    expectError(await api(`${server.url}/v3/directline/conversations`, { method: 'POST', token: 'not-a-token' }), 403);

    const connector = `${server.url}/v3/conversations`;
    expectError(await api(`${connector}/nope/activities`, { method: 'POST', body: JSON.stringify({ type: 'message', text: 'x' }) }), 404);
    expectError(await api(`${connector}/${mine.conversationId}/activities`, { method: 'POST', body: JSON.stringify({ text: 'no type' }) }), 400);
    expectError(await api(`${connector}/${mine.conversationId}/activities/nope`, { method: 'PUT', body: JSON.stringify({ type: 'message', text: 'x' }) }), 404);
    expectError(await api(`${connector}/${mine.conversationId}/activities/nope`, { method: 'DELETE' }), 404);
    const proxied = await fetch(`${connector}/${mine.conversationId}/activities`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' }, body: JSON.stringify({ type: 'message', text: 'fake bot' }) });
    expect(proxied.status).toBe(403);

    // Still serving after all that.
    const { dl, seen } = client(server, { token: mine.token, conversationId: mine.conversationId });
    await post(dl, { type: 'message', text: 'still here' });
    await until(() => botSaid(seen, 'echo: still here'), 'the echo');
  });
});

describe('embedded Direct Line limits', () => {
  let now = 1_000_000;
  let server: EchoServer;
  beforeAll(async () => {
    server = await startEchoServer({ directLine: { maxConversations: 2, idleMs: 60_000, startsPerMinute: 4, longPollMs: 60_000, replyBatchMs: 20_000, clock: () => now } });
    browserAt(server.url);
  });
  afterAll(() => server.close());

  const conversationOf = (s: Started) => api(`${server.url}/v3/directline/conversations/${s.conversationId}`, { token: s.token });

  it('keeps a bounded number of conversations (a full store refuses with 503, live ones stay) and drops idle ones', async () => {
    const a = await generate(server);
    const b = await generate(server);
    now += 1000;
    expect((await conversationOf(a)).status).toBe(200);
    expect(await api(`${server.url}/v3/directline/tokens/generate`, { method: 'POST' })).toEqual({ status: 503, body: { error: expect.any(String) } });
    expect((await conversationOf(b)).status).toBe(200);
    expect((await conversationOf(a)).status).toBe(200);

    now += 60_001;
    expect((await conversationOf(a)).status).toBe(404);
    expect((await api(`${server.url}/v3/directline/tokens/refresh`, { method: 'POST', token: b.token })).status).toBe(403);
    const c = await generate(server);
    expect((await conversationOf(c)).status).toBe(200);
  });

  it('limits how many conversations one address starts a minute (429 with a JSON error)', async () => {
    now += 120_000;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await api(`${server.url}/v3/directline/tokens/generate`, { method: 'POST' })).status);
    // The store holds two, so the third and fourth are refused for room (503); the fifth for the rate.
    expect(statuses).toEqual([200, 200, 503, 503, 429]);
    expect(await api(`${server.url}/v3/directline/conversations`, { method: 'POST' })).toEqual({ status: 429, body: { error: expect.any(String) } });
    now += 60_001;
    expect((await api(`${server.url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(201);
  });

  it('answers a waiting poll with the client\'s activity and all the bot\'s replies to it together', async () => {
    now += 120_000;
    const started = await generate(server);
    const activities = `${server.url}/v3/directline/conversations/${started.conversationId}/activities`;
    const poll = api(`${activities}?watermark=0`, { token: started.token });
    await new Promise((r) => setTimeout(r, 100));
    await api(activities, { method: 'POST', token: started.token, body: JSON.stringify({ type: 'message', text: 'together', from: { id: 'v' } }) });
    const answer = (await poll).body.activities as { type: string; text?: string }[];
    expect(answer.map((a) => a.text ?? a.type)).toEqual(['together', 'typing', 'echo: together']);
  });

  it('holds a poll until the bot sends something, and answers held polls at shutdown', async () => {
    now += 120_000;
    const started = await generate(server);
    const poll = api(`${server.url}/v3/directline/conversations/${started.conversationId}/activities?watermark=0`, { token: started.token });
    await new Promise((r) => setTimeout(r, 100));
    await api(`${server.url}/v3/conversations/${started.conversationId}/activities`, { method: 'POST', body: JSON.stringify({ type: 'message', text: 'news' }) });
    const answered = await poll;
    expect((answered.body.activities as { text: string }[]).map((a) => a.text)).toEqual(['news']);

    const held = api(`${server.url}/v3/directline/conversations/${started.conversationId}/activities?watermark=${String(answered.body.watermark)}`, { token: started.token });
    await new Promise((r) => setTimeout(r, 100));
    server.closeDirectLine();
    expect(await held).toEqual({ status: 200, body: { activities: [], watermark: answered.body.watermark } });
  });
});
