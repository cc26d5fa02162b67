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
