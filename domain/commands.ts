import * as fs from 'fs';
import * as path from 'path';
import { findPhrase, isHanPhrase, normalize } from './text';
import { dataDir } from './playbook';
import { validateDataFile } from './schemas';
import { Locale, LOCALES } from './types';

export type Command =
  | 'english'
  | 'chinese'
  | 'help'
  | 'startOver'
  | 'human'
  | 'keepGoing'
  | 'stop'
  | 'deleteData'
  | 'subscribeHandoffs'
  | 'unsubscribeHandoffs'
  | 'productInfo';

type PhraseSet = Partial<Record<Locale, string[]>>;
interface CommandData {
  exact?: PhraseSet;
  contains?: PhraseSet;
}

const ORDER: Command[] = ['deleteData', 'human', 'english', 'chinese', 'help', 'startOver', 'keepGoing', 'stop', 'subscribeHandoffs', 'unsubscribeHandoffs', 'productInfo'];

let data: Record<string, unknown> | undefined;
function commandData(): Record<string, unknown> {
  if (!data) {
    const file = path.join(dataDir(), 'commands.json');
    data = validateDataFile<Record<string, unknown>>('commands', file, JSON.parse(fs.readFileSync(file, 'utf8')));
  }
  return data;
}

const barePhrases = new Map<string, string>();

/** bare() of a phrase from the data file, computed once. */
function barePhrase(phrase: string): string {
  let value = barePhrases.get(phrase);
  if (value === undefined) {
    value = bare(phrase);
    barePhrases.set(phrase, value);
  }
  return value;
}

let politenessRules: ((text: string) => string)[] | undefined;

const phraseLists = new Map<string, string[]>();

/**
 * The bare phrases of one entry of data/commands.json in every language, longest first (so "show script"
 * is tried before "script"), built once.
 */
export function commandPhrases(command: string, kind: 'exact' | 'contains' | 'prefix'): string[] {
  const id = `${command}/${kind}`;
  let list = phraseLists.get(id);
  if (!list) {
    const set = (commandData()[command] as Partial<Record<typeof kind, PhraseSet>> | undefined)?.[kind];
    list = LOCALES.flatMap((l) => set?.[l] ?? []).map(barePhrase).filter(Boolean).sort((a, b) => b.length - a.length);
    phraseLists.set(id, list);
  }
  return list;
}

/** One rule per politeness word of the data file, built once: "please" as a whole word, a Chinese word anywhere. */
function politeness(): ((text: string) => string)[] {
  if (politenessRules) return politenessRules;
  const words = (commandData()['politeness'] as PhraseSet) ?? {};
  politenessRules = LOCALES.flatMap((locale) =>
    (words[locale] ?? []).map((word): ((text: string) => string) => {
      if (isHanPhrase(word)) return (text) => text.split(word).join(' ');
      const pattern = new RegExp(`(^|\\s)${word}(?=\\s|$)`, 'g');
      return (text) => text.replace(pattern, ' ');
    }),
  );
  return politenessRules;
}

/** Strips punctuation and politeness so "English, please!" reads as "english". */
export function bare(text: string): string {
  let out = normalize(text).replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();
  for (const rule of politeness()) out = rule(out);
  return out.replace(/\s+/g, ' ').trim();
}

/** An interruption command in the message, in either language whatever the conversation's language is. */
export function detectCommand(text: string): Command | undefined {
  const message = bare(text);
  const raw = text.trim();
  if (!raw) return undefined;
  for (const command of ORDER) {
    const entry = commandData()[command] as CommandData | undefined;
    if (!entry) continue;
    for (const locale of LOCALES) {
      // Punctuation-only phrases ("?") must match exactly; everything else compares without punctuation.
      if (entry.exact?.[locale]?.some((p) => (barePhrase(p) ? barePhrase(p) === message : p === raw))) return command;
      if (entry.contains?.[locale]?.some((p) => (findPhrase(text, p)?.negated === false))) return command;
    }
  }
  return undefined;
}
