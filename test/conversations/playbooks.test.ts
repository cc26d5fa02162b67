import { Chat, RunningApp, startApp } from '../support/harness';
import { play } from '../support/script';
import { NeedProfile } from '../../bot/domain/types';
import { validateNeedDefinition } from '../../bot/handoff/needDefinition';
import { CASES } from './cases';

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
    const key = `test/conversations/${chat.conversationId}/`;
    const state = (await running.app.storage.read([key]))[key] as { conversationData: { profile: NeedProfile } };
    c.check({ record, profile: state.conversationData.profile, keys, replies });
  });
});
