import { bare, commandPhrases } from '../commands';
import { Words } from '../playbook';
import { hasHan } from '../text';

/**
 * The rep's commands of practice mode. "practice" and "show script" take an argument (the persona, the
 * playbook); the words live in data/commands.json with the customer's commands.
 */
export type PracticeCommand =
  | { kind: 'practice'; argument: string }
  | { kind: 'endPractice' }
  | { kind: 'myProgress' }
  | { kind: 'showScript'; argument: string };

/** The argument after a prefix phrase, or undefined when the message does not start with one. */
function prefixArgument(message: string, command: 'practice' | 'showScript'): string | undefined {
  for (const phrase of commandPhrases(command, 'prefix')) {
    if (!message.startsWith(phrase)) continue;
    const rest = message.slice(phrase.length);
    // "practiced" is not "practice d"; Chinese needs no space between the command and the name.
    if (rest && /[a-z0-9]$/.test(phrase) && !rest.startsWith(' ')) continue;
    return rest.trim();
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
  if (commandPhrases('endPractice', 'exact').includes(message)) return { kind: 'endPractice' };
  if (commandPhrases('myProgress', 'exact').includes(message)) return { kind: 'myProgress' };
  for (const kind of ['showScript', 'practice'] as const) {
    const argument = prefixArgument(message, kind);
    if (argument === undefined) continue;
    const short = hasHan(argument) ? argument.length <= 6 : argument.split(' ').length <= 2;
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
