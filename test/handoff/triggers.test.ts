import { Chat, keysOf, Reply, RunningApp, startApp } from '../support/harness';
import { validateNeedDefinition } from '../../services/handoff/needDefinition';
import { NeedDefinition } from '../../domain/types';

/**
 * The handoff journey over HTTP: what only the whole app shows is the stored record, the handoff.initiate
 * event with its transcript, and that one conversation handed over twice keeps one record. The dialog
 * side of each trigger (the questions, the offer, the contact) is in test/dialogs/MainDialog.test.ts and
 * test/dialogs/HandoffDialog.test.ts.
 */
describe.each([
  { locale: 'zh-CN', hello: '你好,我们公司想找一个客户管理系统', human: '转人工', yes: '可以', phone: '13812345678', gibberish: ['???', '!!!'], noContact: '不用了' },
  { locale: 'en', hello: 'Hello, our company needs a CRM', human: 'I want to talk to a human', yes: 'yes', phone: '+1 415 555 0100', gibberish: ['???', '!!!'], noContact: 'no' },
] as const)('handoff journey ($locale)', (c) => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  const initiate = (replies: Reply[]) => replies.find((r) => r.activity.type === 'event' && r.activity.name === 'handoff.initiate');
  const records = (chat: Chat): Promise<NeedDefinition[]> => running.app.queue.list({ conversationId: chat.conversationId });

  it('bot-stuck, then customer-asked: each handoff announced with its record, one record for the conversation', async () => {
    const chat = new Chat(running.url, c.locale);
    await chat.send(c.hello);
    await chat.send(c.gibberish[0]);
    const offer = await chat.send(c.gibberish[1]);
    expect(keysOf(offer)).toEqual(['common:stuck.offer']);
    await chat.send(offer[0].buttons[0]);
    const stuck = await chat.send(c.noContact);
    expect(initiate(stuck)?.activity).toMatchObject({ name: 'handoff.initiate', value: { trigger: 'bot-stuck' } });
    const [first] = await records(chat);
    expect(first.trigger).toBe('bot-stuck');
    expect(first.customer.consentToContact).toBe(false);
    expect(validateNeedDefinition(first).valid).toBe(true);

    // The first handoff ended that discovery; the customer starts again and asks for a person this time.
    await chat.send(c.hello);
    expect(keysOf(await chat.send(c.human))).toEqual(['discovery:handoff.introAsked', 'discovery:handoff.consent']);
    await chat.send(c.yes);
    const done = await chat.send(c.phone);
    expect(keysOf(done)).toContain('discovery:handoff.doneContact');
    const event = initiate(done);
    const all = await records(chat);
    expect(all).toHaveLength(1);
    const [record] = all;
    expect(record.id).toBe(first.id);
    expect(record.trigger).toBe('customer-asked');
    expect(record.confirmation).toBe('unconfirmed');
    expect(record.customer.contact?.phone).toBeTruthy();
    expect(validateNeedDefinition(record)).toEqual({ valid: true, errors: [] });
    expect(event?.activity.value).toMatchObject({ id: record.id, trigger: 'customer-asked', conversationId: chat.conversationId });
    const transcript = event?.activity.attachments?.[0];
    expect(transcript).toMatchObject({ name: 'Transcript', contentType: 'application/json' });
    expect((transcript?.content as { activities: { text: string }[] }).activities.map((a) => a.text)).toContain(c.hello);
  });
});
