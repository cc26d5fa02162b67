import { RunningApp, startApp } from '../support/harness';
import { isJsonError, RawAnswer, rawRequest, RawRequest } from './rawHttp';

/** mulberry32: a small seeded PRNG, so every run sends the same requests. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(0x7a6e78);
const int = (max: number): number => Math.floor(random() * max);
const pick = <T>(items: readonly T[]): T => items[int(items.length)];
const bytes = (n: number): Buffer => Buffer.from(Array.from({ length: n }, () => int(256)));

const FIELDS = ['type', 'id', 'channelId', 'serviceUrl', 'text', 'locale', 'conversation', 'from', 'recipient', 'deliveryMode', 'timestamp', 'localTimestamp', 'channelData', 'attachments', 'entities', 'value', 'name', 'replyToId', 'membersAdded', 'membersRemoved', 'textFormat', 'suggestedActions', 'inputHint', 'valueType'];
const WRONG: unknown[] = [5, -1, 1.5, true, false, null, [], [1, 'a'], {}, { id: 5 }, 'x', '', 'x'.repeat(5000), [{ id: null }], { id: { id: 'x' } }, '\u0000\ud800', 1e300];

function activity(n: number): Record<string, unknown> {
  return {
    type: 'message', id: `z${n}`, channelId: 'fuzz', deliveryMode: 'expectReplies', locale: 'en',
    conversation: { id: `fuzz-${n}` }, from: { id: `fz-${n}` }, recipient: { id: 'bot' }, text: 'hello',
  };
}

function nested(depth: number, open: string, close: string, inner: string): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

type Body = { body?: string | Buffer | (string | Buffer)[]; headers: Record<string, string> };
const json = (value: unknown): Body => ({ body: JSON.stringify(value), headers: { 'content-type': 'application/json' } });

/** One malformed request body with its headers, of a kind drawn at random. */
function malformed(n: number): Body {
  const kind = int(12);
  const base = activity(n);
  switch (kind) {
    case 0:
      return { body: bytes(int(2000)), headers: { 'content-type': pick(['application/json', 'application/octet-stream', 'text/plain']) } };
    case 1: {
      const text = JSON.stringify(base);
      return { body: text.slice(0, int(text.length)), headers: { 'content-type': 'application/json' } };
    }
    case 2:
      return { body: pick([nested(20000, '[', ']', '1'), nested(20000, '{"a":', '}', '1'), nested(3000, '{"text":', '}', '"x"')]), headers: { 'content-type': 'application/json' } };
    case 3:
      return json({ ...base, [pick(['text', 'id', 'locale', 'name', 'serviceUrl'])]: 'y'.repeat(int(250_000)) });
    case 4:
    case 5:
    case 6: {
      const field = pick(FIELDS);
      return json({ ...base, [field]: pick(WRONG) });
    }
    case 7: {
      const field = pick(['conversation', 'from', 'recipient']);
      return json({ ...base, [field]: { id: pick(WRONG), name: pick(WRONG), role: pick(WRONG), aadObjectId: pick(WRONG) } });
    }
    case 8:
      return { body: JSON.stringify(base), headers: { 'content-type': pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=zz', 'application/json; charset=utf-16', 'application/xml', '', 'application/json, text/plain', ';;;']) } };
    case 9:
      return { body: bytes(int(600)), headers: { 'content-type': 'application/json', 'content-encoding': pick(['gzip', 'deflate', 'br', 'gzip, deflate', 'compress', 'x-gzip']) } };
    case 10:
      return { body: pick(['null', '', '0', 'true', '[]', '{}', '""', '[null]', '{"type":null}', '\u0000', 'NaN', '{"__proto__":{"type":"message"}}', '{"constructor":{"prototype":{"x":1}}}']), headers: { 'content-type': 'application/json' } };
    default: {
      const text = JSON.stringify({ ...base, text: 'q'.repeat(int(400_000)) });
      return { body: text.match(/[\s\S]{1,65536}/g) ?? [], headers: { 'content-type': 'application/json' } };
    }
  }
}

describe('fuzzing the HTTP edge (seeded)', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it('answers 400+ malformed requests with 4xx JSON errors or 2xx, never 5xx, and stays up', async () => {
    const started = await rawRequest(running.url, { path: '/v3/directline/conversations', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(started.status).toBe(201);
    const { conversationId, token } = started.json as { conversationId: string; token: string };
    const routes: { path: string; headers?: Record<string, string> }[] = [
      { path: '/api/messages' },
      { path: '/api/messages' },
      { path: '/api/messages' },
      { path: '/api/handoffs/h-1/claim' },
      { path: '/api/handoffs/h-1/complete' },
      { path: '/v3/directline/tokens/generate' },
      { path: '/v3/directline/tokens/refresh', headers: { authorization: `Bearer ${token}` } },
      { path: `/v3/directline/conversations/${conversationId}/activities`, headers: { authorization: `Bearer ${token}` } },
      { path: `/v3/conversations/${conversationId}/activities` },
      { path: '/api/directline/token' },
    ];
    const requests: RawRequest[] = Array.from({ length: 440 }, (_, n) => {
      const route = pick(routes);
      const { body, headers } = malformed(n);
      return { path: route.path, body, headers: { ...headers, ...(route.headers ?? {}) } };
    });

    const failures: { path: string; status: number; text: string }[] = [];
    const check = (request: RawRequest, answer: RawAnswer): void => {
      const ok = (answer.status >= 200 && answer.status < 300) || (answer.status >= 400 && answer.status < 500 && isJsonError(answer));
      if (!ok) failures.push({ path: request.path, status: answer.status, text: answer.text.slice(0, 200) });
    };
    // A few at a time: enough to overlap turns, not so many that the fair limit answers instead of the validators.
    for (let i = 0; i < requests.length; i += 4) {
      const batch = requests.slice(i, i + 4);
      const answers = await Promise.all(batch.map((request) => rawRequest(running.url, request)));
      batch.forEach((request, j) => check(request, answers[j]));
    }
    expect(failures).toEqual([]);
    const health = await rawRequest(running.url, { method: 'GET', path: '/healthz' });
    expect(health.status).toBe(200);
  }, 60_000);
});
