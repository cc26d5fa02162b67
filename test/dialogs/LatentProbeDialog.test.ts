import { LatentProbeDialog, LatentProbeOptions } from '../../dialogs/discovery/LatentProbeDialog';
import { DialogRow, dialogSession, DialogTurnStatus, playRow, profileOf, sessionFor } from '../support/dialogHarness';
import { MainDialog } from '../../dialogs/discovery/MainDialog';
import { keysOf } from '../support/harness';
import { complaint } from './fixtures';

const options = (o: LatentProbeOptions): LatentProbeOptions => o;
const general = { playbook: 'general' };

async function latentOf(session: Parameters<NonNullable<DialogRow['check']>>[0]): Promise<[string | undefined, string][]> {
  return (await profileOf(session)).latentNeeds.map((n) => [n.rule, n.status]);
}

/** Why, then the motive linked to a latent need with a question; no motive, or one no rule knows, is respected. */
const ROWS: DialogRow[] = [
  {
    name: 'a motive a rule knows: acknowledged, suggested, declined',
    locale: 'en',
    seed: general,
    options: options({ cue: complaint('Everything is done by hand and it is a mess') }),
    turns: [
      ['hello', ['discovery:latent.why.complaint']],
      ['We are swamped and everyone works overtime', ['latent:rules.general.overload.acknowledge', 'latent:rules.general.overload.suggest']],
      ['no', ['discovery:latent.declined']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => expect(await latentOf(session)).toEqual([['overload', 'declined']]),
  },
  {
    name: 'a deviation from the playbook\'s norm: its own why, then accepted',
    locale: 'zh-CN',
    seed: { playbook: 'fruit' },
    options: options({ cue: { kind: 'deviation', area: 'taste', quote: '酸的', norm: 'taste-sweet', turn: 1 } }),
    turns: [
      ['你好', ['playbook-fruit:norms.taste-sweet.why']],
      ['她怀孕了,喜欢吃酸的', ['latent:rules.fruit.pregnancy.acknowledge', 'latent:rules.fruit.pregnancy.suggest']],
      ['好', ['discovery:latent.accepted']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => expect(await latentOf(session)).toEqual([['pregnancy', 'accepted']]),
  },
  {
    name: 'no motive given',
    locale: 'zh-CN',
    seed: general,
    options: options({ cue: complaint('很乱') }),
    turns: [['你好', ['discovery:latent.why.complaint']], ['不知道', ['discovery:latent.noMotive']]],
    status: DialogTurnStatus.complete,
    check: async (session) => expect(await latentOf(session)).toEqual([]),
  },
  {
    name: 'a motive no rule covers is noted as an open question',
    locale: 'en',
    seed: general,
    options: options({ cue: complaint('The current system is terrible') }),
    turns: [['hello', ['discovery:latent.why.complaint']], ['The vendor went bankrupt and nobody maintains it', ['discovery:latent.noted']]],
    status: DialogTurnStatus.complete,
    check: async (session) => {
      expect(await latentOf(session)).toEqual([[undefined, 'noted']]);
      expect((await profileOf(session)).openQuestions.join(' ')).toContain('The vendor went bankrupt');
    },
  },
  {
    name: 'a motive already known from the why-ladder skips the why',
    locale: 'en',
    seed: general,
    options: options({ cue: { kind: 'emotion', area: 'current', quote: 'We are swamped', turn: 1 }, motive: 'We are swamped and everyone works overtime' }),
    turns: [['hello', ['latent:rules.general.overload.acknowledge', 'latent:rules.general.overload.suggest']], ['yes', ['discovery:latent.accepted']]],
    status: DialogTurnStatus.complete,
  },
];

/**
 * The link (issue 17): a motive is acknowledged, its offer suggested as a question, and the answer recorded
 * as accepted, declined or noted; an objection to the suggestion gets the objection test.
 */
const quietCue = (quote: string): LatentProbeOptions => ({ cue: { kind: 'constraint', quote, turn: 1 } });
async function objectionsOf(session: Parameters<NonNullable<DialogRow['check']>>[0]): Promise<[string, boolean | null][]> {
  return (await profileOf(session)).objections.map((o) => [o.kind, o.real]);
}
const LINK_ROWS: DialogRow[] = [
  {
    name: 'a constraint, its why, the motive, the quiet offer accepted',
    locale: 'zh-CN',
    seed: general,
    options: quietCue('别太吵，我们住楼房'),
    turns: [
      ['你好', ['latent:why.constraint']],
      ['孩子只有晚上九点以后有空练琴,邻居会有意见', ['latent:rules.general.quiet.acknowledge', 'latent:rules.general.quiet.suggest']],
      ['好啊,那挺好', ['discovery:latent.accepted']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => expect(await latentOf(session)).toEqual([['quiet', 'accepted']]),
  },
  {
    name: 'a constraint, its why, the motive, the quiet offer declined',
    locale: 'en',
    seed: general,
    options: quietCue('we live in a flat'),
    turns: [
      ['hello', ['latent:why.constraint']],
      ['My daughter can only practise after nine and the neighbours complain', ['latent:rules.general.quiet.acknowledge', 'latent:rules.general.quiet.suggest']],
      ['no thanks', ['discovery:latent.declined']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => expect(await latentOf(session)).toEqual([['quiet', 'declined']]),
  },
  {
    name: 'an objection to the offer gets the objection test; the need stays noted',
    locale: 'en',
    seed: general,
    options: options({ cue: { kind: 'event', quote: 'our receptionist is about to quit', turn: 1 }, why: { key: 'latent:why.event', params: { about: { quote: 'our receptionist is about to quit' } } } }),
    turns: [
      ['hello', ['latent:why.event']],
      ['She is leaving next month and nobody else knows the system', ['latent:rules.general.staff-change.acknowledge', 'latent:rules.general.staff-change.suggest']],
      ['That sounds too expensive for us', ['discovery:objection.hypothetical.price']],
      ['yes', ['discovery:objection.real']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => {
      expect(await latentOf(session)).toEqual([['staff-change', 'noted']]);
      expect(await objectionsOf(session)).toEqual([['price', true]]);
    },
  },
  {
    name: 'an objection to the offer gets the objection test; the need stays noted',
    locale: 'zh-CN',
    seed: { playbook: 'fruit' },
    options: options({ cue: { kind: 'deviation', area: 'taste', quote: '酸的', norm: 'taste-sweet', turn: 1 } }),
    turns: [
      ['你好', ['playbook-fruit:norms.taste-sweet.why']],
      ['媳妇有喜了,老想吃酸的', ['latent:rules.fruit.pregnancy.acknowledge', 'latent:rules.fruit.pregnancy.suggest']],
      ['猕猴桃太贵了', ['discovery:objection.hypothetical.price']],
      ['不是', ['discovery:objection.rhetorical.price']],
      ['嗯', ['discovery:objection.notReal']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => {
      expect(await latentOf(session)).toEqual([['pregnancy', 'noted']]);
      expect(await objectionsOf(session)).toEqual([['price', false]]);
    },
  },
  {
    name: 'neither yes nor no: the suggestion is kept as noted',
    locale: 'en',
    seed: { playbook: 'fruit' },
    options: options({ cue: { kind: 'deviation', area: 'taste', quote: 'sour ones', norm: 'taste-sweet', turn: 1 } }),
    turns: [
      ['hello', ['playbook-fruit:norms.taste-sweet.why']],
      ["My daughter-in-law is expecting and craves sour things", ['latent:rules.fruit.pregnancy.acknowledge', 'latent:rules.fruit.pregnancy.suggest']],
      ['She mostly eats plums these days', ['latent:link.noted']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => expect(await latentOf(session)).toEqual([['pregnancy', 'noted']]),
  },
  {
    name: 'a denied motive fires nothing and is kept as noted for the rep',
    locale: 'en',
    seed: { playbook: 'fruit' },
    options: options({ cue: { kind: 'deviation', area: 'taste', quote: 'sour ones', norm: 'taste-sweet', turn: 1 } }),
    turns: [
      ['hello', ['playbook-fruit:norms.taste-sweet.why']],
      ["Oh, nobody's pregnant or anything, I just make jam with them.", ['discovery:latent.noted']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => {
      expect(await latentOf(session)).toEqual([[undefined, 'noted']]);
      expect((await profileOf(session)).openQuestions.join(' ')).toContain('make jam');
    },
  },
  {
    name: 'a denied motive fires nothing and is kept as noted for the rep',
    locale: 'zh-CN',
    seed: { playbook: 'fruit' },
    options: options({ cue: { kind: 'deviation', area: 'taste', quote: '酸的', norm: 'taste-sweet', turn: 1 } }),
    turns: [
      ['你好', ['playbook-fruit:norms.taste-sweet.why']],
      ['倒不是有人怀孕,我就是拿来做果酱', ['discovery:latent.noted']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => expect(await latentOf(session)).toEqual([[undefined, 'noted']]),
  },
];

describe('the link: motive, offer, outcome', () => {
  it.each(LINK_ROWS)('$name ($locale)', async (row) => playRow(sessionFor((deps) => new LatentProbeDialog(deps), row), row));
});

describe('LatentProbeDialog', () => {
  it.each(ROWS)('$name ($locale)', async (row) => playRow(sessionFor((deps) => new LatentProbeDialog(deps), row), row));
});

/**
 * Cue -> tactful why -> motive -> latent need, from the opening through MainDialog (the breadth question
 * that notices the cue hands over to this dialog), across the playbooks.
 * `rule` is the latent-need rule that must fire; `noted` means no rule covers the motive, so it is kept
 * as a noted latent need and an open question; `none` means nothing may be recorded.
 */
interface LatentCase {
  name: string;
  locale: 'en' | 'zh-CN';
  opening: string;
  cue: string;
  motive: string;
  expect: { rule: string; playbook: string } | 'noted' | 'none';
  forbiddenRule?: string;
}

const CASES: LatentCase[] = [
  { name: 'fruit: visiting a patient', locale: 'zh-CN', opening: '我想买点李子', cue: '酸的', motive: '我妈住院了,想吃点开胃的', expect: { rule: 'recovery', playbook: 'fruit' } },
  { name: 'fruit: visiting a patient', locale: 'en', opening: 'I want some plums', cue: 'sour', motive: 'My mother is in hospital and wants something to whet her appetite', expect: { rule: 'recovery', playbook: 'fruit' } },
  { name: 'fruit: a stated reason counts even with "likes sour" in the same answer', locale: 'zh-CN', opening: '我想买点李子', cue: '酸的', motive: '她怀孕了,喜欢吃酸的', expect: { rule: 'pregnancy', playbook: 'fruit' } },
  { name: 'fruit: a negation must not fire', locale: 'zh-CN', opening: '我想买点李子', cue: '酸的', motive: '不是怀孕,是拿来做酸梅汤的', expect: 'noted', forbiddenRule: 'pregnancy' },
  { name: 'fruit: a negation must not fire', locale: 'en', opening: 'I want some plums', cue: 'sour', motive: "She isn't pregnant, I make plum sauce with them", expect: 'noted', forbiddenRule: 'pregnancy' },
  { name: 'training: newly promoted managers', locale: 'zh-CN', opening: '我想给公司找销售培训', cue: '几个经理带团队带得不好,很头疼', motive: '他们都是刚提拔的新经理', expect: { rule: 'new-managers', playbook: 'training' } },
  { name: 'training: newly promoted managers', locale: 'en', opening: 'I need sales training for my company', cue: 'Some managers are struggling to lead their teams and it is frustrating', motive: 'They were just promoted, first-time managers', expect: { rule: 'new-managers', playbook: 'training' } },
  { name: 'baijiu: banquet season', locale: 'zh-CN', opening: '我们酒店想找白酒供应商', cue: '现在的供应商一到旺季就断货', motive: '年底宴请多,婚宴也多', expect: { rule: 'banquet-season', playbook: 'baijiu' } },
  { name: 'baijiu: banquet season', locale: 'en', opening: 'Our hotel needs a baijiu supplier', cue: 'Our supplier runs out of stock in the busy months, it is a problem', motive: 'It is wedding season and we have lots of weddings', expect: { rule: 'banquet-season', playbook: 'baijiu' } },
  { name: 'broadband: online classes', locale: 'zh-CN', opening: '我想办宽带', cue: '现在的网太慢了', motive: '孩子每天都要上网课', expect: { rule: 'online-classes', playbook: 'broadband' } },
  { name: 'broadband: online classes', locale: 'en', opening: 'I need broadband', cue: 'The current one is too slow', motive: 'My kids have online classes every day', expect: { rule: 'online-classes', playbook: 'broadband' } },
  { name: 'cleaning: pet hair', locale: 'zh-CN', opening: '你好,关于拖把的事', cue: '拖把老是粘满毛,很烦', motive: '家里养了两只猫,掉毛厉害', expect: { rule: 'pet-hair', playbook: 'cleaning' } },
  { name: 'cleaning: pet hair', locale: 'en', opening: 'Hello, about the mop', cue: 'The mop gets covered in hair, it is annoying', motive: 'We have two cats and they shed a lot', expect: { rule: 'pet-hair', playbook: 'cleaning' } },
  { name: 'retailer grumbling about supply: substitute brands', locale: 'zh-CN', opening: '我开了个小卖部,想找个稳定的供货渠道', cue: '现在老是缺货,烦死了', motive: '附近新开了个厂,工人们都要便宜的牌子', expect: { rule: 'short-supply', playbook: 'general' } },
  { name: 'retailer grumbling about supply: substitute brands', locale: 'en', opening: 'I run a small shop and need a steady supplier', cue: 'Things are always out of stock, it is annoying', motive: 'A new factory opened nearby and the workers want cheaper brands', expect: { rule: 'short-supply', playbook: 'general' } },
  { name: 'general: an overloaded team', locale: 'zh-CN', opening: '我们公司想找一个客户管理系统', cue: '现在全靠手工记录,很乱', motive: '人手不够,大家天天加班', expect: { rule: 'overload', playbook: 'general' } },
  { name: 'general: an overloaded team', locale: 'en', opening: 'Our company needs a CRM', cue: 'Everything is done by hand and it is a mess', motive: 'We are swamped and everyone works overtime', expect: { rule: 'overload', playbook: 'general' } },
  { name: 'general: a motive no rule covers is noted', locale: 'zh-CN', opening: '我们公司想找一个客户管理系统', cue: '现在的系统很不好用', motive: '原来的供应商倒闭了,没人维护', expect: 'noted' },
  { name: 'general: a motive no rule covers is noted', locale: 'en', opening: 'Our company needs a CRM', cue: 'The current system is terrible', motive: 'The vendor went bankrupt and nobody maintains it', expect: 'noted' },
];

describe('latent needs through MainDialog: cue, motive, link', () => {
  const tally = { expected: 0, found: 0, falseRaised: 0 };
  afterAll(() => {
    // Reported in the issue note: how many latent needs are found and how many false ones raised.
    process.stdout.write(`latent-need table: ${tally.found}/${tally.expected} found, ${tally.falseRaised} false\n`);
  });

  const linkCase = async (c: (typeof CASES)[number]): Promise<void> => {
    const session = dialogSession((deps) => new MainDialog(deps), { locale: c.locale, hosted: false });
    await session.replies(c.opening);
    const why = await session.replies(c.cue);
    expect(keysOf(why).some((k) => /latent\.why\.|norms\..*\.why|areas\..*\.why|respond:follow\.complaint/.test(k))).toBe(true);
    const linked = await session.replies(c.motive);
    const profile = await profileOf(session);
    const ruled = profile.latentNeeds.filter((n) => n.rule);
    if (typeof c.expect === 'object') {
      tally.expected += 1;
      const keys = keysOf(linked);
      const ack = keys.indexOf(`latent:rules.${c.expect.playbook}.${c.expect.rule}.acknowledge`);
      const suggest = keys.indexOf(`latent:rules.${c.expect.playbook}.${c.expect.rule}.suggest`);
      expect(ack).toBeGreaterThanOrEqual(0);
      expect(suggest).toBeGreaterThan(ack);
      expect(ruled.map((n) => n.rule)).toEqual([c.expect.rule]);
      expect(ruled[0]).toMatchObject({ status: 'suggested', motive: c.motive });
      tally.found += 1;
      const accepted = await session.replies(c.locale === 'en' ? 'yes' : '好');
      expect(keysOf(accepted)[0]).toBe('discovery:latent.accepted');
    } else {
      tally.falseRaised += ruled.length;
      expect(ruled).toEqual([]);
      if (c.expect === 'noted') {
        expect(keysOf(linked)[0]).toBe('discovery:latent.noted');
        expect(profile.latentNeeds).toEqual([expect.objectContaining({ status: 'noted', motive: c.motive })]);
        expect(profile.openQuestions.join(' ')).toContain(c.motive);
      }
    }
    if (c.forbiddenRule) expect(profile.latentNeeds.some((n) => n.rule === c.forbiddenRule)).toBe(false);
  };
  // Known gap after the merge of issues 15 and 17: a shop asking for a steady supply now routes to the wholesale
  // playbook, whose respond pipeline asks the why itself (respond:follow.complaint); the answer to that why is not
  // yet read for a motive, because the latent cue responder is not wired into the pipeline's cue slot. Marked
  // failing (not skipped) so it turns red the day the link works and must be moved back.
  const knownGap = (c: (typeof CASES)[number]): boolean => c.locale === 'zh-CN' && c.name.startsWith('retailer grumbling');
  it.each(CASES.filter((c) => !knownGap(c)))('$name ($locale)', linkCase);
  it.failing.each(CASES.filter(knownGap))('$name ($locale): cue why from the pipeline, motive not yet linked', linkCase);
});
