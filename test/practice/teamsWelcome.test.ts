import { Chat, keysOf, RunningApp, startApp } from '../support/harness';

/** Issue 18: in a Teams personal chat the rep's first contact explains practice mode, not the prospect greeting. */
describe('a rep in a Teams personal chat', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp({});
  });
  afterAll(async () => {
    await running.close();
  });

  const personal = (chat: Chat) => ({ conversation: { id: chat.conversationId, conversationType: 'personal' } });

  test.each([
    ['en', 'hi'],
    ['zh-CN', '你好'],
  ] as const)('%s: the first message gets practice mode and the customers, then the chat carries on as usual', async (locale, text) => {
    const chat = new Chat(running.url, locale, `a:personal-${locale}-${Date.now()}`, 'msteams');
    expect(keysOf(await chat.send(text, personal(chat)))).toEqual(['practice:welcome.rep', 'practice:menu.intro']);
    expect(keysOf(await chat.send(text, personal(chat)))).not.toContain('practice:welcome.rep');
  });

  test('a first message that is a practice command starts the session at once', async () => {
    const chat = new Chat(running.url, 'en', `a:personal-cmd-${Date.now()}`, 'msteams');
    const keys = keysOf(await chat.send('practice plums', personal(chat)));
    expect(keys).toContain('persona-plums:opening');
    expect(keys).not.toContain('practice:welcome.rep');
  });

  test('installing the app in a personal chat welcomes the rep the same way', async () => {
    const chat = new Chat(running.url, 'en', `a:personal-add-${Date.now()}`, 'msteams');
    const { body } = await chat.post({ type: 'conversationUpdate', id: 'u1', membersAdded: [{ id: chat.userId }], ...personal(chat) });
    const keys = ((body as { activities?: { channelData?: { tanxun?: { key?: string } } }[] }).activities ?? []).map((a) => a.channelData?.tanxun?.key);
    expect(keys).toEqual(['practice:welcome.rep', 'practice:menu.intro']);
  });
});
