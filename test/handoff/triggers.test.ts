import { Chat, keysOf, RunningApp, startApp } from '../support/harness';
import { play } from '../support/script';
import { validateNeedDefinition } from '../../bot/handoff/needDefinition';

describe.each([
  { locale: 'zh-CN', hello: '你好,我们公司想找一个客户管理系统', human: '转人工', yes: '可以', phone: '13812345678', gibberish: ['???', '!!!'], noContact: '不用了' },
  { locale: 'en', hello: 'Hello, our company needs a CRM', human: 'I want to talk to a human', yes: 'yes', phone: '+1 415 555 0100', gibberish: ['???', '!!!'], noContact: 'no' },
] as const)('handoff triggers ($locale)', (c) => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it('customer-asked: the customer asks for a person mid-flow', async () => {
    const chat = new Chat(running.url, c.locale);
    await chat.send(c.hello);
    const asked = await chat.send(c.human);
    expect(keysOf(asked)).toEqual(['discovery:handoff.introAsked', 'discovery:handoff.consent']);
    await chat.send(c.yes);
    const done = await chat.send(c.phone);
    const event = done.find((r) => r.activity.type === 'event');
    expect(event?.activity.name).toBe('handoff.initiate');
    const record = (await running.app.queue.list({ conversationId: chat.conversationId }))[0];
    expect(record.trigger).toBe('customer-asked');
    expect(record.confirmation).toBe('unconfirmed');
    expect(validateNeedDefinition(record)).toEqual({ valid: true, errors: [] });
    expect(event?.activity.value).toMatchObject({ id: record.id, trigger: 'customer-asked', conversationId: chat.conversationId });
    const transcript = event?.activity.attachments?.[0];
    expect(transcript).toMatchObject({ name: 'Transcript', contentType: 'application/json' });
    expect((transcript?.content as { activities: { text: string }[] }).activities.map((a) => a.text)).toContain(c.hello);
    expect(record.customer.contact?.phone).toBeTruthy();
    expect(keysOf(done)).toContain('discovery:handoff.doneContact');
  });

  it('bot-stuck: two unusable answers lead to an offer of a person, not a loop', async () => {
    const chat = new Chat(running.url, c.locale);
    await chat.send(c.hello);
    const first = await chat.send(c.gibberish[0]);
    expect(keysOf(first)).toEqual(['common:reprompt.text']);
    const second = await chat.send(c.gibberish[1]);
    expect(keysOf(second)).toEqual(['common:stuck.offer']);
    expect(second[0].buttons.length).toBe(2);
    const offered = await chat.send(second[0].buttons[0]);
    expect(keysOf(offered)).toEqual(['discovery:handoff.introStuck', 'discovery:handoff.consent']);
    const done = await chat.send(c.noContact);
    expect(keysOf(done)).toEqual(expect.arrayContaining(['discovery:handoff.noContact', 'discovery:handoff.done']));
    expect(done.find((r) => r.activity.type === 'event')?.activity).toMatchObject({ name: 'handoff.initiate', value: { trigger: 'bot-stuck' } });
    const record = (await running.app.queue.list({ conversationId: chat.conversationId }))[0];
    expect(record.trigger).toBe('bot-stuck');
    expect(record.customer.consentToContact).toBe(false);
    expect(validateNeedDefinition(record).valid).toBe(true);
  });

  it('keep going after the offer returns to the question', async () => {
    const chat = new Chat(running.url, c.locale);
    const opening = await chat.send(c.hello);
    const question = opening[opening.length - 1].key;
    await chat.send(c.gibberish[0]);
    const offer = await chat.send(c.gibberish[1]);
    const back = await chat.send(offer[0].buttons[1]);
    expect(back[back.length - 1].key).toBe(question);
  });

  it('one conversation handed over twice keeps one record', async () => {
    const chat = new Chat(running.url, c.locale);
    await chat.send(c.hello);
    await play(chat, [{ say: c.human }, { say: c.noContact }]);
    await play(chat, [{ say: c.human }, { say: c.noContact }]);
    const records = await running.app.queue.list({ conversationId: chat.conversationId });
    expect(records).toHaveLength(1);
  });
});
