import { MainDialog } from '../../dialogs/discovery/MainDialog';
import { DialogRow, DialogSession, dialogSession, DialogTurnStatus, playRow, profileOf, sessionFor } from '../support/dialogHarness';
import { keysOf, Reply } from '../support/harness';
import { Locale } from '../../domain/types';

/**
 * MainDialog runs as the root, as in the bot: the discovery order end to end and the interruptions
 * (help, a person, stop, start over, language) that DiscoveryBaseDialog handles at every step.
 */
const ROWS: DialogRow[] = [
  {
    name: 'fruit: breadth, hypothesis, consensus and a handoff with contact',
    locale: 'zh-CN',
    turns: [
      ['我想买点李子', ['discovery:greeting.short', 'playbook-fruit:areas.taste.ask']],
      ['甜的', ['playbook-fruit:areas.quantity.ask']],
      ['两斤', ['respond:repeat.noted', 'playbook-fruit:areas.recipient.ask']],
      ['自己吃', ['discovery:hypothesis.ask']],
      ['对', ['discovery:hypothesis.confirmed', 'discovery:consensus.readBack', 'discovery:consensus.ask']],
      ['对', ['discovery:handoff.introAgreed', 'discovery:handoff.consent']],
      ['好', ['discovery:handoff.contactAsk']],
      ['13800138000', ['discovery:handoff.doneContact']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => {
      expect(session.deps.handoff.triggers).toEqual(['discovery-complete']);
      expect((await profileOf(session)).confirmation).toBe('confirmed');
    },
  },
  {
    name: 'help repeats the pending question; asking for a person hands over',
    locale: 'en',
    turns: [
      ['Hello, our company needs a CRM', ['discovery:greeting.short', 'playbook-general:areas.users.ask']],
      ['help', ['common:help', 'playbook-general:areas.users.ask']],
      ['talk to a person', ['discovery:handoff.introAsked', 'discovery:handoff.consent']],
      ['no', ['discovery:handoff.noContact', 'discovery:handoff.done']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => expect(session.deps.handoff.triggers).toEqual(['customer-asked']),
  },
  {
    name: 'help repeats the pending question',
    locale: 'zh-CN',
    turns: [
      ['你好,我们公司想找一个客户管理系统', ['discovery:greeting.short', 'playbook-general:areas.users.ask']],
      ['帮助', ['common:help', 'playbook-general:areas.users.ask']],
    ],
    status: DialogTurnStatus.waiting,
  },
  {
    name: 'stop says goodbye and keeps what was said',
    locale: 'en',
    turns: [
      ['Hello, our company needs a CRM', ['discovery:greeting.short', 'playbook-general:areas.users.ask']],
      ['stop', ['common:goodbye']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => expect((await profileOf(session)).answers.use?.[0].quote).toBe('Hello, our company needs a CRM'),
  },
  {
    name: 'stop says goodbye and keeps what was said',
    locale: 'zh-CN',
    turns: [
      ['你好,我们公司想找一个客户管理系统', ['discovery:greeting.short', 'playbook-general:areas.users.ask']],
      ['结束', ['common:goodbye']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => expect((await profileOf(session)).answers.use?.[0].quote).toBe('你好,我们公司想找一个客户管理系统'),
  },
  {
    name: 'a greeting gets the full welcome; start over forgets the playbook',
    locale: 'en',
    turns: [
      ['hi', ['discovery:greeting.full', 'discovery:opening.ask']],
      ['I want some plums', ['playbook-fruit:areas.taste.ask']],
      ['start over', ['common:startOver', 'discovery:opening.askAgain']],
    ],
    status: DialogTurnStatus.waiting,
    check: async (session) => expect((await session.conversationData()).playbook).toBeUndefined(),
  },
  {
    name: 'start over forgets the profile; the next opening picks the playbook afresh',
    locale: 'zh-CN',
    turns: [
      ['你好,我们公司想找一个客户管理系统', ['discovery:greeting.short', 'playbook-general:areas.users.ask']],
      ['重新开始', ['common:startOver', 'discovery:opening.askAgain']],
      ['我想买点李子', ['playbook-fruit:areas.taste.ask']],
    ],
    status: DialogTurnStatus.waiting,
    check: async (session) => expect((await profileOf(session)).playbook).toBe('fruit'),
  },
  {
    name: 'switching language asks the pending question again in the new language',
    locale: 'zh-CN',
    turns: [
      ['你好,我们公司想找一个客户管理系统', ['discovery:greeting.short', 'playbook-general:areas.users.ask']],
      ['English please', ['common:language.switched', 'playbook-general:areas.users.ask']],
    ],
    status: DialogTurnStatus.waiting,
    check: async (session) => expect(await session.conversationData()).toMatchObject({ locale: 'en', localeChosen: true }),
  },
];

describe('MainDialog', () => {
  it.each(ROWS)('$name ($locale)', async (row) => playRow(sessionFor((deps) => new MainDialog(deps), row, false), row));

  it('after a language switch the replies come in the chosen language', async () => {
    const row = ROWS.find((r) => r.name.startsWith('switching language'));
    if (!row) throw new Error('the language row is missing');
    const session = sessionFor((deps) => new MainDialog(deps), row, false);
    await session.send(row.turns[0][0]);
    const switched = await session.send(row.turns[1][0]);
    expect(switched.map((a) => a.locale)).toEqual(['en', 'en']);
  });
});

const main = (locale: Locale): DialogSession => dialogSession((deps) => new MainDialog(deps), { locale, hosted: false });
const last = (replies: Reply[]): string | undefined => replies[replies.length - 1]?.key;
const CRM: Record<Locale, string> = { en: 'Hello, our company needs a CRM', 'zh-CN': '你好,我们公司想找一个客户管理系统' };

describe('MainDialog: language switches', () => {
  it.each([
    ['zh-CN', CRM['zh-CN'], 'English please', 'en'],
    ['en', CRM.en, '说中文', 'zh-CN'],
    ['en', CRM.en, '中文', 'zh-CN'],
    ['zh-CN', CRM['zh-CN'], 'English', 'en'],
  ] as const)('switches from %s on "%s" ... "%s" without losing progress', async (from, opening, command, to) => {
    const session = main(from);
    const pending = last(await session.replies(opening));
    const switched = await session.replies(command);
    expect(keysOf(switched)).toEqual(['common:language.switched', pending]);
    expect(switched.every((r) => r.locale === to)).toBe(true);
    // The explicit choice holds even when the customer then writes in the other language.
    const answer = await session.replies(from === 'en' ? 'about 20 people' : '大概二十个人');
    expect(answer.every((r) => r.locale === to)).toBe(true);
    const profile = await profileOf(session);
    expect(profile.quantities[0]).toMatchObject({ value: 20 });
    expect(profile.answers.use?.[0].quote).toBe(opening);
  });

  it('re-renders the pending question with its buttons in the new language', async () => {
    const session = main('zh-CN');
    const first = await session.replies('你好,我想买点李子');
    expect(first[first.length - 1].buttons).toEqual(['甜的', '酸的']);
    const switched = await session.replies('English please');
    expect(switched[switched.length - 1].buttons).toEqual(['Sweet', 'Sour']);
    expect(last(switched)).toBe('playbook-fruit:areas.taste.ask');
  });
});

describe('MainDialog: awkward answers and corrections', () => {
  it.each([
    ['zh-CN', '不清楚', '还没想好'],
    ['en', "I don't know", 'not sure'],
  ] as const)('records "don\'t know" (%s) as open and does not ask again', async (locale, dontKnow1, dontKnow2) => {
    const session = main(locale);
    const firstArea = last(await session.replies(CRM[locale]));
    const a = await session.replies(dontKnow1);
    expect(keysOf(a)[0]).toBe('discovery:dontKnow.ack');
    const secondArea = last(a);
    expect(secondArea).not.toBe(firstArea);
    expect(last(await session.replies(dontKnow2))).not.toBe(secondArea);
    const profile = await profileOf(session);
    expect(profile.areasOpen).toEqual(['users', 'current']);
    expect(profile.areasCovered).toEqual(expect.arrayContaining(['users', 'current']));
  });

  it.each([
    ['zh-CN', '你好,我们公司想找一个客户管理系统,预算大概五万,下个月底之前要用上,老板定'],
    ['en', 'Hello, our company needs a CRM, the budget is about 50k dollars, we need it by the end of next month and our CEO decides'],
  ] as const)('does not ask again what was volunteered out of order (%s)', async (locale, opening) => {
    const session = main(locale);
    const keys: string[] = keysOf(await session.replies(opening));
    for (let i = 0; i < 12 && !keys.includes('discovery:focus.ask'); i++) {
      const lastKey = keys[keys.length - 1];
      keys.push(...keysOf(await session.replies(lastKey === 'discovery:repeat.ask' ? (locale === 'en' ? 'yes' : '对') : locale === 'en' ? 'not sure' : '不清楚')));
    }
    expect(keys).toContain('discovery:focus.ask');
    expect(keys).not.toContain('playbook-general:areas.budget.ask');
    expect(keys).not.toContain('playbook-general:areas.timing.ask');
    expect(keys).not.toContain('playbook-general:areas.decision.ask');
    const profile = await profileOf(session);
    expect(profile.budget?.amount).toBe(50000);
    expect(profile.timeline?.end).toBe('2026-12-31');
  });

  it.each([
    ['zh-CN', '你好,我想给公司找销售培训课程', '我们有三个销售经理要参加', '不对,是四个', '四个销售经理'],
    ['en', "Hello, I'm looking for a sales training course for my company", 'we have three sales managers to train', 'no, four', 'four sales managers'],
  ] as const)('takes a correction right after the repeat-back and says it back corrected (%s)', async (locale, opening, answer, correction, expected) => {
    const session = main(locale);
    expect(last(await session.replies(opening))).toBe('playbook-training:areas.current.ask');
    expect(keysOf(await session.replies(answer))[0]).toBe('respond:repeat.noted');
    const again = await session.replies(correction);
    expect(again[0].key).toBe('respond:repeat.corrected');
    expect(again[0].text).toContain(expected);
    expect((await profileOf(session)).quantities.map((q) => q.value)).toEqual([4]);
  });

  it.each([
    ['zh-CN', '大概二十个人用', '不对，是三十个人'],
    ['en', 'about 20 people will use it', 'no, 30 people'],
  ] as const)('"no, 30" right after the repeat-back replaces the figure (%s)', async (locale, answer, fix) => {
    const session = main(locale);
    await session.replies(CRM[locale]);
    expect(keysOf(await session.replies(answer))[0]).toBe('respond:repeat.noted');
    expect(keysOf(await session.replies(fix))[0]).toBe('respond:repeat.corrected');
    expect((await profileOf(session)).quantities.map((q) => q.value)).toEqual([30]);
  });

  it.each([
    // The household question is answered with a head count and the use question with the use: "online classes
    // and I work from home" says what the line is for, not how many live there, so it no longer fills the household.
    ['zh-CN', ['你好，我想办个宽带', '家里有宽带，但是老掉线', '孩子要上网课', '对', '三个人', '孩子上网课，我在家办公'], '越快越好，最好明天就装', '对'],
    ['en', ['Hi, I need a new broadband plan', 'We have one but it keeps dropping', 'The kids have online classes', 'yes', 'three of us', 'online classes and I work from home'], 'The faster the better, ideally installed tomorrow', 'yes'],
  ] as const)('%s: "the faster the better, install tomorrow" answers the speed question and the timing, so speed is not asked again', async (locale, before, answer, confirm) => {
    const session = main(locale);
    let keys: string[] = [];
    for (const line of before) keys = keysOf(await session.replies(line));
    expect(keys).toContain('playbook-broadband:areas.speed.ask');
    await session.replies(answer);
    expect(keysOf(await session.replies(confirm))).not.toContain('playbook-broadband:areas.speed.ask');
    expect((await profileOf(session)).answers['speed']?.length).toBeGreaterThan(0);
  });
});

const HANDOFF = {
  'zh-CN': { human: '转人工', yes: '可以', phone: '13812345678', gibberish: ['???', '!!!'], noContact: '不用了' },
  en: { human: 'I want to talk to a human', yes: 'yes', phone: '+1 415 555 0100', gibberish: ['???', '!!!'], noContact: 'no' },
} as const;

describe.each<Locale>(['zh-CN', 'en'])('MainDialog: handing over (%s)', (locale) => {
  const c = HANDOFF[locale];

  it('customer-asked: the customer asks for a person mid-flow and leaves a phone number', async () => {
    const session = main(locale);
    await session.replies(CRM[locale]);
    expect(keysOf(await session.replies(c.human))).toEqual(['discovery:handoff.introAsked', 'discovery:handoff.consent']);
    await session.replies(c.yes);
    expect(keysOf(await session.replies(c.phone))).toContain('discovery:handoff.doneContact');
    expect(session.deps.handoff.triggers).toEqual(['customer-asked']);
    expect((await profileOf(session)).customer.contact?.phone).toBeTruthy();
  });

  it('bot-stuck: two unusable answers lead to an offer of a person, not a loop', async () => {
    const session = main(locale);
    await session.replies(CRM[locale]);
    expect(keysOf(await session.replies(c.gibberish[0]))).toEqual(['common:reprompt.text']);
    const second = await session.replies(c.gibberish[1]);
    expect(keysOf(second)).toEqual(['common:stuck.offer']);
    expect(second[0].buttons.length).toBe(2);
    expect(keysOf(await session.replies(second[0].buttons[0]))).toEqual(['discovery:handoff.introStuck', 'discovery:handoff.consent']);
    expect(keysOf(await session.replies(c.noContact))).toEqual(expect.arrayContaining(['discovery:handoff.noContact', 'discovery:handoff.done']));
    expect(session.deps.handoff.triggers).toEqual(['bot-stuck']);
    expect((await profileOf(session)).customer.consentToContact).toBe(false);
  });

  it('keep going after the offer returns to the question', async () => {
    const session = main(locale);
    const question = last(await session.replies(CRM[locale]));
    await session.replies(c.gibberish[0]);
    const offer = await session.replies(c.gibberish[1]);
    expect(last(await session.replies(offer[0].buttons[1]))).toBe(question);
    expect(session.deps.handoff.triggers).toEqual([]);
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
] as const)('MainDialog: %s (%s): product facts only when the customer asks', (playbook, locale, opening, question) => {
  it('opens with a question, answers a product question, then asks again', async () => {
    const session = main(locale);
    const first = keysOf(await session.replies(opening));
    expect(first.some((k) => k.includes(':products.'))).toBe(false);
    const pending = first[first.length - 1];
    const answered = keysOf(await session.replies(question));
    expect(answered.some((k) => k.startsWith(`playbook-${playbook}:products.`))).toBe(true);
    expect(answered[answered.length - 1]).toBe(pending);
  });
});
