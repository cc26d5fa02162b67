import * as fs from 'fs';
import { Chat, keysOf, RunningApp, startApp, storedProfile } from '../support/harness';

/**
 * The language journey over HTTP: which language a reply comes in is decided by TanxunBot before any dialog
 * runs (explicit choice > script of the message > the conversation's > client locale > DEFAULT_LOCALE), and
 * the choice and what was said must survive a restart of the server. Switching inside discovery, with
 * every command and the pending question re-rendered, is in test/dialogs/MainDialog.test.ts.
 */
describe('language order, the web page toggle and a restart', () => {
  let running: RunningApp;
  let dataDir: string;
  beforeAll(async () => {
    running = await startApp();
    dataDir = running.dataDir;
  });
  afterAll(async () => {
    await running.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers a Chinese message on an en-US client in Chinese, and an English one on a zh-CN client in English', async () => {
    expect((await new Chat(running.url, 'en-US').send('你好')).every((r) => r.locale === 'zh-CN')).toBe(true);
    expect((await new Chat(running.url, 'zh-CN').send('Hello')).every((r) => r.locale === 'en')).toBe(true);
  });

  it('keeps the conversation\'s language when a message shows none, before the client locale', async () => {
    const chat = new Chat(running.url, 'en-US');
    await chat.send('你好');
    expect((await chat.send('👋')).every((r) => r.locale === 'zh-CN')).toBe(true);
  });

  it('uses the client locale when the message shows no language, and DEFAULT_LOCALE without one', async () => {
    expect((await new Chat(running.url, 'en-US').send('👋')).every((r) => r.locale === 'en')).toBe(true);
    expect((await new Chat(running.url, '').send('👋')).every((r) => r.locale === 'zh-CN')).toBe(true);
  });

  it('takes the language toggle of the web page (setLocale event)', async () => {
    const chat = new Chat(running.url, 'zh-CN');
    await chat.event('setLocale', 'en');
    const replies = await chat.send('你好');
    expect(replies.every((r) => r.locale === 'en')).toBe(true);
  });

  it('an explicit choice beats the script of the message, and the choice and progress survive a restart', async () => {
    const opening = '你好,我们公司想找一个客户管理系统';
    const chat = new Chat(running.url, 'zh-CN', `restart-${Date.now()}`);
    const pending = (await chat.send(opening)).at(-1)?.key;
    const switched = await chat.send('English please');
    expect(keysOf(switched)).toEqual(['common:language.switched', pending]);
    expect((await chat.send('大概二十个人')).every((r) => r.locale === 'en')).toBe(true);
    expect((await storedProfile(running, chat)).quantities[0]).toMatchObject({ value: 20 });

    await running.app.stop();
    running = await startApp({ DATA_DIR: dataDir });
    const again = new Chat(running.url, 'zh-CN', chat.conversationId);
    const next = await again.send('给公司采购');
    expect(keysOf(next)).not.toContain('discovery:opening.ask');
    expect(next.every((r) => r.locale === 'en')).toBe(true);
    const profile = await storedProfile(running, again);
    expect(profile.answers.use?.[0].quote).toBe(opening);
    expect(profile.quantities[0]).toMatchObject({ value: 20 });
  });
});
