import { detectObjection, detectSentiment, isDontKnow, isVague, warmRecognizers } from '../../domain/understand';
import { DONT_KNOW, OBJECTIONS, SENTIMENTS, VAGUE } from './cases/classify';

beforeAll(() => warmRecognizers());

describe('isDontKnow', () => {
  it.each(DONT_KNOW)('(%s) %p is %p', (locale, text, expected) => {
    expect(isDontKnow(text, locale)).toBe(expected);
  });
});

describe('isVague', () => {
  it.each(VAGUE)('(%s) %p gives %p', (locale, text, expected) => {
    expect(isVague(text, locale)).toBe(expected);
  });
});

describe('detectObjection', () => {
  it.each(OBJECTIONS)('(%s) %p is %p', (locale, text, expected) => {
    expect(detectObjection(text, locale)).toBe(expected);
  });
});

describe('detectSentiment', () => {
  it.each(SENTIMENTS)('$text', ({ locale, text, ...expected }) => {
    expect(detectSentiment(text, locale)).toEqual(expected);
  });
});
