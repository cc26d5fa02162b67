import * as os from 'os';
import * as restify from 'restify';
import { AddressInfo } from 'net';
import { MemoryStorage, Storage } from 'botbuilder';
import { HandoffQueue } from '../../services/handoff/HandoffQueue';
import { registerStaffApi, StaffApiDeps, transcriptLink } from '../../host/staffApi';
import { NeedDefinition } from '../../domain/types';
import { INJECTED_NAME, record } from './fixtures';

const KEY = 'staff-key-0123456789';

interface Running {
  url: string;
  close(): Promise<void>;
}

/** A real restify server set up the way host/server.ts sets it up (query and body parsers, mapParams off). */
async function serve(deps: StaffApiDeps, host = '127.0.0.1'): Promise<Running> {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, rejectUnknown: false }));
  registerStaffApi(server, deps);
  await new Promise<void>((resolve) => server.listen(0, host, () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function seeded(storage: Storage = new MemoryStorage()): Promise<HandoffQueue> {
  const queue = new HandoffQueue(storage, () => new Date('2026-11-24T08:00:00.000Z'), { logger: { warn: () => undefined } });
  for (const n of [1, 2, 3, 4, 5]) await queue.upsert(record(n, n === 5 ? { customer: { name: INJECTED_NAME, consentToContact: false } } : {}));
  return queue;
}

function nonLoopbackIPv4(): string | undefined {
  return Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
}

describe('staff API over HTTP, with a key', () => {
  let api: Running;
  let queue: HandoffQueue;
  const claimed: NeedDefinition[] = [];
  const warnings: string[] = [];
  let failClaimHook = false;
  const call = (path: string, init: RequestInit = {}, key: string | null = KEY) =>
    fetch(`${api.url}${path}`, { ...init, headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(init.headers ?? {}) } });
  const post = (path: string, body?: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    call(path, { method: 'POST', headers, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }) });

  beforeAll(async () => {
    queue = await seeded();
    api = await serve({
      queue,
      apiKey: KEY,
      logger: { warn: (message) => warnings.push(message), error: (message) => warnings.push(message) },
      onClaimed: async (def) => {
        if (failClaimHook) throw new Error('Teams is down');
        claimed.push(def);
      },
    });
  });
  afterAll(() => api.close());

  it('answers 401 with a JSON error to a missing, wrong or malformed key', async () => {
    for (const authorization of [undefined, `Bearer ${KEY}x`, `Bearer ${KEY.slice(1)}`, `Basic ${KEY}`, 'Bearer', `Bearer ${KEY} extra`]) {
      const response = await call('/api/handoffs', { headers: authorization ? { authorization } : {} }, null);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('Bearer');
      expect(await response.json()).toEqual({ error: expect.stringContaining('Bearer') });
    }
    expect((await call('/api/handoffs', {}, null)).status).toBe(401);
    expect((await call('/api/handoffs/h-1', { headers: { authorization: `bearer ${KEY}` } }, null)).status).toBe(200);
  });

  it('lists newest first, without the channel user id, and pages with `before`', async () => {
    const response = await call('/api/handoffs?limit=2');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const page = (await response.json()) as NeedDefinition[];
    expect(page.map((r) => r.id)).toEqual(['h-5', 'h-4']);
    expect(page[0]).not.toHaveProperty('userId');
    const next = response.headers.get('x-next-before');
    expect(next).toBe(page[1].createdAt);
    const rest = (await (await call(`/api/handoffs?before=${encodeURIComponent(next ?? '')}`)).json()) as NeedDefinition[];
    expect(rest.map((r) => r.id)).toEqual(['h-3', 'h-2', 'h-1']);
    const byConversation = (await (await call('/api/handoffs?conversationId=conv-3')).json()) as NeedDefinition[];
    expect(byConversation.map((r) => r.id)).toEqual(['h-3']);
  });

  it('rejects bad filters with 400 and says what is wrong', async () => {
    for (const query of ['status=lost', 'status=open&status=claimed', 'status=', 'limit=0', 'limit=201', 'limit=2.5', 'limit=ten', 'before=yesterday']) {
      const response = await call(`/api/handoffs?${query}`);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect(await response.json()).toEqual({ error: expect.any(String) });
    }
  });

  it('gives one record as JSON, or as Markdown in the language the rep asks for', async () => {
    const json = await call('/api/handoffs/h-5');
    expect(json.headers.get('content-type')).toContain('application/json');
    expect(await json.json()).toMatchObject({ id: 'h-5', customer: { name: INJECTED_NAME } });
    const english = await call('/api/handoffs/h-5', { headers: { accept: 'text/markdown', 'accept-language': 'en-GB,en;q=0.9' } });
    expect(english.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(english.headers.get('vary')).toContain('Accept-Language');
    const text = await english.text();
    expect(text).toContain('**Handed over because**: discovery complete');
    expect(text).toContain('\\[Verify\\]\\(https:\u2060//evil.\u2060example\\) \\*\\*URGENT\\*\\*');
    const chinese = await (await call('/api/handoffs/h-5', { headers: { accept: 'text/markdown, application/json;q=0.5', 'accept-language': 'zh-CN,zh;q=0.9' } })).text();
    expect(chinese).toContain('**转交原因**:需求探寻完成');
    const overridden = await (await call('/api/handoffs/h-5?lang=en', { headers: { accept: 'text/markdown', 'accept-language': 'zh-CN' } })).text();
    expect(overridden).toContain('Handed over because');
    const prefersJson = await call('/api/handoffs/h-5', { headers: { accept: 'application/json, text/markdown;q=0.1' } });
    expect(prefersJson.headers.get('content-type')).toContain('application/json');
  });

  it('answers 404 for unknown handoffs on every route', async () => {
    for (const response of [await call('/api/handoffs/nope'), await call('/api/handoffs/nope/transcript'), await post('/api/handoffs/nope/claim', { rep: 'x' }), await post('/api/handoffs/nope/complete')]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: expect.any(String) });
    }
    expect((await call(`/api/handoffs/${'x'.repeat(300)}`)).status).toBe(404);
  });

  it('serves the transcript as Markdown, as a page for browsers, and through a signed link without the key', async () => {
    const md = await call('/api/handoffs/h-1/transcript');
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await md.text()).toContain('**Customer** (Nov 23, 2026, 01:51 UTC): Our regional sales information does not flow and efficiency is low.');
    const page = await call('/api/handoffs/h-1/transcript?lang=zh-CN', { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain('<b>客户</b>');
    const link = transcriptLink(api.url, 'h-1', KEY, new Date(Date.now() + 60_000));
    expect((await fetch(link)).status).toBe(200);
    const tampered = link.replace(/sig=[^&]+/, 'sig=AAAA');
    expect((await fetch(tampered)).status).toBe(401);
    expect((await fetch(link.replace('/h-1/', '/h-2/'))).status).toBe(401);
    expect((await fetch(transcriptLink(api.url, 'h-1', KEY, new Date(Date.now() - 1000)))).status).toBe(401);
    expect((await fetch(link.replace('/transcript', ''))).status).toBe(401);
  });

  it('claims with a rep name, once; the hook runs and its failure does not undo the claim', async () => {
    const refused = [
      ...[undefined, '', '{}', { rep: '' }, { rep: '   ' }, { rep: 42 }, { rep: 'x'.repeat(201) }, { rep: 'a\u0000b' }].map((body) => post('/api/handoffs/h-1/claim', body)),
      post('/api/handoffs/h-1/claim', 'not json', { 'content-type': 'text/plain' }),
    ];
    for (const response of await Promise.all(refused)) {
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: expect.stringContaining('rep') });
    }
    const first = await post('/api/handoffs/h-1/claim', { rep: 'Wang Fang' });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ id: 'h-1', status: 'claimed', claimedBy: 'Wang Fang' });
    expect(claimed.map((d) => [d.id, d.claimedBy])).toEqual([['h-1', 'Wang Fang']]);
    expect(claimed[0]).not.toHaveProperty('userId');
    const second = await post('/api/handoffs/h-1/claim', { rep: 'Li Lei' });
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ error: expect.stringContaining('already claimed by'), claimedBy: expect.any(String) });
    failClaimHook = true;
    const plainText = await post('/api/handoffs/h-2/claim', JSON.stringify({ rep: 'Li Lei' }), { 'content-type': 'text/plain' });
    expect(plainText.status).toBe(200);
    expect(warnings).toContain('after-claim step failed');
    expect((await queue.get('h-2'))?.claimedBy).toBe('Li Lei');
    const listed = (await (await call('/api/handoffs?status=claimed')).json()) as NeedDefinition[];
    expect(listed.map((r) => r.id)).toEqual(['h-2', 'h-1']);
  });

  it('completes once', async () => {
    const done = await post('/api/handoffs/h-3/complete');
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ id: 'h-3', status: 'completed' });
    const again = await post('/api/handoffs/h-3/complete', {});
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({ error: expect.stringContaining('completed') });
    expect((await post('/api/handoffs/h-3/claim', { rep: 'Li Lei' })).status).toBe(409);
  });
});

