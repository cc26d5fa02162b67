import * as http from 'http';
import { AddressInfo } from 'net';
import { Chat, keysOf, RunningApp, startApp } from '../support/harness';
import { storedTranscript } from '../../services/state';

async function postRaw(url: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const response = await fetch(`${url}/api/messages`, { method: 'POST', headers, body });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text };
}

describe('HTTP server in local mode', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it('reports health once the language models are warm', async () => {
    const response = await fetch(`${running.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it.each([
    ['zh-CN', '你好', 'zh-CN'],
    ['en-US', 'Hello', 'en'],
    ['en-US', '你好', 'zh-CN'],
    ['zh-CN', 'Hi there', 'en'],
  ])('answers in the body with expectReplies (client locale %s, text %s)', async (clientLocale, text, expected) => {
    const chat = new Chat(running.url, clientLocale);
    const replies = await chat.send(text);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((r) => r.locale === expected)).toBe(true);
    expect(keysOf(replies)).toEqual(['discovery:greeting.full', 'discovery:opening.ask']);
  });

  it('answers the contract example activity exactly as written', async () => {
    const body = {
      type: 'message', id: 'm1', channelId: 'test', deliveryMode: 'expectReplies', locale: 'zh-CN',
      conversation: { id: `contract-${Date.now()}` }, from: { id: 'u1' }, recipient: { id: 'bot' }, text: '你好',
    };
    const { status, json } = await postRaw(running.url, JSON.stringify(body));
    expect(status).toBe(200);
    const activities = (json as { activities: { text?: string }[] }).activities;
    expect(activities.some((a) => /[\u4e00-\u9fff]/.test(a.text ?? ''))).toBe(true);
  });

  it.each([
    ['malformed JSON', '{"type": "message",', 400],
    ['a JSON array', '[1,2,3]', 400],
    ['a JSON string', '"hello"', 400],
    ['no channelId', JSON.stringify({ type: 'message', conversation: { id: 'x' }, deliveryMode: 'expectReplies' }), 400],
    ['no conversation id', JSON.stringify({ type: 'message', channelId: 'test', conversation: {}, deliveryMode: 'expectReplies' }), 400],
    ['no type', JSON.stringify({ channelId: 'test', conversation: { id: 'x' }, deliveryMode: 'expectReplies' }), 400],
    ['text that is not a string', JSON.stringify({ type: 'message', channelId: 'test', conversation: { id: 'x' }, deliveryMode: 'expectReplies', text: 5 }), 400],
  ])('rejects %s with 400 and a JSON error', async (_name, body, status) => {
    const response = await postRaw(running.url, body);
    expect(response.status).toBe(status);
    expect(response.json).toEqual({ error: expect.any(String) });
    expect(response.text).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('rejects a body over 256 KB with 413 before parsing it', async () => {
    const big = JSON.stringify({ type: 'message', channelId: 'test', conversation: { id: 'big' }, text: 'x'.repeat(300 * 1024) });
    const response = await postRaw(running.url, big);
    expect(response.status).toBe(413);
    expect(response.json).toEqual({ error: expect.any(String) });
  });

  it('rejects an oversized body sent without a content-length (chunked) with 413', async () => {
    const { port } = new URL(running.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/api/messages', method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('{"type":"message","text":"');
      for (let i = 0; i < 40; i++) req.write('y'.repeat(10 * 1024));
      req.end('"}');
    });
    expect(status).toBe(413);
  });

  it('ignores unknown activity types politely', async () => {
    const chat = new Chat(running.url, 'en');
    const { status, body } = await chat.post({ type: 'somethingNew', id: 'x1' });
    expect(status).toBe(200);
    expect(body).toEqual({ activities: [] });
  });

  it('never posts replies to a non-loopback serviceUrl in local mode', async () => {
    const chat = new Chat(running.url, 'en');
    const { status, body } = await chat.post({ type: 'message', id: 'n1', text: 'hello', deliveryMode: 'normal', serviceUrl: 'https://attacker.example/' });
    expect(status).toBe(400);
    expect(body).toEqual({ error: expect.stringContaining('loopback') });
  });

  it('posts replies to a loopback serviceUrl in local mode (a local channel)', async () => {
    const received: { path: string; body: { text?: string } }[] = [];
    const connector = http.createServer((req, res) => {
      let data = '';
      req.on('data', (c) => (data += c));
      req.on('end', () => {
        received.push({ path: req.url ?? '', body: JSON.parse(data || '{}') });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `r${received.length}` }));
      });
    });
    await new Promise<void>((r) => connector.listen(0, '127.0.0.1', () => r()));
    const port = (connector.address() as AddressInfo).port;
    try {
      const chat = new Chat(running.url, 'en');
      const { status } = await chat.post({ type: 'message', id: 'l1', text: 'hello', deliveryMode: 'normal', serviceUrl: `http://127.0.0.1:${port}` });
      expect(status).toBe(200);
      expect(received.length).toBeGreaterThan(0);
      expect(received[0].path).toContain(`/v3/conversations/${chat.conversationId}/activities`);
    } finally {
      connector.close();
    }
  });

  it('processes two messages of one conversation one after the other, both answered, nothing lost', async () => {
    const chat = new Chat(running.url, 'en');
    await chat.send('hello');
    const [first, second] = await Promise.all([chat.send('We need a CRM for our sales team'), chat.send('I am buying for my company')]);
    expect(first.length).toBeGreaterThan(0);
    expect(second.length).toBeGreaterThan(0);
    const next = await chat.send('about 20 people');
    expect(next.length).toBeGreaterThan(0);
    // Both concurrent answers are in the transcript the state kept.
    const transcript = await storedTranscript(running.app.storage, `test/conversations/${chat.conversationId}/`);
    const said = transcript.filter((t) => t.from === 'customer').map((t) => t.text);
    expect(said).toEqual(expect.arrayContaining(['We need a CRM for our sales team', 'I am buying for my company', 'about 20 people']));
  });

  it('answers a redelivered activity (same id) once', async () => {
    const chat = new Chat(running.url, 'en');
    const body = { type: 'message', id: 'same-id', text: 'hello' };
    const first = await chat.post(body);
    const second = await chat.post(body);
    expect((first.body as { activities: unknown[] }).activities.length).toBeGreaterThan(0);
    expect(second.status).toBe(200);
    expect((second.body as { activities: unknown[] }).activities).toEqual([]);
  });
});

