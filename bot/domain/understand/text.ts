import { Locale } from '../types';
import { allLexicons, Lexicon, lexicon } from './lexicon';
import { TurnMemo } from './turnMemo';

/** Longer messages are cut: an answer that matters is in its first part, and the recognizers slow down with length. */
const MAX_INPUT = 2000;

export const HAN = /\p{Script=Han}/u;
export const LATIN = /[A-Za-z]/;
const MASK = '\u0001';

const EMAIL_LIKE = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*/g;
const URL_LIKE = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const NUMBER_TOKEN = /\b\d+(?:[.,]\d+)*[a-z]{0,2}\b/gi;

/** Lower-cases without changing the length, so that offsets found in the folded text point into the original. */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (c) => {
    const l = c.toLowerCase();
    return l.length === c.length ? l : c;
  }).join('');
}

/** NFKC (full-width digits and punctuation become plain) wherever that keeps the length, character by character. */
function normalizeSameLength(text: string): string {
  const whole = text.normalize('NFKC');
  if (whole.length === text.length) return whole;
  return Array.from(text, (c) => {
    const n = c.normalize('NFKC');
    return n.length === c.length ? n : c;
  }).join('');
}

/**
 * A message ready for matching: `text` is the customer's words (NFKC, so full-width digits and punctuation are
 * plain), `lower` the same length in lower case, `masked` with false friends blanked. Offsets into any of them
 * point into `text`.
 */
export interface Prepared {
  text: string;
  lower: string;
  masked: string;
  hasHan: boolean;
  hasLatin: boolean;
}

/**
 * Every recogniser prepares the answer it is given; within one synchronous run the same text gets the same
 * Prepared, so the caches keyed by it (numbers, clauses, word boundaries) serve them all. Read-only.
 */
const preparedMemo = new TurnMemo<Prepared>();

export function prepare(raw: unknown): Prepared {
  return typeof raw === 'string' ? preparedMemo.get(raw, () => prepareNew(raw)) : prepareNew(raw);
}

function prepareNew(raw: unknown): Prepared {
  const clipped = typeof raw === 'string' ? raw.slice(0, MAX_INPUT) : '';
  const text = normalizeSameLength(clipped).replace(/[\u2018\u2019\u02bc]/g, "'");
  const lower = lowerSameLength(text);
  let masked = lower;
  for (const lex of allLexicons()) {
    for (const word of lex.maskWords) {
      if (masked.includes(word)) masked = masked.split(word).join(MASK.repeat(word.length));
    }
  }
  return { text, lower, masked, hasHan: HAN.test(text), hasLatin: LATIN.test(text) };
}

