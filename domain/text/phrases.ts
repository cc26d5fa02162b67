import { Locale } from '../types';
import { Words } from '../playbook';
import { escapeRegex, HAN, isHanPhrase, LATIN, lowerSameLength, normalize } from './normalise';
import { negatedBefore } from './negation';

/**
 * Phrase matching for every caller: Han phrases match anywhere (a word segmenter splits variants of a word
 * differently), Latin phrases only as whole words so that "sour" does not fire inside "source".
 */

/** A Latin phrase as a whole-word pattern; `joiners` are characters that also continue a word ("'"). */
export function wholeWordSource(body: string, joiners = ''): string {
  return `(?<![\\p{L}\\p{N}${joiners}])(?:${body})(?![\\p{L}\\p{N}${joiners}])`;
}

/** A Latin phrase's pattern body: escaped, any run of spaces matching any whitespace. */
export function phraseBody(phrase: string): string {
  return escapeRegex(phrase).replace(/\s+/g, '\\s+');
}

export interface PhraseHit {
  phrase: string;
  /** Character offset of the hit in the normalized text. */
  index: number;
  negated: boolean;
}

/** Phrases come from the data files, a bounded set: each is normalized and classified once. */
interface Needle {
  needle: string;
  han: boolean;
  latin: boolean;
  /** A literal piece every Latin match contains (the first word), to skip the regex when absent. */
  first: string;
  pattern?: RegExp;
}
const needles = new Map<string, Needle>();
const MAX_NEEDLES = 5_000;

function needleOf(phrase: string): Needle {
  let n = needles.get(phrase);
  if (!n) {
    const needle = phrase.normalize('NFKC').toLowerCase().trim();
    n = { needle, han: HAN.test(needle), latin: LATIN.test(needle), first: needle.split(/\s+/)[0] };
    if (needles.size >= MAX_NEEDLES) needles.clear();
    needles.set(phrase, n);
  }
  return n;
}

const CLAUSE_BREAK = /[,.;!?，。；！？]/;

/** The text of the clause that runs up to `index`. */
function clauseBefore(haystack: string, index: number): string {
  return haystack.slice(0, index).split(CLAUSE_BREAK).pop() ?? '';
}

function findNormalized(haystack: string, n: Needle, phrase: string): PhraseHit | undefined {
  const { needle } = n;
  if (!needle) return undefined;
  let index: number;
  if (n.han) {
    index = haystack.indexOf(needle);
  } else {
    // Every match contains the first word as it is: without it the regex cannot match.
    if (!haystack.includes(n.first)) return undefined;
    n.pattern ??= new RegExp(wholeWordSource(phraseBody(needle)), 'u');
    index = n.pattern.exec(haystack)?.index ?? -1;
  }
  if (index < 0) return undefined;
  return { phrase, index, negated: negatedBefore(clauseBefore(haystack, index), needle) };
}

/** Finds a phrase in text; a negation just before the hit, in the same clause, marks it negated. */
export function findPhrase(text: string, phrase: string): PhraseHit | undefined {
  return findNormalized(normalize(text), needleOf(phrase), phrase);
}

/** The first non-negated phrase of the list found in text (earliest in the text). */
export function findAny(text: string, phrases: readonly string[]): PhraseHit | undefined {
  const haystack = normalize(text);
  const hasHan = HAN.test(haystack);
  const hasLatin = LATIN.test(haystack);
  let best: PhraseHit | undefined;
  for (const phrase of phrases) {
    const needle = needleOf(phrase);
    // A phrase in a script the text does not contain cannot match; skipping it keeps turns cheap.
    if (needle.han ? !hasHan : needle.latin && !hasLatin) continue;
    const hit = findNormalized(haystack, needle, phrase);
    if (hit && !hit.negated && (!best || hit.index < best.index)) best = hit;
  }
  return best;
}

/** Searches both languages' lists: customers mix scripts (a Chinese sentence naming an English product). */
export function findAnyWords(text: string, list: Words | undefined, locale: Locale): PhraseHit | undefined {
  if (!list) return undefined;
  const other: Locale = locale === 'en' ? 'zh-CN' : 'en';
  return findAny(text, list[locale]) ?? findAny(text, list[other]);
}

