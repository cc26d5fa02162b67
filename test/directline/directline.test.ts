import { JSDOM } from 'jsdom';
import { DirectLine, ConnectionStatus, Activity } from 'botframework-directlinejs';
import { RunningApp, startApp } from '../support/harness';

/**
 * The embedded Direct Line endpoint driven by Microsoft's own client library (the one inside Web Chat),
 * against the real bot. directlinejs polls with XMLHttpRequest; jsdom supplies one, same-origin.
 */
describe('embedded Direct Line 3.0 with botframework-directlinejs', () => {
  let running: RunningApp;
  let dom: JSDOM;
  const clients: DirectLine[] = [];

  beforeAll(async () => {
    running = await startApp();
    dom = new JSDOM('', { url: running.url });
    (global as unknown as { XMLHttpRequest: unknown }).XMLHttpRequest = dom.window.XMLHttpRequest;
    // Polling only (webSocket: false); the library still looks the constructor up.
    (global as unknown as { WebSocket: unknown }).WebSocket ??= dom.window.WebSocket;
  });
  afterAll(async () => {
    for (const client of clients) if (client.connectionStatus$.getValue() !== ConnectionStatus.Ended) client.end();
    dom.window.close();
    await running.close();
  });

  async function token(): Promise<string> {
    const response = await fetch(`${running.url}/v3/directline/tokens/generate`, { method: 'POST' });
    return ((await response.json()) as { token: string }).token;
  }

  function client(options: { token: string; conversationId?: string; watermark?: string }): DirectLine {
    const dl = new DirectLine({ ...options, domain: `${running.url}/v3/directline`, webSocket: false, pollingInterval: 200 });
    clients.push(dl);
    return dl;
  }

  function collect(dl: DirectLine): Activity[] {
    const seen: Activity[] = [];
    // Ending a client errors its stream with "conversation ended"; that is expected here.
    dl.activity$.subscribe(
      (a) => seen.push(a),
      () => undefined,
    );
    return seen;
  }

  async function until<T>(check: () => T | undefined, ms = 8000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = check();
      if (value) return value;
      if (Date.now() > deadline) throw new Error('timed out waiting');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  const fromBot = (a: Activity) => a.from.id === 'tanxun' && a.type === 'message';

  it('starts a conversation, sends, and receives the bot\'s replies in order', async () => {
    const dl = client({ token: await token() });
    const seen = collect(dl);
    await until(() => dl.connectionStatus$.getValue() === ConnectionStatus.Online);
    const id = await new Promise<string>((resolve, reject) => dl.postActivity({ type: 'message', text: '你好', from: { id: 'visitor-1' } } as Activity).subscribe(resolve, reject));
    expect(id).toMatch(/\|/);
    const own = await until(() => seen.find((a) => a.id === id));
    expect(own.from.id).toBe('visitor-1');
    const replies = await until(() => (seen.filter(fromBot).length >= 2 ? seen.filter(fromBot) : undefined));
    expect(replies.map((r) => (r.channelData as { tanxun?: { key?: string } }).tanxun?.key)).toEqual(['discovery:greeting.full', 'discovery:opening.ask']);
    const ids = seen.map((a) => a.id ?? '');
    expect([...ids].sort()).toEqual(ids);
  });

  it('resumes from a watermark with only newer activities, and reconnects to the same conversation', async () => {
    const first = client({ token: await token() });
    const seen = collect(first);
    await until(() => first.connectionStatus$.getValue() === ConnectionStatus.Online);
    await new Promise((resolve, reject) => first.postActivity({ type: 'message', text: 'Hello', from: { id: 'visitor-2' } } as Activity).subscribe(resolve, reject));
    await until(() => (seen.filter(fromBot).length >= 2 ? true : undefined));
    const conversationId = (seen[0].conversation as { id: string }).id;
    const watermark = String(seen.length);
    first.end();
    const tok = (first as unknown as { token: string }).token;
    const again = client({ token: tok, conversationId, watermark });
    const later = collect(again);
    await until(() => again.connectionStatus$.getValue() === ConnectionStatus.Online);
    await new Promise((resolve, reject) => again.postActivity({ type: 'message', text: 'We need a CRM for our team', from: { id: 'visitor-2' } } as Activity).subscribe(resolve, reject));
    await until(() => (later.some(fromBot) ? true : undefined));
    expect(later.map((a) => a.id)).not.toEqual(expect.arrayContaining(seen.map((a) => a.id)));
    expect(later[0].text).toBe('We need a CRM for our team');
  });

  it('delivers proactive messages (handoff status) to the page', async () => {
    const dl = client({ token: await token() });
    const seen = collect(dl);
    await until(() => dl.connectionStatus$.getValue() === ConnectionStatus.Online);
    await new Promise((resolve, reject) => dl.postActivity({ type: 'message', text: 'Hello', from: { id: 'visitor-3' } } as Activity).subscribe(resolve, reject));
    await until(() => (seen.filter(fromBot).length >= 2 ? true : undefined));
    await new Promise((resolve, reject) => dl.postActivity({ type: 'event', name: 'handoff.status', value: { state: 'accepted' }, from: { id: 'visitor-3' } } as Activity).subscribe(resolve, reject));
    const status = await until(() => seen.find((a) => (a.channelData as { tanxun?: { key?: string } } | undefined)?.tanxun?.key === 'discovery:handoff.status.accepted'));
    expect(status.text).toBeTruthy();
  });

  it('refuses a wrong token (403), unknown conversations (404) and malformed activities (400)', async () => {
    const tok = await token();
    const start = await fetch(`${running.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${tok}` } });
    const { conversationId } = (await start.json()) as { conversationId: string };
    const other = await token();
    expect((await fetch(`${running.url}/v3/directline/conversations/${conversationId}/activities`, { headers: { authorization: `Bearer ${other}` } })).status).toBe(403);
    expect((await fetch(`${running.url}/v3/directline/conversations/nope/activities`, { headers: { authorization: `Bearer ${tok}` } })).status).toBe(404);
    const bad = await fetch(`${running.url}/v3/directline/conversations/${conversationId}/activities`, { method: 'POST', headers: { authorization: `Bearer ${tok}`, 'content-type': 'application/json' }, body: '[1]' });
    expect(bad.status).toBe(400);
    const badWatermark = await fetch(`${running.url}/v3/directline/conversations/${conversationId}/activities?watermark=-3`, { headers: { authorization: `Bearer ${tok}` } });
    expect(badWatermark.status).toBe(400);
  });
});

describe('web page', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it('serves the page, its script and Web Chat from the installed package, compressed', async () => {
    const page = await fetch(`${running.url}/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/webchat.js');
    expect(html).toContain('探寻 Tanxun');
    const chat = await fetch(`${running.url}/webchat.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(chat.status).toBe(200);
    expect(chat.headers.get('content-encoding')).toBe('gzip');
    expect((await chat.text()).length).toBeGreaterThan(1_000_000);
    expect((await fetch(`${running.url}/web/app.js`)).status).toBe(200);
    expect((await fetch(`${running.url}/web/..%2Fpackage.json`)).status).toBe(404);
    expect(await (await fetch(`${running.url}/api/webchat/config`)).json()).toEqual({ mode: 'embedded', defaultLocale: 'zh-CN', playbook: null });
  });
});
