import * as Recognizers from '@microsoft/recognizers-text-suite';
import { Locale } from '../types';
import { TurnMemo } from './turnMemo';

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

export function numbers(text: string, locale: Locale): Recognized[] {
  return memo.get(`number\u0000${locale}\u0000${text}`, () => run(() => Recognizers.recognizeNumber(text, CULTURE[locale])));
}

export function currencies(text: string, locale: Locale): Recognized[] {
  return memo.get(`currency\u0000${locale}\u0000${text}`, () => run(() => Recognizers.recognizeCurrency(text, CULTURE[locale])));
}

export function dateTimes(text: string, locale: Locale, reference: Date): Recognized[] {
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
