import * as restify from 'restify';
import { AddressInfo } from 'net';
import { MemoryStorage } from 'botbuilder';
import { Chat, RunningApp, startApp } from '../support/harness';
import { play } from '../support/script';
import { HandoffQueue, HandoffRecord } from '../../services/handoff/HandoffQueue';
import { registerStaffApi } from '../../host/staffApi';
import { buildNeedDefinition } from '../../services/handoff/needDefinition';
import { emptyProfile } from '../../domain/types';

const KEY = 'test-staff-key-123';

async function handOff(running: RunningApp, locale: 'en' | 'zh-CN', lines: string[]): Promise<string> {
  const chat = new Chat(running.url, locale);
  await play(chat, lines.map((say) => ({ say })));
  return chat.conversationId;
}

describe('staff API with a key', () => {
  let running: RunningApp;
  let first: string;
  let second: string;
  const api = (path: string, init: RequestInit = {}, key: string | null = KEY) =>
    fetch(`${running.url}${path}`, { ...init, headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}), ...(init.headers ?? {}) } });

  beforeAll(async () => {
    running = await startApp({ STAFF_API_KEY: KEY });
    first = await handOff(running, 'zh-CN', ['你好,我们公司想找一个客户管理系统', '转人工', '不用了']);
    second = await handOff(running, 'en', ['Hello, our company needs a CRM', 'talk to a human', 'no']);
  });
  afterAll(async () => {
    await running.close();
  });

  it('answers 401 without the key or with a wrong one', async () => {
    for (const key of [null, 'wrong-key']) {
      const response = await api('/api/handoffs', {}, key);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: expect.any(String) });
    }
  });

  it('lists need definitions newest first and filters by status and conversation', async () => {
    const all = (await (await api('/api/handoffs')).json()) as HandoffRecord[];
    expect(all.map((r) => r.conversationId)).toEqual([second, first]);
    const byConversation = (await (await api(`/api/handoffs?conversationId=${encodeURIComponent(first)}`)).json()) as HandoffRecord[];
    expect(byConversation).toHaveLength(1);
    expect(byConversation[0].conversationId).toBe(first);
    const open = (await (await api('/api/handoffs?status=open')).json()) as HandoffRecord[];
    expect(open).toHaveLength(2);
  });

  it('rejects bad filters with 400', async () => {
    expect((await api('/api/handoffs?status=lost')).status).toBe(400);
    expect((await api('/api/handoffs?limit=0')).status).toBe(400);
  });

  it('gets one record as JSON, and as Markdown in the rep\'s language', async () => {
    const [record] = (await (await api(`/api/handoffs?conversationId=${encodeURIComponent(first)}`)).json()) as HandoffRecord[];
    const json = (await (await api(`/api/handoffs/${record.id}`)).json()) as HandoffRecord;
    expect(json.id).toBe(record.id);
    const md = await api(`/api/handoffs/${record.id}`, { headers: { accept: 'text/markdown', 'accept-language': 'en' } });
    expect(md.headers.get('content-type')).toContain('text/markdown');
    const text = await md.text();
    expect(text).toContain('the customer asked for a person');
    expect(text).toContain('你好,我们公司想找一个客户管理系统');
    const zh = await (await api(`/api/handoffs/${record.id}?lang=zh-CN`, { headers: { accept: 'text/markdown' } })).text();
    expect(zh).toContain('客户要求转人工');
    expect((await api('/api/handoffs/does-not-exist')).status).toBe(404);
  });

  it('claims once (a second claim is 409), then completes', async () => {
    const [record] = (await (await api(`/api/handoffs?conversationId=${encodeURIComponent(second)}`)).json()) as HandoffRecord[];
    expect((await api(`/api/handoffs/${record.id}/claim`, { method: 'POST', body: '{}' })).status).toBe(400);
    const claimed = await api(`/api/handoffs/${record.id}/claim`, { method: 'POST', body: JSON.stringify({ rep: 'Wang Fang' }) });
    expect(claimed.status).toBe(200);
    expect(await claimed.json()).toMatchObject({ status: 'claimed', claimedBy: 'Wang Fang' });
    const again = await api(`/api/handoffs/${record.id}/claim`, { method: 'POST', body: JSON.stringify({ rep: 'Li Lei' }) });
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({ error: 'already claimed by Wang Fang', claimedBy: 'Wang Fang' });
    const claimedList = (await (await api('/api/handoffs?status=claimed')).json()) as HandoffRecord[];
    expect(claimedList.map((r) => r.id)).toEqual([record.id]);
    const completed = await api(`/api/handoffs/${record.id}/complete`, { method: 'POST', body: '{}' });
    expect(await completed.json()).toMatchObject({ status: 'completed' });
    expect((await api(`/api/handoffs/${record.id}/complete`, { method: 'POST', body: '{}' })).status).toBe(409);
    expect((await api('/api/handoffs/nope/claim', { method: 'POST', body: JSON.stringify({ rep: 'x' }) })).status).toBe(404);
  });

  it('makes the record readable through the API as soon as the customer confirms', async () => {
    const chat = new Chat(running.url, 'en');
    await play(chat, [{ say: 'Hello, our company needs a CRM' }, { say: 'talk to a human' }]);
    const started = performance.now();
    await chat.send('no');
    const list = (await (await api(`/api/handoffs?conversationId=${encodeURIComponent(chat.conversationId)}`)).json()) as HandoffRecord[];
    const elapsed = performance.now() - started;
    expect(list).toHaveLength(1);
    process.stdout.write(`confirmation to readable record: ${elapsed.toFixed(1)} ms\n`);
  });
});

describe('staff API without a key', () => {
  let server: restify.Server;
  let url: string;
  let remote = '127.0.0.1';
  beforeAll(async () => {
    const queue = new HandoffQueue(new MemoryStorage(), () => new Date('2026-11-23T02:00:00Z'));
    const def = buildNeedDefinition(emptyProfile('general', 'en'), { id: 'h1', conversationId: 'c1', channelId: 'test', trigger: 'customer-asked', now: new Date(), transcript: [] });
    await queue.upsert(def);
    server = restify.createServer();
    server.use(restify.plugins.queryParser({ mapParams: false }));
    server.use(restify.plugins.bodyParser({ mapParams: false }));
    registerStaffApi(server, { queue, remoteAddress: () => remote });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it('serves loopback callers', async () => {
    remote = '::ffff:127.0.0.1';
    expect((await fetch(`${url}/api/handoffs`)).status).toBe(200);
  });

  it('refuses callers from other machines', async () => {
    remote = '10.1.2.3';
    const response = await fetch(`${url}/api/handoffs`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: expect.stringContaining('STAFF_API_KEY') });
  });
});