describe('HTTP server before the language models are warm', () => {
  it('answers 503 on /healthz and /api/messages until ready, then 200', async () => {
    const fs = await import('fs');
    const os = await import('os');
    const path = await import('path');
    const { createApp } = await import('../../host/index');
    const { loadConfig } = await import('../../host/config');
    const { createLogger } = await import('../../services/logger');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-warm-'));
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const app = await createApp(loadConfig({ PORT: '0', DATA_DIR: dir }), {
      warmUp: () => gate,
      logger: createLogger({ write: () => true } as unknown as NodeJS.WritableStream),
    });
    const starting = app.start();
    let address = app.server.address();
    while (!address) {
      await new Promise((r) => setTimeout(r, 5));
      address = app.server.address();
    }
    const url = `http://127.0.0.1:${(address as AddressInfo).port}`;
    const before = await fetch(`${url}/healthz`);
    expect(before.status).toBe(503);
    const early = await new Chat(url, 'en').post({ type: 'message', id: 'x', text: 'hello' });
    expect(early.status).toBe(503);
    release();
    await starting;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    await app.stop();
  });
});

describe('HTTP server with Bot Framework credentials', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret', HOST: '127.0.0.1' });
  });
  afterAll(async () => {
    await running.close();
  });

  it('refuses unauthenticated requests with 401', async () => {
    const chat = new Chat(running.url, 'en');
    const { status, body } = await chat.post({ type: 'message', id: 'a1', text: 'hello', serviceUrl: 'https://smba.trafficmanager.net/amer/' });
    expect(status).toBe(401);
    expect(body).toEqual({ error: expect.any(String) });
  });

  it('refuses a forged bearer token with 401', async () => {
    const response = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.' },
      body: JSON.stringify({ type: 'message', channelId: 'msteams', conversation: { id: 'c' }, serviceUrl: 'https://smba.trafficmanager.net/amer/', text: 'hi' }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: expect.any(String) });
  });

  it('serves no embedded Direct Line (it could not authenticate) and tells the page so', async () => {
    expect((await fetch(`${running.url}/v3/directline/tokens/generate`, { method: 'POST' })).status).toBe(404);
    const config = (await (await fetch(`${running.url}/api/webchat/config`)).json()) as { mode: string };
    expect(config.mode).toBe('unavailable');
  });
});
