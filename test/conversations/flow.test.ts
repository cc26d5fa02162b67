import { Chat, keysOf, RunningApp, startApp, storedProfile } from '../support/harness';


const last = (replies: { key?: string }[]) => replies[replies.length - 1]?.key;

describe('language choice and switching', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it('answers a Chinese message on an en-US client in Chinese, and an English one on a zh-CN client in English', async () => {
    expect((await new Chat(running.url, 'en-US').send('你好')).every((r) => r.locale === 'zh-CN')).toBe(true);
    expect((await new Chat(running.url, 'zh-CN').send('Hello')).every((r) => r.locale === 'en')).toBe(true);
  });

  it('uses the client locale when the message shows no language, and DEFAULT_LOCALE without one', async () => {
    expect((await new Chat(running.url, 'en-US').send('👋')).every((r) => r.locale === 'en')).toBe(true);
    expect((await new Chat(running.url, '').send('👋')).every((r) => r.locale === 'zh-CN')).toBe(true);
  });

  it.each([
    ['zh-CN', '你好,我们公司想找一个客户管理系统', 'English please', 'en'],
    ['en', 'Hello, our company needs a CRM', '说中文', 'zh-CN'],
    ['en', 'Hello, our company needs a CRM', '中文', 'zh-CN'],
    ['zh-CN', '你好,我们公司想找一个客户管理系统', 'English', 'en'],
  ])('switches from %s on "%s" ... "%s" without losing progress', async (from, opening, command, to) => {
    const chat = new Chat(running.url, from);
    const first = await chat.send(opening);
    const pending = last(first);
    const switched = await chat.send(command);
    expect(keysOf(switched)).toEqual(['common:language.switched', pending]);
    expect(switched.every((r) => r.locale === to)).toBe(true);
    // The explicit choice holds even when the customer then writes in the other language.
    const answer = await chat.send(from === 'en' ? 'about 20 people' : '大概二十个人');
    expect(answer.every((r) => r.locale === to)).toBe(true);
    const profile = await storedProfile(running, chat);
    expect(profile.quantities[0]).toMatchObject({ value: 20 });
    expect(profile.answers.use?.[0].quote).toBe(opening);
  });

  it('re-renders the pending question with its buttons in the new language', async () => {
    const chat = new Chat(running.url, 'zh-CN');
    const first = await chat.send('你好,我想买点李子');
    expect(first[first.length - 1].buttons).toEqual(['甜的', '酸的']);
    const switched = await chat.send('English please');
    expect(switched[switched.length - 1].buttons).toEqual(['Sweet', 'Sour']);
    expect(switched[switched.length - 1].key).toBe('playbook-fruit:areas.taste.ask');
  });

  it('takes the language toggle of the web page (setLocale event)', async () => {
    const chat = new Chat(running.url, 'zh-CN');
    await chat.event('setLocale', 'en');
    const replies = await chat.send('你好');
    expect(replies.every((r) => r.locale === 'en')).toBe(true);
  });
});

