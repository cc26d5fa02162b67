import { Chat, keysOf, RunningApp, startApp } from '../support/harness';

const TENANT = 'tenant-staff';
const TEAM = '19:team-staff@thread.tacv2';

describe('Teams channel mentions', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp({ STAFF_TEAMS_TENANT_ID: TENANT, STAFF_TEAMS_TEAM_IDS: TEAM });
  });
  afterAll(async () => {
    await running.close();
  });

  const mention = { type: 'mention', mentioned: { id: 'bot', name: 'Tanxun' }, text: '<at>Tanxun</at>' };

  it('reads a staff command addressed to the bot in a channel', async () => {
    const chat = new Chat(running.url, 'en', `19:channel-${Date.now()}@thread.tacv2`, 'msteams');
    // Cards go to the channel's serviceUrl later, so the subscription needs one (loopback in local mode).
    const teams = { serviceUrl: 'http://127.0.0.1:9/', channelData: { tenant: { id: TENANT }, team: { id: TEAM } } };
    const { body } = await chat.post({ type: 'message', id: 'm1', text: '<at>Tanxun</at> subscribe handoffs', entities: [mention], ...teams });
    const keys = ((body as { activities: { channelData?: { tanxun?: { key?: string } } }[] }).activities ?? []).map((a) => a.channelData?.tanxun?.key);
    expect(keys).toEqual(['common:staff.subscribed']);
  });

  it('answers a customer message that mentions the bot as if the mention were not there', async () => {
    const chat = new Chat(running.url, 'zh-CN', `19:chat-${Date.now()}@thread.v2`, 'msteams');
    const replies = await chat.send('<at>Tanxun</at> 你好', { entities: [mention] });
    expect(keysOf(replies)).toEqual(['discovery:greeting.full', 'discovery:opening.ask']);
  });
});
