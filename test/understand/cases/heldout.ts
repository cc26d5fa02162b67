import { DateCase, Locale, MoneyCase, QuantityCase, YesNoCase } from './reference';

/**
 * Answers written after the rules and never tuned against: test/measure/recognizers.ts reports them apart
 * from the unit tables, as an honest estimate on new phrasings. Not asserted by the tests.
 */
export const HELD_OUT_MONEY: Record<Locale, MoneyCase[]> = {
  'zh-CN': [
    { text: '大概七八万的样子', amount: 70000, max: 80000, currency: 'CNY' },
    { text: '三万块左右吧', amount: 30000, currency: 'CNY' },
    { text: '每个月不超过两千', amount: 2000, max: 2000, currency: 'CNY' },
    { text: '预算在5到8万', amount: 50000, max: 80000, currency: 'CNY' },
    { text: '十二万人民币以内', amount: 120000, max: 120000, currency: 'CNY' },
    { text: '能给到一万二吗', amount: 12000, currency: 'CNY' },
    { text: '差不多两百美金', amount: 200, currency: 'USD' },
    { text: '0.8万', amount: 8000, currency: 'CNY' },
    { text: '三千五', amount: 3500, currency: 'CNY' },
    { text: '20万以下', amount: 200000, max: 200000, currency: 'CNY' },
    { text: '一年预算也就十来万', amount: 100000, max: 199999, currency: 'CNY' },
    { text: '一百五一个月', amount: 150, currency: 'CNY' },
  ],
  en: [
    { text: 'somewhere around $8k', amount: 8000, currency: 'USD' },
    { text: 'no more than 25 grand', amount: 25000, max: 25000 },
    { text: "we're thinking 15-20k", amount: 15000, max: 20000 },
    { text: 'under two thousand bucks', amount: 2000, max: 2000, currency: 'USD' },
    { text: 'roughly 1.2 million', amount: 1200000 },
    { text: '$500 a month tops', amount: 500, max: 500, currency: 'USD' },
    { text: 'between $3,000 and $4,500', amount: 3000, max: 4500, currency: 'USD' },
    { text: 'about 70 thousand euros', amount: 70000, currency: 'EUR' },
    { text: 'budget: 12k', amount: 12000 },
    { text: 'we could stretch to 9,500 dollars', amount: 9500, currency: 'USD' },
    { text: 'less than 1k', amount: 1000, max: 1000 },
    { text: 'fifteen hundred pounds a year', amount: 1500, currency: 'GBP' },
  ],
};

export const HELD_OUT_DATES: Record<Locale, DateCase[]> = {
  'zh-CN': [
    { text: '下月初', start: '2026-12-01', end: '2026-12-05' },
    { text: '这个月底前', start: '2026-11-23', end: '2026-11-30' },
    { text: '一个礼拜之内', start: '2026-11-23', end: '2026-11-30' },
    { text: '下周五之前', start: '2026-11-23', end: '2026-12-04' },
    { text: '两三天后', start: '2026-11-25', end: '2026-11-26' },
    { text: '明年六月底', start: '2027-06-25', end: '2027-06-30' },
    { text: '12月下旬', start: '2026-12-21', end: '2026-12-31' },
    { text: '月中', start: '2026-12-11', end: '2026-12-20' },
    { text: '三周以后', start: '2026-12-14', end: '2026-12-14' },
    { text: '后天下午', start: '2026-11-25', end: '2026-11-25' },
    { text: '下个季度', start: '2027-01-01', end: '2027-03-31' },
    { text: '最晚下个月10号', start: '2026-11-23', end: '2026-12-10' },
  ],
  en: [
    { text: 'by mid-January', start: '2026-11-23', end: '2027-01-20' },
    { text: 'in about three weeks', start: '2026-12-14', end: '2026-12-14' },
    { text: 'early next year', start: '2027-01-01', end: '2027-04-30' },
    { text: 'sometime in Q2', start: '2027-04-01', end: '2027-06-30' },
    { text: 'no later than December 10', start: '2026-11-23', end: '2026-12-10' },
    { text: 'within the next 30 days', start: '2026-11-23', end: '2026-12-23' },
    { text: 'two weeks from now', start: '2026-12-07', end: '2026-12-07' },
    { text: 'the first week of December', start: '2026-12-01', end: '2026-12-07' },
    { text: 'this weekend', start: '2026-11-28', end: '2026-11-29' },
    { text: 'Jan 15th', start: '2027-01-15', end: '2027-01-15' },
    { text: 'by the 20th', start: '2026-11-23', end: '2026-12-20' },
    { text: 'the sooner the better', start: '2026-11-23', asap: true },
  ],
};

export const HELD_OUT_QUANTITIES: Record<Locale, QuantityCase[]> = {
  'zh-CN': [
    { text: '大概要五十来套', value: 50, max: 59, unit: '套' },
    { text: '我们有八九个业务员', value: 8, max: 9, unit: '个', what: '业务员' },
    { text: '需要三十台左右的电脑', value: 30, unit: '台', what: '电脑' },
    { text: '两百多位会员', value: 200, max: 299, unit: '位', what: '会员' },
    { text: '十箱苹果', value: 10, unit: '箱', what: '苹果' },
    { text: '家里有两个老人一个小孩', value: 2, unit: '个', what: '老人' },
    { text: '6个销售和2个技术', value: 6, unit: '个', what: '销售' },
    { text: '三四十个人', value: 30, max: 40, unit: '个', what: '人' },
    { text: '四台', value: 4, unit: '台' },
    { text: '总共十五张桌子', value: 15, unit: '张', what: '桌子' },
  ],
  en: [
    { text: 'around fifteen seats', value: 15, what: 'seats' },
    { text: 'two or three trucks', value: 2, max: 3, what: 'trucks' },
    { text: 'maybe 40-50 attendees', value: 40, max: 50, what: 'attendees' },
    { text: 'a team of 12', value: 12, what: 'team' },
    { text: 'three boxes of paper', value: 3, unit: 'boxes', what: 'paper' },
    { text: 'ten new laptops', value: 10, what: 'new laptops' },
    { text: 'we employ 250 people', value: 250, what: 'people' },
    { text: '1,200 members', value: 1200, what: 'members' },
    { text: 'six to eight engineers', value: 6, max: 8, what: 'engineers' },
    { text: 'four pallets of water', value: 4, unit: 'pallets', what: 'water' },
  ],
};

export const HELD_OUT_YES_NO: Record<Locale, YesNoCase[]> = {
  'zh-CN': [
    { text: '对对对', value: 'yes' },
    { text: '没有没有', value: 'no' },
    { text: '不是吧', value: 'no' },
    { text: '嗯,差不多吧', value: 'partly' },
    { text: '可以可以', value: 'yes' },
    { text: '不需要了', value: 'no' },
    { text: '大部分对', value: 'partly' },
    { text: '那倒不是', value: 'no' },
    { text: '算是吧', value: 'partly' },
    { text: '行啊没问题', value: 'yes' },
  ],
  en: [
    { text: 'yes indeed', value: 'yes' },
    { text: 'nope, not at all', value: 'no' },
    { text: 'sure thing', value: 'yes' },
    { text: 'I guess so', value: 'yes' },
    { text: 'not really, no', value: 'no' },
    { text: 'kinda', value: 'partly' },
    { text: 'absolutely right', value: 'yes' },
    { text: 'that is correct', value: 'yes' },
    { text: "that's not it", value: 'no' },
    { text: 'partially correct', value: 'partly' },
  ],
};
