import * as Cal from '../understand/calendar';
import { prepare } from '../understand/text';
import { Clause, Fact, Finder, ReadContext } from './types';
import { findAmounts } from './figures/amounts';
import { findDates, findFrequencies } from './figures/dates';
import { figureWords, occurrences } from './figures/lists';
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
  const env = { p, words, layout: lay, now: Cal.today(ctx.now) };
  const dates = [...findDates(env, irrealisAt), ...findDates({ ...env, words: other }, irrealisAt)].filter((d) => !notDate(d.at, d.to));
  const money = amounts.filter((a) => a.kind === 'money');
  const frequencies = findFrequencies(env, money);
  // A weekday inside "every Monday" is the frequency, not a date of its own.
  const kept = dates.filter((d) => !amounts.some((a) => d.at < a.to && d.to > a.at && a.kind === 'quantity') && !frequencies.some((f) => d.at < f.to && d.to > f.at));
  const all = [...amounts, ...kept, ...frequencies];
  return all.map(({ at, to: _to, ...fact }) => {
    const clause = clauseOf(clauses, at);
    const out = { ...fact, confidence: 0.8 } as Fact;
    if (clause) out.clause = clause.text;
    return out;
  });
};

export const FIGURE_FINDERS: readonly Finder[] = [readFigures];
