import * as fs from 'fs';
import * as path from 'path';
import { Locale } from './types';
import { dataDir, Words } from './playbook';

interface MatchingData {
  negations: Record<Locale, string[]>;
  negationWindow: Record<Locale, number>;
  greetings: Words;
  buyingFor: { self: Words; organization: Words };
  noMotive: Words;
  listFillers: Words;
  listSplit: string;
  /** Words that contain a negation character without negating (particularly, difference, others). */
  negationExceptions: Words;
}

let matching: MatchingData | undefined;
/** data/matching.json: the language-level word lists shared by every playbook. */
export function matchingData(): MatchingData {
  matching ??= JSON.parse(fs.readFileSync(path.join(dataDir(), 'matching.json'), 'utf8')) as MatchingData;
  return matching;
}

/** The last text normalized: a turn checks one message against many phrase lists, one after the other. */
let lastRaw: string | undefined;
let lastNormalized = '';

export function normalize(text: string): string {
  if (text === lastRaw) return lastNormalized;
  const normalized = text.normalize('NFKC').toLowerCase();
  lastRaw = text;
  lastNormalized = normalized;
  return normalized;
}

/** Phrases come from the data files, a bounded set: each is normalized and classified once. */
interface Needle {
  needle: string;
  han: boolean;
  latin: boolean;
  /** A literal piece every English match contains (the needle's first word), to skip the regex when absent. */
  first: string;
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


export interface PhraseHit {
  phrase: string;
  /** Character offset of the hit in the normalized text. */
  index: number;
  negated: boolean;
}


const HAN = /\p{Script=Han}/u;
const LATIN = /[a-z]/i;
const englishPatterns = new Map<string, RegExp>();

function englishPattern(needle: string): RegExp {
  let pattern = englishPatterns.get(needle);
  if (!pattern) {
    const body = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${body}(?=$|[^\\p{L}\\p{N}])`, 'u');
    englishPatterns.set(needle, pattern);
  }
  return pattern;
}

/** The hit of one normalized phrase in already-normalized text. */
function findNormalized(haystack: string, n: Needle, phrase: string): PhraseHit | undefined {
  const { needle } = n;
  if (!needle) return undefined;
  if (n.han) {
    const index = haystack.indexOf(needle);
    if (index < 0) return undefined;
    const data = matchingData();
    let before = haystack.slice(Math.max(0, index - data.negationWindow['zh-CN'] - 2), index);
    for (const word of data.negationExceptions['zh-CN']) before = before.split(word).join('  ');
    before = before.slice(-data.negationWindow['zh-CN']);
    const negated = data.negations['zh-CN'].some((n) => before.includes(n)) && !/[，。,.;；!！?？]/.test(before.slice(-1));
    return { phrase, index, negated };
  }
  // Every match contains the needle's first word as it is: without it the regex cannot match.
  if (!haystack.includes(n.first)) return undefined;
  const m = englishPattern(needle).exec(haystack);
  if (!m) return undefined;
  const data = matchingData();
  const index = m.index + m[1].length;
  const clause = haystack.slice(0, index).split(/[,.;!?，。；！？]/).pop() ?? '';
  const preceding = clause.split(/\s+/).filter(Boolean).slice(-data.negationWindow.en);
  const negated = preceding.some((w) => data.negations.en.includes(w) || w.endsWith("n't"));
  return { phrase, index, negated };
}

/**
 * Finds a phrase in text. Chinese phrases match as substrings of the normalized text because a word
 * segmenter splits variants of a word differently; English phrases match whole words so that "sour" does
 * not fire inside "source". A negation just before the hit marks it negated.
 */
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

/** Only a greeting ("hi there!"): nothing yet to work with. */
export function isGreetingOnly(text: string): boolean {
  const rest = normalize(text).replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();
  const greetings = matchingData().greetings;
  return rest === '' || [...greetings.en, ...greetings['zh-CN']].some((g) => g === rest);
}

export function buyingFor(text: string, locale: Locale): 'self' | 'organization' | undefined {
  const { self, organization } = matchingData().buyingFor;
  const s = findAnyWords(text, self, locale);
  const o = findAnyWords(text, organization, locale);
  if (s && o) return s.index < o.index ? 'self' : 'organization';
  return s ? 'self' : o ? 'organization' : undefined;
}
