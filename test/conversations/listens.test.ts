import { MainDialog } from '../../dialogs/discovery/MainDialog';
import { DialogRow, DialogTurnStatus, playRow, profileOf, sessionFor, conversationDataOf } from '../support/dialogHarness';
import { DialogDeps } from '../../dialogs/shared/deps';
import { Locale } from '../../domain/types';

/**
 * A conversation that listens (issue 15, DESIGN.md 3. Respond): every row is one customer talking to MainDialog
 * as the bot runs it; the reply keys show what the bot answered before its next question, and that it asked at
 * most one question per turn.
 */
const main = (deps: DialogDeps): MainDialog => new MainDialog(deps);

const QUESTIONS: DialogRow[] = [
  {
    name: 'en: the price asked at the opening gets a typical range from the playbook, then the next question; asked again, again',
    locale: 'en',
    turns: [
      ['We want sales training for our team. How much does it cost?', ['discovery:greeting.short', 'respond:answer.priceRangePer', 'playbook-training:areas.current.ask']],
      ['How much is it though?', ['respond:answer.priceRangePer', 'playbook-training:areas.current.ask']],
    ],
    check: async (session) => expect((await profileOf(session)).customerQuestions).toHaveLength(2),
  },
  {
    name: 'zh: 开场问价格，先给参考价，再问下一个问题',
    locale: 'zh-CN',
    turns: [
      ['我们公司想给销售团队做个培训，多少钱？', ['discovery:greeting.short', 'respond:answer.priceRangePer', 'playbook-training:areas.current.ask']],
    ],
    check: async (session) => expect((await profileOf(session)).customerQuestions?.[0]).toContain('多少钱'),
  },
  {
    name: 'en: "what happens next?" is answered from the general FAQ and the pending question is asked again',
    locale: 'en',
    turns: [
      ['Hello, our company needs a CRM', ['discovery:greeting.short', 'playbook-general:areas.users.ask']],
      ['What happens next after this chat?', ['playbook-general:faq.next', 'playbook-general:areas.users.ask']],
    ],
  },
  {
    name: 'zh: 问“接下来怎么安排”，按通用问答回答，再问原来的问题',
    locale: 'zh-CN',
    turns: [
      ['你好,我们公司想找一个客户管理系统', ['discovery:greeting.short', 'playbook-general:areas.users.ask']],
      ['接下来怎么安排？', ['playbook-general:faq.next', 'playbook-general:areas.users.ask']],
    ],
  },
  {
    name: 'en: a question the data cannot answer is passed to a colleague and recorded',
    locale: 'en',
    turns: [
      ['Hello, our company needs a CRM', ['discovery:greeting.short', 'playbook-general:areas.users.ask']],
      ['Does it work with Outlook?', ['respond:answer.colleague', 'playbook-general:areas.users.ask']],
    ],
    check: async (session) => expect((await profileOf(session)).customerQuestions).toEqual(['Does it work with Outlook?']),
  },
  {
    name: 'zh: 资料里答不了的问题交给同事，并记下来',
    locale: 'zh-CN',
    turns: [
      ['你好,我们公司想找一个客户管理系统', ['discovery:greeting.short', 'playbook-general:areas.users.ask']],
      ['能和钉钉打通吗？', ['respond:answer.colleague', 'playbook-general:areas.users.ask']],
    ],
    check: async (session) => expect((await profileOf(session)).customerQuestions).toEqual(['能和钉钉打通吗？']),
  },
];

const FEELINGS: DialogRow[] = [
  {
    name: 'en: wedding news gets congratulations, never "that sounds frustrating"',
    locale: 'en',
    turns: [['My daughter is getting married in May and we need a photographer', ['respond:feeling.goodNews.1', 'respond:repeat.noted', 'playbook-photography:areas.place.ask']]],
  },
  {
    name: 'zh: 结婚的好消息先道喜',
    locale: 'zh-CN',
    turns: [['我女儿明年五月结婚，想找个婚礼摄影师', ['respond:feeling.goodNews.1', 'respond:repeat.noted', 'playbook-photography:areas.place.ask']]],
  },
  {
    name: 'en: an injury gets a human line before any question',
    locale: 'en',
    turns: [['One of our warehouse workers cut his hand last week, we need better safety gloves', ['discovery:greeting.short', 'respond:feeling.loss.1', 'playbook-wholesale:areas.current.ask']]],
  },
  {
    name: 'zh: 受伤先表示关心',
    locale: 'zh-CN',
    turns: [['我们仓库有个工人上周割了手，想批发一批防割手套', ['discovery:greeting.short', 'respond:feeling.loss.1', 'playbook-wholesale:areas.current.ask']]],
  },
  {
    name: 'en: frustration is acknowledged, and in other words the second time',
    locale: 'en',
    turns: [
      ['We run three shops and our current supplier keeps shorting us, we need a new wholesale supplier', ['discovery:greeting.short', 'respond:repeat.noted', 'respond:follow.complaint']],
      ['Honestly I am fed up with them, it is ridiculous', ['respond:feeling.frustration.1', 'playbook-wholesale:areas.delivery.ask']],
      ['Sick of chasing them every week', ['respond:feeling.frustration.2', 'playbook-wholesale:areas.timing.ask']],
    ],
  },
];

