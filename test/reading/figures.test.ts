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
