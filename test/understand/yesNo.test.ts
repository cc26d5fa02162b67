import { recognizeYesNo, warmRecognizers } from '../../domain/understand';
import { NOT_YES_NO, YES_NO } from './cases/index';

beforeAll(() => warmRecognizers());

describe.each(['zh-CN', 'en'] as const)('recognizeYesNo in %s', (locale) => {
  it('has at least 40 labelled cases', () => {
    expect(YES_NO[locale].length).toBeGreaterThanOrEqual(40);
  });

  it.each(YES_NO[locale])('$text is $value', (c) => {
    expect(recognizeYesNo(c.text, locale)).toBe(c.value);
  });

  it.each(NOT_YES_NO[locale])('%p is neither', (text) => {
    expect(recognizeYesNo(text, locale)).toBeUndefined();
  });
});

describe('answers in the other language', () => {
  it.each([
    ['ok', 'zh-CN', 'yes'],
    ['好的', 'en', 'yes'],
    ['no', 'zh-CN', 'no'],
  ] as const)('%p in a %s conversation is %p', (text, locale, value) => {
    expect(recognizeYesNo(text, locale)).toBe(value);
  });
});