const FAST_LANE: DialogRow[] = [
  {
    name: 'en: "I\'m done, call me" hands over at once with what we have',
    locale: 'en',
    turns: [
      ['We need 80 laptops for our office by March', ['discovery:greeting.short', 'respond:repeat.noted', 'playbook-hardware:areas.current.ask']],
      ["I'm done, just have someone call me", ['respond:fastLane.summary', 'discovery:handoff.introAsked', 'discovery:handoff.consent']],
      ['yes', ['discovery:handoff.contactAsk']],
      ['13800138000', ['discovery:handoff.doneContact']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => expect(session.deps.handoff.triggers).toEqual(['customer-asked']),
  },
  {
    name: 'zh: “直接让人联系我”立刻转人工',
    locale: 'zh-CN',
    turns: [
      ['我们办公室要买80台笔记本电脑', ['discovery:greeting.short', 'respond:repeat.noted', 'playbook-hardware:areas.current.ask']],
      ['直接让人联系我', ['respond:fastLane.summary', 'discovery:handoff.introAsked', 'discovery:handoff.consent']],
    ],
  },
  {
    name: 'zh: “你问得我有点晕”进入快速通道：说已有的、只问一个最要紧的、给出假设、转人工',
    locale: 'zh-CN',
    turns: [
      ['我们面包店想换一套收银系统', ['discovery:greeting.short', 'playbook-pos:areas.current.ask']],
      ['你问得我有点晕', ['respond:fastLane.summary', 'respond:fastLane.oneMore', 'playbook-pos:areas.stores.ask']],
      ['就一家店，两台收银机', ['discovery:hypothesis.ask']],
      ['对', ['discovery:hypothesis.confirmed', 'discovery:handoff.introAgreed', 'discovery:handoff.consent']],
    ],
  },
  {
    name: 'en: "how many more questions?" gets an answer and the fast lane',
    locale: 'en',
    turns: [
      ['Our bakery needs a new till system', ['discovery:greeting.short', 'playbook-pos:areas.current.ask']],
      ['How many more questions?', ['playbook-general:faq.length', 'respond:fastLane.summary', 'playbook-pos:areas.stores.ask']],
      ['one shop, two tills', ['discovery:hypothesis.ask']],
    ],
  },
];

const REGISTER: DialogRow[] = [
  {
    name: 'en: a mother buying a piano is never asked about an organisation or a team',
    locale: 'en',
    turns: [
      ['I want to buy a piano for my daughter', ['discovery:greeting.short', 'playbook-general:areas.current.askPerson']],
      ['Nothing yet, she practises on a cheap keyboard', ['playbook-general:areas.goals.askPerson']],
      ['She just started lessons and loves it', ['playbook-general:areas.budget.askPerson']],
    ],
  },
  {
    name: 'zh: 给孩子买钢琴，不问单位和团队',
    locale: 'zh-CN',
    turns: [
      ['想给女儿买台钢琴', ['discovery:greeting.short', 'playbook-general:areas.current.askPerson']],
      ['还没有，她现在在电子琴上练', ['playbook-general:areas.goals.askPerson']],
    ],
  },
  {
    name: 'en: a clinic is a business: it is asked about the team',
    locale: 'en',
    turns: [['Our dental clinic needs new appointment software', ['discovery:greeting.short', 'playbook-clinic:areas.current.ask']]],
  },
  {
    name: 'zh: 诊所是机构',
    locale: 'zh-CN',
    turns: [['我们牙科诊所想换一套预约管理软件', ['discovery:greeting.short', 'playbook-clinic:areas.current.ask']]],
  },
];

const PLAYBOOKS: DialogRow[] = [
  {
    name: 'en: "it\'s not sales training, it\'s leadership": back to general, asked with the customer\'s noun',
    locale: 'en',
    turns: [
      ['We are looking for sales training for our managers', ['discovery:greeting.short', 'playbook-training:areas.current.ask']],
      ["It's not sales training actually, it's leadership coaching", ['respond:topic.general', 'playbook-general:areas.users.ask']],
    ],
    check: async (session) => {
      const data = await conversationDataOf(session);
      expect(data.playbook).toBe('general');
      expect(data.profile?.product).toBe('leadership coaching');
    },
  },
  {
    name: 'zh: “其实不是销售，是领导力”',
    locale: 'zh-CN',
    turns: [
      ['我们想给经理们做销售培训', ['discovery:greeting.short', 'playbook-training:areas.current.ask']],
      ['其实不是销售培训，是领导力', ['respond:topic.general', 'playbook-general:areas.users.ask']],
    ],
    check: async (session) => expect((await conversationDataOf(session)).profile?.product).toBe('领导力'),
  },
  {
    name: 'en: unseen wording of a product finds its playbook (a maths tutor)',
    locale: 'en',
    turns: [['Looking for a maths tutor for my son', ['discovery:greeting.short', 'playbook-tutoring:areas.learner.askPerson']]],
  },
  {
    name: 'zh: 没见过的说法也能找到对应的业务（家教）',
    locale: 'zh-CN',
    turns: [['想给儿子请个数学家教', ['discovery:greeting.short', 'playbook-tutoring:areas.learner.askPerson']]],
  },
];

const BAD_INPUT: DialogRow[] = [
  {
    name: 'en: emoji only and an empty message get a reply and nothing is lost',
    locale: 'en',
    turns: [
      ['Hello, our company needs a CRM', ['discovery:greeting.short', 'playbook-general:areas.users.ask']],
      ['👍👍', ['common:reprompt.text']],
      ['about 20 people', ['respond:repeat.noted', 'playbook-general:areas.current.askBusiness']],
      ['about 20 people', ['respond:input.repeated', 'playbook-general:areas.goals.askBusiness']],
    ],
    check: async (session) => expect((await profileOf(session)).quantities.map((q) => q.value)).toEqual([20]),
  },
  {
    name: 'zh: 中英混说，照样记下',
    locale: 'zh-CN',
    turns: [
      ['你好,我们公司想找一个CRM system', ['discovery:greeting.short', 'playbook-general:areas.users.ask']],
      ['大概 20 users 吧', ['respond:repeat.noted', 'playbook-general:areas.current.askBusiness']],
      ['大概 20 users 吧', ['respond:input.repeated', 'playbook-general:areas.goals.askBusiness']],
    ],
    check: async (session) => expect((await profileOf(session)).quantities.map((q) => q.value)).toEqual([20]),
  },
];

const AFTER_HANDOFF: DialogRow[] = [
  {
    name: 'en: after the handoff a message is a note on the same record, acknowledged; never a new discovery',
    locale: 'en',
    turns: [
      ['Our company needs a CRM', ['discovery:greeting.short', 'playbook-general:areas.users.ask']],
      ['talk to a person', ['discovery:handoff.introAsked', 'discovery:handoff.consent']],
      ['yes', ['discovery:handoff.contactAsk']],
      ['13800138000', ['discovery:handoff.doneContact']],
      ['Also, we have 30 users, not 20', ['respond:afterHandoff.noted']],
      ['Please call after 5 pm, or email me at li@example.com', ['respond:afterHandoff.contactUpdated']],
    ],
    check: async (session) => {
      expect(session.deps.handoff.triggers).toEqual(['customer-asked']);
      expect(session.deps.handoff.notes).toEqual(['Also, we have 30 users, not 20', 'Please call after 5 pm, or email me at li@example.com']);
      const profile = await profileOf(session);
      expect(profile.notes?.map((n) => n.quote)).toEqual(session.deps.handoff.notes);
      expect(profile.customer.contact).toMatchObject({ phone: '13800138000', email: 'li@example.com' });
    },
  },
  {
    name: 'zh: 转人工之后再发的消息记在同一条记录里，并回复确认',
    locale: 'zh-CN',
    turns: [
      ['你好,我们公司想找一个客户管理系统', ['discovery:greeting.short', 'playbook-general:areas.users.ask']],
      ['转人工', ['discovery:handoff.introAsked', 'discovery:handoff.consent']],
      ['可以', ['discovery:handoff.contactAsk']],
      ['13812345678', ['discovery:handoff.doneContact']],
      ['对了，我们大概三十个人用', ['respond:afterHandoff.noted']],
      ['下午五点以后打我电话，或者发邮件到 li@example.com', ['respond:afterHandoff.contactUpdated']],
    ],
    check: async (session) => {
      expect(session.deps.handoff.triggers).toEqual(['customer-asked']);
      expect(session.deps.handoff.notes).toHaveLength(2);
      expect((await profileOf(session)).customer.contact?.email).toBe('li@example.com');
    },
  },
];

const ESSAYS: DialogRow[] = [
  {
    name: 'en: a pasted essay is thanked for and read for its facts',
    locale: 'en',
    turns: [
      ['Hello, our company needs a CRM', ['discovery:greeting.short', 'playbook-general:areas.users.ask']],
      ['Hello, our company needs a CRM. Let me give you the whole background so you understand where we are coming from. Let me give you the whole background so you understand where we are coming from. Let me give you the whole background so you understand where we are coming from. Let me give you the whole background so you understand where we are coming from. Let me give you the whole background so you understand where we are coming from. Let me give you the whole background so you understand where we are coming from. Let me give you the whole background so you understand where we are coming from. Let me give you the whole background so you understand where we are coming from. We have about 25 sales people.', ['respond:input.essay', 'respond:repeat.noted', 'playbook-general:areas.current.askBusiness']],
    ],
    check: async (session) => expect((await profileOf(session)).quantities.map((q) => q.value)).toEqual([25]),
  },
  {
    name: 'zh: 贴一大段话，先致谢，要点照样记下',
    locale: 'zh-CN',
    turns: [
      ['你好,我们公司想找一个客户管理系统', ['discovery:greeting.short', 'playbook-general:areas.users.ask']],
      ['你好，我们公司想找一个客户管理系统。我先把背景都讲一下，方便你们了解我们的情况，我们做这个行业很多年了，客户越来越多，表格越来越乱，大家找资料都要花很久，领导也看不到整体情况。我先把背景都讲一下，方便你们了解我们的情况，我们做这个行业很多年了，客户越来越多，表格越来越乱，大家找资料都要花很久，领导也看不到整体情况。我先把背景都讲一下，方便你们了解我们的情况，我们做这个行业很多年了，客户越来越多，表格越来越乱，大家找资料都要花很久，领导也看不到整体情况。我先把背景都讲一下，方便你们了解我们的情况，我们做这个行业很多年了，客户越来越多，表格越来越乱，大家找资料都要花很久，领导也看不到整体情况。我先把背景都讲一下，方便你们了解我们的情况，我们做这个行业很多年了，客户越来越多，表格越来越乱，大家找资料都要花很久，领导也看不到整体情况。我先把背景都讲一下，方便你们了解我们的情况，我们做这个行业很多年了，客户越来越多，表格越来越乱，大家找资料都要花很久，领导也看不到整体情况。我们大概有二十五个销售。', ['respond:input.essay', 'respond:repeat.noted', 'playbook-general:areas.current.askBusiness']],
    ],
    check: async (session) => expect((await profileOf(session)).quantities.map((q) => q.value)).toEqual([25]),
  },
];

describe.each([
  ['pasted essays', ESSAYS],
  ['after the handoff', AFTER_HANDOFF],
  ['questions to the bot', QUESTIONS],
  ['feelings first', FEELINGS],
  ['the fast lane', FAST_LANE],
  ['the register the opening decides', REGISTER],
  ['playbooks that fit', PLAYBOOKS],
  ['bad input', BAD_INPUT],
])('%s', (_name, rows) => {
  it.each(rows.map((row) => [row.name, row] as const))('%s', async (_n, row) => {
    await playRow(sessionFor(main, row, false), row);
  });
});

/** Locale of each table, to keep both languages honest. */
test('every table has rows in both languages', () => {
  for (const rows of [QUESTIONS, FEELINGS, FAST_LANE, REGISTER, PLAYBOOKS, BAD_INPUT, AFTER_HANDOFF, ESSAYS]) {
    expect(new Set(rows.map((r) => r.locale))).toEqual(new Set<Locale>(['en', 'zh-CN']));
  }
});
