import { splitClauses } from '../../domain/reading/clauses';
import { Locale } from '../../domain/types';

/** Clause splitting and the clause-wide negation and irrealis marks the finders rely on. */
describe('splitClauses', () => {
  it.each<[Locale, string, string[]]>([
    ['en', "Oh no, nobody's pregnant, haha. I just like them sour.", ['Oh no', "nobody's pregnant", 'haha', 'I just like them sour']],
    ['en', 'Budget is 20,000-25,000 yuan; about 3.5 kg each', ['Budget is 20,000-25,000 yuan', 'about 3.5 kg each']],
    ['en', 'Margin matters but quality comes first', ['Margin matters', 'but quality comes first']],
    ['zh-CN', '大体对。不过预算要少一点', ['大体对', '不过预算要少一点']],
    ['zh-CN', '便宜是便宜，但是一到晚上就卡；其实也没那么急', ['便宜是便宜', '但是一到晚上就卡', '其实也没那么急']],
  ])('%s: %s', (locale, text, expected) => {
    expect(splitClauses(text, locale).map((c) => c.text)).toEqual(expected);
  });

  it('keeps offsets into the message', () => {
    const text = '没人怀孕哈，就是我自己爱吃酸的';
    for (const c of splitClauses(text, 'zh-CN')) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it.each<[Locale, string, boolean, boolean]>([
    ['en', "nobody's pregnant", true, false],
    ['en', "It's not because of the price", true, false],
    ['en', 'No one is getting married', true, false],
    ['en', 'If she were pregnant I would buy more', false, true],
    ['en', 'We live in a flat', false, false],
    ['en', "I'd like two pounds of plums", false, false],
    ['zh-CN', '没有人受伤', true, false],
    ['zh-CN', '并不是价格的问题', true, false],
    ['zh-CN', '不是因为搬家', true, false],
    ['zh-CN', '倒不是利润的问题', true, false],
    ['zh-CN', '也没有不满意', true, false],
    ['zh-CN', '要是怀孕了的话我就多买点', false, true],
    ['zh-CN', '如果工人再受伤', false, true],
    ['zh-CN', '主要是晚上老卡', false, false],
    ['zh-CN', '住六楼没电梯', false, false],
  ])('%s: "%s" negated=%s irrealis=%s', (locale, text, negated, irrealis) => {
    const [clause] = splitClauses(text, locale);
    expect({ negated: clause.negated, irrealis: clause.irrealis }).toEqual({ negated, irrealis });
  });
});
