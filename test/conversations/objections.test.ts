import { Chat, keysOf, RunningApp, startApp, storedProfile } from '../support/harness';


const last = (keys: string[]) => keys[keys.length - 1];

describe('objection tests and hypothesis revision', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it.each([
    ['zh-CN', '你好,我们公司想找一个客户管理系统', '大概二十个人,不过你们的有点贵', '是的'],
    ['en', 'Hello, our company needs a CRM', 'About 20 people, but your product is too expensive', 'yes'],
  ])('a price concern confirmed by the hypothetical question is real (%s)', async (locale, opening, concern, yes) => {
    const chat = new Chat(running.url, locale);
    await chat.send(opening);
    const afterConcern = keysOf(await chat.send(concern));
    expect(afterConcern).toContain('discovery:repeat.ask');
    const hypothetical = keysOf(await chat.send(yes));
    expect(last(hypothetical)).toBe('discovery:objection.hypothetical.price');
    const real = keysOf(await chat.send(yes));
    expect(real[0]).toBe('discovery:objection.real');
    expect((await storedProfile(running, chat)).objections).toEqual([expect.objectContaining({ kind: 'price', real: true, test: 'hypothetical' })]);
  });

  it.each([
    ['zh-CN', '不是', '能打九折就行', true],
    ['en', 'no', 'A discount of ten percent would do it', true],
    ['zh-CN', '不是', '不知道', false],
    ['en', 'no', 'not sure', false],
  ])('when the hypothetical does not settle it, the rhetorical question does (%s, "%s")', async (locale, no, condition, real) => {
    const chat = new Chat(running.url, locale);
    await chat.send(locale === 'en' ? 'Hello, our company needs a CRM' : '你好,我们公司想找一个客户管理系统');
    await chat.send(locale === 'en' ? 'It looks too expensive for us' : '看起来太贵了');
    const rhetorical = keysOf(await chat.send(no));
    expect(last(rhetorical)).toBe('discovery:objection.rhetorical.price');
    const recorded = keysOf(await chat.send(condition));
    expect(recorded[0]).toBe(real ? 'discovery:objection.conditionNoted' : 'discovery:objection.notReal');
    expect((await storedProfile(running, chat)).objections[0]).toMatchObject({ real, test: 'rhetorical' });
  });

  it.each([
    ['zh-CN', '我想买点李子', ['甜的', '两斤', '对', '自己吃'], '不太对', '我还想要一些猕猴桃', '对'],
    ['en', 'I want some plums', ['sweet', 'two jin', 'yes', 'for myself'], 'partly', 'I also want some kiwis', 'yes'],
  ])('a hypothesis answered "partly" is revised and tested again (%s)', async (locale, opening, answers, partly, revision, yes) => {
    const chat = new Chat(running.url, locale);
    await chat.send(opening);
    let keys: string[] = [];
    for (const answer of answers) keys = keysOf(await chat.send(answer));
    expect(last(keys)).toBe('discovery:hypothesis.ask');
    expect(last(keysOf(await chat.send(partly)))).toBe('discovery:hypothesis.whatIsMissing');
    const retest = keysOf(await chat.send(revision));
    expect(retest).toEqual(['discovery:hypothesis.thanks', 'discovery:hypothesis.ask']);
    const confirmed = keysOf(await chat.send(yes));
    expect(confirmed[0]).toBe('discovery:hypothesis.confirmed');
    const profile = await storedProfile(running, chat);
    expect(profile.hypotheses.map((h) => h.outcome)).toEqual(['revised', 'confirmed']);
    expect(profile.hypotheses[0].revision).toBe(revision);
    expect(profile.hypotheses[1].statement).toContain(revision);
  });

  it('after two rejected hypotheses the bot keeps the corrections and moves on', async () => {
    const chat = new Chat(running.url, 'en');
    await chat.send('I want some plums');
    for (const answer of ['sweet', 'two jin', 'yes', 'for myself']) await chat.send(answer);
    await chat.send('no');
    await chat.send('I want them for a pie');
    await chat.send('no');
    const moved = keysOf(await chat.send('they must be ripe'));
    expect(moved).toEqual(expect.arrayContaining(['discovery:hypothesis.keepRevision', 'discovery:consensus.ask']));
    const profile = await storedProfile(running, chat);
    expect(profile.hypotheses.map((h) => h.outcome)).toEqual(['revised', 'revised']);
  });
});
