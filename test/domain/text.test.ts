import { findPhrase } from '../../domain/text';
import { findHits, prepare } from '../../domain/understand/text';

/** Whether each stack calls the phrase negated in the text: both read data/negation.json now. */
function negation(text: string, phrase: string): { phrase: boolean | undefined; understand: boolean | undefined } {
  return { phrase: findPhrase(text, phrase)?.negated, understand: findHits(prepare(text), [phrase])[0]?.negated };
}

describe('one negation list for every matcher', () => {
  it.each([
    // Words only the understanding list had.
    ['I have nothing sour at home', 'sour', true],
    ['we can barely afford the price', 'afford', true],
    ['这个并非很酸', '酸', true],
    // Exceptions only the matching list had: these contain a negation character without negating.
    ['我特别酸', '酸', false],
    ['别人都说太贵', '太贵', false],
    ['差不多五千', '五千', false],
    // Exceptions only the understanding list had.
    ['非常喜欢', '喜欢', false],
    ['未来要扩张', '扩张', false],
    // A negation in an earlier clause does not reach the phrase.
    ['不,酸的', '酸', false],
    ["no, it's sour", 'sour', false],
    ['not sour', 'sour', true],
  ])('%s / %s', (text, phrase, negated) => {
    expect(negation(text, phrase)).toEqual({ phrase: negated, understand: negated });
  });
});
