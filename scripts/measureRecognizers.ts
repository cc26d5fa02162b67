import * as Recognizers from '@microsoft/recognizers-text-suite';
import { recognizeMoney, recognizeQuantities, recognizeTimeline, recognizeYesNo, warmRecognizers } from '../bot/domain/understand';
import { DATES, MONEY, QUANTITIES, REFERENCE, YES_NO } from '../test/understand/cases';

/**
 * How many of the labelled answers the raw recognizers-text-suite gets right, against Tanxun's
 * recognisers. Raw means what a botbuilder prompt would see: the first currency, the first date-time
 * value in the future, the first number, the boolean choice.
 */
type Locale = 'en' | 'zh-CN';
const CULTURE: Record<Locale, string> = { en: Recognizers.Culture.English, 'zh-CN': Recognizers.Culture.Chinese };
const refUtcNoon = new Date(Date.UTC(2026, 10, 23, 12));

function rawMoney(text: string, locale: Locale): { amount?: number; max?: number; currency?: string } {
  const first = Recognizers.recognizeCurrency(text, CULTURE[locale])[0];
  if (!first) return {};
  const r = first.resolution as { value?: string; isoCurrency?: string };
  return { amount: Number(r.value), currency: r.isoCurrency || undefined };
}

function rawDate(text: string, locale: Locale): { start?: string; end?: string } {
  const first = Recognizers.recognizeDateTime(text, CULTURE[locale], undefined, refUtcNoon).find((r) => !/duration|set/.test(r.typeName));
  const values = (first?.resolution as { values?: { value?: string; start?: string; end?: string }[] } | undefined)?.values ?? [];
  const v = values[values.length - 1];
  if (!v) return {};
  return { start: (v.value ?? v.start)?.slice(0, 10), end: (v.value ?? v.end)?.slice(0, 10) };
}

function rawNumber(text: string, locale: Locale): number | undefined {
  const first = Recognizers.recognizeNumber(text, CULTURE[locale])[0];
  return first ? Number((first.resolution as { value?: string }).value) : undefined;
}

function rawYesNo(text: string, locale: Locale): string | undefined {
  const first = Recognizers.recognizeBoolean(text, CULTURE[locale])[0];
  if (!first) return undefined;
  return (first.resolution as { value?: boolean }).value ? 'yes' : 'no';
}

function main(): void {
  warmRecognizers();
  const rows: string[][] = [['table', 'language', 'cases', 'raw recognizers', 'Tanxun']];
  for (const locale of ['zh-CN', 'en'] as Locale[]) {
    const ctx = { locale, now: REFERENCE, defaultCurrency: 'CNY' };
    const count = <T>(cases: T[], ok: (c: T) => boolean) => cases.filter(ok).length;
    const money = MONEY[locale];
    rows.push([
      'money', locale, String(money.length),
      String(count(money, (c) => { const r = rawMoney(c.text, locale); return r.amount === c.amount && r.max === c.max && r.currency === c.currency; })),
      String(count(money, (c) => { const r = recognizeMoney(c.text, ctx); return r?.amount === c.amount && r?.max === c.max && r?.currency === c.currency; })),
    ]);
    const dates = DATES[locale];
    rows.push([
      'dates', locale, String(dates.length),
      String(count(dates, (c) => { const r = rawDate(c.text, locale); return r.start === c.start && r.end === c.end; })),
      String(count(dates, (c) => { const r = recognizeTimeline(c.text, ctx); return r?.start === c.start && r?.end === c.end && !!r?.asap === !!c.asap; })),
    ]);
    const quantities = QUANTITIES[locale];
    rows.push([
      'quantities (value)', locale, String(quantities.length),
      String(count(quantities, (c) => rawNumber(c.text, locale) === c.value)),
      String(count(quantities, (c) => recognizeQuantities(c.text, ctx)[0]?.value === c.value)),
    ]);
    rows.push([
      'quantities (value + what)', locale, String(quantities.length),
      '0',
      String(count(quantities, (c) => { const q = recognizeQuantities(c.text, ctx)[0]; return q?.value === c.value && (!c.what || q.what === c.what); })),
    ]);
    const yesNo = YES_NO[locale];
    rows.push([
      'yes/no/partly', locale, String(yesNo.length),
      String(count(yesNo, (c) => rawYesNo(c.text, locale) === c.value)),
      String(count(yesNo, (c) => recognizeYesNo(c.text, locale) === c.value)),
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const row of rows) process.stdout.write(`${row.map((c, i) => c.padEnd(widths[i])).join('  ')}\n`);
}

main();
