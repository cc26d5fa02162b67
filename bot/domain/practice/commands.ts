import * as fs from 'fs';
import * as path from 'path';
import { bare } from '../commands';
import { dataDir, Words } from '../playbook';
import { Locale, LOCALES } from '../types';

/**
 * The rep's commands of practice mode. "practice" and "show script" take an argument (the persona, the
 * playbook); the words live in data/commands.json with the customer's commands.
 */
export type PracticeCommand =
  | { kind: 'practice'; argument: string }
  | { kind: 'endPractice' }
  | { kind: 'myProgress' }
  | { kind: 'showScript'; argument: string };

type PhraseSet = Partial<Record<Locale, string[]>>;

let data: Record<string, { exact?: PhraseSet; prefix?: PhraseSet }> | undefined;
function commandData(): NonNullable<typeof data> {
  data ??= JSON.parse(fs.readFileSync(path.join(dataDir(), 'commands.json'), 'utf8')) as NonNullable<typeof data>;
  return data;
}

function phrases(set: PhraseSet | undefined): string[] {
  return LOCALES.flatMap((l) => set?.[l] ?? []).map(bare);
}

/** The argument after a prefix phrase, or undefined when the message does not start with it. */
function after(message: string, phrase: string): string | undefined {
  if (!message.startsWith(phrase)) return undefined;
  const rest = message.slice(phrase.length);
  // "practiced" is not "practice d"; Chinese needs no space ("练习李子").
  if (rest && /[a-z0-9]$/.test(phrase) && !rest.startsWith(' ')) return undefined;
  return rest.trim();
}

/** Longest prefix first, so "show script" wins over "script". */
function prefixArgument(message: string, set: PhraseSet | undefined): string | undefined {
  for (const phrase of phrases(set).sort((a, b) => b.length - a.length)) {
    const argument = after(message, phrase);
    if (argument !== undefined) return argument;
  }
  return undefined;
}

/**
 * A practice command in the message. `isName` tells whether an argument names something (a persona, a
 * playbook): "practice makes perfect" is not a command, "practice kiwi" is (an unknown persona, said so).
 */
export function detectPracticeCommand(text: string, isName: (kind: 'practice' | 'showScript', argument: string) => boolean): PracticeCommand | undefined {
  const message = bare(text);
  if (!message) return undefined;
  const d = commandData();
  if (phrases(d.endPractice?.exact).includes(message)) return { kind: 'endPractice' };
  if (phrases(d.myProgress?.exact).includes(message)) return { kind: 'myProgress' };
  for (const kind of ['showScript', 'practice'] as const) {
    const argument = prefixArgument(message, d[kind]?.prefix);
    if (argument === undefined) continue;
    const short = /\p{Script=Han}/u.test(argument) ? argument.length <= 6 : argument.split(' ').length <= 2;
    if (!argument || isName(kind, argument) || short) return { kind, argument };
  }
  return undefined;
}

/** Whether a typed name is one of these words: exactly, or as a word of it ("mrs li" for "mrs. li"). */
export function namedBy(argument: string, names: Words, id: string): boolean {
  const wanted = bare(argument);
  if (!wanted) return false;
  const all = [id, ...names.en, ...names['zh-CN']].map(bare).filter(Boolean);
  return all.some((n) => n === wanted || (n.length >= 2 && wanted.includes(n)));
}
