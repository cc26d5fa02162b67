import { detectLocale, segmentWords } from '../../domain/understand';

describe('detectLocale', () => {
  it.each([
    ['你好', 'zh-CN'],
    ['预算5万', 'zh-CN'],
    ['我用iPhone', 'zh-CN'],
    ['Hello there', 'en'],
    ['ok', 'en'],
    ['y', 'en'],
    ['12345', undefined],
    ['5k', undefined],
    ['1.5w', undefined],
    ['13812345678', undefined],
    ['bob@example.com', undefined],
    ['👍', undefined],
    ['😀🎉 100%', undefined],
    ['', undefined],
    ['   ', undefined],
  ])('%p is %p', (text, locale) => {
    expect(detectLocale(text)).toBe(locale);
  });
});

describe('segmentWords', () => {
  it('splits Chinese into words with Intl.Segmenter', () => {
    expect(segmentWords('我们老板定，IT部门要把关。', 'zh-CN')).toEqual(['我们', '老板', '定', 'it', '部门', '要', '把关']);
  });

  it('keeps English word-like segments only, lower-cased', () => {
    expect(segmentWords("I don't know, 50k Dollars!", 'en')).toEqual(['i', "don't", 'know', '50k', 'dollars']);
  });

  it('gives nothing for punctuation and emoji', () => {
    expect(segmentWords('，。!? 👍', 'zh-CN')).toEqual([]);
  });
});
