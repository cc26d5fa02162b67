import * as fs from 'fs';
import { fromRoot } from '../../paths';
import { Locale } from '../../types';

/** The figures reader's word lists: data/reading/figures.<locale>.json (same keys in both). */
export interface MoneyWords {
  loss: string[];
  revenue: string[];
  other: string[];
  cost: string[];
  price: string[];
  budget: string[];
  cues: string[];
  moneyAfter?: string[];
  max: string[];
  maxAfter: string[];
  min: string[];
  minAfter: string[];
  maxWins: string[];
  about: string[];
  /** What may follow a bare Chinese amount (a particle, a hedge, its period): anything else Han after it is a noun it counts. */
  trailing: string[];
  /** What running a problem costs ("just replacing mop heads"): 'cost' even after "spend" or a weak price word. */
  costStrong?: string[];
  /** "we could spend 5k fixing it": what they are willing to spend is a budget, whatever it is for. */
  willing?: string[];
  /** "进价", "unit price": the price of one unit, a price even beside a budget word (not a ceiling they set). */
  unitPrice?: string[];
  /** "三四千那种": the tier they want, so what they will spend. */
  budgetAfter?: string[];
  /** "千把块": a round figure with a hedge the number scanner does not read, and its value. */
  roughly?: Record<string, number>;
}

export interface DateWords {
  rel: Record<string, number>;
  units: Record<string, 'week' | 'month' | 'year' | 'quarter'>;
  months: Record<string, number>;
  weekdays: Record<string, number>;
  parts: Record<string, 'early' | 'mid' | 'end' | 'late'>;
  holidays: Record<string, string>;
  days: Record<string, number>;
  patterns: string[];
  past: string[];
  deadlineBefore: string[];
  deadlineAfter?: string[];
  deadlineWords: string[];
  startWords: string[];
  windowWords: string[];
  frequency: string[];
  notDates: string[];
  irrealis: string[];
  /** A segment asking to be reached or left alone then: its time is a contact preference, not a date. */
  contactWords?: string[];
  /** The words a bare ordinal day may be followed by ("the 12th of", "the 12th at the latest"); a noun makes it a floor. */
  dayFollowers?: string[];
  /** What after "N号" makes it a building or a room, not a day. */
  dayNotBefore?: string[];
  /** "before the sales year starts on April 1": the day the event happens is the deadline. */
  eventVerbs?: string[];
  /** Past cues that are date words themselves ("last week"): they date their own phrase, not "this month" beside it. */
  pastNotCurrent?: string[];
  /** "Monday to Friday": two weekdays joined by these are opening hours, not dates. */
  weekdayRange?: string[];
  /** A period beside these ("一年多少") is part of a price question, not a frequency. */
  frequencyNotWith?: string[];
  /** "mid-month is our closing week", "下周不行": a period they cannot do is no date of the need. */
  unavailable?: string[];
}

export interface FigureWords {
  units: Record<string, [string, number]>;
  unitNotAfter?: Record<string, string[]>;
  articleUnits?: string[];
  weightOnly?: string[];
  skipAdjectives?: string[];
  groupOf?: string[];
  familyOf?: string[];
  half: string[];
  /** Marks of a hedged figure ("twenty-odd"), of a range, the digits of an adjacent pair, and the endings of "over X". */
  placeMarks: string[];
  rangeMarks: string[];
  pairDigits: string;
  minEnds: string[];
  halfUnits?: Record<string, [string, number]>;
  bareNumberCues?: string[];
  notCountedAfter?: string[];
  notCountedBefore?: string[];
  counters?: string[];
  ageWhat?: string;
  pairWords?: Record<string, number>;
  ordinalBefore?: string[];
  /** What before an ordinal mark undoes it ("一个月一百块": a rate, not the 100th of a month). */
  notOrdinalAfter?: string[];
  /** Scale words that a trade reads as a unit ("100兆" is 100 Mbps, not 10^14): the scale and the least value so read ("3M" is a brand). */
  scaleUnits?: Record<string, [number, number]>;
  /** What "一" may start after an amount ("两百一节" is 200 a lesson, not 210). */
  perOne?: string[];
  /** A figure beside these is a conversion ("1 kg = 2 jin"), not an amount wanted. */
  conversionMarks?: string[];
  oneKeepBefore?: string[];
  oneKeepAfter?: string[];
  oneNeverCounters?: string[];
  notAfter?: string[];
  durationDates: string[];
  negators: string[];
  othersNorm: string[];
  money: MoneyWords;
  dates: DateWords;
}

const loaded = new Map<Locale, FigureWords>();

export function figureWords(locale: Locale): FigureWords {
  let words = loaded.get(locale);
  if (!words) {
    words = JSON.parse(fs.readFileSync(fromRoot('data', 'reading', `figures.${locale}.json`), 'utf8')) as FigureWords;
    loaded.set(locale, words);
  }
  return words;
}

/** Longest first, so "at most" wins over "most". */
export function longestFirst(list: readonly string[]): string[] {
  return [...list].sort((a, b) => b.length - a.length);
}

const LATIN_WORD = /[a-z0-9]/i;

/** Does `phrase` end exactly at `end` in `lower` (whole word for Latin phrases)? */
export function endsAt(lower: string, end: number, phrase: string): boolean {
  const start = end - phrase.length;
  if (start < 0 || lower.slice(start, end) !== phrase) return false;
  if (LATIN_WORD.test(phrase.charAt(0)) && start > 0 && LATIN_WORD.test(lower.charAt(start - 1))) return false;
  return true;
}

/** Does `phrase` start exactly at `start` in `lower` (whole word for Latin phrases)? */
export function startsAt(lower: string, start: number, phrase: string): boolean {
  if (lower.slice(start, start + phrase.length) !== phrase) return false;
  const end = start + phrase.length;
  if (LATIN_WORD.test(phrase.charAt(phrase.length - 1)) && LATIN_WORD.test(lower.charAt(end))) return false;
  return true;
}

/** Where a phrase of the list occurs in `lower` between from and to (whole words for Latin), nearest to `to` first. */
export function occurrences(lower: string, from: number, to: number, phrases: readonly string[]): { at: number; phrase: string }[] {
  const out: { at: number; phrase: string }[] = [];
  for (const phrase of phrases) {
    if (!phrase) continue;
    for (let i = lower.indexOf(phrase, from); i >= 0 && i + phrase.length <= to; i = lower.indexOf(phrase, i + 1)) {
      if (startsAt(lower, i, phrase) && endsAt(lower, i + phrase.length, phrase)) out.push({ at: i, phrase });
    }
  }
  return out.sort((a, b) => b.at - a.at);
}
