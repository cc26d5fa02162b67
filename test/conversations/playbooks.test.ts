import { Chat, RunningApp, startApp } from '../support/harness';
import { play } from '../support/script';
import { NeedProfile } from '../../bot/domain/types';
import { validateNeedDefinition } from '../../bot/handoff/needDefinition';
import { CASES, noPitchBeforeQuestion } from './cases';

describe.each(CASES)('$name ($locale)', (c) => {
  let running: RunningApp;
  beforeAll(async () => {
    const today = new Date(c.today ?? '2026-11-23T10:00:00+08:00');
    running = await startApp({}, () => today);
  });
  afterAll(async () => {
    await running.close();
  });

  it('runs through the real dialogs to a valid handoff', async () => {
    const chat = new Chat(running.url, c.locale === 'en' ? 'en-US' : 'zh-CN');
    const { replies, keys } = await play(chat, c.turns);
    const [record] = await running.app.queue.list({ conversationId: chat.conversationId });
    expect(record).toBeDefined();
    expect(record.playbook).toBe(c.playbook);
    expect(record.locale).toBe(c.locale);
    expect(validateNeedDefinition(record)).toEqual({ valid: true, errors: [] });
    const initiate = replies.flat().find((r) => r.activity.type === 'event' && r.activity.name === 'handoff.initiate');
    expect(initiate?.activity.value).toMatchObject({ id: record.id, trigger: 'discovery-complete' });
    const key = `test/conversations/${chat.conversationId}/`;
    const state = (await running.app.storage.read([key]))[key] as { conversationData: { profile: NeedProfile } };
    c.check({ record, profile: state.conversationData.profile, keys, replies });
    // The first fruit seller's mistake, on every playbook: no product facts before asking about the need.
    expect(noPitchBeforeQuestion(keys)).toBe(true);
  });
});

describe.each([
  ['fruit', 'zh-CN', '我想买点李子', '你们的李子怎么卖?'],
  ['fruit', 'en', 'I want some plums', 'How much are your plums?'],
  ['training', 'zh-CN', '我想给公司找销售培训', '你们有什么课程?'],
  ['training', 'en', 'I need sales training for my company', 'What courses do you have?'],
  ['baijiu', 'zh-CN', '我们酒店想找白酒供应商', '你们有什么产品?'],
  ['baijiu', 'en', 'Our hotel needs a baijiu supplier', 'What products do you have?'],
  ['broadband', 'zh-CN', '我想办宽带', '你们有哪些套餐?'],
  ['broadband', 'en', 'I need broadband', 'What plans do you have?'],
  ['cleaning', 'zh-CN', '你好,关于拖把的事', '你们的拖把怎么卖?'],
  ['cleaning', 'en', 'Hello, about the mop', 'What do you sell?'],
])('%s (%s): product facts only when the customer asks', (playbook, locale, opening, question) => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it('opens with a question, answers a product question, then asks again', async () => {
    const chat = new Chat(running.url, locale);
    const first = (await chat.send(opening)).map((r) => r.key ?? '');
    expect(first.some((k) => k.includes(':products.'))).toBe(false);
    const pending = first[first.length - 1];
    const answered = (await chat.send(question)).map((r) => r.key ?? '');
    expect(answered.some((k) => k.startsWith(`playbook-${playbook}:products.`))).toBe(true);
    expect(answered[answered.length - 1]).toBe(pending);
  });
});
