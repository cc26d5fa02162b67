import { Chat, keysOf, Reply, RunningApp, startApp } from '../support/harness';
import { answerFor, FINAL_KEYS } from '../../scripts/simulatedCustomer';
import { Locale, NeedDefinition } from '../../domain/types';

/** Runs the scripted general-playbook customer to the end; returns every (key, replies) pair. */
async function runToHandoff(chat: Chat, locale: Locale): Promise<{ keys: string[]; turns: number }> {
  const keys: string[] = [];
  let replies: Reply[] = await chat.send(locale === 'en' ? 'Hello' : '你好');
  let turns = 1;
  for (; turns < 60; turns++) {
    keys.push(...keysOf(replies));
    if (replies.some((r) => r.key && FINAL_KEYS.includes(r.key))) break;
    const last = [...replies].reverse().find((r) => r.key);
    replies = await chat.send(answerFor(locale, last?.key, (last?.buttons.length ?? 0) > 0));
  }
  return { keys, turns };
}

describe.each<Locale>(['zh-CN', 'en'])('a whole discovery conversation on the general playbook (%s)', (locale) => {
  let running: RunningApp;
  let record: NeedDefinition;
  let keys: string[];

  beforeAll(async () => {
    running = await startApp();
    const chat = new Chat(running.url, locale === 'en' ? 'en-US' : 'zh-CN');
    ({ keys } = await runToHandoff(chat, locale));
    const list = await running.app.queue.list({ conversationId: chat.conversationId });
    record = list[0];
  });
  afterAll(async () => {
    await running.close();
  });

  it('asks every general need area in breadth before going deep', () => {
    const breadth = keys.filter((k) => k.startsWith('playbook-general:areas.'));
    const firstDepth = keys.findIndex((k) => k.startsWith('discovery:vertical.'));
    const lastBreadth = keys.map((k) => k.startsWith('playbook-general:areas.')).lastIndexOf(true);
    expect(breadth.length).toBeGreaterThanOrEqual(5);
    expect(lastBreadth).toBeLessThan(firstDepth);
    expect(new Set(breadth).size).toBe(breadth.length);
  });

  it('goes through focus, depth (why and impact), hypothesis, consensus and handoff in order', () => {
    const order = ['discovery:focus.ask', 'discovery:vertical.describe', 'discovery:vertical.why1', 'discovery:vertical.impactUnsolved', 'discovery:vertical.impactSolved', 'discovery:hypothesis.ask', 'discovery:consensus.ask', 'discovery:handoff.consent'];
    const positions = order.map((k) => keys.indexOf(k));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('says key facts back', () => {
    expect(keys).toContain('respond:repeat.noted');
  });

  it('stores a confirmed need definition with what the customer said', () => {
    expect(record).toBeDefined();
    expect(record.trigger).toBe('discovery-complete');
    expect(record.confirmation).toBe('confirmed');
    expect(record.locale).toBe(locale);
    expect(record.budget?.amount).toBe(50000);
    // "by the end of next month" is a deadline: its end, no start invented from today (the reader's convention).
    expect(record.timeline).toMatchObject({ end: '2026-12-31' });
    expect(record.decisionChain.map((r) => r.role)).toEqual(expect.arrayContaining(['decision-maker', 'technical-gatekeeper']));
    expect(record.decisionCriteria.length).toBeGreaterThanOrEqual(3);
    expect(record.competitors.length).toBeGreaterThanOrEqual(2);
    expect(record.impact.ifUnsolved.length).toBe(1);
    expect(record.impact.ifSolved.length).toBe(1);
    expect(record.hypotheses[0].outcome).toBe('confirmed');
    expect(record.customer.consentToContact).toBe(true);
    expect(record.customer.contact?.phone ?? record.customer.contact?.email).toBeTruthy();
    expect(record.transcript.length).toBeGreaterThan(20);
    expect(record.needName.length).toBeGreaterThan(0);
    expect(record.summary?.en).toBeTruthy();
    expect(record.summary?.['zh-CN']).toBeTruthy();
  });
});
