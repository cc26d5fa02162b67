import { recognizeMoney, warmRecognizers } from '../../domain/understand';
import { MONEY, NOT_MONEY, REFERENCE } from './cases/index';

beforeAll(() => warmRecognizers());

describe.each(['zh-CN', 'en'] as const)('recognizeMoney in %s', (locale) => {
  const ctx = { locale, now: REFERENCE, defaultCurrency: 'CNY' };

  it('has at least 40 labelled cases', () => {
    expect(MONEY[locale].length).toBeGreaterThanOrEqual(40);
  });

  it.each(MONEY[locale])('$text', (c) => {
    const money = recognizeMoney(c.text, ctx);
    expect(money && { amount: money.amount, max: money.max, currency: money.currency }).toEqual({ amount: c.amount, max: c.max, currency: c.currency });
    expect(money?.text).toBeTruthy();
    expect(c.text).toContain(money?.text);
  });

  it.each(NOT_MONEY[locale])('finds no money in %p', (text) => {
    expect(recognizeMoney(text, ctx)).toBeUndefined();
  });
});

describe('the playbook currency', () => {
  const now = REFERENCE;
  it.each([
    ['预算大概五万', 'zh-CN', 'CNY', 'CNY'],
    ['预算大概五万', 'zh-CN', undefined, undefined],
    ['两三千块', 'zh-CN', undefined, 'CNY'],
    ['about 50k', 'en', 'USD', 'USD'],
    ['about 50k', 'en', 'CNY', undefined],
    ['1.5w', 'en', 'CNY', 'CNY'],
    ['$300', 'en', 'AUD', 'AUD'],
    ['$300', 'en', 'CNY', 'USD'],
    ['budget is 5000', 'zh-CN', 'CNY', undefined],
  ] as const)('%p (%s, default %p) is in %p', (text, locale, defaultCurrency, currency) => {
    expect(recognizeMoney(text, { locale, now, defaultCurrency })?.currency).toBe(currency);
  });

  it('reads a bare number as money only when money was asked', () => {
    expect(recognizeMoney('150', { locale: 'zh-CN', now })).toBeUndefined();
    expect(recognizeMoney('150', { locale: 'zh-CN', now, defaultCurrency: 'CNY', expectMoney: true })).toEqual({ amount: 150, currency: 'CNY', text: '150' });
    expect(recognizeMoney('每月150以内', { locale: 'zh-CN', now, defaultCurrency: 'CNY', expectMoney: true })).toMatchObject({ amount: 150, max: 150 });
  });
});
