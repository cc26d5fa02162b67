import { MemoryStorage } from 'botbuilder';
import { HandoffQueue, HandoffRecord } from '../../services/handoff/HandoffQueue';
import { InsightsReport, InsightsService, isQuestion, PlaybookInsights } from '../../services/insights/insights';
import { ConversationLog, MemoryConversationLogStore } from '../../services/insights/conversationLog';
import { PracticeOverview, PracticeOverviewReport } from '../../services/insights/practiceOverview';
import { PracticeHistory, PracticeHistoryReader, PracticeRecord } from '../../services/PracticeHistory';
import { Chat, RunningApp, startApp } from '../support/harness';
import { record } from '../handoff/fixtures';
import { call, KEY, quiet, Running, serve } from './support';
import { currentStep } from '../../bot/conversationTracker';

const latent = (text: string, status: 'noted' | 'suggested' | 'accepted' | 'declined') => ({ text, motive: 'm', status, evidence: [] });
const objection = (text: string, real: boolean | null) => ({ text, real });
const said = (text: string) => ({ from: 'customer' as const, text, timestamp: '2026-11-23T02:00:00.000Z' });

function seeded(n: number, playbook: string, overrides: Partial<HandoffRecord>): HandoffRecord {
  return record(n, { playbook, explicitNeeds: [], openQuestions: [], transcript: [], ...overrides });
}

describe('insights across customers', () => {
  let running: Running;
  let queue: HandoffQueue;
  const now = new Date('2026-11-23T12:00:00.000Z');

  beforeAll(async () => {
    queue = new HandoffQueue(new MemoryStorage(), () => now, { logger: quiet });
    await queue.upsert(
      seeded(1, 'tea', {
        needName: 'Gift tea for clients',
        trigger: 'discovery-complete',
        explicitNeeds: [{ area: 'use', text: 'gifts', evidence: [] }],
        latentNeeds: [latent('Keeping clients loyal', 'accepted'), latent('Packaging that looks premium', 'noted')],
        objections: [objection('Too expensive', true), objection('Not sure about quality', null)],
        openQuestions: ['Budget is still open'],
        transcript: [said('Do you deliver to Shanghai?'), said('We need fifty boxes.'), said('这个有礼盒吗')],
      }),
    );
    await queue.upsert(
      seeded(2, 'tea', {
        needName: 'gift tea for clients.',
        trigger: 'customer-asked',
        explicitNeeds: [{ area: 'use', text: 'gifts', evidence: [] }],
        latentNeeds: [latent('keeping clients loyal', 'declined')],
        objections: [objection('too expensive', false)],
        openQuestions: ['Budget is still open', 'Timing is still open'],
        transcript: [said('do you deliver to shanghai?')],
        needConfirmation: { status: 'confirmed' },
      }),
    );
    await queue.upsert(seeded(3, 'fruit', { needName: 'Weekly fruit for the office', trigger: 'bot-stuck', createdAt: '2026-11-26T00:00:00.000Z' }));
    const log = new ConversationLog(new MemoryConversationLogStore());
    const mark = (key: string, playbook: string, step: string, handedOff: boolean, lastAt: string) => log.observe({ key, playbook, startedAt: '2026-11-23T01:00:00.000Z', lastAt, step, handedOff });
    mark('a', 'tea', 'vertical', true, '2026-11-23T02:00:00.000Z');
    mark('b', 'tea', 'horizontal', false, '2026-11-23T02:00:00.000Z');
    mark('c', 'tea', 'horizontal', false, '2026-11-23T03:00:00.000Z');
    mark('d', 'tea', 'latentProbe', false, '2026-11-23T04:00:00.000Z');
    mark('e', 'tea', 'vertical', false, '2026-11-23T11:50:00.000Z');
    running = await serve({ queue, apiKey: KEY, insights: new InsightsService(queue, log, () => now) });
  });
  afterAll(async () => {
    await running.close();
  });

  const playbook = (report: InsightsReport, id: string) => report.playbooks.find((p) => p.playbook === id) as PlaybookInsights;

  it('counts per playbook: conversations, handoffs, abandoned steps, needs, latent needs, objections, open areas, questions', async () => {
    const answer = await call(running.url, 'GET', '/api/insights');
    expect(answer.status).toBe(200);
    const report = answer.body as InsightsReport;
    expect(report.playbooks.map((p) => p.playbook)).toEqual(['fruit', 'tea']);
    const tea = playbook(report, 'tea');
    expect(tea.conversations).toEqual({ started: 5, handedOff: 1, abandoned: 3, ongoing: 1 });
    expect(tea.abandonedAt).toEqual([
      { step: 'horizontal', count: 2 },
      { step: 'latentProbe', count: 1 },
    ]);
    expect(tea.handedOff).toBe(2);
    expect(tea.handedOffBy).toEqual({ 'discovery-complete': 1, 'customer-asked': 1, 'bot-stuck': 0 });
    expect(tea.needs).toEqual([{ text: 'Gift tea for clients', count: 2 }]);
    expect(tea.latentNeeds).toEqual({
      found: 3,
      accepted: 1,
      declined: 1,
      top: [
        { text: 'Keeping clients loyal', count: 2, accepted: 1 },
        { text: 'Packaging that looks premium', count: 1, accepted: 0 },
      ],
    });
    expect(tea.objections).toEqual({ total: 3, real: 1, notReal: 1, untested: 1, top: [{ text: 'Too expensive', count: 2 }, { text: 'Not sure about quality', count: 1 }] });
    expect(tea.openAreas).toEqual([
      { text: 'Budget is still open', count: 2 },
      { text: 'Timing is still open', count: 1 },
    ]);
    expect(tea.customerQuestions).toEqual([
      { text: 'Do you deliver to Shanghai?', count: 2 },
      { text: '这个有礼盒吗', count: 1 },
    ]);
    expect(tea.confirmations).toEqual({ sent: 1, confirmed: 1, changeRequested: 0 });
  });

  it.each([
    ['playbook', '?playbook=fruit', ['fruit']],
    ['period', '?from=2026-11-25&to=2026-11-27', ['fruit']],
    ['period before', '?to=2026-11-24', ['tea']],
  ])('narrows by %s', async (_label, query, playbooks) => {
    const report = (await call(running.url, 'GET', `/api/insights${query}`)).body as InsightsReport;
    expect(report.playbooks.map((p) => p.playbook)).toEqual(playbooks);
  });

  it.each([['?from=soon'], ['?playbook=a%20b'], ['?from=2026-11-27&to=2026-11-25']])('refuses %s with 400', async (query) => {
    expect((await call(running.url, 'GET', `/api/insights${query}`)).status).toBe(400);
  });

  it.each([
    ['Do you deliver?', true],
    ['有礼盒吗', true],
    ['多少钱？', true],
    ['We need fifty boxes.', false],
    ['不要太贵', false],
  ])('"%s" is a question to the bot: %s', (text, expected) => {
    expect(isQuestion(text)).toBe(expected);
  });
});

