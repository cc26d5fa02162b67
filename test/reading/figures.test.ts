import { FIGURE_FINDERS } from '../../domain/reading/figures';
import { Clause, Fact, ReadContext } from '../../domain/reading/types';
import { TABLE_TODAY } from './score';

/** The figures reader alone, on the hard cases of money, quantity and date (both languages). */
function figures(text: string, locale: ReadContext['locale'], asked?: ReadContext['asked'], irrealis = false): Fact[] {
  const clauses: Clause[] = [{ text, start: 0, end: text.length, negated: false, irrealis }];
  const ctx: ReadContext = { locale, now: TABLE_TODAY, asked };
  return FIGURE_FINDERS.flatMap((find) => find(text, clauses, ctx));
}

const pick = (facts: Fact[], kind: Fact['kind']): Record<string, unknown>[] =>
  facts.filter((f) => f.kind === kind).map(({ clause: _c, confidence: _k, ...rest }) => rest as Record<string, unknown>);

describe('figures: money needs a currency or a money context', () => {
  it.each([
    ['en', 'Two pounds.', 'quantity', undefined, [{ kind: 'quantity', value: 2, unit: 'lb' }]],
    ['en', 'Budget maybe 5k', 'money', undefined, [{ kind: 'money', amount: 5000, bound: 'about', context: 'budget' }]],
    ['en', 'Up to £40 a month.', 'money', undefined, [{ kind: 'money', amount: 40, bound: 'max', currency: 'GBP', context: 'budget' }]],
    ['zh-CN', '\u6700\u591a\u4e24\u4e07\u4e94', 'money', undefined, [{ kind: 'money', amount: 25000, bound: 'max', context: 'budget' }]],
    ['zh-CN', '\u4e24\u78c5\u3002', 'quantity', undefined, [{ kind: 'quantity', value: 2, unit: 'lb' }]],
    ['en', 'At most 25,000.', 'money', undefined, [{ kind: 'money', amount: 25000, bound: 'max', context: 'budget' }]],
    // A period next to an amount is the amount's rate ("a month three thousand"), not a date and not an ordinal.
    ['zh-CN', '预算一个月三千左右', 'money', undefined, [{ kind: 'money', amount: 3000, bound: 'about', context: 'budget' }]],
    ['zh-CN', '最多一百五一个月', 'money', undefined, [{ kind: 'money', amount: 150, bound: 'max', context: 'budget' }]],
    // What running a problem costs is 'cost', even after "spend" or the Chinese "要".
    ['en', 'We spend about 2,000 a month just replacing broken parts.', undefined, undefined, [{ kind: 'money', amount: 2000, bound: 'about', context: 'cost' }]],
    ['zh-CN', '一个月光电费就要两千多', undefined, undefined, [{ kind: 'money', amount: 2000, bound: 'min', context: 'cost' }]],
    // "兆" is broadband's megabit, not the scale word ten to the twelfth.
    ['zh-CN', '联通的，100兆', undefined, undefined, [{ kind: 'quantity', value: 100, unit: 'Mbps' }]],
    // A conversion ("1 kg = 2 jin") and "half and half" are not amounts the customer wants.
    ['zh-CN', '一公斤=两斤对吧，那来３公斤', 'quantity', undefined, [{ kind: 'quantity', value: 3, unit: 'kg' }]],
    ['en', 'A kilo = 2.2 pounds, right? Then 3 kilos.', 'quantity', undefined, [{ kind: 'quantity', value: 3, unit: 'kg' }]],
    ['zh-CN', '一半一半吧', undefined, undefined, []],
    ['zh-CN', '最多两万五，最少两万', 'money', undefined, [{ kind: 'money', amount: 25000, bound: 'max', context: 'budget' }, { kind: 'money', amount: 20000, bound: 'min', context: 'budget' }]],
    // A budget said for a problem is still a budget; so is what they could spend on it.
    ['en', 'Our budget for repairs is 5k.', undefined, undefined, [{ kind: 'money', amount: 5000, context: 'budget' }]],
    ['en', 'We could spend 5k fixing it properly.', undefined, undefined, [{ kind: 'money', amount: 5000, context: 'budget' }]],
    ['zh-CN', '维修预算五千', undefined, undefined, [{ kind: 'money', amount: 5000, context: 'budget' }]],
    // Broadband's "300M" is a speed, not 300 million; "3M" stays a brand.
    ['zh-CN', '300M够用不？', undefined, undefined, [{ kind: 'quantity', value: 300, unit: 'Mbps' }]],
    ['zh-CN', '3M的口罩有吗', undefined, undefined, []],
    // "两百一节" is 200 a lesson, not 210; "一百二十来号人" counts people; a modal after an amount keeps it money.
    ['zh-CN', '预算两百一节', undefined, undefined, [{ kind: 'money', amount: 200, context: 'budget' }]],
    ['zh-CN', '车间一百二十来号人', undefined, undefined, [{ kind: 'quantity', value: 120, approximate: true, what: '人' }]],
    ['zh-CN', '这50万得花出去', undefined, undefined, [{ kind: 'money', amount: 500000, context: 'budget' }]],
    // A duration of one, said as such ("等一星期", "用了一周"), is a quantity.
    ['zh-CN', '修一次等一星期', undefined, undefined, [{ kind: 'quantity', value: 1, unit: 'week' }]],
  ] as const)('%s %j', (locale, text, asked, _unused, expected) => {
    const facts = figures(text, locale, asked);
    expect(pick(facts, 'money').concat(pick(facts, 'quantity'))).toEqual(expected);
  });

  it('"at most 25,000" has no upper end of a range', () => {
    const [money] = pick(figures('\u6700\u591a\u4e24\u4e07\u4e94', 'zh-CN', 'money'), 'money');
    expect(money.max).toBeUndefined();
  });
});

