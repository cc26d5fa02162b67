import * as fs from 'fs';
import { fromRoot } from '../../paths';
import { Locale } from '../../types';

/**
 * Reps type fast: "Who are thye for?" must be read as "Who are they for?", or the persona answers another
 * question. Only English is corrected (Chinese input methods do not make letter slips). A token is
 * corrected only when it is no word the bot knows, and exactly one known word is one slip away from it:
 * two letters swapped, or (for longer words) one letter missing or doubled. Precision over recall: an
 * unknown word with no single candidate is left as typed.
 *
 * The dictionary is every English word the bot itself uses: its locale texts (the customer's own words,
 * which reps echo), the classifier's cue lists and the words the caller adds (a persona's vocabulary).
 */
let base: Set<string> | undefined;

const WORD = /[a-z]+(?:'[a-z]+)?/g;

function wordsOf(text: string, into: Set<string>): void {
  for (const w of text.toLowerCase().match(WORD) ?? []) into.add(w);
}

function collect(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') wordsOf(value.replace(/\\[bBsSdDwW]/g, ' '), into);
  else if (Array.isArray(value)) for (const v of value) collect(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collect(v, into);
}

function dictionary(): Set<string> {
  if (base) return base;
  const words = new Set<string>();
  const dir = fromRoot('locales', 'en');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) collect(JSON.parse(fs.readFileSync(`${dir}/${file}`, 'utf8')), words);
  collect(JSON.parse(fs.readFileSync(fromRoot('data', 'classifier', 'en.json'), 'utf8')), words);
  base = words;
  return words;
}

/** Known words one slip away from `token`. */
function candidates(token: string, known: (w: string) => boolean): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i + 1 < token.length; i++) {
    const swapped = token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2);
    if (swapped !== token && known(swapped)) found.add(swapped);
  }
  // Swapped letters are the commonest slip and keep every letter: one such reading wins over the rest.
  if (found.size === 1) return found;
  if (token.length >= 4) {
    // A letter left out: try every letter in every place.
    for (let i = 0; i <= token.length; i++) {
      for (const c of 'abcdefghijklmnopqrstuvwxyz') {
        const longer = token.slice(0, i) + c + token.slice(i);
        if (known(longer)) found.add(longer);
      }
    }
    // A letter typed twice or one too many.
    for (let i = 0; i < token.length; i++) {
      const shorter = token.slice(0, i) + token.slice(i + 1);
      if (shorter.length >= 3 && known(shorter)) found.add(shorter);
    }
  }
  return found;
}

export function fixTypos(text: string, locale: Locale, extra: Iterable<string> = []): string {
  if (locale !== 'en') return text;
  const dict = dictionary();
  const more = new Set<string>();
  for (const phrase of extra) wordsOf(phrase, more);
  const known = (w: string): boolean => dict.has(w) || more.has(w);
  return text.replace(/[A-Za-z]+(?:'[A-Za-z]+)?/g, (token) => {
    const lower = token.toLowerCase();
    if (lower.length < 3 || known(lower)) return token;
    const found = [...candidates(lower, known)].filter((c) => c[0] === lower[0] || c.length === lower.length);
    return found.length === 1 ? found[0] : token;
  });
}