/** An occurrence of a phrase: [start, end) offsets into the haystack. */
export interface Occurrence {
  phrase: string;
  start: number;
  end: number;
}

interface CompiledList {
  han: string[];
  latin?: RegExp;
}
const listCache = new WeakMap<readonly string[], Map<boolean, CompiledList>>();
/**
 * Callers that build their list afresh on every call (filtered or merged from data) miss the cache above, and
 * compiling a list's regex cost more than the search itself: lists are also remembered by their content. The
 * lists come from data files, so there are few distinct ones; the bound only guards against a caller that
 * builds lists from what customers write.
 */
const listsByContent = new Map<string, CompiledList>();
const MAX_LISTS_BY_CONTENT = 2000;

function compileList(phrases: readonly string[], caseSensitive: boolean): CompiledList {
  let byCase = listCache.get(phrases);
  if (!byCase) {
    byCase = new Map();
    listCache.set(phrases, byCase);
  }
  let list = byCase.get(caseSensitive);
  const content = list ? '' : `${caseSensitive ? 1 : 0}\u0000${phrases.join('\u0001')}`;
  if (!list) {
    list = listsByContent.get(content);
    if (list) byCase.set(caseSensitive, list);
  }
  if (!list) {
    const fold = (s: string): string => (caseSensitive ? s : lowerSameLength(s)).trim();
    const longestFirst = (a: string, b: string): number => b.length - a.length;
    const han = phrases.filter(isHanPhrase).map(fold).filter(Boolean).sort(longestFirst);
    const latin = phrases.filter((s) => !isHanPhrase(s)).map(fold).filter(Boolean).sort(longestFirst);
    list = { han, latin: latin.length ? new RegExp(wholeWordSource(latin.map(phraseBody).join('|')), 'gu') : undefined };
    byCase.set(caseSensitive, list);
    if (listsByContent.size >= MAX_LISTS_BY_CONTENT) listsByContent.clear();
    listsByContent.set(content, list);
  }
  return list;
}

/**
 * Every occurrence of the phrases in a haystack already folded like them (lower case unless `caseSensitive`),
 * longest first where they overlap. `scripts` skips the lists the haystack cannot contain.
 */
export function findOccurrences(
  haystack: string,
  phrases: readonly string[],
  options: { caseSensitive?: boolean; hasHan: boolean; hasLatin: boolean },
): Occurrence[] {
  if (!phrases.length) return [];
  const list = compileList(phrases, !!options.caseSensitive);
  const hits: Occurrence[] = [];
  if (options.hasHan) {
    for (const phrase of list.han) {
      for (let i = haystack.indexOf(phrase); i >= 0; i = haystack.indexOf(phrase, i + 1)) hits.push({ phrase, start: i, end: i + phrase.length });
    }
  }
  if (list.latin && options.hasLatin) {
    for (const m of haystack.matchAll(list.latin)) {
      const start = m.index ?? 0;
      hits.push({ phrase: m[0].replace(/\s+/g, ' '), start, end: start + m[0].length });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Occurrence[] = [];
  for (const hit of hits) if (!kept.some((k) => hit.start < k.end && hit.end > k.start)) kept.push(hit);
  return kept;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A Latin phrase may not run on into a Latin word (a Han character after it is a boundary). */
function runsOn(phrase: string, edge: string, neighbour: string): boolean {
  return !isHanPhrase(phrase) && WORD_CHAR.test(edge) && WORD_CHAR.test(neighbour) && !HAN.test(neighbour);
}

/** Does `text` at `offset` start with one of the phrases (longest first)? Latin phrases must end at a word end. */
export function startsWithAny(text: string, offset: number, phrases: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const phrase of phrases) {
    if (!phrase || (best && best.length >= phrase.length)) continue;
    if (!text.startsWith(phrase, offset)) continue;
    if (runsOn(phrase, phrase.slice(-1), text.charAt(offset + phrase.length))) continue;
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
    if (runsOn(phrase, phrase.charAt(0), text.charAt(from - 1))) continue;
    best = phrase;
  }
  return best;
}
