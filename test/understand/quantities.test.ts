import { recognizeBareNumber, recognizeQuantities, warmRecognizers } from '../../domain/understand';
import { NOT_QUANTITIES, QUANTITIES, REFERENCE } from './cases/index';

beforeAll(() => warmRecognizers());

describe.each(['zh-CN', 'en'] as const)('recognizeQuantities in %s', (locale) => {
  const ctx = { locale, now: REFERENCE, defaultCurrency: 'CNY' };

  it('has at least 40 labelled cases', () => {
    expect(QUANTITIES[locale].length).toBeGreaterThanOrEqual(40);
  });

  it.each(QUANTITIES[locale])('$text', (c) => {
    const [first] = recognizeQuantities(c.text, ctx);
    expect(first && { value: first.value, max: first.max, unit: first.unit, what: first.what }).toEqual({ value: c.value, max: c.max, unit: c.unit, what: c.what });
    if (c.approximate !== undefined) expect(first.approximate).toBe(c.approximate);
    expect(c.text).toContain(first.text);
  });

  it.each(NOT_QUANTITIES[locale])('finds no quantity in %p', (text) => {
    expect(recognizeQuantities(text, ctx)).toEqual([]);
  });
});

describe('several quantities in one answer', () => {
  it('reports each with what it counts', () => {
    const found = recognizeQuantities('我们需要三台电脑和两台打印机', { locale: 'zh-CN', now: REFERENCE });
    expect(found.map((q) => [q.value, q.what])).toEqual([
      [3, '电脑'],
      [2, '打印机'],
    ]);
    const english = recognizeQuantities('3 managers and 12 engineers, budget $5k', { locale: 'en', now: REFERENCE });
    expect(english.map((q) => [q.value, q.what])).toEqual([
      [3, 'managers'],
      [12, 'engineers'],
    ]);
  });
});

describe('recognizeBareNumber', () => {
  it.each([
    ['不对,是四个', 'zh-CN', 4],
    ['no, four', 'en', 4],
    ['five', 'en', 5],
    ['下个月15号', 'zh-CN', undefined],
    ['13812345678', 'zh-CN', undefined],
    ['好的', 'zh-CN', undefined],
  ] as const)('%p (%s) is %p', (text, locale, value) => {
    expect(recognizeBareNumber(text, locale)).toBe(value);
  });
});
