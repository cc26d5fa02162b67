import * as fs from 'fs';
import * as path from 'path';
import { Locale } from './types';
import { dataDir, Words } from './playbook';
import { findAnyWords, normalize } from './text';

/**
 * The language-level word lists of data/matching.json that every playbook shares. Matching itself (and
 * negation) is the text engine's: domain/text.
 */
interface MatchingData {
  greetings: Words;
  buyingFor: { self: Words; organization: Words };
  noMotive: Words;
  listFillers: Words;
  listSplit: string;
  /** Acknowledgements and fillers ("Okay.", "嗯", "对了"): a clause made only of these answers nothing. */
  noContent: Words;
}

let matching: MatchingData | undefined;
/** data/matching.json: the language-level word lists shared by every playbook. */
export function matchingData(): MatchingData {
  matching ??= JSON.parse(fs.readFileSync(path.join(dataDir(), 'matching.json'), 'utf8')) as MatchingData;
  return matching;
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

let noContentWords: string[] | undefined;
/**
 * A clause made only of acknowledgements and fillers ("Okay.", "Hmm, okay", "嗯", "对了"): it answers no
 * question, so it is stored nowhere. Both languages' lists apply: customers mix them.
 */
export function isNoContent(text: string): boolean {
  noContentWords ??= [...matchingData().noContent.en, ...matchingData().noContent['zh-CN']].map((w) => normalize(w)).sort((a, b) => b.length - a.length);
  let rest = normalize(text).replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();
  while (rest) {
    const word = noContentWords.find((w) => rest.startsWith(w) && (/^\p{Script=Han}/u.test(w) || rest.length === w.length || rest[w.length] === ' '));
    if (!word) return false;
    rest = rest.slice(word.length).trim();
  }
  return true;
}
