import { Locale } from '../types';
import {
  APOSTROPHES,
  Clause,
  findOccurrences,
  HAN,
  isHanPhrase,
  LATIN,
  lowerSameLength,
  negatedBefore,
  normalizeSameLength,
  segmentWords as segment,
  splitClauses,
  wordBoundaries as boundariesOf,
} from '../text';
import { allLexicons } from './lexicon';
import { TurnMemo } from './turnMemo';

/**
 * Understanding's view of a message on top of the text engine (domain/text): the message clipped,
 * folded and with the lexicons' false friends blanked, and its clauses. Recognisers import from here.
 */
export { endsWithAny, HAN, isHanPhrase, LATIN, startsWithAny } from '../text';
export type { Clause } from '../text';

/** Longer messages are cut: an answer that matters is in its first part, and the recognizers slow down with length. */
const MAX_INPUT = 2000;

const MASK = '\u0001';

const EMAIL_LIKE = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*/g;
const URL_LIKE = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const NUMBER_TOKEN = /\b\d+(?:[.,]\d+)*[a-z]{0,2}\b/gi;

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
  const text = normalizeSameLength(clipped).replace(APOSTROPHES, "'");
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

export function segmentWords(text: string, locale: Locale): string[] {
  return typeof text === 'string' ? segment(text.slice(0, MAX_INPUT), locale) : [];
}

const boundaryCache = new WeakMap<Prepared, Set<number>>();
/** Offsets where the Chinese word segmenter starts or ends a word (it also splits Latin words). */
export function wordBoundaries(p: Prepared): Set<number> {
  let set = boundaryCache.get(p);
  if (!set) {
    set = boundariesOf(p.text);
    boundaryCache.set(p, set);
  }
  return set;
}

let clauseBreakRegex: RegExp | undefined;
function clauseBreak(): RegExp {
  clauseBreakRegex ??= new RegExp(allLexicons().map((l) => `(?:${l.clauseBreak})`).join('|'), 'gu');
  return clauseBreakRegex;
}

const clauseCache = new WeakMap<Prepared, Clause[]>();

export function clauses(p: Prepared): Clause[] {
  let cached = clauseCache.get(p);
  if (!cached) {
    cached = splitClauses(p.text, clauseBreak());
    clauseCache.set(p, cached);
  }
  return cached;
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

/**
 * Every occurrence of the phrases, longest first where they overlap, each marked negated when a negation of the
 * phrase's language stands just before it in the same clause.
 */
export function findHits(p: Prepared, phrases: readonly string[], options: { caseSensitive?: boolean; raw?: boolean } = {}): Hit[] {
  const haystack = options.caseSensitive ? p.text : options.raw ? p.lower : p.masked;
  return findOccurrences(haystack, phrases, { caseSensitive: options.caseSensitive, hasHan: p.hasHan, hasLatin: p.hasLatin }).map((o) => ({
    ...o,
    negated: negatedBefore((isHanPhrase(o.phrase) ? p.masked : p.lower).slice(clauseAt(p, o.start).start, o.start), o.phrase),
  }));
}

/** The earliest hit that is not negated. */
export function firstHit(p: Prepared, phrases: readonly string[]): Hit | undefined {
  return findHits(p, phrases).find((h) => !h.negated);
}

/** The phrase as the customer wrote it. */
export function quote(p: Prepared, hit: { start: number; end: number }): string {
  return p.text.slice(hit.start, hit.end);
}

/** The clause's words around an offset, for context checks that must not cross a comma or full stop. */
export function clauseBefore(p: Prepared, offset: number, max = 24): { text: string; from: number } {
  const clause = clauseAt(p, Math.max(0, offset - 1));
  const from = Math.max(clause.start, offset - max, 0);
  return { text: p.lower.slice(from, offset), from };
}
