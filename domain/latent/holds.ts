import { clauseNegations, foldClause } from '../reading/clauses';
import { clauseHits } from '../reading/speech';
import { Clause } from '../reading/types';
import { findOccurrences, HAN, LATIN, negation } from '../text';
import { Locale } from '../types';

/** data/negation.json's hedges ("maybe", the Chinese "perhaps"): a hedged clause states nothing as true. */
function hedges(locale: Locale): string[] {
  return (negation(locale) as { hedges?: string[] }).hedges ?? [];
}

/** data/negation.json's `scope`: words that deny a motive anywhere after them in the clause. */
function scopes(locale: Locale): string[] {
  const of = (l: Locale) => (negation(l) as { scope?: string[] }).scope ?? [];
  return [...of(locale), ...of(locale === 'en' ? 'zh-CN' : 'en')];
}

export function hedged(clause: Clause, locale: Locale): boolean {
  const folded = foldClause(clause.text);
  const words = [...hedges(locale), ...hedges(locale === 'en' ? 'zh-CN' : 'en')];
  return findOccurrences(folded, words, { hasHan: HAN.test(folded), hasLatin: LATIN.test(folded) }).length > 0;
}

export interface HeldHit {
  phrase: string;
  start: number;
  end: number;
}

/**
 * The phrases of the list the clause states as true: not negated just before, not in a denied clause
 * (unless the denial is the phrase's own, "no signal"), not hypothetical ("if she were pregnant", the
 * Chinese "if ... then"), not hedged ("maybe she's pregnant"). Contained hits give way to the longer one.
 */
export function heldHits(clause: Clause, phrases: readonly string[], locale: Locale): HeldHit[] {
  if (clause.irrealis || hedged(clause, locale)) return [];
  const folded = foldClause(clause.text);
  const denials = clause.negated ? clauseNegations(folded, locale) : [];
  const scoped = findOccurrences(folded, scopes(locale), { hasHan: HAN.test(folded), hasLatin: LATIN.test(folded) });
  const hits = clauseHits(clause, phrases).filter(
    (h) =>
      !h.negated &&
      denials.every((n) => n.start >= h.start && n.end <= h.end) &&
      // "I don't have kids doing online classes": a denial further back than the window still holds, unless it is the phrase's own.
      scoped.every((n) => n.start >= h.start),
  );
  return hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
}
