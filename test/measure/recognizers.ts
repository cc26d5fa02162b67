import * as Recognizers from '@microsoft/recognizers-text-suite';
import { recognizeMoney, recognizeQuantities, recognizeTimeline, recognizeYesNo, warmRecognizers } from '../../domain/understand';
import { HELD_OUT_DATES, HELD_OUT_MONEY, HELD_OUT_QUANTITIES, HELD_OUT_YES_NO } from '../understand/cases/heldout';
import { DateCase, DATES, Locale, MONEY, MoneyCase, NOT_DATES, NOT_MONEY, NOT_QUANTITIES, NOT_YES_NO, QUANTITIES, QuantityCase, REFERENCE, YES_NO, YesNoCase } from '../understand/cases/index';

/**
 * How many labelled answers of test/understand/cases the raw recognizers-text-suite gets right, against Tanxun's
 * recognisers, per language; then how long Tanxun's take per call after warm-up. "Raw" is what a botbuilder prompt
 * would see: the first currency, the first date-time value (the latest of its alternatives, as given), the first
 * number, the Choice model's boolean. Negative rows count answers where nothing must be found. The held-out
 * rows are phrasings written after the rules and never tuned against; failures there are printed.
 *
 * Run with `npm run measure:recognizers` (compiled by tsconfig.tools.json to dist/test/measure/recognizers.js).
 * It reads the test tables, so it lives under test/: nothing in scripts/ imports test code.
 */

const CULTURE: Record<Locale, string> = { en: Recognizers.Culture.English, 'zh-CN': Recognizers.Culture.Chinese };

function resolution(result: { resolution: unknown } | undefined): Record<string, unknown> {
  const r = result?.resolution;
  return typeof r === 'object' && r !== null ? (r as Record<string, unknown>) : {};
}

function rawMoney(text: string, locale: Locale): { amount?: number; max?: number; currency?: string } | undefined {
  const first = Recognizers.recognizeCurrency(text, CULTURE[locale])[0];
  if (!first) return undefined;
  const r = resolution(first);
  return { amount: Number(r.value), currency: typeof r.isoCurrency === 'string' && r.isoCurrency ? r.isoCurrency : undefined };
}

/** The reference day at noon, local time: how the recognizer reads "today". */
function referenceFor(now: Date): Date {
  const china = new Date(now.getTime() + 8 * 3600 * 1000);
  return new Date(china.getUTCFullYear(), china.getUTCMonth(), china.getUTCDate(), 12);
}

function rawDate(text: string, locale: Locale, now: Date): { start?: string; end?: string } | undefined {
  const first = Recognizers.recognizeDateTime(text, CULTURE[locale], undefined, referenceFor(now)).find((r) => !/duration|set/.test(r.typeName));
  const values = resolution(first).values;
  if (!Array.isArray(values) || !values.length) return undefined;
  const v = values[values.length - 1] as Record<string, unknown>;
  const day = (x: unknown): string | undefined => (typeof x === 'string' ? x.slice(0, 10) : undefined);
  return { start: day(v.value ?? v.start), end: day(v.value ?? v.end) };
}

function rawNumber(text: string, locale: Locale): number | undefined {
  const first = Recognizers.recognizeNumber(text, CULTURE[locale])[0];
  return first ? Number(resolution(first).value) : undefined;
}

function rawYesNo(text: string, locale: Locale): string | undefined {
  const first = Recognizers.recognizeBoolean(text, CULTURE[locale])[0];
  if (!first) return undefined;
  return resolution(first).value ? 'yes' : 'no';
}

function count<T>(cases: T[], ok: (c: T) => boolean): number {
  return cases.filter(ok).length;
}

function timed(calls: (() => unknown)[], repeat = 20): { mean: number; max: number } {
  let total = 0;
  let max = 0;
  for (const call of calls) {
    for (let i = 0; i < repeat; i++) {
      const start = process.hrtime.bigint();
      call();
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      total += ms;
      max = Math.max(max, ms);
    }
  }
  return { mean: total / (calls.length * repeat), max };
}

