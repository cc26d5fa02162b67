import * as fs from 'fs';
import * as path from 'path';
import * as understand from '../../domain/understand';
import { REFERENCE } from './cases/index';

beforeAll(() => understand.warmRecognizers());

/** Deterministic pseudo-random text over every script a chat may carry. */
function noise(length: number, seed: number): string {
  const pool = ['预算', '五万', '3', '个', ' ', 'k', '$', '¥', '号', '月', 'next', 'week', '😀', '\u0000', '\u200b', '，', '-', 'to', '@', '.', '不', 'yes', '\ud800', '零'];
  let state = seed;
  let out = '';
  while (out.length < length) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out += pool[state % pool.length];
  }
  return out;
}

const WEIRD: string[] = [
  '',
  ' ',
  '\n\t',
  '😀😀😀',
  '👍🏽',
  '\u0000\u0001\u0002',
  '\ud800\udc00\ud800',
  '9'.repeat(400),
  '1'.repeat(20) + '万',
  '$$$ ¥¥¥ €€€',
  '一二三四五六七八九十百千万亿'.repeat(20),
  '-1 -2 -3',
  '0',
  '0.0000001k',
  'a'.repeat(10000),
  '预算'.repeat(5000),
  noise(10000, 7),
  noise(300, 11),
  noise(300, 13),
];

describe.each(['zh-CN', 'en'] as const)('no input makes a %s recognizer throw', (locale) => {
  const ctx = { locale, now: REFERENCE, defaultCurrency: 'CNY' };

  it.each(WEIRD.map((text, i) => [i, text] as const))('input #%i', (_, text) => {
    expect(() => understand.recognizeMoney(text, ctx)).not.toThrow();
    expect(() => understand.recognizeTimeline(text, ctx)).not.toThrow();
    expect(Array.isArray(understand.recognizeQuantities(text, ctx))).toBe(true);
    expect(() => understand.recognizeYesNo(text, locale)).not.toThrow();
    expect(Array.isArray(understand.recognizeRoles(text, locale))).toBe(true);
    expect(Array.isArray(understand.recognizePeople(text, locale))).toBe(true);
    expect(understand.recognizeContact(text).malformed).toEqual(expect.any(Array));
    expect(typeof understand.isDontKnow(text, locale)).toBe('boolean');
    expect(() => understand.isVague(text, locale)).not.toThrow();
    expect(() => understand.detectObjection(text, locale)).not.toThrow();
    expect(understand.detectSentiment(text, locale).words).toEqual(expect.any(Array));
    expect(typeof understand.maskContact(text)).toBe('string');
    expect(() => understand.detectLocale(text)).not.toThrow();
    expect(Array.isArray(understand.segmentWords(text, locale))).toBe(true);
  });

  it('takes values that are not strings, as a JavaScript caller may pass them', () => {
    const notText = null as unknown as string;
    expect(understand.recognizeMoney(notText, ctx)).toBeUndefined();
    expect(understand.recognizeTimeline(notText, ctx)).toBeUndefined();
    expect(understand.recognizeYesNo(notText, locale)).toBeUndefined();
    expect(understand.recognizeContact(notText)).toEqual({ contact: {}, malformed: [] });
    expect(understand.maskContact(notText)).toBe('');
    expect(understand.detectLocale(notText)).toBeUndefined();
  });

  it('treats an invalid date as now rather than failing', () => {
    expect(() => understand.recognizeTimeline('明天', { locale, now: new Date('nonsense') })).not.toThrow();
  });
});

describe('warmRecognizers', () => {
  it('can be called again', () => {
    expect(() => understand.warmRecognizers()).not.toThrow();
    expect(() => understand.warmRecognizers()).not.toThrow();
  });
});

describe('the word lists', () => {
  const dir = path.join(__dirname, '../../data/lexicon');
  const read = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));

  /** Maps whose keys are words of the language, compared only as maps. */
  const OPEN_MAPS = new Set([
    'numbers.words', 'numbers.multipliers', 'numbers.digits', 'numbers.hanUnits', 'money.before', 'money.after',
    'people.pluralTitles', 'people.titleBlockers', 'dates.fragments', 'dates.relativeMonths', 'dates.relativeQuarters',
    'dates.years', 'dates.monthNames', 'dates.ordinals', 'dates.parts', 'dates.units', 'dates.seasons',
  ]);

  function shape(value: unknown, at: string): unknown {
    if (Array.isArray(value)) return 'list';
    if (value && typeof value === 'object') {
      if (OPEN_MAPS.has(at)) return 'map';
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v, at ? `${at}.${k}` : k)]));
    }
    return typeof value;
  }

  it('have the same keys in both languages', () => {
    expect(shape(read('zh-CN.json'), '')).toEqual(shape(read('en.json'), ''));
  });

  it('keep Chinese text out of the code', () => {
    const src = path.join(__dirname, '../../domain/understand');
    for (const file of fs.readdirSync(src).filter((f) => f.endsWith('.ts'))) {
      expect([file, /\p{Script=Han}/u.test(fs.readFileSync(path.join(src, file), 'utf8'))]).toEqual([file, false]);
    }
  });
});
