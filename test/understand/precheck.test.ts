import * as Recognizers from '@microsoft/recognizers-text-suite';
import { CULTURE, dateTimes, mayHoldDate, mayHoldNumber, numbers } from '../../domain/understand/engine';
import { lexicon } from '../../domain/understand/lexicon';
import { Locale } from '../../domain/types';
import { HAN } from '../../domain/text';
import { READING_CASES_EN } from '../reading/cases.en';
import { READING_CASES_ZH } from '../reading/cases.zh-CN';
import { DATES, MONEY, NOT_DATES, NOT_MONEY, NOT_QUANTITIES, QUANTITIES, YES_NO } from './cases/index';

/**
 * The recognisers run only when a cheap pre-check says they could match. A pre-check that turned away a text the
 * model would have read would lose a fact, so on every labelled sentence we have (both languages, read with both
 * cultures, as customers mix scripts) a text the pre-check turns away must have no result from the model itself.
 */
const LOCALES: Locale[] = ['en', 'zh-CN'];
const reference = new Date(2026, 10, 23, 12);

function sentences(locale: Locale): string[] {
  const reading = (locale === 'en' ? READING_CASES_EN : READING_CASES_ZH).map((c) => c.text);
  return [
    ...reading,
    ...MONEY[locale].map((c) => c.text),
    ...NOT_MONEY[locale],
    ...DATES[locale].map((c) => c.text),
    ...NOT_DATES[locale],
    ...QUANTITIES[locale].map((c) => c.text),
    ...NOT_QUANTITIES[locale],
    ...YES_NO[locale].map((c) => c.text),
    ...lexicon(locale).warmUp,
  ];
}

describe.each(LOCALES)('recogniser pre-checks on the %s sentences', (locale) => {
  const all = sentences(locale);
  const other: Locale = locale === 'en' ? 'zh-CN' : 'en';

  it('has sentences that the pre-checks turn away and sentences they let through', () => {
    expect(all.filter((t) => !mayHoldNumber(t)).length).toBeGreaterThan(10);
    expect(all.filter((t) => mayHoldNumber(t)).length).toBeGreaterThan(10);
    expect(all.filter((t) => !mayHoldDate(t)).length).toBeGreaterThan(5);
  });

  // The callers read text with Han characters in the Chinese culture, and any text in the English one.
  const readIn = (culture: Locale) => (culture === 'zh-CN' ? all.filter((t) => HAN.test(t)) : all);

  it.each([locale, other])('turns away no text the number model reads (culture %s)', (culture) => {
    const lost = readIn(culture)
      .filter((t) => !mayHoldNumber(t))
      .filter((t) => Recognizers.recognizeNumber(t, CULTURE[culture]).length > 0);
    expect(lost).toEqual([]);
  });

  it.each([locale, other])('turns away no text in which the currency model reads an amount (culture %s)', (culture) => {
    const amount = (r: { resolution?: { value?: unknown } }) => r.resolution?.value !== undefined && r.resolution?.value !== null;
    const lost = readIn(culture)
      .filter((t) => !mayHoldNumber(t))
      .filter((t) => Recognizers.recognizeCurrency(t, CULTURE[culture]).some(amount));
    expect(lost).toEqual([]);
  });

  it.each([locale, other])('turns away no text the date model reads (culture %s)', (culture) => {
    const lost = readIn(culture)
      .filter((t) => !mayHoldDate(t))
      .filter((t) => Recognizers.recognizeDateTime(t, CULTURE[culture], undefined, reference).length > 0);
    expect(lost).toEqual([]);
  });

  it('answers through the engine what the model answers where the pre-check lets the text through', () => {
    const through = all.filter((t) => mayHoldNumber(t)).slice(0, 40);
    for (const text of through) expect(numbers(text, locale).length).toBe(Recognizers.recognizeNumber(text, CULTURE[locale]).length);
    const dated = all.filter((t) => mayHoldDate(t)).slice(0, 20);
    for (const text of dated) expect(dateTimes(text, locale, reference).length).toBe(Recognizers.recognizeDateTime(text, CULTURE[locale], undefined, reference).length);
  });
});