function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const row of rows) process.stdout.write(`${row.map((c, i) => c.padEnd(widths[i])).join('  ')}\n`);
  process.stdout.write('\n');
}

interface Scorers {
  money: (c: MoneyCase) => [boolean, boolean];
  dates: (c: DateCase) => [boolean, boolean];
  quantities: (c: QuantityCase) => [boolean, boolean];
  yesNo: (c: YesNoCase) => [boolean, boolean];
}

/** For each kind of case: [raw recognizers right, Tanxun right]. */
function scorers(locale: Locale): Scorers {
  const ctx = { locale, now: REFERENCE, defaultCurrency: 'CNY' };
  const nowOf = (c: { now?: string }): Date => (c.now ? new Date(c.now) : REFERENCE);
  return {
    money: (c) => {
      const raw = rawMoney(c.text, locale);
      const ours = recognizeMoney(c.text, ctx);
      return [raw?.amount === c.amount && raw?.max === c.max && raw?.currency === c.currency, ours?.amount === c.amount && ours?.max === c.max && ours?.currency === c.currency];
    },
    dates: (c) => {
      const raw = rawDate(c.text, locale, nowOf(c));
      const ours = recognizeTimeline(c.text, { ...ctx, now: nowOf(c) });
      return [raw?.start === c.start && raw?.end === c.end && !c.asap, ours?.start === c.start && ours?.end === c.end && !!ours?.asap === !!c.asap];
    },
    quantities: (c) => {
      const q = recognizeQuantities(c.text, ctx)[0];
      return [false, !!q && q.value === c.value && q.max === c.max && q.unit === c.unit && q.what === c.what];
    },
    yesNo: (c) => [rawYesNo(c.text, locale) === c.value, recognizeYesNo(c.text, locale) === c.value],
  };
}