describe('staff API over HTTP, when the store fails', () => {
  it('answers 500 with a bare JSON error, no stack trace', async () => {
    const broken: Storage = {
      read: async () => {
        throw new Error('disk on fire at /var/lib/secret/path');
      },
      write: async () => undefined,
      delete: async () => undefined,
    };
    const errors: string[] = [];
    const api = await serve({ queue: new HandoffQueue(broken), apiKey: KEY, logger: { warn: () => undefined, error: (_m, fields) => errors.push(String(fields?.error)) } });
    try {
      const response = await fetch(`${api.url}/api/handoffs`, { headers: { authorization: `Bearer ${KEY}` } });
      expect(response.status).toBe(500);
      expect(await response.text()).toBe('{"error":"internal error"}');
      expect(errors).toEqual(['disk on fire at /var/lib/secret/path']);
    } finally {
      await api.close();
    }
  });
});

describe('staff API over HTTP, without a key (loopback only)', () => {
  it('serves this machine and refuses other machines, also behind a local proxy', async () => {
    const api = await serve({ queue: await seeded() }, '0.0.0.0');
    try {
      expect((await fetch(`${api.url}/api/handoffs`)).status).toBe(200);
      const forwarded = await fetch(`${api.url}/api/handoffs`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect(forwarded.status).toBe(401);
      expect(await forwarded.json()).toEqual({ error: expect.stringContaining('STAFF_API_KEY') });
      expect((await fetch(`${api.url}/api/handoffs/h-1`, { headers: { forwarded: 'for=203.0.113.9' } })).status).toBe(401);
      // This machine's own non-loopback address: the request really arrives from outside 127.0.0.0/8.
      const external = nonLoopbackIPv4();
      if (external) {
        const outside = await fetch(api.url.replace('127.0.0.1', external) + '/api/handoffs');
        expect(outside.status).toBe(401);
      }
    } finally {
      await api.close();
    }
  });

  it('decides by the caller address: 127.0.0.0/8, ::1 and mapped IPv4 loopback only', async () => {
    let remote: string | undefined;
    const api = await serve({ queue: await seeded(), remoteAddress: () => remote });
    try {
      for (const [address, status] of [
        ['127.0.0.1', 200],
        ['127.8.9.10', 200],
        ['::1', 200],
        ['::ffff:127.0.0.1', 200],
        ['10.0.0.1', 401],
        ['::ffff:10.0.0.1', 401],
        ['192.0.2.2', 401],
        ['fe80::1', 401],
        [undefined, 401],
      ] as const) {
        remote = address;
        expect({ address, status: (await fetch(`${api.url}/api/handoffs/h-1`)).status }).toEqual({ address, status });
      }
    } finally {
      await api.close();
    }
  });
});
