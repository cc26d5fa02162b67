import * as Cal from '../understand/calendar';
import { prepare } from '../understand/text';
import { Clause, Fact, Finder, ReadContext } from './types';
import { findAmounts } from './figures/amounts';
import { findDates, findFrequencies, FoundDate } from './figures/dates';
import { FigureWords, figureWords, occurrences } from './figures/lists';
import { around, clauseOf, layout } from './figures/segments';

/**
 * Money, quantities and dates (DESIGN.md, 1. Read), on top of the understanding's number scanner. Wrapped where
 * it reads too much for a record: "two pounds" of fruit is a weight, "at most 25,000" is a ceiling (bound 'max',
 * not a range), a past event is never a buying date, and the figures of an irrealis clause are not facts.
 */
const readFigures: Finder = (text: string, clauses: readonly Clause[], ctx: ReadContext): Fact[] => {
  if (!text.trim()) return [];
  const p = prepare(text);
  const words = figureWords(ctx.locale === 'zh-CN' || p.hasHan ? 'zh-CN' : 'en');
  const other = figureWords(ctx.locale === 'zh-CN' || p.hasHan ? 'en' : 'zh-CN');
  const lay = layout(p.text);
  const amounts = findAmounts({ p, words, layout: lay, asked: ctx.asked });
  const irrealisAt = (at: number): boolean => {
    const clause = clauseOf(clauses, at);
    if (clause?.irrealis) return true;
    const seg = around(lay.sentences, at);
    return [...words.dates.irrealis, ...other.dates.irrealis].some((w) => p.lower.slice(seg.start, seg.end).includes(w));
  };
  const notDate = (at: number, to: number): boolean =>
    occurrences(p.lower, Math.max(0, at - 12), to + 12, [...words.dates.notDates, ...other.dates.notDates]).some((h) => h.at <= at && h.at + h.phrase.length >= to);
  const roles = roleWords(words, other);
  const env = { p, words, layout: lay, now: Cal.today(ctx.now), roles };
  // "No, mid-month is our closing week", "下周不行": a period they cannot do is no date of the need.
  const unavailable = [...(words.dates.unavailable ?? []), ...(other.dates.unavailable ?? [])];
  const cannot = (at: number): boolean => {
    const sentence = around(lay.sentences, at);
    return occurrences(p.lower, sentence.start, sentence.end, unavailable).length > 0;
  };
  const dates = [...findDates(env, irrealisAt), ...findDates({ ...env, words: other }, irrealisAt)].filter((d) => !notDate(d.at, d.to) && !cannot(d.at));
  const money = amounts.filter((a) => a.kind === 'money');
  const frequencies = findFrequencies(env, money);
  // A weekday inside "every Monday" is the frequency, not a date of its own; "by Tuesday every week" and "twice a week,
  // ideally Tuesday and Thursday" recur too.
  const kept = once(
    withoutSchedules(dates, p.lower, [...words.dates.weekdayRange ?? [], ...other.dates.weekdayRange ?? []]).filter(
      (d) =>
        !amounts.some((a) => d.at < a.to && d.to > a.at && a.kind === 'quantity') &&
        !frequencies.some((f) => (d.at < f.to && d.to > f.at) || (d.weekday && around(lay.sentences, f.at).start === around(lay.sentences, d.at).start)),
    ),
  );
  const all = [...amounts, ...kept, ...frequencies];
  return all.map(({ at, to: _to, ...found }) => {
    const { weekday: _w, ...fact } = found as typeof found & { weekday?: boolean };
    const clause = clauseOf(clauses, at);
    const out = { ...fact, confidence: 0.8 } as Fact;
    if (clause) out.clause = clause.text;
    return out;
  });
};

/** The role words of both languages, so that "before 春节" and "必须 before Christmas" keep their role. */
function roleWords(a: FigureWords, b: FigureWords): FigureWords['dates'] {
  const both = (k: 'deadlineBefore' | 'deadlineWords' | 'startWords' | 'windowWords'): string[] => [...a.dates[k], ...b.dates[k]];
  return {
    ...a.dates,
    deadlineBefore: both('deadlineBefore'),
    deadlineAfter: [...(a.dates.deadlineAfter ?? []), ...(b.dates.deadlineAfter ?? [])],
    deadlineWords: both('deadlineWords'),
    startWords: both('startWords'),
    windowWords: both('windowWords'),
    eventVerbs: [...(a.dates.eventVerbs ?? []), ...(b.dates.eventVerbs ?? [])],
  };
}

/** "open Monday to Friday": weekdays joined as a range are a weekly schedule, not two dates. */
function withoutSchedules(dates: FoundDate[], lower: string, marks: readonly string[]): FoundDate[] {
  const days = dates.filter((d) => d.weekday).sort((a, b) => a.at - b.at);
  const drop = new Set<FoundDate>();
  for (let i = 0; i + 1 < days.length; i++) {
    if (marks.includes(lower.slice(days[i].to, days[i + 1].at).trim())) {
      drop.add(days[i]);
      drop.add(days[i + 1]);
    }
  }
  return dates.filter((d) => !drop.has(d));
}

const RANK: Record<string, number> = { deadline: 0, start: 1, window: 2, past: 3, frequency: 4 };

/** "年前……春节": the same day said twice is one date, with the role that binds most. */
function once(dates: FoundDate[]): FoundDate[] {
  const same = (a: FoundDate, b: FoundDate): boolean => !a.text && !b.text && (a.start ?? a.end) === (b.start ?? b.end) && (a.end ?? a.start) === (b.end ?? b.start);
  const out: FoundDate[] = [];
  for (const d of [...dates].sort((x, y) => RANK[x.role] - RANK[y.role])) if (!out.some((o) => same(o, d))) out.push(d);
  return out.sort((x, y) => x.at - y.at);
}

export const FIGURE_FINDERS: readonly Finder[] = [readFigures];