describe('insights from the running bot', () => {
  let app: RunningApp;
  let now = new Date('2026-11-23T10:00:00.000Z');
  beforeAll(async () => {
    app = await startApp({ STAFF_API_KEY: KEY }, () => now);
  });
  afterAll(async () => {
    await app.close();
  });

  it('counts a handed-off and an abandoned conversation, and where the abandoned one stopped', async () => {
    const handed = new Chat(app.url, 'en');
    await handed.send('Hello, our company needs a CRM');
    await handed.send('I want to talk to a human');
    await handed.send('yes');
    await handed.send('+1 415 555 0100');
    const left = new Chat(app.url, 'zh-CN');
    await left.send('你好,我们公司想找一个客户管理系统');
    now = new Date(now.getTime() + 60 * 60_000);
    const report = (await call(app.url, 'GET', '/api/insights')).body as InsightsReport;
    const total = report.playbooks.reduce((sum, p) => sum + p.conversations.started, 0);
    expect(total).toBe(2);
    expect(report.playbooks.reduce((sum, p) => sum + p.conversations.handedOff, 0)).toBe(1);
    const abandoned = report.playbooks.flatMap((p) => p.abandonedAt);
    expect(abandoned).toHaveLength(1);
    expect(abandoned[0].count).toBe(1);
    // The customer named what they want and was asked about it: discovery was in its first steps.
    expect(['main', 'horizontal', 'focus', 'followUp']).toContain(abandoned[0].step);
    expect(report.playbooks.reduce((sum, p) => sum + p.handedOff, 0)).toBe(1);
  });
});

