import { recognizeMoney, recognizeQuantities, recognizeTimeline, recognizeYesNo, warmRecognizers } from '../../bot/domain/understand';
import { DATES, MONEY, QUANTITIES, REFERENCE, YES_NO } from './cases';

beforeAll(() => warmRecognizers());

describe.each(['zh-CN', 'en'] as const)('recognisers in %s', (locale) => {
  const ctx = { locale, now: REFERENCE, defaultCurrency: 'CNY' };

  it('has at least 40 cases per table', () => {
    for (const table of [MONEY, DATES, QUANTITIES, YES_NO]) expect(table[locale].length).toBeGreaterThanOrEqual(40);
  });

  it.each(MONEY[locale])('money: $text', (c) => {
    const money = recognizeMoney(c.text, ctx);
    expect(money).toMatchObject({ amount: c.amount, ...(c.max !== undefined ? { max: c.max } : {}) });
    expect(money?.currency).toBe(c.currency);
  });

  it.each(DATES[locale])('date: $text', (c) => {
    const timeline = recognizeTimeline(c.text, ctx);
    expect(timeline).toMatchObject({ start: c.start, end: c.end });
    expect(!!timeline?.asap).toBe(!!c.asap);
  });

  it.each(QUANTITIES[locale])('quantity: $text', (c) => {
    const [first] = recognizeQuantities(c.text, ctx);
    expect(first).toMatchObject({ value: c.value, ...(c.what ? { what: c.what } : {}), ...(c.max !== undefined ? { max: c.max } : {}) });
  });

  it.each(YES_NO[locale])('yes/no: $text', (c) => {
    expect(recognizeYesNo(c.text, locale)).toBe(c.value);
  });
});
