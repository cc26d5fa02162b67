import { Chat, RunningApp, startApp, storedProfile } from '../support/harness';
import { play } from '../support/script';
import { validateNeedDefinition } from '../../services/handoff/needDefinition';
import { CASES, noPitchBeforeQuestion } from './cases';

/**
 * Each playbook through the whole app to a valid handoff record. Product facts only when asked, and every
 * other step of discovery, are in test/dialogs/MainDialog.test.ts and the other dialog tests.
 */
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
    c.check({ record, profile: await storedProfile(running, chat), keys, replies });
    // The first fruit seller's mistake, on every playbook: no product facts before asking about the need.
    expect(noPitchBeforeQuestion(keys)).toBe(true);
  });
});
