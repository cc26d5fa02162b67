import * as fs from 'fs';
import { fromRoot } from '../paths';
import { Locale } from '../types';
import { APOSTROPHES, isHanPhrase } from './normalise';

/** One language's negation: data/negation.json, the only list every matcher uses. */
export interface Negation {
  words: string[];
  /** Words (Latin) or characters (Han) before a phrase in which a negation counts. */
  window: number;
  /** Words that contain a negation character without negating ("particularly", "not bad"). */
  exceptions: string[];
}

let data: Record<Locale, Negation> | undefined;

export function negation(locale: Locale): Negation {
  data ??= JSON.parse(fs.readFileSync(fromRoot('data', 'negation.json'), 'utf8')) as Record<Locale, Negation>;
  return data[locale];
}

const BLANK = '\u0001';

/**
 * `before` is the text of the phrase's clause up to the phrase. Han: a negation character in the last few
 * characters, once the exceptions around them are blanked (a few characters more are looked at so that an
 * exception cut by the window is still recognised).
 */
export function negatedHan(before: string): boolean {
  const { words, window, exceptions } = negation('zh-CN');
  let tail = before.slice(-(window + 3));
  for (const word of exceptions) if (tail.includes(word)) tail = tail.split(word).join(BLANK.repeat(word.length));
  tail = tail.slice(-window);
  return words.some((n) => tail.includes(n));
}

/** Latin: a negation among the last few words; any "...n't" negates. */
export function negatedLatin(before: string): boolean {
  const { words, window } = negation('en');
  const last = before.replace(APOSTROPHES, "'").split(/[^\p{L}\p{N}']+/u).filter(Boolean).slice(-window);
  return last.some((w) => words.includes(w) || w.endsWith("n't"));
}

/** The negation check of the phrase's script. */
export function negatedBefore(before: string, phrase: string): boolean {
  return isHanPhrase(phrase) ? negatedHan(before) : negatedLatin(before);
}
