import { CalendarUnit, PeriodPart, Season } from './lexicon';

/** A calendar day; `m` is 0-based like Date's. Out-of-range days and months roll over when turned into a date. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

export interface Span {
  start: Day;
  end: Day;
}

/**
 * The bot serves the Chinese market first, so "today" is the day in China time whatever the server's zone;
 * tests pass a fixed `now` and get the same calendar day on any machine.
 */
const MARKET_UTC_OFFSET_HOURS = 8;

export function today(now: Date): Day {
  const time = now instanceof Date && Number.isFinite(now.getTime()) ? now.getTime() : Date.now();
  const shifted = new Date(time + MARKET_UTC_OFFSET_HOURS * 3600 * 1000);
  return { y: shifted.getUTCFullYear(), m: shifted.getUTCMonth(), d: shifted.getUTCDate() };
}

export function day(y: number, m: number, d: number): Day {
  const date = new Date(Date.UTC(y, m, d));
  return { y: date.getUTCFullYear(), m: date.getUTCMonth(), d: date.getUTCDate() };
}

export function iso(value: Day): string {
  const date = new Date(Date.UTC(value.y, value.m, value.d));
  return date.toISOString().slice(0, 10);
}

export function parseIso(text: string | undefined): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text ?? '');
  return m ? day(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
}

export function lastDayOf(y: number, m: number): number {
  return new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
}

export function addDays(from: Day, days: number): Day {
  return day(from.y, from.m, from.d + days);
}

/** Calendar months, the day clamped to the target month's length (31 January + 1 month = 28 or 29 February). */
function addMonths(from: Day, months: number): Day {
  const target = day(from.y, from.m + months, 1);
  return day(target.y, target.m, Math.min(from.d, lastDayOf(target.y, target.m)));
}

export function compare(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function later(a: Day, b: Day): Day {
  return compare(a, b) >= 0 ? a : b;
}

export function daysBetween(a: Day, b: Day): number {
  return Math.round((Date.UTC(b.y, b.m, b.d) - Date.UTC(a.y, a.m, a.d)) / 86400000);
}

export function after(from: Day, count: number, unit: CalendarUnit): Day {
  switch (unit) {
    case 'day':
      return addDays(from, Math.round(count));
    case 'week':
      return addDays(from, Math.round(count * 7));
    case 'month':
      return Number.isInteger(count) ? addMonths(from, count) : addDays(from, Math.round(count * 30));
    case 'year':
      return Number.isInteger(count * 12) ? addMonths(from, count * 12) : addDays(from, Math.round(count * 365));
  }
}

/** Days of a month named by its part: early is the 1st-10th, mid the 11th-20th, late the 21st-end, the end its last six days. */
export function monthPart(y: number, m: number, part: PeriodPart): Span {
  const last = lastDayOf(y, m);
  const [from, to]: [number, number] = {
    start: [1, 5] as [number, number],
    early: [1, 10] as [number, number],
    mid: [11, 20] as [number, number],
    late: [21, last] as [number, number],
    end: [last - 5, last] as [number, number],
    firstHalf: [1, 15] as [number, number],
    secondHalf: [16, last] as [number, number],
  }[part];
  return { start: day(y, m, from), end: day(y, m, to) };
}

/** Months of a year named by its part: the start is January-February, early January-April, the end December. */
export function yearPart(y: number, part: PeriodPart): Span {
  const [from, to]: [number, number] = {
    start: [0, 1] as [number, number],
    early: [0, 3] as [number, number],
    mid: [4, 7] as [number, number],
    late: [8, 11] as [number, number],
    end: [11, 11] as [number, number],
    firstHalf: [0, 5] as [number, number],
    secondHalf: [6, 11] as [number, number],
  }[part];
  return { start: day(y, from, 1), end: day(y, to, lastDayOf(y, to)) };
}

export function quarter(y: number, q: number): Span {
  const first = (q - 1) * 3;
  return { start: day(y, first, 1), end: day(y, first + 2, lastDayOf(y, first + 2)) };
}

/** Meteorological seasons of the northern hemisphere; winter runs into the next year. */
export function season(y: number, which: Season): Span {
  const first = { spring: 2, summer: 5, autumn: 8, winter: 11 }[which];
  const end = day(y, first + 2, 1);
  return { start: day(y, first, 1), end: day(end.y, end.m, lastDayOf(end.y, end.m)) };
}

export function wholeMonth(y: number, m: number): Span {
  return { start: day(y, m, 1), end: day(y, m, lastDayOf(y, m)) };
}