export function detectLocale(text: string): Locale | undefined {
  if (typeof text !== 'string') return undefined;
  const sample = text.slice(0, MAX_INPUT);
  if (HAN.test(sample)) return 'zh-CN';
  // Addresses and amounts like "5k" or "1.5w" are written the same in both languages.
  const words = sample.replace(EMAIL_LIKE, ' ').replace(URL_LIKE, ' ').replace(NUMBER_TOKEN, ' ');
  return LATIN.test(words) ? 'en' : undefined;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

export function segmentWords(text: string, locale: Locale): string[] {
  if (typeof text !== 'string') return [];
  const words: string[] = [];
  for (const part of segmenter(locale).segment(text.slice(0, MAX_INPUT))) {
    if (part.isWordLike) words.push(lowerSameLength(part.segment));
  }
  return words;
}

const boundaryCache = new WeakMap<Prepared, Set<number>>();
/** Offsets where the Chinese word segmenter starts or ends a word (it also splits Latin words). */
export function wordBoundaries(p: Prepared): Set<number> {
  let set = boundaryCache.get(p);
  if (!set) {
    set = new Set<number>();
    for (const part of segmenter('zh-CN').segment(p.text)) {
      set.add(part.index);
      set.add(part.index + part.segment.length);
    }
    boundaryCache.set(p, set);
  }
  return set;
}

export function isHanPhrase(phrase: string): boolean {
  return HAN.test(phrase);
}

let clauseBreakRegex: RegExp | undefined;
function clauseBreak(): RegExp {
  clauseBreakRegex ??= new RegExp(allLexicons().map((l) => `(?:${l.clauseBreak})`).join('|'), 'gu');
  return clauseBreakRegex;
}

/** Clause start offsets; a clause runs to the next one. */
export interface Clause {
  start: number;
  end: number;
}

const clauseCache = new WeakMap<Prepared, Clause[]>();

export function clauses(p: Prepared): Clause[] {
  const cached = clauseCache.get(p);
  if (cached) return cached;
  const out: Clause[] = [];
  let start = 0;
  for (const m of p.text.matchAll(clauseBreak())) {
    const index = m.index ?? 0;
    if (index > start) out.push({ start, end: index });
    start = index + m[0].length;
  }
  if (start < p.text.length) out.push({ start, end: p.text.length });
  clauseCache.set(p, out);
  return out;
}

export function clauseAt(p: Prepared, offset: number): Clause {
  return clauses(p).find((c) => offset >= c.start && offset < c.end) ?? { start: offset, end: offset };
}

export interface Hit {
  phrase: string;
  start: number;
  end: number;
  negated: boolean;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface CompiledList {
  han: string[];
  latin?: RegExp;
  caseSensitive: boolean;
}
const listCache = new WeakMap<readonly string[], Map<boolean, CompiledList>>();

function compileList(phrases: readonly string[], caseSensitive: boolean): CompiledList {
  let byCase = listCache.get(phrases);
  if (!byCase) {
    byCase = new Map();
    listCache.set(phrases, byCase);
  }
  let list = byCase.get(caseSensitive);
  if (!list) {
    const fold = (s: string): string => (caseSensitive ? s : lowerSameLength(s)).trim();
    const han = phrases.filter(isHanPhrase).map(fold).filter(Boolean).sort((a, b) => b.length - a.length);
    const latin = phrases.filter((s) => !isHanPhrase(s)).map(fold).filter(Boolean).sort((a, b) => b.length - a.length);
    const body = latin.map((s) => escape(s).replace(/\s+/g, '\\s+')).join('|');
    list = {
      han,
      latin: latin.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu') : undefined,
      caseSensitive,
    };
    byCase.set(caseSensitive, list);
  }
  return list;
}

function negatedHan(p: Prepared, start: number, lex: Lexicon): boolean {
  const clauseStart = clauseAt(p, start).start;
  const from = Math.max(clauseStart, start - lex.negation.window - 3);
  let window = p.masked.slice(from, start);
  for (const word of lex.negation.notNegations) window = window.split(word).join(MASK.repeat(word.length));
  window = window.slice(-lex.negation.window);
  return lex.negation.words.some((n) => window.includes(n));
}

function negatedLatin(p: Prepared, start: number, lex: Lexicon): boolean {
  const clauseStart = clauseAt(p, start).start;
  const words = p.lower.slice(clauseStart, start).split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  return words.slice(-lex.negation.window).some((w) => lex.negation.words.includes(w) || w.endsWith("n't"));
}

/**
 * Every occurrence of the phrases, longest first where they overlap, each marked negated when a negation of the
 * phrase's language stands just before it in the same clause.
 */
export function findHits(p: Prepared, phrases: readonly string[], options: { caseSensitive?: boolean; raw?: boolean } = {}): Hit[] {
  if (!phrases.length) return [];
  const list = compileList(phrases, !!options.caseSensitive);
  const haystack = options.caseSensitive ? p.text : options.raw ? p.lower : p.masked;
  const hits: Hit[] = [];
  if (p.hasHan) {
    for (const phrase of list.han) {
      for (let i = haystack.indexOf(phrase); i >= 0; i = haystack.indexOf(phrase, i + 1)) {
        hits.push({ phrase, start: i, end: i + phrase.length, negated: false });
      }
    }
  }
  if (list.latin && p.hasLatin) {
    for (const m of haystack.matchAll(list.latin)) {
      const start = m.index ?? 0;
      hits.push({ phrase: m[0].replace(/\s+/g, ' '), start, end: start + m[0].length, negated: false });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Hit[] = [];
  for (const hit of hits) {
    if (kept.some((k) => hit.start < k.end && hit.end > k.start)) continue;
    kept.push(hit);
  }
  const zh = lexicon('zh-CN');
  const en = lexicon('en');
  for (const hit of kept) hit.negated = isHanPhrase(hit.phrase) ? negatedHan(p, hit.start, zh) : negatedLatin(p, hit.start, en);
  return kept;
}

/** The earliest hit that is not negated. */
export function firstHit(p: Prepared, phrases: readonly string[]): Hit | undefined {
  return findHits(p, phrases).find((h) => !h.negated);
}

/** The phrase as the customer wrote it. */
export function quote(p: Prepared, hit: { start: number; end: number }): string {
  return p.text.slice(hit.start, hit.end);
}

/** Does `text` at `offset` start with one of the phrases (longest first)? Latin phrases must end at a word end. */
export function startsWithAny(text: string, offset: number, phrases: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const phrase of phrases) {
    if (!phrase || (best && best.length >= phrase.length)) continue;
    if (!text.startsWith(phrase, offset)) continue;
    const next = text.charAt(offset + phrase.length);
    if (!isHanPhrase(phrase) && /[\p{L}\p{N}]/u.test(phrase.slice(-1)) && /[\p{L}\p{N}]/u.test(next) && !HAN.test(next)) continue;
    best = phrase;
  }
  return best;
}

/** Does `text` end (at `offset`) with one of the phrases? Latin phrases must start at a word start. */
export function endsWithAny(text: string, offset: number, phrases: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const phrase of phrases) {
    if (!phrase || (best && best.length >= phrase.length)) continue;
    const from = offset - phrase.length;
    if (from < 0 || text.slice(from, offset) !== phrase) continue;
    const prev = text.charAt(from - 1);
    if (!isHanPhrase(phrase) && /[\p{L}\p{N}]/u.test(phrase.charAt(0)) && /[\p{L}\p{N}]/u.test(prev) && !HAN.test(prev)) continue;
    best = phrase;
  }
  return best;
}

/** The clause's words around an offset, for context checks that must not cross a comma or full stop. */
export function clauseBefore(p: Prepared, offset: number, max = 24): { text: string; from: number } {
  const clause = clauseAt(p, Math.max(0, offset - 1));
  const from = Math.max(clause.start, offset - max, 0);
  return { text: p.lower.slice(from, offset), from };
}
