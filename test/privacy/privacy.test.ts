import * as fs from 'fs';
import * as path from 'path';
import { Chat, conversationDataOf, conversationStateOf, keysOf, RunningApp, startApp } from '../support/harness';
import { play } from '../support/script';
import { startFakeChannel } from '../support/fakeChannel';

function allText(dir: string): string {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => fs.readFileSync(path.join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

describe('privacy and staff notifications', () => {
  let running: RunningApp;
  const log: string[] = [];
  // Staff are the members of one team of our Teams tenant.
  const staffTeams = { channelData: { tenant: { id: 'tenant-staff' }, team: { id: '19:team-staff@thread.tacv2' } } };
  beforeAll(async () => {
    running = await startApp({ STAFF_TEAMS_TENANT_ID: 'tenant-staff', STAFF_TEAMS_TEAM_IDS: '19:team-staff@thread.tacv2' });
  });
  afterAll(async () => {
    await running.close();
  });

  it.each([
    ['zh-CN', '删除我的数据'],
    ['en', 'please delete my data'],
  ])('deletes the customer\'s state, transcript and records on request (%s)', async (locale, request) => {
    const chat = new Chat(running.url, locale);
    await play(chat, [
      { say: locale === 'en' ? 'Hello, our company needs a CRM' : '你好,我们公司想找一个客户管理系统' },
      { say: locale === 'en' ? 'talk to a human' : '转人工' },
      { say: locale === 'en' ? 'yes' : '可以' },
      { say: 'privacy-test@example.com' },
    ]);
    expect(await running.app.queue.list({ conversationId: chat.conversationId })).toHaveLength(1);
    expect(allText(running.dataDir)).toContain('privacy-test@example.com');
    expect((await conversationDataOf(running, chat)).transcript.length).toBeGreaterThan(0);
    const done = await chat.send(request);
    expect(keysOf(done)).toEqual(['common:dataDeleted']);
    expect(await running.app.queue.list({ conversationId: chat.conversationId })).toHaveLength(0);
    expect(await conversationStateOf(running, chat)).toEqual({});
    expect(allText(running.dataDir)).not.toContain('privacy-test@example.com');
    // A new message starts afresh.
    expect(keysOf(await chat.send(locale === 'en' ? 'hello' : '你好'))).toContain('discovery:opening.ask');
  });

  it('never writes phone numbers or emails to the log', async () => {
    const logged: string[] = [];
    const { createLogger } = await import('../../services/logger');
    const logger = createLogger({ write: (line: string) => logged.push(line) } as unknown as NodeJS.WritableStream);
    logger.error('turn failed', { conversationId: 'c', error: 'bad input 13812345678 from bob@example.com' });
    expect(logged.join('')).not.toMatch(/13812345678|bob@example\.com/);
    log.push(...logged);
  });

  it.each([
    ['accepted', 'discovery:handoff.status.accepted'],
    ['completed', 'discovery:handoff.status.completed'],
    ['failed', 'discovery:handoff.status.failed'],
  ])('tells the customer a handoff.status "%s" in their language', async (state, key) => {
    const chat = new Chat(running.url, 'zh-CN');
    await chat.send('你好');
    const replies = await chat.event('handoff.status', { state });
    expect(keysOf(replies)).toEqual([key]);
    expect(replies[0].locale).toBe('zh-CN');
  });

  it('posts a card for each new handoff to the staff chats that subscribed', async () => {
    const teams = await startFakeChannel();
    try {
      const staff = new Chat(running.url, 'en', `staff-${Date.now()}`, 'msteams');
      const { status } = await staff.post({ type: 'message', id: 's1', text: 'subscribe handoffs', deliveryMode: 'normal', serviceUrl: teams.url, ...staffTeams });
      expect(status).toBe(200);
      // The typing indicator goes out as soon as the message arrives, then the answer.
      expect(teams.received.map((r) => r.body.type)).toEqual(['typing', 'message']);
      expect(teams.received[1].body.text).toEqual(expect.stringContaining('receive new handoffs'));
      const customer = new Chat(running.url, 'zh-CN');
      await play(customer, [{ say: '你好,我们公司想找一个客户管理系统' }, { say: '转人工' }, { say: '不用了' }]);
      const card = teams.received.find((r) => r.body.attachments?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive');
      expect(card?.path).toContain(staff.conversationId);
      expect(JSON.stringify(card?.body.attachments?.[0].content)).toContain('handoff.claim');
      const [record] = await running.app.queue.list({ conversationId: customer.conversationId });
      const claim = await staff.post({ type: 'message', id: 's2', value: { action: 'handoff.claim', id: record.id }, from: { id: 'rep1', name: 'Rep One' }, deliveryMode: 'normal', serviceUrl: teams.url, ...staffTeams });
      expect(claim.status).toBe(200);
      expect((await running.app.queue.get(record.id))?.status).toBe('claimed');
      expect((await running.app.queue.get(record.id))?.claimedBy).toBe('Rep One');
    } finally {
      await teams.close();
    }
  });
});
