import { detectCommand } from '../../domain/commands';
import { buyingFor, isGreetingOnly } from '../../domain/lexicon';
import { findAnyWords, findPhrase } from '../../domain/text';

describe('interruption commands', () => {
  it.each([
    ['English please', 'english'],
    ['english', 'english'],
    ['English, please!', 'english'],
    ['说英文', 'english'],
    ['说中文', 'chinese'],
    ['中文', 'chinese'],
    ['中文吧', 'chinese'],
    ['Chinese please', 'chinese'],
    ['help', 'help'],
    ['帮助', 'help'],
    ['start over', 'startOver'],
    ['重新开始', 'startOver'],
    ['我要转人工', 'human'],
    ['转人工', 'human'],
    ['找销售', 'human'],
    ['Can I talk to a human?', 'human'],
    ['I want a real person', 'human'],
    ['继续', 'keepGoing'],
    ['keep going', 'keepGoing'],
    ['stop', 'stop'],
    ['再见', 'stop'],
    ['please delete my data', 'deleteData'],
    ['删除我的数据', 'deleteData'],
    ['subscribe handoffs', 'subscribeHandoffs'],
    ['订阅交接', 'subscribeHandoffs'],
  ])('%s -> %s', (text, command) => {
    expect(detectCommand(text)).toBe(command);
  });

  it.each([
    'We mostly use English documents at work',
    '我们的中文客服团队有二十人',
    'the help desk is slow',
    'we want to stop losing leads',
    '不要转人工',
    "I don't want to talk to a human",
    '',
    '   ',
  ])('does not take an ordinary answer for a command: %p', (text) => {
    expect(detectCommand(text)).toBeUndefined();
  });
});

describe('phrase matching', () => {
  it('matches Chinese variants as substrings and English as whole words', () => {
    expect(findPhrase('我儿媳妇怀孕了', '怀孕')).toMatchObject({ negated: false });
    expect(findPhrase('the source of truth', 'sour')).toBeUndefined();
    expect(findPhrase('I want sour plums', 'sour')).toMatchObject({ negated: false });
  });

  it('marks negated hits', () => {
    expect(findPhrase('不是怀孕,就是喜欢', '怀孕')?.negated).toBe(true);
    expect(findPhrase("she isn't pregnant", 'pregnant')?.negated).toBe(true);
    expect(findPhrase('she is not pregnant', 'pregnant')?.negated).toBe(true);
    expect(findAnyWords('不是怀孕', { en: [], 'zh-CN': ['怀孕'] }, 'zh-CN')).toBeUndefined();
    // Negation characters inside ordinary words (particularly, other people, not bad) do not negate.
    expect(findPhrase('她特别想吃酸的', '想吃')?.negated).toBe(false);
    expect(findPhrase('宝宝特别爱在地上爬', '地上爬')?.negated).toBe(false);
    expect(findPhrase('别人家的狗掉毛', '掉毛')?.negated).toBe(false);
  });

  it.each([
    ['你好', true],
    ['Hi there!', true],
    ['您好!', true],
    ['你好,我想买李子', false],
    ['hello, we need a CRM', false],
  ])('greeting only: %s -> %s', (text, expected) => {
    expect(isGreetingOnly(text)).toBe(expected);
  });

  it.each([
    ['我给公司采购', 'organization'],
    ['给家里用', 'self'],
    ['for my company', 'organization'],
    ['just for myself', 'self'],
    ['嗯', undefined],
  ])('buying for: %s -> %s', (text, expected) => {
    expect(buyingFor(text, /[a-z]/i.test(text) ? 'en' : 'zh-CN')).toBe(expected);
  });
});
