/**
 * Normalisation shared by every matcher: NFKC (full-width letters, digits and punctuation become plain) and
 * lower case. The same-length variants keep offsets found in the folded text valid in the original.
 */

export const HAN = /\p{Script=Han}/u;
export const LATIN = /[A-Za-z]/;

/** Curly and modifier apostrophes, folded to "'" so "don’t" reads as "don't". */
export const APOSTROPHES = /[\u2018\u2019\u02bc]/g;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

export function isHanPhrase(phrase: string): boolean {
  return HAN.test(phrase);
}

/** The last text folded: a turn checks one message against many phrase lists, one after the other. */
let lastRaw: string | undefined;
let lastFolded = '';

/** NFKC and lower case; offsets may shift, so only for matching that reports no positions into the original. */
export function normalize(text: string): string {
  if (text === lastRaw) return lastFolded;
  const folded = text.normalize('NFKC').toLowerCase();
  lastRaw = text;
  lastFolded = folded;
  return folded;
}

/** Lower-cases without changing the length, so that offsets found in the folded text point into the original. */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (c) => {
    const l = c.toLowerCase();
    return l.length === c.length ? l : c;
  }).join('');
}

/** NFKC wherever that keeps the length, character by character. */
export function normalizeSameLength(text: string): string {
  const whole = text.normalize('NFKC');
  if (whole.length === text.length) return whole;
  return Array.from(text, (c) => {
    const n = c.normalize('NFKC');
    return n.length === c.length ? n : c;
  }).join('');
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