function main(): void {
  const warmStart = Date.now();
  warmRecognizers();
  process.stdout.write(`warm-up: ${Date.now() - warmStart} ms\n\n`);
  const accuracy: string[][] = [['table', 'language', 'cases', 'raw recognizers', 'Tanxun']];
  const timing: string[][] = [['function', 'language', 'calls', 'mean ms', 'max ms']];
  for (const locale of ['zh-CN', 'en'] as Locale[]) {
    const ctx = { locale, now: REFERENCE, defaultCurrency: 'CNY' };
    const money = MONEY[locale];
    accuracy.push([
      'money', locale, String(money.length),
      String(count(money, (c) => { const r = rawMoney(c.text, locale); return r?.amount === c.amount && r?.max === c.max && r?.currency === c.currency; })),
      String(count(money, (c) => { const r = recognizeMoney(c.text, ctx); return r?.amount === c.amount && r?.max === c.max && r?.currency === c.currency; })),
    ]);
    accuracy.push([
      'money: none to find', locale, String(NOT_MONEY[locale].length),
      String(count(NOT_MONEY[locale], (t) => !rawMoney(t, locale))),
      String(count(NOT_MONEY[locale], (t) => !recognizeMoney(t, ctx))),
    ]);
    const dates = DATES[locale];
    const nowOf = (c: { now?: string }): Date => (c.now ? new Date(c.now) : REFERENCE);
    accuracy.push([
      'dates', locale, String(dates.length),
      String(count(dates, (c) => { const r = rawDate(c.text, locale, nowOf(c)); return r?.start === c.start && r?.end === c.end && !c.asap; })),
      String(count(dates, (c) => { const r = recognizeTimeline(c.text, { ...ctx, now: nowOf(c) }); return r?.start === c.start && r?.end === c.end && !!r?.asap === !!c.asap; })),
    ]);
    accuracy.push([
      'dates: none to find', locale, String(NOT_DATES[locale].length),
      String(count(NOT_DATES[locale], (t) => !rawDate(t, locale, REFERENCE))),
      String(count(NOT_DATES[locale], (t) => !recognizeTimeline(t, ctx))),
    ]);
    const quantities = QUANTITIES[locale];
    accuracy.push([
      'quantities: value', locale, String(quantities.length),
      String(count(quantities, (c) => rawNumber(c.text, locale) === c.value)),
      String(count(quantities, (c) => recognizeQuantities(c.text, ctx)[0]?.value === c.value)),
    ]);
    accuracy.push([
      'quantities: value, range, unit, what', locale, String(quantities.length),
      '0 (no such output)',
      String(count(quantities, (c) => { const q = recognizeQuantities(c.text, ctx)[0]; return !!q && q.value === c.value && q.max === c.max && q.unit === c.unit && q.what === c.what; })),
    ]);
    accuracy.push([
      'quantities: none to find', locale, String(NOT_QUANTITIES[locale].length),
      String(count(NOT_QUANTITIES[locale], (t) => rawNumber(t, locale) === undefined)),
      String(count(NOT_QUANTITIES[locale], (t) => recognizeQuantities(t, ctx).length === 0)),
    ]);
    const yesNo = YES_NO[locale];
    accuracy.push([
      'yes/no/partly', locale, String(yesNo.length),
      String(count(yesNo, (c) => rawYesNo(c.text, locale) === c.value)),
      String(count(yesNo, (c) => recognizeYesNo(c.text, locale) === c.value)),
    ]);
    accuracy.push([
      'yes/no: neither', locale, String(NOT_YES_NO[locale].length),
      String(count(NOT_YES_NO[locale], (t) => rawYesNo(t, locale) === undefined)),
      String(count(NOT_YES_NO[locale], (t) => recognizeYesNo(t, locale) === undefined)),
    ]);
    const runs: [string, (() => unknown)[]][] = [
      ['recognizeMoney', money.map((c) => () => recognizeMoney(c.text, ctx))],
      ['recognizeTimeline', dates.map((c) => () => recognizeTimeline(c.text, ctx))],
      ['recognizeQuantities', quantities.map((c) => () => recognizeQuantities(c.text, ctx))],
      ['recognizeYesNo', yesNo.map((c) => () => recognizeYesNo(c.text, locale))],
    ];
    for (const [name, calls] of runs) {
      const { mean, max } = timed(calls);
      timing.push([name, locale, String(calls.length * 20), mean.toFixed(3), max.toFixed(2)]);
    }
  }
  printTable(accuracy);
  printTable(timing);
  const heldOut: string[][] = [['held-out table', 'language', 'cases', 'raw recognizers', 'Tanxun']];
  const misses: string[] = [];
  for (const locale of ['zh-CN', 'en'] as Locale[]) {
    const score = scorers(locale);
    const tables: [string, { text: string }[], (c: never) => [boolean, boolean]][] = [
      ['money', HELD_OUT_MONEY[locale], score.money as (c: never) => [boolean, boolean]],
      ['dates', HELD_OUT_DATES[locale], score.dates as (c: never) => [boolean, boolean]],
      ['quantities (all fields)', HELD_OUT_QUANTITIES[locale], score.quantities as (c: never) => [boolean, boolean]],
      ['yes/no/partly', HELD_OUT_YES_NO[locale], score.yesNo as (c: never) => [boolean, boolean]],
    ];
    for (const [name, cases, judge] of tables) {
      const results = cases.map((c) => judge(c as never));
      heldOut.push([name, locale, String(cases.length), String(results.filter((r) => r[0]).length), String(results.filter((r) => r[1]).length)]);
      cases.forEach((c, i) => {
        if (!results[i][1]) misses.push(`${name} ${locale}: ${c.text}`);
      });
    }
  }
  printTable(heldOut);
  if (misses.length) process.stdout.write(`held-out misses:\n  ${misses.join('\n  ')}\n`);
}

main();
