import { Locale } from '../domain/types';

/**
 * A scripted customer for the general playbook: answers whatever the bot asks, chosen by the locale key
 * the question came from, so it follows the conversation however the bot orders its questions. Used by
 * the benchmark and the browser tests.
 */
type Answers = Record<string, string>;

const ANSWERS: Record<Locale, Answers> = {
  en: {
    'discovery:opening.ask': 'We need a better way to manage customer leads for our sales team',
    'discovery:opening.askAgain': 'We need a better way to manage customer leads for our sales team',
    'discovery:qualify.ask': 'For my company, I run the sales team',
    'playbook-general:areas.use.ask': 'Tracking leads from first call to signed contract',
    'playbook-general:areas.users.ask': 'About 25 sales people and 3 managers',
    'playbook-general:areas.current.ask': 'Spreadsheets, and the information does not flow between regions, it is a mess',
    'playbook-general:areas.goals.ask': 'Close more deals and see the pipeline every week',
    'playbook-general:areas.budget.ask': 'Around 50k dollars a year',
    'playbook-general:areas.timing.ask': 'Before the end of next month',
    'playbook-general:areas.decision.ask': 'Our CEO decides and the IT team has to approve it',
    'playbook-general:areas.criteria.ask': 'Ease of use first, then price, then support',
    'playbook-general:areas.alternatives.ask': 'We looked at Salesforce and HubSpot',
    'discovery:focus.ask': 'Yes, let us look at that',
    'discovery:vertical.describe': 'Every region keeps its own sheet and managers chase numbers by phone',
    'discovery:vertical.why1': 'Because we lose deals when nobody follows up',
    'discovery:vertical.why2': 'The board wants 20 percent growth this year',
    'discovery:vertical.why3': 'My job depends on hitting the target',
    'discovery:vertical.impactUnsolved': 'We keep losing maybe ten deals a quarter',
    'discovery:vertical.impactSolved': 'Managers would spend their time coaching instead of chasing',
    'discovery:repeat.whatIsRight': 'It is right as it is',
    'discovery:hypothesis.whatIsOff': 'The reporting matters more than the tracking',
    'discovery:hypothesis.whatIsMissing': 'The reporting matters more than the tracking',
    'discovery:consensus.whatToChange': 'Nothing else',
    'discovery:handoff.contactAsk': 'alex@example.com',
    'discovery:handoff.contactMalformed': 'alex@example.com',
  },
  'zh-CN': {
    'discovery:opening.ask': '我们想找一个管理销售线索的系统',
    'discovery:opening.askAgain': '我们想找一个管理销售线索的系统',
    'discovery:qualify.ask': '给公司采购,我是销售总监',
    'playbook-general:areas.use.ask': '主要用来跟进客户线索,从第一次电话到签合同',
    'playbook-general:areas.users.ask': '大概二十五个销售和三个经理',
    'playbook-general:areas.current.ask': '现在用Excel表格,各区域信息不通,很乱',
    'playbook-general:areas.goals.ask': '希望多成交,每周都能看到销售漏斗',
    'playbook-general:areas.budget.ask': '预算大概五万',
    'playbook-general:areas.timing.ask': '下个月底之前',
    'playbook-general:areas.decision.ask': '我们老板定,IT部门要把关',
    'playbook-general:areas.criteria.ask': '首先是好用,其次是价格,然后是售后服务',
    'playbook-general:areas.alternatives.ask': '也在看纷享销客和销售易',
    'discovery:focus.ask': '好的,就聊这个',
    'discovery:vertical.describe': '每个区域各有各的表,经理只能打电话催数字',
    'discovery:vertical.why1': '因为没人跟进就会丢单',
    'discovery:vertical.why2': '公司今年要求增长百分之二十',
    'discovery:vertical.why3': '完不成目标我的考核就过不了',
    'discovery:vertical.impactUnsolved': '每个季度大概要丢十来个单子',
    'discovery:vertical.impactSolved': '经理就能把时间花在带人上,而不是催数据',
    'discovery:repeat.whatIsRight': '就是这样',
    'discovery:hypothesis.whatIsOff': '报表比跟进更重要',
    'discovery:hypothesis.whatIsMissing': '报表比跟进更重要',
    'discovery:consensus.whatToChange': '没有了',
    'discovery:handoff.contactAsk': '13812345678',
    'discovery:handoff.contactMalformed': '13812345678',
  },
};

const YES: Record<Locale, string> = { en: 'yes', 'zh-CN': '是的' };
const FALLBACK: Record<Locale, string> = { en: 'That is about it', 'zh-CN': '差不多就这些' };

/** Keys that end the conversation from the customer's side. */
export const FINAL_KEYS = ['discovery:handoff.done', 'discovery:handoff.doneContact'];

export function answerFor(locale: Locale, key: string | undefined, questionHasButtons: boolean): string {
  if (!key) return FALLBACK[locale];
  // A question worded for the customer's register (askPerson / askBusiness) asks what its plain form asks.
  const answer = ANSWERS[locale][key] ?? ANSWERS[locale][key.replace(/\.ask(Person|Business)$/, '.ask')];
  if (answer) return answer;
  if (questionHasButtons || /(repeat\.ask|hypothesis\.ask|consensus\.ask|handoff\.consent|suggest|hypothetical)/.test(key)) return YES[locale];
  if (/latent\.why|norms\.|\.why$/.test(key)) return locale === 'en' ? 'Our business is growing fast' : '最近业务扩张得很快';
  if (/rhetorical/.test(key)) return locale === 'en' ? 'A discount of 10 percent' : '能打九折就行';
  return FALLBACK[locale];
}
