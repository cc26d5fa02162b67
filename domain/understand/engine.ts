import * as Recognizers from '@microsoft/recognizers-text-suite';
import { Locale } from '../types';
import { TurnMemo } from './turnMemo';
import { lexicon, pattern } from './lexicon';

/** One result of a recognizers-text model, narrowed from its loosely typed form. */
export interface Recognized {
  start: number;
  /** Exclusive, unlike the library's inclusive `end`. */
  end: number;
  text: string;
  typeName: string;
  resolution: Record<string, unknown>;
}

export const CULTURE: Record<Locale, string> = { en: Recognizers.Culture.English, 'zh-CN': Recognizers.Culture.Chinese };

interface RawResult {
  start: number;
  end: number;
  text: string;
  typeName: string;
  resolution: unknown;
}

/** The recognizers throw on some odd inputs; a message that trips them simply has nothing recognised. */
function run(call: () => RawResult[]): Recognized[] {
  try {
    return call().map((r) => ({
      start: r.start,
      end: r.end + 1,
      text: r.text,
      typeName: r.typeName,
      resolution: typeof r.resolution === 'object' && r.resolution !== null ? (r.resolution as Record<string, unknown>) : {},
    }));
  } catch {
    return [];
  }
}

/**
 * One answer goes through several of our recognisers in one synchronous run, which ask the library the same
 * question of the same text (money and quantities both read its numbers): asked again within that run, the
 * first result is handed back. Results are read-only.
 */
const memo = new TurnMemo<Recognized[]>();

/**
 * Cheap pre-checks: a model runs only on text it could find something in. The number and currency models find
 * nothing without a digit or a number word, the date model nothing without a digit, a number word or a date
 * word (the lexicons' date hints). The English words include the library's own that our lexicon does not list
 * (zero, half, quarter, trillion, plurals such as "hundreds"); test/understand/precheck.test.ts checks on every
 * labelled sentence that a text the pre-check turns away has no result from the model. Built once.
 */
interface PreChecks {
  number: RegExp;
  date: RegExp;
}
let preChecks: PreChecks | undefined;

const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth', 'hundredth', 'thousandth', 'millionth'];
/** Words the library's English number model reads that our lexicon does not list (fractions read "a fourth"). */
const LIBRARY_NUMBER_WORDS = ['zero', 'nil', 'nought', 'half', 'halves', 'quarter', 'quarters', 'trillion', 'couple', 'pair', 'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'tens', 'score', ...ORDINALS, ...ORDINALS.map((o) => `${o}s`)];
/** Times the library's date model reads that the lexicons' date hints leave out (it reads "now", "in a sec", "evenings"). */
const LIBRARY_DATE_WORDS = ['now', 'moment', 'sec', 'secs', 'seconds', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'asap', 'soon', 'evenings', 'mornings', 'nights', 'afternoons', 'weekends', 'weekdays', 'daily', 'weekly', 'monthly', 'yearly', 'annually', 'hourly', 'ago', 'past', 'later', 'earlier', 'recently', 'lately', 'currently', 'previously', 'before', 'after', 'until', 'till', 'since', 'eve', 'am', 'pm'];

/** Every Han character of a lexicon section: the Chinese date words the library reads are made of these. */
function hanCharacters(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') for (const ch of value.match(/\p{Script=Han}/gu) ?? []) into.add(ch);
  else if (Array.isArray(value)) for (const v of value) hanCharacters(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) hanCharacters(v, into);
  return into;
}

function checks(): PreChecks {
  if (preChecks) return preChecks;
  const zh = lexicon('zh-CN').numbers;
  const en = lexicon('en').numbers;
  const han = [...Object.keys(zh.words), ...Object.keys(zh.digits), ...Object.keys(zh.hanUnits), ...Object.keys(zh.multipliers)].filter((w) => /^\p{Script=Han}+$/u.test(w));
  const english = [...Object.keys(en.words), ...Object.keys(en.multipliers), ...LIBRARY_NUMBER_WORDS]
    .flatMap((w) => w.split(' '))
    .filter((w) => /^[a-z]{3,}$/.test(w))
    .sort((a, b) => b.length - a.length);
  const numberSource = `[0-9\uff10-\uff19]|[${[...new Set(han.join(''))].join('')}]|\\b(?:${[...new Set(english)].join('|')})\\b`;
  preChecks = {
    number: new RegExp(numberSource, 'iu'),
    date: new RegExp(
      [numberSource, `\\b(?:${LIBRARY_DATE_WORDS.join('|')})\\b`, `[${[...hanCharacters(lexicon('zh-CN').dates)].join('')}]`, ...(['en', 'zh-CN'] as const).map((l) => pattern(lexicon(l), lexicon(l).dates.hint).source)].join('|'),
      'iu',
    ),
  };
  return preChecks;
}

/** Could the number model find anything in `text`, or the currency model an amount (it also reads a bare "pound")? */
export function mayHoldNumber(text: string): boolean {
  return checks().number.test(text);
}

/** Could the date model find anything in `text`? */
export function mayHoldDate(text: string): boolean {
  return checks().date.test(text);
}

export function numbers(text: string, locale: Locale): Recognized[] {
  if (!mayHoldNumber(text)) return [];
  return memo.get(`number\u0000${locale}\u0000${text}`, () => run(() => Recognizers.recognizeNumber(text, CULTURE[locale])));
}

export function currencies(text: string, locale: Locale): Recognized[] {
  if (!mayHoldNumber(text)) return [];
  return memo.get(`currency\u0000${locale}\u0000${text}`, () => run(() => Recognizers.recognizeCurrency(text, CULTURE[locale])));
}

export function dateTimes(text: string, locale: Locale, reference: Date): Recognized[] {
  if (!mayHoldDate(text)) return [];
  return memo.get(`datetime\u0000${locale}\u0000${reference.getTime()}\u0000${text}`, () =>
    run(() => Recognizers.recognizeDateTime(text, CULTURE[locale], undefined, reference)),
  );
}

export function booleans(text: string, locale: Locale): Recognized[] {
  return memo.get(`boolean\u0000${locale}\u0000${text}`, () => run(() => Recognizers.recognizeBoolean(text, CULTURE[locale])));
}

export function phoneNumbers(text: string): Recognized[] {
  return memo.get(`phone\u0000${text}`, () => run(() => Recognizers.recognizePhoneNumber(text, CULTURE.en)));
}

export function emails(text: string): Recognized[] {
  return memo.get(`email\u0000${text}`, () => run(() => Recognizers.recognizeEmail(text, CULTURE.en)));
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function numberOf(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : typeof value === 'number' ? value : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Builds every recognizers-text model Tanxun uses, in both languages, on the lexicons' sample answers (a model
 * builds on its first use, most of a second in all): what must be done before the bot says it is ready. Our own
 * patterns compile on first use too, but in milliseconds; warmRecognizers runs them all afterwards.
 */
export function warmModels(now = new Date()): void {
  for (const locale of ['en', 'zh-CN'] as const) {
    for (const text of lexicon(locale).warmUp) {
      numbers(text, locale);
      currencies(text, locale);
      dateTimes(text, locale, now);
      booleans(text, locale);
      phoneNumbers(text);
      emails(text);
    }
  }
}
