import { FilingCase } from './types';

/**
 * Filing by content, Chinese (issue #14, DESIGN.md 2. Update). Written before the filing rules: every fact
 * goes to the area of its kind whatever was asked; the asked area only breaks ties for a bare number; filler
 * ("嗯", "对了", "好的") fills nothing.
 */
export const FILING_CASES_ZH: FilingCase[] = [
  // ─── The examples ──────────────────────────────────────────────────────────────────────────────
  { playbook: 'general', asked: 'users', text: '我们有40个人，预算大概五万',
    fills: { users: { quantity: { value: 40 } }, budget: { money: { amount: 50000, bound: 'about' } } }, not: ['timing'],
    note: 'people AND budget' },
  { playbook: 'general', asked: 'budget', text: '最多两万五', fills: { budget: { money: { amount: 25000, bound: 'max' } } }, not: [],
    note: 'a ceiling, not ¥25,000 to ¥25,000' },
  { playbook: 'general', asked: 'budget', text: '最多一万', fills: { budget: { money: { amount: 10000, bound: 'max' } } }, not: [] },
  { playbook: 'general', asked: 'goals', text: '嗯', fills: {}, not: ['goals'] },
  { playbook: 'general', asked: 'criteria', text: '嗯', fills: {}, not: ['criteria'] },
  { playbook: 'general', asked: 'goals', text: '对了', fills: {}, not: ['goals'] },
  { playbook: 'general', asked: 'timing', text: '上个月有个工人割了手', fills: {}, not: ['timing'], note: 'a past event, no timeline' },
  { playbook: 'baijiu', asked: 'supply', text: '一周少说要多卖三十条', fills: { supply: { quantity: { value: 30 } } }, not: [],
    absent: ['timeline'], note: 'a quantity per week, not a date' },

  // ─── Volunteered facts fill their own areas ───────────────────────────────────────────────────────────
  { playbook: 'general', asked: 'goals', text: '第一年大概四万块', fills: { budget: { money: { amount: 40000, bound: 'about' } } },
    not: ['goals', 'users'] },
  { playbook: 'general', asked: 'goals', text: '希望减少客户流失，预算大概十万',
    fills: { goals: true, budget: { money: { amount: 100000, bound: 'about' } } }, not: ['users'] },
  { playbook: 'general', asked: 'current', text: '现在用的是Excel表格', fills: { current: true }, not: ['timing'] },
  { playbook: 'general', asked: 'current', text: '嗯嗯，目前用的是纸质登记', fills: { current: true }, not: ['timing'] },
  { playbook: 'training', asked: 'goals', text: '王总最后拍板', fills: { decision: { people: ['王总'] } }, not: ['goals'] },
  { playbook: 'general', asked: 'users', text: '三十来个人，明年三月之前要上线',
    fills: { users: { quantity: { value: 30 } }, timing: { date: { end: '2027-03-31' } } }, not: ['budget'] },

  // ─── The asked area breaks ties only for a bare number ────────────────────────────────────────────────
  { playbook: 'general', asked: 'users', text: '四十', fills: { users: { quantity: { value: 40 } } }, not: ['budget'] },
  { playbook: 'general', asked: 'users', text: '大概三十个人', fills: { users: { quantity: { value: 30 } } }, not: ['budget'] },
  { playbook: 'training', asked: 'seats', text: '派二十个销售员参加', fills: { seats: { quantity: { value: 20 } } }, not: ['budget'] },
  { playbook: 'fruit', asked: 'quantity', text: '三斤', fills: { quantity: { quantity: { value: 3 } } }, not: [], absent: ['budget'] },

  // ─── Money ────────────────────────────────────────────────────────────────────────────────────────────
  { playbook: 'general', asked: 'budget', text: '预算五万左右', fills: { budget: { money: { amount: 50000, bound: 'about' } } }, not: [] },
  { playbook: 'broadband', asked: 'budget', text: '现在每个月交一百块', fills: {}, not: ['budget'], note: 'today\'s price, not the budget' },

  // ─── Dates ────────────────────────────────────────────────────────────────────────────────────────────
  { playbook: 'general', asked: 'timing', text: '明年三月之前要上线', fills: { timing: { date: { end: '2027-03-31' } } }, not: [] },
  { playbook: 'general', asked: 'timing', text: '每周开一次会', fills: {}, not: ['timing'], note: 'a frequency' },
  { playbook: 'general', asked: 'timing', text: '去年买过一套，不好用', fills: {}, not: ['timing'] },
  { playbook: 'training', asked: 'schedule', text: '下个月中旬', fills: { schedule: { date: { start: '2026-12-11', end: '2026-12-20' } } }, not: [] },

  // ─── People and organisations ─────────────────────────────────────────────────────────────────────────
  { playbook: 'general', asked: 'decision', text: '老板说了算，财务负责付款', fills: { decision: { people: ['老板'] } }, not: ['budget'] },
  { playbook: 'general', asked: 'alternatives', text: '看过金蝶和用友', fills: { alternatives: { names: ['金蝶', '用友'] } }, not: [] },
  { playbook: 'general', asked: 'alternatives', text: '没有', fills: { alternatives: { names: [] } }, not: [],
    note: 'a "no" answers the question and names no competitor' },
  { playbook: 'general', asked: 'decision', text: '钱的事她', fills: {}, not: ['decision'], note: 'a fragment, not a person' },

  // ─── Other areas and filler ───────────────────────────────────────────────────────────────────────────
  { playbook: 'broadband', asked: 'household', text: '家里五口人', fills: { household: { quantity: { value: 5 } } }, not: ['budget'] },
  { playbook: 'cleaning', asked: 'household', text: '两个孩子一只猫', fills: { household: { quantity: { value: 2 } } }, not: ['budget'] },
  { playbook: 'general', asked: 'use', text: '好的', fills: {}, not: ['use'] },
  { playbook: 'general', asked: 'goals', text: '谢谢', fills: {}, not: ['goals'] },
  { playbook: 'general', asked: 'goals', text: '可以，打我电话13812345678', fills: {}, not: ['goals', 'users', 'budget'],
    note: 'a phone number is contact, not a goal nor a count' },
  // ─── Corrections anywhere replace the old value everywhere ────────────────────────────────────────────
  { playbook: 'general', before: [{ asked: 'decision', text: '张总说了算' }], asked: 'timing', text: '不是张总，是王总',
    fills: {}, not: ['timing'], gone: ['张总'], kept: ['王总'],
    note: 'an unprompted correction of a person: the decider is 王总 now, 张总 is nowhere in the profile' },
];
