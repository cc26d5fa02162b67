import { RunningApp, startApp } from '../support/harness';

/** The real bot behind the embedded Direct Line, as host/index.ts wires them: the page's first event gets a greeting. */
describe('embedded Direct Line in the real app', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(() => running.close());

  async function call(path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<Record<string, unknown>> {
    const response = await fetch(`${running.url}${path}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    expect(response.status).toBeLessThan(300);
    return (await response.json()) as Record<string, unknown>;
  }

  it('greets once on "webchat/join" in the language it names, and answers a message, through the connector routes', async () => {
    const { conversationId, token } = (await call('/v3/directline/tokens/generate', { method: 'POST' })) as { conversationId: string; token: string };
    const activities = `/v3/directline/conversations/${conversationId}/activities`;
    await call(activities, { method: 'POST', token, body: { type: 'event', name: 'webchat/join', value: { locale: 'en-US' }, from: { id: 'web_visitor' } } });
    const first = (await call(`${activities}?watermark=0`, { token })) as { activities: { type: string; text?: string; from: { role?: string } }[]; watermark: string };
    const greeting = first.activities.filter((a) => a.type === 'message' && a.from.role === 'bot');
    expect(greeting.length).toBeGreaterThan(0);
    expect(greeting.every((a) => a.text && !/[\u4e00-\u9fff]/.test(a.text))).toBe(true);
    expect(new Set(greeting.map((a) => a.text)).size).toBe(greeting.length);

    await call(activities, { method: 'POST', token, body: { type: 'message', text: 'We need a CRM for our sales team', from: { id: 'web_visitor' } } });
    const next = (await call(`${activities}?watermark=${first.watermark}`, { token })) as { activities: { type: string; from: { role?: string } }[] };
    expect(next.activities.some((a) => a.type === 'message' && a.from.role === 'bot')).toBe(true);
  });
});
