import { Chat, keysOf, RunningApp, startApp } from '../support/harness';

describe('Teams channel mentions', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  const mention = { type: 'mention', mentioned: { id: 'bot', name: 'Tanxun' }, text: '<at>Tanxun</at>' };

  it('reads a staff command addressed to the bot in a channel', async () => {
    const chat = new Chat(running.url, 'en', `19:channel-${Date.now()}@thread.tacv2`, 'msteams');
    const { body } = await chat.post({ type: 'message', id: 'm1', text: '<at>Tanxun</at> subscribe handoffs', entities: [mention] });
    const keys = ((body as { activities: { channelData?: { tanxun?: { key?: string } } }[] }).activities ?? []).map((a) => a.channelData?.tanxun?.key);
    expect(keys).toEqual(['common:staff.subscribed']);
  });

  it('answers a customer message that mentions the bot as if the mention were not there', async () => {
    const chat = new Chat(running.url, 'zh-CN', `19:chat-${Date.now()}@thread.v2`, 'msteams');
    const replies = await chat.send('<at>Tanxun</at> 你好', { entities: [mention] });
    expect(keysOf(replies)).toEqual(['discovery:greeting.full', 'discovery:opening.ask']);
  });
});