describe('interruptions, corrections and awkward answers', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it.each([
    ['zh-CN', '你好,我们公司想找一个客户管理系统', '帮助'],
    ['en', 'Hello, our company needs a CRM', 'help'],
  ])('help (%s) answers and asks the pending question again', async (locale, opening, help) => {
    const chat = new Chat(running.url, locale);
    const pending = last(await chat.send(opening));
    expect(keysOf(await chat.send(help))).toEqual(['common:help', pending]);
  });

  it.each([
    ['zh-CN', '你好,我们公司想找一个客户管理系统', '重新开始'],
    ['en', 'Hello, our company needs a CRM', 'start over'],
  ])('start over (%s) forgets the profile and starts again', async (locale, opening, command) => {
    const chat = new Chat(running.url, locale);
    await chat.send(opening);
    expect(keysOf(await chat.send(command))).toEqual(['common:startOver', 'discovery:opening.askAgain']);
    await chat.send(locale === 'en' ? 'I want some plums' : '我想买点李子');
    expect((await storedProfile(running, chat)).playbook).toBe('fruit');
  });

  it.each([
    ['zh-CN', '你好,我们公司想找一个客户管理系统', '结束'],
    ['en', 'Hello, our company needs a CRM', 'stop'],
  ])('stop (%s) says goodbye and keeps what was said', async (locale, opening, command) => {
    const chat = new Chat(running.url, locale);
    await chat.send(opening);
    expect(keysOf(await chat.send(command))).toEqual(['common:goodbye']);
    expect((await storedProfile(running, chat)).answers.use?.[0].quote).toBe(opening);
  });

  it.each([
    ['zh-CN', '不清楚', '还没想好'],
    ['en', "I don't know", 'not sure'],
  ])('records "don\'t know" (%s) as open and does not ask again', async (locale, dontKnow1, dontKnow2) => {
    const chat = new Chat(running.url, locale);
    const opening = await chat.send(locale === 'en' ? 'Hello, our company needs a CRM' : '你好,我们公司想找一个客户管理系统');
    const firstArea = last(opening);
    const a = await chat.send(dontKnow1);
    expect(keysOf(a)[0]).toBe('discovery:dontKnow.ack');
    const secondArea = last(a);
    expect(secondArea).not.toBe(firstArea);
    const b = await chat.send(dontKnow2);
    expect(last(b)).not.toBe(secondArea);
    const profile = await storedProfile(running, chat);
    expect(profile.areasOpen).toEqual(['users', 'current']);
    expect(profile.areasCovered).toEqual(expect.arrayContaining(['users', 'current']));
  });

  it.each([
    ['zh-CN', '你好,我们公司想找一个客户管理系统,预算大概五万,下个月底之前要用上,老板定'],
    ['en', 'Hello, our company needs a CRM, the budget is about 50k dollars, we need it by the end of next month and our CEO decides'],
  ])('does not ask again what was volunteered out of order (%s)', async (locale, opening) => {
    const chat = new Chat(running.url, locale);
    const keys: string[] = keysOf(await chat.send(opening));
    for (let i = 0; i < 12 && !keys.includes('discovery:focus.ask'); i++) {
      const lastKey = keys[keys.length - 1];
      keys.push(...keysOf(await chat.send(lastKey === 'discovery:repeat.ask' ? (locale === 'en' ? 'yes' : '对') : locale === 'en' ? 'not sure' : '不清楚')));
    }
    expect(keys).toContain('discovery:focus.ask');
    expect(keys).not.toContain('playbook-general:areas.budget.ask');
    expect(keys).not.toContain('playbook-general:areas.timing.ask');
    expect(keys).not.toContain('playbook-general:areas.decision.ask');
    const profile = await storedProfile(running, chat);
    expect(profile.budget?.amount).toBe(50000);
    expect(profile.timeline?.end).toBe('2026-12-31');
  });

  it.each([
    ['zh-CN', '我们有三个销售经理要参加', '不对,是四个', '四个销售经理'],
    ['en', 'we have three sales managers to train', 'no, four', 'four sales managers'],
  ])('takes a correction after the repeat-back and repeats it back again (%s)', async (locale, answer, correction, expected) => {
    const chat = new Chat(running.url, locale);
    const opening = await chat.send(locale === 'en' ? "Hello, I'm looking for a sales training course for my company" : '你好,我想给公司找销售培训课程');
    expect(last(opening)).toBe('playbook-training:areas.current.ask');
    const repeat = await chat.send(answer);
    expect(last(repeat)).toBe('discovery:repeat.ask');
    const again = await chat.send(correction);
    expect(last(again)).toBe('discovery:repeat.ask');
    expect(again[again.length - 1].text).toContain(expected);
    const profile = await storedProfile(running, chat);
    expect(profile.quantities.map((q) => q.value)).toEqual([4]);
  });

  it('asks what is right after a plain "no" to a repeat-back', async () => {
    const chat = new Chat(running.url, 'zh-CN');
    await chat.send('你好,我们公司想找一个客户管理系统');
    await chat.send('大概二十个人用');
    const no = await chat.send('不对');
    expect(keysOf(no)).toEqual(['discovery:repeat.whatIsRight']);
    const fixed = await chat.send('三十个人');
    expect(last(fixed)).toBe('discovery:repeat.ask');
    expect((await storedProfile(running, chat)).quantities.map((q) => q.value)).toEqual([30]);
  });

  it.each([
    ['zh-CN', ['你好，我想办个宽带', '家里有宽带，但是老掉线', '孩子要上网课', '三个人', '对', '孩子上网课，我在家办公'], '越快越好，最好明天就装', '对'],
    ['en', ['Hi, I need a new broadband plan', 'We have one but it keeps dropping', 'The kids have online classes', 'three of us', 'yes', 'online classes and I work from home'], 'The faster the better, ideally installed tomorrow', 'yes'],
  ])('%s: "the faster the better, install tomorrow" answers the speed question and the timing, so speed is not asked again', async (locale, before, answer, confirm) => {
    const chat = new Chat(running.url, locale);
    let keys: string[] = [];
    for (const line of before) keys = keysOf(await chat.send(line));
    expect(keys).toContain('playbook-broadband:areas.speed.ask');
    await chat.send(answer);
    const next = keysOf(await chat.send(confirm));
    expect(next).not.toContain('playbook-broadband:areas.speed.ask');
    const profile = await storedProfile(running, chat);
    expect(profile.answers['speed']?.length).toBeGreaterThan(0);
  });

  it('remembers the conversation across a restart of the server', async () => {
    const chat = new Chat(running.url, 'zh-CN', `restart-${Date.now()}`);
    await chat.send('你好');
    await chat.send('我们想找一个管理销售线索的系统');
    const dataDir = running.dataDir;
    await running.app.stop();
    const restarted = await startApp({ DATA_DIR: dataDir });
    try {
      const again = new Chat(restarted.url, 'zh-CN', chat.conversationId);
      const next = await again.send('给公司采购');
      expect(keysOf(next)).not.toContain('discovery:opening.ask');
      const profile = await storedProfile(restarted, again);
      expect(profile.answers.use?.[0].quote).toBe('我们想找一个管理销售线索的系统');
    } finally {
      await restarted.close();
      running = await startApp();
    }
  });
});