describe('figures: dates need a temporal role', () => {
  it.each([
    ['en', 'My wife started working from home last month.', [{ kind: 'date', role: 'past', start: '2026-10-01', end: '2026-10-31' }]],
    ['en', 'Could you deliver by Saturday?', [{ kind: 'date', role: 'deadline', end: '2026-11-28' }]],
    ['en', 'Today we use shared spreadsheets', []],
    ['en', 'We have 4 chairs and the booking system crashes every Monday.', [{ kind: 'date', role: 'frequency', text: 'every Monday' }]],
    ['zh-CN', '\u4e0a\u4e2a\u6708\u6709\u4e2a\u5de5\u4eba\u5272\u4e86\u624b', [{ kind: 'date', role: 'past', start: '2026-10-01', end: '2026-10-31' }]],
    ['zh-CN', '\u4e0b\u5468\u4e09\u4e4b\u524d\u80fd\u88c5\u597d\u5417', [{ kind: 'date', role: 'deadline', end: '2026-12-02' }]],
    ['zh-CN', '今天我们用的是共享表格', []],
    ['zh-CN', '我老婆上个月开始在家办公', [{ kind: 'date', role: 'past', start: '2026-10-01', end: '2026-10-31' }]],
    // A count ("thirty more a week") is never a day of the month, the period beside it is a frequency.
    ['zh-CN', '一周少说要多卖三十条', [{ kind: 'date', role: 'frequency', text: '一周' }]],
    ['en', 'We need to sell at least thirty more cartons a week.', [{ kind: 'date', role: 'frequency', text: 'a week' }]],
    // "Before <an event> ends on <day>": the day is the deadline, not the event's whole period.
    ['en', 'We have to spend it before our fiscal year ends on June 30.', [{ kind: 'date', role: 'deadline', end: '2027-06-30' }]],
    ['en', 'We want them trained before the new sales year starts on April 1.', [{ kind: 'date', role: 'deadline', end: '2027-04-01' }]],
    ['zh-CN', '我们财年6月30号结束，在那之前这笔钱得花出去', [{ kind: 'date', role: 'deadline', end: '2027-06-30' }]],
    // An ordinal before a noun is a floor or a grade, not a day.
    ['en', 'We live on the 12th floor.', []],
    ['zh-CN', '我们住12楼', []],
    // "This month" with a past event in it is past.
    ['en', 'They shorted me twice this month.', [{ kind: 'date', role: 'past', start: '2026-11-01', end: '2026-11-30' }]],
    ['zh-CN', '这个月已经坏了两回了', [{ kind: 'date', role: 'past', start: '2026-11-01', end: '2026-11-30' }]],
    // A weekday that recurs ("by Tuesday every week") is not a deadline.
    ['en', 'We sell out by Tuesday every week.', [{ kind: 'date', role: 'frequency', text: 'every week' }]],
    ['zh-CN', '每周到礼拜二就卖光了', [{ kind: 'date', role: 'frequency', text: '每周' }]],
    // "一" after a week word and before a counter is a number ("last week a 25 kg bag"), not Monday.
    ['zh-CN', '上礼拜一袋面粉少了一斤', [{ kind: 'date', role: 'past', start: '2026-11-16', end: '2026-11-22' }]],
    // A time to reach them or to leave them alone is a contact preference, not a date.
    ['zh-CN', '周末别找我', []],
    ['en', 'Please don\'t call me at the weekend, call me on Monday.', []],
    // Each session ("每次两小时") is no frequency; the rate said before it is.
    ['zh-CN', '一周两次，每次两小时', [{ kind: 'date', role: 'frequency', text: '一周两次' }]],
    // A price asked per period is part of the money question.
    ['zh-CN', '宽带200M一年多少？', []],
    // The same holiday said twice is one date, and "年前" is a deadline.
    ['zh-CN', '年前要备一批货，春节订桌多', [{ kind: 'date', role: 'deadline', end: '2027-02-06' }]],
    // A leaving or opening is a window even when a need is said in the same sentence.
    ['en', 'Our office manager is leaving at the end of the month.', [{ kind: 'date', role: 'window', start: '2026-11-30', end: '2026-11-30' }]],
    ['en', 'The hotel opens a new wing in March, so we\'ll need more.', [{ kind: 'date', role: 'window', start: '2027-03-01', end: '2027-03-31' }]],
    // "at the latest" after a day makes it the deadline.
    ['en', 'Deliver on the 5th, the 6th at the latest.', [{ kind: 'date', role: 'window', start: '2026-12-05', end: '2026-12-05' }, { kind: 'date', role: 'deadline', end: '2026-12-06' }]],
    // "下个月二十号" is the 20th, not a weekday; "the 1st of next month" is one day.
    ['zh-CN', '下个月二十号之前要到', [{ kind: 'date', role: 'deadline', end: '2026-12-20' }]],
    ['en', 'By the 1st of next month.', [{ kind: 'date', role: 'deadline', end: '2026-12-01' }]],
    // "last week" dates its own event: it does not make "this week" beside it past.
    ['en', 'We moved in last week and need broadband this week.', [{ kind: 'date', role: 'past', start: '2026-11-16', end: '2026-11-22' }, { kind: 'date', role: 'deadline', end: '2026-11-29' }]],
    ['zh-CN', '上周刚搬进来，这周必须装好', [{ kind: 'date', role: 'past', start: '2026-11-16', end: '2026-11-22' }, { kind: 'date', role: 'deadline', end: '2026-11-29' }]],
    // Weekdays joined as a range are opening hours.
    ['en', "We're open Monday to Friday.", []],
    // Role words of either language hold for a date said in the other.
    ['en', 'The boss wants it before 春节.', [{ kind: 'date', role: 'deadline', end: '2027-02-06' }]],
    ['zh-CN', '我们必须 before Christmas 装好', [{ kind: 'date', role: 'deadline', end: '2026-12-25' }]],
  ] as const)('%s %j', (locale, text, expected) => {
    expect(pick(figures(text, locale), 'date')).toEqual(expected);
  });

  it('gives no date inside an irrealis clause', () => {
    expect(pick(figures("If it were just me I'd switch tomorrow next week.", 'en', undefined, true), 'date')).toEqual([]);
  });

  it('reads a past event as past even for a bare month', () => {
    expect(pick(figures('The last supplier sent the wrong size twice, so we dropped them in October.', 'en'), 'date')).toEqual([
      { kind: 'date', role: 'past', start: '2026-10-01', end: '2026-10-31' },
    ]);
  });
});

describe('figures: negated and corrected counts', () => {
  it.each([
    ['en', 'Sort of, but it\'s 60 not 80.', 'confirm', [60]],
    ['zh-CN', '\u8bf4\u9519\u4e86\uff0c\u662f\u516b\u5341\u53f0\uff0c\u4e0d\u662f\u5341\u516b\u53f0', undefined, [80]],
  ] as const)('%s %j', (locale, text, asked, values) => {
    expect(pick(figures(text, locale, asked), 'quantity').map((q) => q.value)).toEqual(values);
  });
});
