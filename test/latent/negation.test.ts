import { detectMotive } from '../../domain/latent';
import { choosePlaybook } from '../../domain/discovery';
import { loadPlaybooks } from '../../domain/playbook';
import { Locale } from '../../domain/types';

/**
 * Negation, hedges and irrealis hold for motives (issue 17): each marker of data/negation.json named in the
 * issue, around a motive that fires when said plainly (the control row).
 */
const ROWS: [Locale, string, string | undefined][] = [
  ['en', 'My daughter-in-law is pregnant.', 'pregnancy'],
  ['en', "Nobody's pregnant, I make jam.", undefined],
  ['en', 'No one in the family is pregnant.', undefined],
  ['en', 'She is not pregnant.', undefined],
  ['en', "She isn't pregnant, she just likes them.", undefined],
  ['en', 'She has never been pregnant.', undefined],
  ['en', "It's not because she's pregnant.", undefined],
  ['en', 'If she were pregnant I would buy more.', undefined],
  ['en', "Maybe she's pregnant, I don't know.", undefined],
  ['en', 'Perhaps she is expecting, nobody told me.', undefined],
  ['zh-CN', '儿媳妇怀孕了', 'pregnancy'],
  ['zh-CN', '没有人怀孕,就是爱吃', undefined],
  ['zh-CN', '并不是怀孕了', undefined],
  ['zh-CN', '不是因为怀孕', undefined],
  ['zh-CN', '倒不是怀孕,她就爱吃酸的', undefined],
  ['zh-CN', '她也没有怀孕', undefined],
  ['zh-CN', '要是怀孕了就好了', undefined],
  ['zh-CN', '如果她怀上了我再来买', undefined],
  ['zh-CN', '也许是有喜了吧', undefined],
];

describe('negation, hedges and irrealis never fire a motive', () => {
  it.each(ROWS)('%s: %s', (locale, text, expected) => {
    expect(detectMotive(text, locale, 'fruit')?.rule.id).toBe(expected);
  });
});

/** Colloquial openings route to the fruit playbook, so its rules are the ones in reach. */
describe('colloquial fruit openings route to the fruit playbook', () => {
  const playbooks = [...loadPlaybooks().values()];
  it.each<[Locale, string]>([
    ['zh-CN', '老板,你这儿李子怎么卖?'],
    ['zh-CN', '媳妇有喜了,想买点酸李子'],
    ['en', 'Hi, how much are your plums?'],
  ])('%s: %s', (locale, text) => {
    expect(choosePlaybook(text, locale, playbooks, 'general')).toBe('fruit');
  });
});
