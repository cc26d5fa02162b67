/**
 * Fresh reading set, Chinese (issue #14): 60 new customer messages written after the reader's rules and scored
 * once before any fix (the first score is in test/reading/FRESH.md). Same conventions as cases.zh-CN.ts; the
 * products include ones the reader was never tuned on (家教, 婚礼跟拍, 公司笔记本, 餐厅收银, 口腔诊所系统, 批发).
 * Reference "today": Monday 2026-11-23, Asia/Shanghai.
 */
import { ReadingCase } from './types';

export const FRESH_CASES_ZH: ReadingCase[] = [
  // ───────────── 家教 ─────────────
  { text: '女儿今年初二，物理一直不及格', asked: 'describe', playbook: 'general', facts: [
    { kind: 'person', relation: '女儿', role: 'user' },
    { kind: 'cue', cue: 'complaint', about: '物理一直不及格' },
  ], note: '初二 is a grade, not a quantity' },
  { text: '一周两次，周末上午最好', asked: 'describe', playbook: 'general', facts: [
    { kind: 'date', role: 'frequency', text: '一周两次' },
  ] },
  { text: '之前请的家教一小时两百，效果一般', asked: 'alternatives', playbook: 'general', facts: [
    { kind: 'money', amount: 200, context: 'price' },
    { kind: 'person', relation: '家教' },
    { kind: 'cue', cue: 'complaint', about: '效果一般' },
  ] },
  { text: '明年六月就中考了，心里挺着急的', asked: 'why', playbook: 'general', facts: [
    { kind: 'cue', cue: 'event', about: '中考' },
    { kind: 'date', role: 'deadline', start: '2027-06-01', end: '2027-06-30' },
    { kind: 'feeling', feeling: 'worry' },
  ] },
  // ───────────── 婚礼跟拍 ─────────────
  { text: '我们明年五月二十号办婚礼，想找个跟拍', asked: 'opening', playbook: 'general', facts: [
    { kind: 'date', role: 'window', start: '2027-05-20', end: '2027-05-20' },
    { kind: 'feeling', feeling: 'good-news' },
    { kind: 'cue', cue: 'event', about: '办婚礼' },
  ] },
  { text: '预算最多一万五，化妆也包括在里面', asked: 'money', playbook: 'general', facts: [
    { kind: 'money', amount: 15000, bound: 'max', context: 'budget' },
  ] },
  { text: '之前问过铂爵旅拍，报价两万多', asked: 'alternatives', playbook: 'general', facts: [
    { kind: 'organisation', name: '铂爵旅拍', relation: 'competitor' },
    { kind: 'money', amount: 20000, bound: 'about', context: 'price' },
  ] },
  { text: '不是五月二十号，是五月二十一号', asked: 'confirm', playbook: 'general', facts: [
    { kind: 'correction', target: 'date', from: '五月二十号', to: '五月二十一号' },
    { kind: 'date', role: 'window', start: '2027-05-21', end: '2027-05-21' },
  ] },
  { text: '我老公说了算，他比较在意价格', asked: 'decision', playbook: 'general', facts: [
    { kind: 'person', relation: '老公', role: 'decision-maker' },
  ] },
  // ───────────── 公司笔记本 ─────────────
  { text: '公司要采购三十台笔记本，月底前要到位', asked: 'opening', playbook: 'general', facts: [
    { kind: 'quantity', value: 30, what: '笔记本' },
    { kind: 'date', role: 'deadline', end: '2026-11-30' },
  ] },
  { text: '一直用的联想，这次也想看看戴尔', asked: 'alternatives', playbook: 'general', facts: [
    { kind: 'organisation', name: '联想', relation: 'current-supplier' },
    { kind: 'organisation', name: '戴尔', relation: 'competitor' },
  ] },
  { text: 'IT部的刘工要把关配置', asked: 'decision', playbook: 'general', facts: [
    { kind: 'person', name: '刘工', relation: 'IT部', role: 'technical-gatekeeper' },
  ] },
  { text: '能开专票吗？', playbook: 'general', facts: [
    { kind: 'question', topic: 'process' },
  ] },
  // ───────────── 餐厅收银 ─────────────
  { text: '我们开了三家火锅店，收银系统老是卡', asked: 'opening', playbook: 'general', facts: [
    { kind: 'quantity', value: 3, what: '火锅店' },
    { kind: 'cue', cue: 'complaint', about: '收银系统老是卡' },
  ] },
  { text: '现在用的客如云，一年三千多', asked: 'alternatives', playbook: 'general', facts: [
    { kind: 'organisation', name: '客如云', relation: 'current-supplier' },
    { kind: 'money', amount: 3000, bound: 'about', context: 'price' },
  ], note: '一年 qualifies the money: no date' },
  { text: '要能对接美团和饿了么', asked: 'criteria', playbook: 'general', facts: [
    { kind: 'organisation', name: '美团', relation: 'current-supplier' },
    { kind: 'organisation', name: '饿了么', relation: 'current-supplier' },
  ] },
  { text: '下个月十五号新店开业，之前得装好', asked: 'date', playbook: 'general', facts: [
    { kind: 'cue', cue: 'event', about: '新店开业' },
    { kind: 'date', role: 'deadline', end: '2026-12-15' },
  ] },
  // ───────────── 口腔诊所系统 ─────────────
  { text: '我们诊所四个医生，两个前台', asked: 'describe', playbook: 'general', facts: [
    { kind: 'quantity', value: 4, what: '医生' },
    { kind: 'quantity', value: 2, what: '前台' },
  ] },
  { text: '患者爽约太多了，一个月少说损失一两万', asked: 'impact', playbook: 'general', facts: [
    { kind: 'cue', cue: 'complaint', about: '患者爽约太多' },
    { kind: 'money', amount: 10000, max: 20000, bound: 'min', context: 'loss' },
  ] },
  { text: '院长姓周，最后得他拍板', asked: 'decision', playbook: 'general', facts: [
    { kind: 'person', name: '周院长', relation: '院长', role: 'decision-maker' },
  ] },
  { text: '现在用的牙医管家，老出bug，客服也找不到人', asked: 'alternatives', playbook: 'general', facts: [
    { kind: 'organisation', name: '牙医管家', relation: 'current-supplier' },
    { kind: 'cue', cue: 'complaint', about: '老出bug' },
  ] },
  // ───────────── 白酒 ─────────────
  { text: '元旦前要备点酒，大概二十箱', asked: 'opening', playbook: 'baijiu', facts: [
    { kind: 'date', role: 'deadline', end: '2027-01-01' },
    { kind: 'quantity', value: 20, approximate: true, what: '箱' },
  ] },
  { text: '要酱香的，茅台太贵了，习酒可以考虑', asked: 'criteria', playbook: 'baijiu', facts: [
    { kind: 'organisation', name: '茅台', relation: 'competitor' },
    { kind: 'organisation', name: '习酒', relation: 'competitor' },
  ] },
  { text: '每瓶三百以内吧', asked: 'money', playbook: 'baijiu', facts: [
    { kind: 'money', amount: 300, bound: 'max', context: 'budget' },
  ] },
  // ───────────── 保洁 ─────────────
  { text: '厂房两千平，一周保洁三次', asked: 'describe', playbook: 'cleaning', facts: [
    { kind: 'quantity', value: 2000, unit: 'm2' },
    { kind: 'date', role: 'frequency', text: '一周三次' },
  ] },
  { text: '上次那家保洁公司把地板划坏了，气死我了', asked: 'why', playbook: 'cleaning', facts: [
    { kind: 'cue', cue: 'complaint', about: '把地板划坏了' },
    { kind: 'feeling', feeling: 'frustration' },
  ] },
  // ───────────── 销售培训 ─────────────
  { text: '销售团队二十来个人，新人占一半', asked: 'describe', playbook: 'training', facts: [
    { kind: 'quantity', value: 20, approximate: true, what: '人' },
    { kind: 'quantity', value: 50, unit: 'percent' },
  ] },
  { text: '去年请过外面的老师来培训，没什么用', asked: 'alternatives', playbook: 'training', facts: [
    { kind: 'date', role: 'past', start: '2025-01-01', end: '2025-12-31' },
    { kind: 'cue', cue: 'complaint', about: '没什么用' },
  ] },
  { text: '不是张总，是王总管培训预算', asked: 'confirm', playbook: 'training', facts: [
    { kind: 'correction', target: 'person', from: '张总', to: '王总' },
    { kind: 'person', name: '王总', role: 'decision-maker' },
  ] },
  // ───────────── 水果 ─────────────
  { text: '要一公斤猕猴桃，明天能送到吗', playbook: 'fruit', facts: [
    { kind: 'quantity', value: 1, unit: 'kg', what: '猕猴桃' },
    { kind: 'question', topic: 'availability' },
    { kind: 'date', role: 'window', start: '2026-11-24', end: '2026-11-24' },
  ] },
  { text: '我妈牙不好，要软一点的', asked: 'why', playbook: 'fruit', facts: [
    { kind: 'person', relation: '妈' },
    { kind: 'cue', cue: 'constraint', about: '牙不好' },
  ] },
  // ───────────── 宽带 ─────────────
  { text: '家里用的电信100兆，晚上老掉线', asked: 'describe', playbook: 'broadband', facts: [
    { kind: 'organisation', name: '电信', relation: 'current-supplier' },
    { kind: 'quantity', value: 100, unit: 'Mbps' },
    { kind: 'cue', cue: 'complaint', about: '晚上老掉线' },
  ] },
  { text: '合同一月份到期，到时候再换', asked: 'date', playbook: 'broadband', facts: [
    { kind: 'date', role: 'deadline', start: '2027-01-01', end: '2027-01-31' },
  ], note: 'label fixed after the first score: the table labels a contract running out ("宽带下周五到期") a deadline' },
  { text: '装个千兆的一个月要多少钱', playbook: 'broadband', facts: [
    { kind: 'quantity', value: 1000, unit: 'Mbps' },
    { kind: 'question', topic: 'price' },
  ] },
  // ───────────── 联系方式、称呼、偏好 ─────────────
  { text: '我姓陈，电话13912345678，工作日晚上七点以后打', asked: 'contact', playbook: 'general', facts: [
    { kind: 'own-name', name: '陈' },
    { kind: 'contact', phone: '13912345678' },
    { kind: 'contact-preference', channel: 'phone', when: '工作日晚上七点以后' },
  ] },
  { text: '别打电话，加我微信 chen_88 吧', asked: 'contact', playbook: 'general', facts: [
    { kind: 'contact', other: 'WeChat: chen_88' },
    { kind: 'contact-preference', channel: 'wechat', avoid: '打电话' },
  ] },
  { text: '邮件联系就行：zhou.lin@huaxin-trade.com.cn', asked: 'contact', playbook: 'general', facts: [
    { kind: 'contact', email: 'zhou.lin@huaxin-trade.com.cn' },
    { kind: 'contact-preference', channel: 'email' },
  ] },
  { text: '上午都在开会，下午三点以后找我', asked: 'contact', playbook: 'general', facts: [
    { kind: 'contact-preference', when: '下午三点以后', avoid: '上午' },
  ] },
  { text: '可以，找我助理小王，电话021-62345678', asked: 'contact', playbook: 'general', facts: [
    { kind: 'answer', value: 'yes' },
    { kind: 'person', name: '小王', relation: '助理' },
    { kind: 'contact', phone: '02162345678' },
  ] },
  // ───────────── 批发 ─────────────
  { text: '进货价比去年涨了一成多，利润越来越薄', asked: 'why', playbook: 'general', facts: [
    { kind: 'quantity', value: 10, approximate: true, unit: 'percent' },
    { kind: 'cue', cue: 'complaint', about: '利润越来越薄' },
  ] },
  { text: '账期能给到六十天吗？', playbook: 'general', facts: [
    { kind: 'question', topic: 'process' },
    { kind: 'quantity', value: 60, unit: 'day' },
  ] },
  // ───────────── 是/否/部分、更正 ─────────────
  { text: '对，没问题', asked: 'confirm', playbook: 'general', facts: [{ kind: 'answer', value: 'yes' }] },
  { text: '大部分对，就是人数是二十五不是二十', asked: 'confirm', playbook: 'general', facts: [
    { kind: 'answer', value: 'partly' },
    { kind: 'correction', target: 'quantity', from: '二十', to: '二十五' },
    { kind: 'quantity', value: 25, what: '人' },
  ] },
  { text: '不对，预算是八千，不是一万八', asked: 'confirm', playbook: 'general', facts: [
    { kind: 'answer', value: 'no' },
    { kind: 'correction', target: 'money', from: '一万八', to: '八千' },
    { kind: 'money', amount: 8000, context: 'budget' },
  ] },
  // ───────────── 问题、请求、情绪 ─────────────
  { text: '你是机器人吧？我要找人工', playbook: 'general', facts: [
    { kind: 'question', topic: 'other' },
    { kind: 'request', request: 'person' },
  ] },
  { text: '能不能快点，我马上要出门', playbook: 'general', facts: [
    { kind: 'feeling', feeling: 'impatience' },
  ] },
  { text: '我爸上个月住院了，店里的事现在我在管', asked: 'why', playbook: 'general', facts: [
    { kind: 'person', relation: '爸' },
    { kind: 'feeling', feeling: 'loss' },
    { kind: 'cue', cue: 'event', about: '住院' },
    { kind: 'date', role: 'past', start: '2026-10-01', end: '2026-10-31' },
  ] },
  { text: '好消息，我闺女考上大学了！', playbook: 'general', facts: [
    { kind: 'feeling', feeling: 'good-news' },
    { kind: 'person', relation: '闺女' },
    { kind: 'cue', cue: 'event', about: '考上大学' },
  ] },
  // ───────────── 不该存的 ─────────────
  { text: '嗯嗯', asked: 'describe', playbook: 'general', facts: [] },
  { text: '谢谢啊', playbook: 'general', facts: [] },
  { text: '主要是要稳定，好用', asked: 'criteria', playbook: 'general', facts: [] },
  { text: '现在都是手写登记', asked: 'describe', playbook: 'general', facts: [] },
  { text: '我是这边的店长', asked: 'name', playbook: 'general', facts: [] },
  { text: '还没想好', asked: 'money', playbook: 'general', facts: [] },
  { text: '倒不是因为价格', asked: 'why', playbook: 'general', facts: [] },
  { text: '早上好', asked: 'opening', playbook: 'general', facts: [] },
  { text: '要是预算够的话，肯定选最好的', asked: 'money', playbook: 'general', facts: [] },
  { text: '这个我得再想想', asked: 'date', playbook: 'general', facts: [] },
  { text: '哈哈，行吧', asked: 'other', playbook: 'general', facts: [] },
  { text: '普通的就行，没什么特别要求', asked: 'criteria', playbook: 'general', facts: [] },
];