describe('the discovery step of a conversation', () => {
  const frame = (id: string, inner?: { id: string; state?: object }[]) => ({ id, state: inner ? { dialogs: { dialogStack: inner } } : {} });
  it.each([
    ['nothing running', undefined, undefined],
    ['the main dialog only', { dialogStack: [frame('mainDialog', [frame('mainWaterfall')])] }, 'main'],
    ['a prompt inside a step', { dialogStack: [frame('mainDialog', [frame('horizontalDialog', [frame('horizontalWaterfall'), frame('textPrompt')].reverse())])] }, 'horizontal'],
    ['nested steps', { dialogStack: [frame('mainDialog', [frame('verticalDialog', [frame('followUpDialog', [frame('yesNoPrompt')])])])] }, 'followUp'],
  ])('%s', (_label, state, expected) => {
    expect(currentStep(state as Parameters<typeof currentStep>[0])).toBe(expected);
  });
});

describe('practice overview for managers', () => {
  let running: Running;
  const storage = new MemoryStorage();
  const session = (persona: string, score: number, endedAt: string, parts: PracticeRecord['parts']): PracticeRecord => ({
    persona,
    locale: 'en',
    score,
    outcome: 'won' as PracticeRecord['outcome'],
    parts,
    turns: 10,
    endedAt,
    conversationId: `c-${endedAt}`,
    startedAt: endedAt,
  });

  beforeAll(async () => {
    const history = new PracticeHistory(storage);
    await history.add(PracticeHistory.key('msteams', 'rep-a'), session('busy-buyer', 50, '2026-11-20T10:00:00.000Z', { coverage: 10, repeat: 0, pitching: -10 }));
    await history.add(PracticeHistory.key('msteams', 'rep-a'), session('busy-buyer', 70, '2026-11-21T10:00:00.000Z', { coverage: 20, repeat: 0, pitching: 0 }));
    await history.add(PracticeHistory.key('msteams', 'rep-a'), session('tea-lady', 90, '2026-11-22T10:00:00.000Z', { coverage: 20, repeat: 10, pitching: 0 }));
    await history.add(PracticeHistory.key('msteams', 'rep-b'), session('busy-buyer', 40, '2026-11-22T11:00:00.000Z', { coverage: 5, repeat: 0, pitching: -5 }));
    await storage.write({ 'practice/other': { note: 'not a history' } });
    running = await serve({ queue: new HandoffQueue(new MemoryStorage(), () => new Date(), { logger: quiet }), apiKey: KEY, practice: new PracticeOverview(new PracticeHistoryReader(storage)) });
  });
  afterAll(async () => {
    await running.close();
  });

  it('shows sessions, each rep\'s trend, scores per persona and the most common tips in the reader\'s language', async () => {
    const answer = await call(running.url, 'GET', '/api/practice/overview', undefined, { 'accept-language': 'zh-CN' });
    expect(answer.status).toBe(200);
    const report = answer.body as PracticeOverviewReport;
    expect(report.sessions).toBe(4);
    expect(report.reps.map((r) => [r.rep, r.sessions, r.average])).toEqual([
      ['msteams/rep-a', 3, 70],
      ['msteams/rep-b', 1, 40],
    ]);
    expect(report.reps[0].trend.map((t) => t.score)).toEqual([50, 70, 90]);
    expect(report.personas).toEqual([
      { persona: 'busy-buyer', sessions: 3, average: 53, best: 70 },
      { persona: 'tea-lady', sessions: 1, average: 90, best: 90 },
    ]);
    expect(report.tips.map((t) => [t.part, t.sessions])).toEqual([
      ['repeat', 3],
      ['coverage', 2],
      ['pitching', 2],
    ]);
    expect(report.tips[0].text).toMatch(/[\u4e00-\u9fff]/);
  });

  it('narrows to a period', async () => {
    const report = (await call(running.url, 'GET', '/api/practice/overview?from=2026-11-22')).body as PracticeOverviewReport;
    expect(report.sessions).toBe(2);
    expect(report.tips[0].text).toMatch(/^[A-Z]/);
  });
});
