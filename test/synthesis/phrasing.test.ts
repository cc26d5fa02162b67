import { ownNeedName, plainAnswer, shortPhrase } from '../../domain/synthesis';
import { Locale } from '../../domain/types';

const now = new Date('2026-11-23T10:00:00+08:00');

/** Slot values are short phrases cut from what was said; fillers and whole sentences never are. */
const PHRASES: [Locale, string, string | undefined, { reason?: boolean; towardsCustomer?: boolean }?][] = [
  ['en', 'Hmm, good question. I guess sour ones, please.', 'sour ones'],
  ['en', 'Okay.', undefined],
  ['en', 'Hmm, good question', undefined],
  ['en', "I'd like some plums", 'plums'],
  ['en', 'Well, my daughter practises late at night and the neighbours complain about the noise every single evening', undefined],
  ['en', 'because my daughter-in-law is pregnant', 'your daughter-in-law is pregnant', { reason: true, towardsCustomer: true }],
  ['en', 'Is it expensive?', undefined],
  ['zh-CN', '嗯', undefined],
  ['zh-CN', '嗯，好问题', undefined],
  ['zh-CN', '我想买点李子', '李子'],
  ['zh-CN', '要酸的吧', '酸的'],
  ['zh-CN', '因为她怀孕了', '她怀孕了', { reason: true }],
  ['zh-CN', '我们团队最近新提拔了好几个销售经理，他们都没有带过团队，所以经常出问题', undefined],
  ['zh-CN', '多少钱？', undefined],
];

describe('shortPhrase', () => {
  // One argument: with four, jest would take the fourth for a done callback on the rows without options.
  it.each(PHRASES)('%s: %s -> %s', (...row) => {
    const [locale, text, expected, options] = row;
    expect(shortPhrase(text, locale, options)).toBe(expected);
  });
});

const NAMES: [Locale, string, string | undefined][] = [
  ['en', 'call it: better team leads, lower night-shift turnover', 'better team leads, lower night-shift turnover'],
  ['en', "Let's call it 'Quiet practice'.", 'Quiet practice'],
  ['en', 'the budget is 30,000', undefined],
  ['zh-CN', '就叫“夜班不流失”吧', '夜班不流失'],
  ['zh-CN', '名字叫：带好新经理', '带好新经理'],
  ['zh-CN', '预算改成三万', undefined],
];

describe('ownNeedName', () => {
  it.each(NAMES)('%s: %s -> %s', (locale, text, expected) => expect(ownNeedName(text, locale)).toBe(expected));
});

/** Only a plain yes confirms: a yes with anything after it asks for a change. */
const ANSWERS: [Locale, string, 'yes' | 'no' | 'partly' | undefined][] = [
  ['en', 'yes', 'yes'],
  ['en', 'Yes, exactly.', 'yes'],
  ['en', 'Mostly right, but the budget is 30,000', 'partly'],
  ['en', 'yes, but', 'partly'],
  ['en', 'Yes, and it is for my wife', 'partly'],
  ['en', 'no', 'no'],
  ['zh-CN', '对', 'yes'],
  ['zh-CN', '对的，没错', 'yes'],
  ['zh-CN', '大体对。不过……', 'partly'],
  ['zh-CN', '大体对。不过预算是三万', 'partly'],
  ['zh-CN', '对，不过是给我老婆的', 'partly'],
  ['zh-CN', '不对', 'no'],
];

describe('plainAnswer', () => {
  it.each(ANSWERS)('%s: %s -> %s', (locale, text, expected) => expect(plainAnswer(text, { locale, now })).toBe(expected));
});
