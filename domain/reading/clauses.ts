import { Locale } from '../types';
import { findOccurrences, HAN, LATIN, lowerSameLength, negation, Negation, normalizeSameLength } from '../text';
import { Clause } from './types';

/**
 * Clauses of a customer message (DESIGN.md, 1. Read): split at sentence ends, semicolons, commas and dashes
 * that start a new clause, and before a turn ("but", the Chinese "however" / "actually"). Each clause is
 * marked negated or irrealis from the one negation list per locale (data/negation.json), so that a finder
 * never files "nobody's pregnant" as good news nor "if she were pregnant" as an event.
 */

/** data/negation.json, read through the text engine: the clause-wide markers live beside the word list. */
interface ClauseNegation extends Negation {
  /** Markers that deny a whole clause's content ("nobody", "not because", the Chinese "it isn't that"). */
  clause?: string[];
  /** Markers that deny the clause when they open it (the Chinese bare "not" before a noun). */
  clauseStart?: string[];
  /** Markers of a hypothetical clause ("if", "were", the Chinese "if ... then"). */
  irrealis?: string[];
  /** Words that hold an irrealis marker without being one ("as if", the Chinese "mainly is"). */
  notIrrealis?: string[];
  /** Turns that open a new clause ("but", the Chinese "however"). */
  turns?: string[];
}

function lists(locale: Locale): ClauseNegation {
  return negation(locale) as ClauseNegation;
}

/**
 * Hard breaks: sentence ends (a full stop between digits is a decimal point), semicolons, line breaks, the
 * ellipsis, and dashes set off by spaces. Commas are breaks too, except inside a number ("20,000").
 */
const BREAKS = /(?<!\d)[.](?!\d)|[!?;\u3002\uff01\uff1f\uff1b\n\u2026]+|\s[-–—]+\s|\u2014\u2014|(?<!\d),(?!\d{3})|,(?=\s)|\uff0c/gu;

interface Span {
  start: number;
  end: number;
}

function breakSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(BREAKS)) {
    const index = m.index ?? 0;
    if (index > start) out.push({ start, end: index });
    start = index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** A span split again before each turn word that does not open it. */
function splitAtTurns(folded: string, span: Span, turns: readonly string[]): Span[] {
  const piece = folded.slice(span.start, span.end);
  const hits = findOccurrences(piece, turns, { hasHan: HAN.test(piece), hasLatin: LATIN.test(piece) });
  const cuts = hits.map((h) => span.start + h.start).filter((at) => folded.slice(span.start, at).trim().length > 0);
  const out: Span[] = [];
  let start = span.start;
  for (const at of cuts) {
    out.push({ start, end: at });
    start = at;
  }
  out.push({ start, end: span.end });
  return out;
}

/** Leading and trailing blanks and punctuation off, so a clause's text is what the customer said. */
function trimSpan(text: string, span: Span): Span | undefined {
  let { start, end } = span;
  while (start < end && /[\s\p{P}\p{S}]/u.test(text.charAt(start)) && !/[$£¥€+(]/u.test(text.charAt(start))) start++;
  while (end > start && /[\s\p{P}]/u.test(text.charAt(end - 1)) && !/[)%]/u.test(text.charAt(end - 1))) end--;
  return end > start ? { start, end } : undefined;
}

/** The clause text as matched: NFKC where the length holds, lower case, curly apostrophes straightened. */
export function foldClause(text: string): string {
  return lowerSameLength(normalizeSameLength(text)).replace(/[\u2018\u2019\u02bc]/g, "'");
}

function occurrences(folded: string, words: readonly string[] | undefined): Span[] {
  if (!words?.length) return [];
  return findOccurrences(folded, words, { hasHan: HAN.test(folded), hasLatin: LATIN.test(folded) });
}

function hasAny(folded: string, words: readonly string[] | undefined): boolean {
  return occurrences(folded, words).length > 0;
}

/** Where a clause-wide negation stands in a folded clause: a finder whose own phrase holds it keeps its hit. */
export function clauseNegations(folded: string, locale: Locale): Span[] {
  const out: Span[] = [];
  const head = folded.length - folded.replace(/^[\s\p{P}]+/u, '').length;
  for (const l of [lists(locale), lists(locale === 'en' ? 'zh-CN' : 'en')]) {
    out.push(...occurrences(folded, l.clause));
    for (const w of l.clauseStart ?? []) if (startsWith(folded, [w])) out.push({ start: head, end: head + w.length });
  }
  return out;
}

/** Where a hypothetical opens in a folded clause, or -1. */
export function irrealisAt(folded: string, locale: Locale): number {
  let first = -1;
  for (const l of [lists(locale), lists(locale === 'en' ? 'zh-CN' : 'en')]) {
    const inside = occurrences(folded, l.notIrrealis);
    for (const o of occurrences(folded, l.irrealis)) {
      if (inside.some((i) => o.start >= i.start && o.end <= i.end)) continue;
      if (first < 0 || o.start < first) first = o.start;
    }
  }
  return first;
}

function startsWith(folded: string, words: readonly string[] | undefined): boolean {
  if (!words?.length) return false;
  const head = folded.replace(/^[\s\p{P}]+/u, '');
  return words.some((w) => head.startsWith(w) && !(LATIN.test(w) && /[\p{L}\p{N}]/u.test(head.charAt(w.length))));
}

/** Is this clause, as a whole, denied or hypothetical? */
export function markClause(text: string, locale: Locale): Pick<Clause, 'negated' | 'irrealis'> {
  const folded = foldClause(text);
  const own = lists(locale);
  const other = lists(locale === 'en' ? 'zh-CN' : 'en');
  const negated = [own, other].some((l) => hasAny(folded, l.clause) || startsWith(folded, l.clauseStart));
  const irrealis = irrealisAt(folded, locale) >= 0;
  return { negated, irrealis };
}

export function splitClauses(text: string, locale: Locale): Clause[] {
  if (!text) return [];
  const folded = foldClause(text);
  const turns = [...(lists('en').turns ?? []), ...(lists('zh-CN').turns ?? [])];
  const out: Clause[] = [];
  for (const span of breakSpans(folded).flatMap((s) => splitAtTurns(folded, s, turns))) {
    const trimmed = trimSpan(text, span);
    if (!trimmed) continue;
    const clauseText = text.slice(trimmed.start, trimmed.end);
    out.push({ text: clauseText, start: trimmed.start, end: trimmed.end, ...markClause(clauseText, locale) });
  }
  return out;
}

/** The clause that holds offset `index` of the message. */
export function clauseAt(clauses: readonly Clause[], index: number): Clause | undefined {
  return clauses.find((c) => index >= c.start && index < c.end);
}
