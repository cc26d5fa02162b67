/**
 * Labelled reading tables, Chinese (zh-CN), for "Understanding v2" (issue #14). Written before the reader's
 * rules, as a careful human labeller reads each message; the reader is measured against them (precision and
 * recall per fact kind). Data only.
 *
 * Reference "today": Monday 2026-11-23, Asia/Shanghai.
 *
 * Conventions (followed strictly below):
 * - money: amount/max are plain numbers ("两万五" -> 25000, "5k" -> 5000, "３万" -> 30000). bound: 'max' for
 *   最多/以内/不超过/别超过/控制在…以内, 'min' for 至少/起码/少说, 'about' for 大概/左右/差不多/来块,
 *   omitted for a plain stated amount; a range ("两三万", "八千到一万二") is amount + max with no bound
 *   unless hedged. currency only when said: 元/块/¥/人民币 -> CNY, 美元/美金/刀/$ -> USD, 英镑 -> GBP; a bare
 *   "两万" or "一百五" has no currency even in a Chinese playbook. context: 'budget' for what they will spend
 *   (a per-unit ceiling they set is also budget), 'price' for a price quoted by them/a vendor or asked about,
 *   'loss' for what a problem costs them. The unit in a price ("一斤十二块", "一个月一百") is NOT a quantity.
 * - quantity: measure units canonical ('jin' 斤, 'kg' 公斤, 'lb' 磅, 'Mbps' 兆/M, 'm2' 平/平米, 'hour',
 *   'day', 'week', 'month', 'year', 'percent' for 一半/成/个点/%); counted things have no unit and `what` is the
 *   short Chinese noun as said ("笔记本", "人", "双", "条"); when only a counter is said, `what` is the counter
 *   ("台", "个"). approximate: true for 大概/左右/来/多/少说/十几 etc. "十几X" -> value 10, approximate;
 *   "三四个" -> value 3, max 4. Durations are quantities ("用了五年" -> 5 year); ages are quantities with
 *   unit 'year' and what '年龄'. Implicit one ("买台钢琴") is no quantity. Years, dates, phone numbers, floor
 *   numbers, model grades, voltages are never quantities. Quantities said about other people's norm
 *   ("别人都拍三套") are not the customer's and are not labelled.
 * - date: ISO start/end against today. "before/by X" ("X之前/X前") -> role 'deadline', end X (the brief's
 *   "before June 30" -> end 2027-06-30). A day/period when the service or delivery takes place (wedding day,
 *   class in mid-December, "下周再定") -> 'window' with start/end. A business opening or "从…开始" -> 'start'.
 *   A past event ("上个月", "上周", "双十一") -> 'past'. A rate or repetition ("每周", "天天", "一个月",
 *   "一周" in "一周多卖三十条") -> 'frequency' with text as said and no ISO dates. A period that only qualifies
 *   a money amount ("预算一个月三千", "一个月损失三千", "一年营业额") is part of the money, not a date.
 *   "X小时内" from today resolves to a deadline date.
 * - person: name/title as said ("李医生", "老周", "王总"), relation as a short Chinese noun ("老婆", "厂长").
 *   A person is someone in the customer's circle named by name or relation (family, boss, colleague, teacher,
 *   gatekeeper). 我/我们/自己 are not persons; anonymous people inside an event ("有个工人割了手") are not
 *   persons (the cue carries them); counted groups ("两个孩子上网课", "二十个销售") are quantities, not persons;
 *   a person mentioned in a negated clause ("不是给我老婆买的") is not labelled. An uncounted group in the
 *   customer's circle named by a role noun (保洁阿姨, 项目经理们, the 工人 who wear the gloves) is one person
 *   fact, usually role 'user'; the customer's own customers (患者, 客人) are not persons. role only when clear
 *   (说了算/拍板/最后定/签字/管预算 -> decision-maker; 负责下单/采购 -> purchaser; 要过他那关/一票否决 on standards ->
 *   technical-gatekeeper; 推荐/建议 -> influencer; 天天用/用的人 -> user). stance only when said.
 * - organisation: brand/company names only. 'current-supplier' = what they use or buy today (incl. a tool
 *   they integrate with today, e.g. 企业微信); 'competitor' = an alternative they consider, compare, got a
 *   quote from, or tried before and left; 'own' = their own company/shop; 'other' otherwise. An organisation
 *   in a negated clause ("不考虑雅马哈") is not labelled.
 * - contact: phone as ASCII digits (full-width converted), + and country code for international forms;
 *   email in full; WeChat ids as other "WeChat: <id>".
 * - own-name: surname/name as given ("免贵姓刘" -> 刘, "叫我小李" -> 小李); a title such as 总/经理 goes to
 *   title ("我是王总" -> name 王, title 总).
 * - contact-preference: only when they state how/when to reach them (usually after asked 'contact'); an
 *   unprompted "直接打我电话" is request 'call-me' instead. channel 'phone' for 打电话, 'wechat', 'sms' 短信,
 *   'email' 邮箱/邮件.
 * - answer: only when the message answers a yes/no-type question or a confirmation (asked confirm/decision/
 *   alternatives...) with a yes/no/partly word (对/是的/行/没有/不对/一半一半/大体对). "不是X，是Y" alone is a
 *   correction, not an answer. Bare "嗯"/"好的" without a confirm question store nothing.
 * - correction: target = kind of the corrected fact, to/from as short phrases as written. When the new value is
 *   itself readable, its fact is labelled as well (correction + money/quantity/date/contact/person).
 * - question: one per topic per message. price; availability = can it be had/done (stock, coverage, delivery,
 *   a slot by a date); process = how (install steps, payment, invoice, contract, after-sales); product =
 *   what it is/how good/compare; other = anything else (are you a bot, where are you).
 * - request: person (真人/人工), call-me (unprompted), stop, delete-data, shorten (还有几个问题/问题太多/别问了).
 * - feeling: good-news (pregnancy, wedding, baby, promotion, admission), loss (death, illness, injury,
 *   hospital), frustration (explicit annoyance: 气死/烦死/受够了/坑/屁用没有/你没听), impatience (快点/赶时间),
 *   worry (担心/怕/万一…就麻烦了 — a present worry about a hypothetical is labelled worry, the hypothetical
 *   itself carries no cue). Chronic conditions stated as a fact (糖尿病) are a constraint cue, not a loss.
 * - cue: deviation (unusual choice vs the norm), complaint (what is wrong today), constraint (place, people,
 *   age, health, site conditions, compliance), event (injury, pregnancy, wedding, moving house, new factory,
 *   opening, exam, inspection). Events that carry feeling get both the feeling and the event cue.
 * - NEGATION / IRREALIS: a negated or hypothetical clause ("没人怀孕", "要是怀孕了", "倒不是因为价格",
 *   "假如预算够") yields no fact for its content.
 * - Messages that store nothing (greetings, thanks, filler, jokes, pure criteria talk with no fact kind,
 *   negated statements) have facts: []; 'filler' is never emitted.
 * - clause/confidence are not labelled.
 */
import { ReadingCase } from './types';

export const READING_CASES_ZH: ReadingCase[] = [
  // ───────────── fruit: plums and kiwi ─────────────
  { text: '老板，李子怎么卖？', asked: 'opening', playbook: 'fruit', facts: [{ kind: 'question', topic: 'price' }] },
  { text: '要酸的，越酸越好', asked: 'criteria', playbook: 'fruit', facts: [{ kind: 'cue', cue: 'deviation', about: '要酸的' }] },
  {
    text: '我儿媳妇怀孕了，这阵子就想吃酸的',
    asked: 'why',
    playbook: 'fruit',
    facts: [
      { kind: 'person', relation: '儿媳妇' },
      { kind: 'feeling', feeling: 'good-news' },
      { kind: 'cue', cue: 'event', about: '儿媳妇怀孕了' },
      { kind: 'cue', cue: 'deviation', about: '想吃酸的' },
    ],
  },
  {
    text: '来两斤酸李子',
    asked: 'opening',
    playbook: 'fruit',
    facts: [
      { kind: 'quantity', value: 2, unit: 'jin', what: '李子' },
      { kind: 'cue', cue: 'deviation', about: '酸李子' },
    ],
  },
  { text: '２斤吧', asked: 'quantity', playbook: 'fruit', facts: [{ kind: 'quantity', value: 2, unit: 'jin' }] },
  { text: '两磅。', asked: 'quantity', playbook: 'fruit', facts: [{ kind: 'quantity', value: 2, unit: 'lb' }], note: 'weight, never money' },
  {
    text: '两磅李子大概多少钱',
    playbook: 'fruit',
    facts: [
      { kind: 'quantity', value: 2, unit: 'lb', what: '李子' },
      { kind: 'question', topic: 'price' },
    ],
  },
  {
    text: '不是两斤，是一斤',
    asked: 'confirm',
    playbook: 'fruit',
    facts: [
      { kind: 'correction', target: 'quantity', from: '两斤', to: '一斤' },
      { kind: 'quantity', value: 1, unit: 'jin' },
    ],
  },
  {
    text: '没人怀孕哈，就是我自己爱吃酸的',
    asked: 'why',
    playbook: 'fruit',
    facts: [{ kind: 'cue', cue: 'deviation', about: '爱吃酸的' }],
    note: 'negated pregnancy: no good-news, no event',
  },
  { text: '要是怀孕了我就顺便买点猕猴桃了😂', playbook: 'fruit', facts: [], note: 'irrealis' },
  {
    text: '猕猴桃多少钱一斤？来五斤',
    playbook: 'fruit',
    facts: [
      { kind: 'question', topic: 'price' },
      { kind: 'quantity', value: 5, unit: 'jin' },
    ],
  },
  {
    text: '那猕猴桃也来三斤，挑熟一点的',
    asked: 'other',
    playbook: 'fruit',
    facts: [{ kind: 'quantity', value: 3, unit: 'jin', what: '猕猴桃' }],
  },
  {
    text: '给我老妈买的，她牙口不好，要软一点的',
    asked: 'why',
    playbook: 'fruit',
    facts: [
      { kind: 'person', relation: '老妈' },
      { kind: 'cue', cue: 'constraint', about: '牙口不好' },
    ],
  },
  {
    text: '上周在你们这买的李子坏了一半！',
    playbook: 'fruit',
    facts: [
      { kind: 'date', role: 'past', start: '2026-11-16', end: '2026-11-22' },
      { kind: 'quantity', value: 50, unit: 'percent', what: '李子' },
      { kind: 'cue', cue: 'complaint', about: '李子坏了一半' },
    ],
  },
  {
    text: '一斤十二块？也太贵了吧',
    playbook: 'fruit',
    facts: [
      { kind: 'money', amount: 12, currency: 'CNY', context: 'price' },
      { kind: 'question', topic: 'price' },
    ],
  },
  {
    text: '我每周都来买，能便宜点不',
    playbook: 'fruit',
    facts: [
      { kind: 'date', role: 'frequency', text: '每周' },
      { kind: 'question', topic: 'price' },
    ],
  },
  {
    text: '要个果篮，同事住院了去看看他',
    playbook: 'fruit',
    facts: [
      { kind: 'person', relation: '同事' },
      { kind: 'feeling', feeling: 'loss' },
      { kind: 'cue', cue: 'event', about: '同事住院了' },
    ],
  },
  {
    text: '家里老太太走了，办事要用水果，大概要三十斤',
    playbook: 'fruit',
    facts: [
      { kind: 'person', relation: '老太太' },
      { kind: 'feeling', feeling: 'loss' },
      { kind: 'cue', cue: 'event', about: '老太太走了' },
      { kind: 'quantity', value: 30, unit: 'jin', approximate: true, what: '水果' },
    ],
  },
  { text: '嗯', facts: [] },
  { text: '好嘞', asked: 'other', playbook: 'fruit', facts: [] },
  {
    text: '苹果有吗？要二十斤，单位发福利',
    playbook: 'fruit',
    facts: [
      { kind: 'question', topic: 'availability' },
      { kind: 'quantity', value: 20, unit: 'jin', what: '苹果' },
    ],
  },
  {
    text: '不要太甜的，我有糖尿病',
    asked: 'criteria',
    playbook: 'fruit',
    facts: [
      { kind: 'cue', cue: 'deviation', about: '不要太甜的' },
      { kind: 'cue', cue: 'constraint', about: '有糖尿病' },
    ],
    note: 'chronic condition as a constraint, not a loss',
  },
  {
    text: '能送货上门不？我住六楼没电梯',
    playbook: 'fruit',
    facts: [
      { kind: 'question', topic: 'availability' },
      { kind: 'cue', cue: 'constraint', about: '住六楼没电梯' },
    ],
  },
  {
    text: '一公斤=两斤对吧，那来３公斤',
    asked: 'quantity',
    playbook: 'fruit',
    facts: [
      { kind: 'question', topic: 'other' },
      { kind: 'quantity', value: 3, unit: 'kg' },
    ],
  },
  { text: '哈哈哈 你这个问题问得好', playbook: 'fruit', facts: [] },
  {
    text: '平时大家都买甜的吧？我偏偏喜欢酸的，从小就这样',
    asked: 'why',
    playbook: 'fruit',
    facts: [{ kind: 'cue', cue: 'deviation', about: '喜欢酸的' }],
  },
  {
    text: '孙子刚出生，给月子里的儿媳妇补补',
    playbook: 'fruit',
    facts: [
      { kind: 'person', relation: '孙子' },
      { kind: 'person', relation: '儿媳妇' },
      { kind: 'feeling', feeling: 'good-news' },
      { kind: 'cue', cue: 'event', about: '孙子刚出生' },
    ],
  },

  // ───────────── household broadband ─────────────
  {
    text: '有，联通的，100兆',
    asked: 'confirm',
    playbook: 'broadband',
    facts: [
      { kind: 'answer', value: 'yes' },
      { kind: 'organisation', name: '联通', relation: 'current-supplier' },
      { kind: 'quantity', value: 100, unit: 'Mbps' },
    ],
  },
  {
    text: '没有，刚搬的家',
    asked: 'confirm',
    playbook: 'broadband',
    facts: [
      { kind: 'answer', value: 'no' },
      { kind: 'cue', cue: 'event', about: '刚搬的家' },
    ],
  },
  {
    text: '联通那个破宽带老掉线，烦死了',
    playbook: 'broadband',
    facts: [
      { kind: 'organisation', name: '联通', relation: 'current-supplier' },
      { kind: 'cue', cue: 'complaint', about: '老掉线' },
      { kind: 'feeling', feeling: 'frustration' },
    ],
  },
  {
    text: '我老婆上个月开始在家办公了，天天开视频会',
    asked: 'why',
    playbook: 'broadband',
    facts: [
      { kind: 'person', relation: '老婆' },
      { kind: 'date', role: 'past', start: '2026-10-01', end: '2026-10-31' },
      { kind: 'cue', cue: 'event', about: '开始在家办公' },
      { kind: 'date', role: 'frequency', text: '天天' },
    ],
    note: 'a past event, not a buying timeline',
  },
  {
    text: '家里五口人，俩孩子都在上网课',
    asked: 'people',
    playbook: 'broadband',
    facts: [
      { kind: 'quantity', value: 5, what: '人' },
      { kind: 'quantity', value: 2, what: '孩子' },
    ],
  },
  {
    text: '移动的套餐一个月多少钱',
    playbook: 'broadband',
    facts: [
      { kind: 'organisation', name: '移动', relation: 'competitor' },
      { kind: 'question', topic: 'price' },
    ],
  },
  {
    text: '电信那边给我报了一年九百九',
    asked: 'alternatives',
    playbook: 'broadband',
    facts: [
      { kind: 'organisation', name: '电信', relation: 'competitor' },
      { kind: 'money', amount: 990, context: 'price' },
    ],
  },
  {
    text: '预算一个月一百块以内，现在移动的要一百二',
    asked: 'money',
    playbook: 'broadband',
    facts: [
      { kind: 'money', amount: 100, bound: 'max', currency: 'CNY', context: 'budget' },
      { kind: 'organisation', name: '移动', relation: 'current-supplier' },
      { kind: 'money', amount: 120, context: 'price' },
    ],
  },
  { text: '最多一百五一个月', asked: 'money', playbook: 'broadband', facts: [{ kind: 'money', amount: 150, bound: 'max', context: 'budget' }] },
  {
    text: '300M够用不？',
    playbook: 'broadband',
    facts: [
      { kind: 'quantity', value: 300, unit: 'Mbps' },
      { kind: 'question', topic: 'product' },
    ],
  },
  {
    text: '我们是老小区，不知道能不能拉光纤',
    playbook: 'broadband',
    facts: [
      { kind: 'cue', cue: 'constraint', about: '老小区' },
      { kind: 'question', topic: 'availability' },
    ],
  },
  {
    text: '下周三之前能装好吗',
    playbook: 'broadband',
    facts: [
      { kind: 'date', role: 'deadline', end: '2026-12-02' },
      { kind: 'question', topic: 'availability' },
    ],
  },
  {
    text: '安装要多久啊？我下周六有空',
    playbook: 'broadband',
    facts: [
      { kind: 'question', topic: 'process' },
      { kind: 'date', role: 'window', start: '2026-12-05', end: '2026-12-05' },
    ],
  },
  { text: '合同要签几年？中途能退吗', playbook: 'broadband', facts: [{ kind: 'question', topic: 'process' }] },
  { text: '也没有不满意，就是想看看有没有便宜点的', asked: 'why', playbook: 'broadband', facts: [], note: 'negated complaint' },
  {
    text: '倒不是因为价格，主要是晚上老卡',
    asked: 'why',
    playbook: 'broadband',
    facts: [{ kind: 'cue', cue: 'complaint', about: '晚上老卡' }],
    note: 'negated price reason carries nothing',
  },
  {
    text: '打游戏延迟贼高，儿子天天跟我抱怨',
    playbook: 'broadband',
    facts: [
      { kind: 'cue', cue: 'complaint', about: '打游戏延迟贼高' },
      { kind: 'person', relation: '儿子' },
      { kind: 'date', role: 'frequency', text: '天天' },
    ],
  },
  { text: '对了', facts: [] },
  {
    text: '宽带是房东拉的，我说了不算',
    asked: 'decision',
    playbook: 'broadband',
    facts: [
      { kind: 'person', relation: '房东', role: 'decision-maker' },
      { kind: 'cue', cue: 'constraint', about: '宽带是房东拉的' },
    ],
  },
  {
    text: '可以，打我电话13812345678，姓王，下午两点到五点之间方便，中午别打',
    asked: 'contact',
    playbook: 'broadband',
    facts: [
      { kind: 'answer', value: 'yes' },
      { kind: 'contact', phone: '13812345678' },
      { kind: 'own-name', name: '王' },
      { kind: 'contact-preference', channel: 'phone', when: '下午两点到五点', avoid: '中午' },
    ],
  },
  {
    text: '电话１３９ ０２１１ ８８７６，姓孟',
    asked: 'contact',
    facts: [
      { kind: 'contact', phone: '13902118876' },
      { kind: 'own-name', name: '孟' },
    ],
  },
  {
    text: '加微信吧 微信号lily_2008',
    asked: 'contact',
    facts: [
      { kind: 'contact', other: 'WeChat: lily_2008' },
      { kind: 'contact-preference', channel: 'wechat' },
    ],
  },
  { text: '别打电话，发短信就行', asked: 'contact', facts: [{ kind: 'contact-preference', channel: 'sms', avoid: '打电话' }] },
  {
    text: '晚上八点以后再打吧，白天上班不方便接',
    asked: 'contact',
    facts: [{ kind: 'contact-preference', channel: 'phone', when: '晚上八点以后', avoid: '白天' }],
  },
  {
    text: '我们没有对联通不满意，就是搬家了那边不覆盖',
    asked: 'why',
    playbook: 'broadband',
    facts: [
      { kind: 'organisation', name: '联通', relation: 'current-supplier' },
      { kind: 'cue', cue: 'event', about: '搬家了' },
      { kind: 'cue', cue: 'constraint', about: '那边不覆盖' },
    ],
    note: 'negated complaint about 联通; moving is an event',
  },
  { text: '40', asked: 'money', playbook: 'broadband', facts: [{ kind: 'money', amount: 40, context: 'budget' }], note: 'bare number after a money question' },
  {
    text: '移动的199那个套餐是不是包含电视？',
    playbook: 'broadband',
    facts: [
      { kind: 'organisation', name: '移动', relation: 'competitor' },
      { kind: 'money', amount: 199, context: 'price' },
      { kind: 'question', topic: 'product' },
    ],
  },
  { text: '家里没人在家办公，就是刷刷剧', asked: 'describe', playbook: 'broadband', facts: [], note: 'negated' },
  {
    text: '不是下周，是下下周才搬过去',
    asked: 'confirm',
    playbook: 'broadband',
    facts: [
      { kind: 'correction', target: 'date', from: '下周', to: '下下周' },
      { kind: 'date', role: 'window', start: '2026-12-07', end: '2026-12-13' },
      { kind: 'cue', cue: 'event', about: '搬过去' },
    ],
  },
  {
    text: '现在用的长城宽带，便宜是便宜，但是一到晚上就卡成ppt',
    playbook: 'broadband',
    facts: [
      { kind: 'organisation', name: '长城宽带', relation: 'current-supplier' },
      { kind: 'cue', cue: 'complaint', about: '一到晚上就卡' },
    ],
  },
  {
    text: '光猫和路由器要自己买吗？家里一百四十平，怕信号不好',
    playbook: 'broadband',
    facts: [
      { kind: 'question', topic: 'process' },
      { kind: 'quantity', value: 140, unit: 'm2' },
      { kind: 'feeling', feeling: 'worry' },
    ],
  },

  // ───────────── piano for the family ─────────────
  {
    text: '想给女儿买台钢琴，她今年八岁',
    asked: 'opening',
    facts: [
      { kind: 'person', relation: '女儿' },
      { kind: 'quantity', value: 8, unit: 'year', what: '年龄' },
    ],
  },
  {
    text: '雅马哈和卡瓦依哪个好点',
    facts: [
      { kind: 'organisation', name: '雅马哈', relation: 'competitor' },
      { kind: 'organisation', name: '卡瓦依', relation: 'competitor' },
      { kind: 'question', topic: 'product' },
    ],
  },
  {
    text: '我们住楼房，怕吵到邻居',
    facts: [
      { kind: 'cue', cue: 'constraint', about: '住楼房，怕吵到邻居' },
      { kind: 'feeling', feeling: 'worry' },
    ],
  },
  { text: '钱的事她说了算', asked: 'decision', facts: [{ kind: 'person', role: 'decision-maker' }], note: 'pronoun only: no name, no relation' },
  { text: '我老婆管钱，钱的事她说了算', asked: 'decision', facts: [{ kind: 'person', relation: '老婆', role: 'decision-maker' }] },
  { text: '孩子她妈嫌太贵，不太同意', asked: 'decision', facts: [{ kind: 'person', relation: '孩子她妈', stance: 'opposed' }] },
  {
    text: '预算两三万吧，雅马哈的太贵了',
    asked: 'money',
    facts: [
      { kind: 'money', amount: 20000, max: 30000, context: 'budget' },
      { kind: 'organisation', name: '雅马哈', relation: 'competitor' },
    ],
  },
  { text: '最多两万五', asked: 'money', facts: [{ kind: 'money', amount: 25000, bound: 'max', context: 'budget' }] },
  {
    text: '有二手的吗？三四千那种',
    facts: [
      { kind: 'question', topic: 'availability' },
      { kind: 'money', amount: 3000, max: 4000, context: 'budget' },
    ],
  },
  {
    text: '家里有台珠江的，用了十几年了，音不准了',
    asked: 'describe',
    facts: [
      { kind: 'organisation', name: '珠江', relation: 'current-supplier' },
      { kind: 'quantity', value: 10, unit: 'year', approximate: true },
      { kind: 'cue', cue: 'complaint', about: '音不准了' },
    ],
  },
  {
    text: '她钢琴老师推荐的雅马哈',
    facts: [
      { kind: 'person', relation: '钢琴老师', role: 'influencer' },
      { kind: 'organisation', name: '雅马哈', relation: 'competitor' },
    ],
  },
  {
    text: '我们家在郊区，挺远的，送货要加钱吗',
    facts: [
      { kind: 'cue', cue: 'constraint', about: '在郊区，挺远的' },
      { kind: 'question', topic: 'price' },
    ],
  },
  { text: '不是给我女儿买的，是我自己想学', asked: 'why', facts: [], note: 'negated person; 自己 is not a person' },
  { text: '自己', asked: 'decision', facts: [], note: '自己 is not a person; the update step may read the prior' },
  { text: '假如预算够的话，肯定想要三角琴', asked: 'criteria', facts: [], note: 'irrealis' },
  {
    text: '孩子今年六岁，老师说她手指条件不错，想买台立式的。我们住的是老小区，楼板薄，晚上不能练。预算两万左右，我老公说最多两万五，再多他就不同意了。',
    asked: 'describe',
    facts: [
      { kind: 'quantity', value: 6, unit: 'year', what: '年龄' },
      { kind: 'person', relation: '老师', role: 'influencer' },
      { kind: 'cue', cue: 'constraint', about: '老小区，楼板薄，晚上不能练' },
      { kind: 'money', amount: 20000, bound: 'about', context: 'budget' },
      { kind: 'person', relation: '老公', role: 'decision-maker' },
      { kind: 'money', amount: 25000, bound: 'max', context: 'budget' },
    ],
  },
  { text: '我老婆没意见', asked: 'decision', facts: [{ kind: 'person', relation: '老婆', stance: 'neutral' }], note: '"no objection" read as neutral' },
  { text: '不考虑雅马哈，太大众了', asked: 'alternatives', facts: [], note: 'negated consideration: no competitor' },
  {
    text: '电钢琴是不是更适合住楼房的？可以插耳机那种',
    facts: [{ kind: 'question', topic: 'product' }],
  },
  {
    text: '春节前能送到吗？想过年让她弹给亲戚听',
    facts: [
      { kind: 'date', role: 'deadline', end: '2027-02-06' },
      { kind: 'question', topic: 'availability' },
    ],
    note: 'Spring Festival 2027 = 2027-02-06; "before X" -> end X',
  },
  { text: '好的，谢谢啊', facts: [] },

  // ───────────── tutoring / 中考 ─────────────
  { text: '因为中考呗', asked: 'why', playbook: 'training', facts: [{ kind: 'cue', cue: 'event', about: '中考' }] },
  {
    text: '孩子初三了，明年中考，数学一直拖后腿',
    asked: 'describe',
    playbook: 'training',
    facts: [
      { kind: 'person', relation: '孩子' },
      { kind: 'cue', cue: 'event', about: '明年中考' },
      { kind: 'date', role: 'deadline', start: '2027-01-01', end: '2027-12-31', text: '明年中考' },
      { kind: 'cue', cue: 'complaint', about: '数学一直拖后腿' },
    ],
  },
  {
    text: '一对一一小时多少钱？学而思那边一小时三百',
    playbook: 'training',
    facts: [
      { kind: 'question', topic: 'price' },
      { kind: 'organisation', name: '学而思', relation: 'competitor' },
      { kind: 'money', amount: 300, context: 'price' },
    ],
  },
  {
    text: '一周两次，每次两小时',
    asked: 'quantity',
    playbook: 'training',
    facts: [
      { kind: 'date', role: 'frequency', text: '一周两次' },
      { kind: 'quantity', value: 2, unit: 'hour' },
    ],
  },
  {
    text: '预算一个月三千左右，她爸说最多四千',
    asked: 'money',
    playbook: 'training',
    facts: [
      { kind: 'money', amount: 3000, bound: 'about', context: 'budget' },
      { kind: 'person', relation: '她爸' },
      { kind: 'money', amount: 4000, bound: 'max', context: 'budget' },
    ],
  },
  { text: '她爸想报线下班，我觉得网课就够了', asked: 'decision', playbook: 'training', facts: [{ kind: 'person', relation: '她爸' }] },
  { text: '孩子自己不愿意补，逼也没用', playbook: 'training', facts: [{ kind: 'person', relation: '孩子', stance: 'opposed' }] },
  {
    text: '新东方那边报过，效果一般般',
    asked: 'alternatives',
    playbook: 'training',
    facts: [
      { kind: 'organisation', name: '新东方', relation: 'competitor' },
      { kind: 'cue', cue: 'complaint', about: '效果一般般' },
    ],
  },
  {
    text: '学而思和猿辅导都问过了',
    asked: 'alternatives',
    playbook: 'training',
    facts: [
      { kind: 'organisation', name: '学而思', relation: 'competitor' },
      { kind: 'organisation', name: '猿辅导', relation: 'competitor' },
    ],
  },
  { text: '没有中考压力，就是想让他提前学点', asked: 'why', playbook: 'training', facts: [], note: 'negated exam' },
  { text: '英语还行，不用补', playbook: 'training', facts: [] },
  {
    text: '周末上午可以，平时要上学',
    asked: 'date',
    playbook: 'training',
    facts: [
      { kind: 'date', role: 'frequency', text: '周末上午' },
      { kind: 'cue', cue: 'constraint', about: '平时要上学' },
    ],
  },
  {
    text: '女儿刚拿了市里物理竞赛一等奖，寒假想再给她提高一下',
    playbook: 'training',
    facts: [
      { kind: 'person', relation: '女儿' },
      { kind: 'feeling', feeling: 'good-news' },
      { kind: 'cue', cue: 'event', about: '拿了市里物理竞赛一等奖' },
      { kind: 'date', role: 'window', text: '寒假' },
    ],
    note: 'winter holiday dates vary by city: text only',
  },
  { text: '老师是几年教龄的？能试听吗', playbook: 'training', facts: [{ kind: 'question', topic: 'product' }, { kind: 'question', topic: 'process' }] },
  { text: '孩子没生病，就是最近成绩掉得厉害', asked: 'why', playbook: 'training', facts: [{ kind: 'cue', cue: 'complaint', about: '成绩掉得厉害' }], note: 'negated illness' },

  // ───────────── wedding photography ─────────────
  {
    text: '明年五一结婚，想拍婚纱照',
    asked: 'opening',
    facts: [
      { kind: 'date', role: 'window', start: '2027-05-01', end: '2027-05-01' },
      { kind: 'feeling', feeling: 'good-news' },
      { kind: 'cue', cue: 'event', about: '结婚' },
    ],
  },
  { text: '哈哈谢谢，日子还没定呢', facts: [] },
  {
    text: '我未婚夫说预算一万以内',
    asked: 'money',
    facts: [
      { kind: 'person', relation: '未婚夫' },
      { kind: 'money', amount: 10000, bound: 'max', context: 'budget' },
    ],
  },
  {
    text: '想去三亚拍外景，大概两天，一月份去',
    facts: [
      { kind: 'quantity', value: 2, unit: 'day', approximate: true },
      { kind: 'date', role: 'window', start: '2027-01-01', end: '2027-01-31' },
    ],
  },
  {
    text: '婚期是12月12号，之前得拍完',
    asked: 'date',
    facts: [
      { kind: 'date', role: 'deadline', end: '2026-12-12' },
      { kind: 'feeling', feeling: 'good-news' },
      { kind: 'cue', cue: 'event', about: '婚期' },
    ],
  },
  {
    text: '不是我结婚，是我妹妹',
    asked: 'confirm',
    facts: [
      { kind: 'correction', target: 'person', from: '我', to: '妹妹' },
      { kind: 'person', relation: '妹妹' },
      { kind: 'feeling', feeling: 'good-news' },
      { kind: 'cue', cue: 'event', about: '妹妹结婚' },
    ],
  },
  {
    text: '你们跟铂爵比怎么样',
    facts: [
      { kind: 'organisation', name: '铂爵', relation: 'competitor' },
      { kind: 'question', topic: 'product' },
    ],
  },
  {
    text: '看了好几家了，价格都在八千到一万二，我们最多出一万',
    asked: 'alternatives',
    facts: [
      { kind: 'money', amount: 8000, max: 12000, context: 'price' },
      { kind: 'money', amount: 10000, bound: 'max', context: 'budget' },
    ],
  },
  {
    text: '别人都拍三套，我想拍五套',
    asked: 'quantity',
    facts: [
      { kind: 'quantity', value: 5, what: '套' },
      { kind: 'cue', cue: 'deviation', about: '想拍五套' },
    ],
  },
  {
    text: '我妈前阵子查出来生病了，想早点把事办了',
    asked: 'why',
    facts: [
      { kind: 'person', relation: '妈' },
      { kind: 'feeling', feeling: 'loss' },
      { kind: 'cue', cue: 'event', about: '我妈查出来生病了' },
    ],
  },
  { text: '要是下雨怎么办？能改期吗', facts: [{ kind: 'question', topic: 'process' }], note: 'irrealis rain: no cue' },
  {
    text: '我老公不爱拍照，得速战速决，半天能拍完最好',
    facts: [
      { kind: 'person', relation: '老公' },
      { kind: 'cue', cue: 'constraint', about: '老公不爱拍照' },
      { kind: 'quantity', value: 0.5, unit: 'day' },
    ],
  },
  {
    text: '化妆师和衣服都包含在里面吗？就是九千九那个套餐',
    facts: [
      { kind: 'question', topic: 'product' },
      { kind: 'money', amount: 9900, context: 'price' },
    ],
  },

  // ───────────── bakery ─────────────
  {
    text: '我开了个面包店，下个月开业',
    asked: 'opening',
    facts: [
      { kind: 'cue', cue: 'event', about: '下个月开业' },
      { kind: 'date', role: 'start', start: '2026-12-01', end: '2026-12-31' },
    ],
  },
  {
    text: '店名叫麦香坊，就在万达广场对面',
    asked: 'name',
    facts: [
      { kind: 'organisation', name: '麦香坊', relation: 'own' },
      { kind: 'organisation', name: '万达广场', relation: 'other' },
    ],
  },
  {
    text: '每天大概要用二十公斤面粉',
    asked: 'quantity',
    facts: [
      { kind: 'date', role: 'frequency', text: '每天' },
      { kind: 'quantity', value: 20, unit: 'kg', approximate: true, what: '面粉' },
    ],
  },
  {
    text: '现在从一个批发商那拿货，老是缺斤少两，上礼拜一袋二十五公斤的面粉少了一斤多',
    asked: 'describe',
    facts: [
      { kind: 'cue', cue: 'complaint', about: '老是缺斤少两' },
      { kind: 'date', role: 'past', start: '2026-11-16', end: '2026-11-22' },
      { kind: 'quantity', value: 25, unit: 'kg', what: '面粉' },
      { kind: 'quantity', value: 1, unit: 'jin', approximate: true },
    ],
  },
  {
    text: '两个人看店，我和我老公',
    asked: 'people',
    facts: [
      { kind: 'quantity', value: 2, what: '人' },
      { kind: 'person', relation: '老公' },
    ],
  },
  {
    text: '烤箱要三相电的吗？我们店只有220',
    facts: [
      { kind: 'question', topic: 'product' },
      { kind: 'cue', cue: 'constraint', about: '店只有220' },
    ],
  },
  {
    text: '价格别超过五千块，我老公说的',
    asked: 'money',
    facts: [
      { kind: 'money', amount: 5000, bound: 'max', currency: 'CNY', context: 'budget' },
      { kind: 'person', relation: '老公' },
    ],
  },
  {
    text: '现在用的新麦，坏了好几回了，修一次等一星期',
    facts: [
      { kind: 'organisation', name: '新麦', relation: 'current-supplier' },
      { kind: 'cue', cue: 'complaint', about: '坏了好几回了' },
      { kind: 'quantity', value: 1, unit: 'week' },
    ],
  },
  {
    text: '店面就三十平，后厨很挤',
    asked: 'describe',
    facts: [
      { kind: 'quantity', value: 30, unit: 'm2', what: '店面' },
      { kind: 'cue', cue: 'constraint', about: '后厨很挤' },
    ],
  },
  {
    text: '下周一之前能到货不？不然开业赶不上',
    facts: [
      { kind: 'date', role: 'deadline', end: '2026-11-30' },
      { kind: 'question', topic: 'availability' },
    ],
  },
  { text: '哦哦', facts: [] },
  {
    text: '你们家黄油是进口的吗？现在用的安佳',
    facts: [
      { kind: 'question', topic: 'product' },
      { kind: 'organisation', name: '安佳', relation: 'current-supplier' },
    ],
  },

  // ───────────── dental clinic ─────────────
  {
    text: '我们是一家口腔诊所，三个医生，五张牙椅',
    asked: 'describe',
    facts: [
      { kind: 'quantity', value: 3, what: '医生' },
      { kind: 'quantity', value: 5, what: '牙椅' },
    ],
  },
  { text: '李医生是院长，最后她拍板', asked: 'decision', facts: [{ kind: 'person', name: '李医生', relation: '院长', role: 'decision-maker' }] },
  {
    text: '前台小刘平时负责采购，她手机13611112222',
    asked: 'decision',
    facts: [
      { kind: 'person', name: '小刘', relation: '前台', role: 'purchaser' },
      { kind: 'contact', phone: '13611112222' },
    ],
  },
  {
    text: '邮箱：liu.xiaoqing@meiya-dental.example，工作日上午回得快',
    asked: 'contact',
    facts: [
      { kind: 'contact', email: 'liu.xiaoqing@meiya-dental.example' },
      { kind: 'contact-preference', channel: 'email', when: '工作日上午' },
    ],
  },
  {
    text: '患者老是爽约，一个月少说十几个',
    asked: 'describe',
    facts: [
      { kind: 'cue', cue: 'complaint', about: '患者老是爽约' },
      { kind: 'quantity', value: 10, approximate: true, what: '个' },
      { kind: 'date', role: 'frequency', text: '一个月' },
    ],
  },
  {
    text: '爽约一个就亏三四百，一个月下来小五千',
    asked: 'impact',
    facts: [
      { kind: 'money', amount: 300, max: 400, context: 'loss' },
      { kind: 'money', amount: 5000, bound: 'about', context: 'loss' },
    ],
  },
  {
    text: '发到 maria.lopez@smiledental.example 就行，她是我们诊所经理',
    asked: 'contact',
    facts: [
      { kind: 'contact', email: 'maria.lopez@smiledental.example' },
      { kind: 'contact-preference', channel: 'email' },
      { kind: 'person', relation: '诊所经理' },
    ],
  },
  {
    text: '现在用的是口腔管家，预约提醒功能太弱了',
    facts: [
      { kind: 'organisation', name: '口腔管家', relation: 'current-supplier' },
      { kind: 'cue', cue: 'complaint', about: '预约提醒功能太弱了' },
    ],
  },
  {
    text: '能导入老的病历数据吗？有七八年的了',
    facts: [
      { kind: 'question', topic: 'product' },
      { kind: 'quantity', value: 7, max: 8, unit: 'year' },
    ],
  },
  {
    text: '我们院长过几天要去外地进修，最好这周就定下来',
    facts: [
      { kind: 'person', relation: '院长' },
      { kind: 'cue', cue: 'event', about: '院长要去外地进修' },
      { kind: 'date', role: 'window', start: '2026-11-23', end: '2026-11-29' },
    ],
  },
  { text: '患者也没怎么投诉，就是我们自己觉得乱', asked: 'why', facts: [{ kind: 'cue', cue: 'complaint', about: '自己觉得乱' }], note: 'negated patient complaint' },

  // ───────────── factory safety gloves ─────────────
  {
    text: '上个月有个工人割了手',
    asked: 'why',
    facts: [
      { kind: 'date', role: 'past', start: '2026-10-01', end: '2026-10-31' },
      { kind: 'feeling', feeling: 'loss' },
      { kind: 'cue', cue: 'event', about: '工人割了手' },
    ],
    note: 'past event, not a timeline; the anonymous worker is not a person',
  },
  {
    text: '车间一百二十来号人，都要配，一人两双',
    asked: 'people',
    facts: [
      { kind: 'quantity', value: 120, approximate: true, what: '人' },
      { kind: 'quantity', value: 2, what: '双' },
    ],
  },
  { text: '防割手套，五级的，先要两百双', asked: 'quantity', facts: [{ kind: 'quantity', value: 200, what: '双' }], note: '五级 is a grade' },
  { text: '安全员老周说了，要过他那关', asked: 'decision', facts: [{ kind: 'person', name: '老周', relation: '安全员', role: 'technical-gatekeeper' }] },
  {
    text: '厂长发话了，年底前必须全部换掉',
    asked: 'date',
    facts: [
      { kind: 'person', relation: '厂长', role: 'decision-maker', stance: 'supportive' },
      { kind: 'date', role: 'deadline', end: '2026-12-31' },
    ],
  },
  {
    text: '现在用的是普通线手套，一个月要换好几次',
    asked: 'describe',
    facts: [
      { kind: 'cue', cue: 'complaint', about: '一个月要换好几次' },
      { kind: 'date', role: 'frequency', text: '一个月好几次' },
    ],
  },
  { text: '万一再有人受伤，保险那边就麻烦了', asked: 'impact', facts: [{ kind: 'feeling', feeling: 'worry' }], note: 'irrealis injury: no event' },
  { text: '还好没伤到筋', facts: [], note: 'negated injury' },
  {
    text: '霍尼韦尔的太贵了，3M的也看过',
    asked: 'alternatives',
    facts: [
      { kind: 'organisation', name: '霍尼韦尔', relation: 'competitor' },
      { kind: 'organisation', name: '3M', relation: 'competitor' },
    ],
  },
  {
    text: '一双多少钱？量大能便宜吗，我们一次要五百双',
    facts: [
      { kind: 'question', topic: 'price' },
      { kind: 'quantity', value: 500, what: '双' },
    ],
  },
  {
    text: '八月份也有人被烫伤过',
    facts: [
      { kind: 'date', role: 'past', start: '2026-08-01', end: '2026-08-31' },
      { kind: 'feeling', feeling: 'loss' },
      { kind: 'cue', cue: 'event', about: '有人被烫伤' },
    ],
  },
  { text: '不是有人受伤，是上面要来检查', asked: 'why', facts: [{ kind: 'cue', cue: 'event', about: '上面要来检查' }], note: 'negated injury' },
  {
    text: '如果工人再受伤，厂长会骂死我的',
    facts: [
      { kind: 'person', relation: '厂长' },
      { kind: 'feeling', feeling: 'worry' },
    ],
    note: 'irrealis injury: no event cue',
  },
  {
    text: '我们厂在东莞，做五金冲压的，夏天车间四十度，手套太厚工人不愿意戴',
    asked: 'describe',
    facts: [
      { kind: 'cue', cue: 'constraint', about: '车间四十度' },
      { kind: 'cue', cue: 'complaint', about: '手套太厚工人不愿意戴' },
      { kind: 'person', relation: '工人', role: 'user' },
    ],
    note: '四十度 is a temperature, not a quantity',
  },
  { text: '采购这块是我管，但得厂长签字', asked: 'decision', facts: [{ kind: 'person', relation: '厂长', role: 'decision-maker' }] },
  { text: '还好这次没出大事', facts: [] },

  // ───────────── 80 laptops, IT security veto ─────────────
  {
    text: '我们要给工地团队配80台笔记本，人都在野外跑',
    asked: 'opening',
    facts: [
      { kind: 'quantity', value: 80, what: '笔记本' },
      { kind: 'cue', cue: 'constraint', about: '人都在野外跑' },
    ],
  },
  {
    text: '８０台，下个月15号之前要到位',
    asked: 'quantity',
    facts: [
      { kind: 'quantity', value: 80, what: '台' },
      { kind: 'date', role: 'deadline', end: '2026-12-15' },
    ],
  },
  { text: 'IT安全那边有一票否决权，老陈不点头谁也买不了', asked: 'decision', facts: [{ kind: 'person', name: '老陈', relation: 'IT安全', role: 'technical-gatekeeper' }] },
  {
    text: '要过等保，还得能装我们自己的EDR，老陈那边要测两周',
    asked: 'criteria',
    facts: [
      { kind: 'cue', cue: 'constraint', about: '要过等保' },
      { kind: 'person', name: '老陈', role: 'technical-gatekeeper' },
      { kind: 'quantity', value: 2, unit: 'week' },
    ],
  },
  {
    text: '联想和戴尔都在谈，惠普也发了报价',
    asked: 'alternatives',
    facts: [
      { kind: 'organisation', name: '联想', relation: 'competitor' },
      { kind: 'organisation', name: '戴尔', relation: 'competitor' },
      { kind: 'organisation', name: '惠普', relation: 'competitor' },
    ],
  },
  {
    text: '现在用的是戴尔，但电池太拉了，工地上又没插座',
    asked: 'describe',
    facts: [
      { kind: 'organisation', name: '戴尔', relation: 'current-supplier' },
      { kind: 'cue', cue: 'complaint', about: '电池太拉了' },
      { kind: 'cue', cue: 'constraint', about: '工地上没插座' },
    ],
  },
  {
    text: '单价控制在六千以内，戴尔给的报价是六千八',
    asked: 'money',
    facts: [
      { kind: 'money', amount: 6000, bound: 'max', context: 'budget' },
      { kind: 'organisation', name: '戴尔', relation: 'competitor' },
      { kind: 'money', amount: 6800, context: 'price' },
    ],
  },
  { text: '总预算50w左右', asked: 'money', facts: [{ kind: 'money', amount: 500000, bound: 'about', context: 'budget' }], note: 'w = 万' },
  {
    text: '采购部张姐负责下单，邮箱 zhang.min@zhuhai-build.example',
    asked: 'decision',
    facts: [
      { kind: 'person', name: '张姐', relation: '采购部', role: 'purchaser' },
      { kind: 'contact', email: 'zhang.min@zhuhai-build.example' },
    ],
  },
  { text: '工地灰大，要三防的', asked: 'criteria', facts: [{ kind: 'cue', cue: 'constraint', about: '工地灰大' }] },
  {
    text: '我们财年6月30号结束，在那之前这50万得花出去',
    asked: 'date',
    facts: [
      { kind: 'date', role: 'deadline', end: '2027-06-30' },
      { kind: 'money', amount: 500000, context: 'budget' },
    ],
  },
  {
    text: '老陈上次就因为没有TPM把ThinkPad的方案否了',
    facts: [
      { kind: 'person', name: '老陈', role: 'technical-gatekeeper' },
      { kind: 'organisation', name: 'ThinkPad', relation: 'competitor' },
    ],
  },
  {
    text: '你们能做预装和资产标签吗？80台要一起交付',
    facts: [
      { kind: 'question', topic: 'product' },
      { kind: 'quantity', value: 80, what: '台' },
    ],
  },
  { text: '说错了，是八十台，不是十八台', facts: [{ kind: 'correction', target: 'quantity', from: '十八台', to: '八十台' }, { kind: 'quantity', value: 80, what: '台' }] },
  { text: '项目经理们天天在现场用，键盘得耐造', asked: 'people', facts: [{ kind: 'person', relation: '项目经理', role: 'user' }, { kind: 'date', role: 'frequency', text: '天天' }] },
  { text: '我不是老板，做不了主', asked: 'decision', facts: [], note: '我 is not a person; nothing to store for a negated role' },
  { text: '我们没有IT部门，都是外包的', asked: 'people', facts: [] },

  // ───────────── CRM for a sales team ─────────────
  {
    text: '我们销售二十来个人，想上个CRM，预算一年十万以内',
    asked: 'opening',
    facts: [
      { kind: 'quantity', value: 20, approximate: true, what: '人' },
      { kind: 'money', amount: 100000, bound: 'max', context: 'budget' },
    ],
  },
  { text: '现在就用共享表格记客户，乱得很', asked: 'describe', facts: [{ kind: 'cue', cue: 'complaint', about: '乱得很' }], note: 'shared spreadsheet is no brand' },
  { text: '现在大家就是共用一个在线表格', asked: 'describe', facts: [], note: 'current practice without a brand or a complaint: no fact kind' },
  { text: '之前看过HubSpot', asked: 'alternatives', facts: [{ kind: 'organisation', name: 'HubSpot', relation: 'competitor' }] },
  {
    text: '纷享销客跟销售易也在看',
    asked: 'alternatives',
    facts: [
      { kind: 'organisation', name: '纷享销客', relation: 'competitor' },
      { kind: 'organisation', name: '销售易', relation: 'competitor' },
    ],
  },
  {
    text: '我们公司叫启航科技，做跨境电商的，成立三年了',
    asked: 'name',
    facts: [
      { kind: 'organisation', name: '启航科技', relation: 'own' },
      { kind: 'quantity', value: 3, unit: 'year' },
    ],
  },
  {
    text: '老板说了年底之前要上线',
    asked: 'date',
    facts: [
      { kind: 'person', relation: '老板', role: 'decision-maker' },
      { kind: 'date', role: 'deadline', end: '2026-12-31' },
    ],
  },
  {
    text: '每个月跟丢的单少说也有五六万',
    asked: 'impact',
    facts: [
      { kind: 'money', amount: 50000, max: 60000, bound: 'min', context: 'loss' },
    ],
  },
  { text: '按人头收费吗？一个账号多少钱', facts: [{ kind: 'question', topic: 'price' }] },
  {
    text: '能和企业微信打通吗',
    facts: [
      { kind: 'organisation', name: '企业微信', relation: 'current-supplier' },
      { kind: 'question', topic: 'product' },
    ],
  },
  {
    text: '销售总监王总负责选型，不过最后财务要签字',
    asked: 'decision',
    facts: [
      { kind: 'person', name: '王总', relation: '销售总监', role: 'decision-maker' },
      { kind: 'person', relation: '财务', role: 'decision-maker' },
    ],
  },
  {
    text: '我们有二十个销售，三个主管',
    asked: 'people',
    facts: [
      { kind: 'quantity', value: 20, what: '销售' },
      { kind: 'quantity', value: 3, what: '主管' },
    ],
  },
  {
    text: '你好，我们是做建材的小公司，销售十几个人，现在客户都记在Excel里，经常撞单，上周还因为两个人抢一个客户吵起来了。老板想年底前上个系统，预算别超过五万。',
    asked: 'opening',
    facts: [
      { kind: 'quantity', value: 10, approximate: true, what: '人' },
      { kind: 'organisation', name: 'Excel', relation: 'current-supplier' },
      { kind: 'cue', cue: 'complaint', about: '经常撞单' },
      { kind: 'date', role: 'past', start: '2026-11-16', end: '2026-11-22' },
      { kind: 'cue', cue: 'event', about: '两个人抢一个客户吵起来了' },
      { kind: 'person', relation: '老板', role: 'decision-maker' },
      { kind: 'date', role: 'deadline', end: '2026-12-31' },
      { kind: 'money', amount: 50000, bound: 'max', context: 'budget' },
    ],
  },
  {
    text: '有没有demo可以先看看？下周二下午我们团队都在',
    facts: [
      { kind: 'question', topic: 'product' },
      { kind: 'date', role: 'window', start: '2026-12-01', end: '2026-12-01' },
    ],
  },
  {
    text: '要能跟Salesforce的数据对接，总部那边用的是它',
    facts: [{ kind: 'organisation', name: 'Salesforce', relation: 'current-supplier' }],
  },
  {
    text: '我们boss说了算，他叫Kevin',
    asked: 'decision',
    facts: [{ kind: 'person', name: 'Kevin', relation: 'boss', role: 'decision-maker' }],
  },
  {
    text: '第一年大概四万美元左右',
    asked: 'other',
    facts: [{ kind: 'money', amount: 40000, bound: 'about', currency: 'USD', context: 'budget' }],
    note: 'budget given when something else was asked',
  },
  { text: 'HubSpot我们没用过，不了解', asked: 'alternatives', facts: [], note: 'negated: not a competitor considered' },
  {
    text: '销售主管小周离职了，把客户全带走了，气死',
    asked: 'why',
    facts: [
      { kind: 'person', name: '小周', relation: '销售主管' },
      { kind: 'cue', cue: 'event', about: '销售主管离职了' },
      { kind: 'cue', cue: 'complaint', about: '把客户全带走了' },
      { kind: 'feeling', feeling: 'frustration' },
    ],
  },
  {
    text: '大部分销售四十多岁，太复杂的他们学不会',
    asked: 'people',
    facts: [
      { kind: 'person', relation: '销售', role: 'user' },
      { kind: 'quantity', value: 40, unit: 'year', approximate: true, what: '年龄' },
      { kind: 'cue', cue: 'constraint', about: '大部分销售四十多岁' },
    ],
  },
  { text: '数据放哪？安全吗', facts: [{ kind: 'question', topic: 'product' }] },

  // ───────────── hotel baijiu ─────────────
  { text: '我是酒店采购，姓张', asked: 'name', playbook: 'baijiu', facts: [{ kind: 'own-name', name: '张' }] },
  { text: '我们选酒，首先看品质，其次看利润', asked: 'criteria', playbook: 'baijiu', facts: [], note: 'criteria talk, no fact kind' },
  { text: '毛利至少四十个点', asked: 'criteria', playbook: 'baijiu', facts: [{ kind: 'quantity', value: 40, unit: 'percent', what: '毛利' }] },
  {
    text: '现在店里主要走的是洋河和汾酒',
    asked: 'describe',
    playbook: 'baijiu',
    facts: [
      { kind: 'organisation', name: '洋河', relation: 'current-supplier' },
      { kind: 'organisation', name: '汾酒', relation: 'current-supplier' },
    ],
  },
  {
    text: '茅台我们也进，就是拿货太难了',
    playbook: 'baijiu',
    facts: [
      { kind: 'organisation', name: '茅台', relation: 'current-supplier' },
      { kind: 'cue', cue: 'complaint', about: '拿货太难了' },
    ],
  },
  {
    text: '一个月大概走两百箱',
    asked: 'quantity',
    playbook: 'baijiu',
    facts: [
      { kind: 'date', role: 'frequency', text: '一个月' },
      { kind: 'quantity', value: 200, approximate: true, what: '箱' },
    ],
  },
  { text: '售后怎么保证？喝出问题谁负责', playbook: 'baijiu', facts: [{ kind: 'question', topic: 'process' }] },
  { text: '包装得上档次，摆包间里好看', asked: 'criteria', playbook: 'baijiu', facts: [] },
  { text: '张经理说这事他说了算', asked: 'decision', playbook: 'baijiu', facts: [{ kind: 'person', name: '张经理', role: 'decision-maker' }] },
  {
    text: '你们的酒是哪个酒厂出的？跟五粮液比怎么样',
    playbook: 'baijiu',
    facts: [
      { kind: 'question', topic: 'product' },
      { kind: 'organisation', name: '五粮液', relation: 'competitor' },
    ],
  },
  {
    text: '四十个点的利润？真的假的',
    playbook: 'baijiu',
    facts: [
      { kind: 'quantity', value: 40, unit: 'percent', what: '利润' },
      { kind: 'question', topic: 'price' },
    ],
  },
  {
    text: '我们老板姓刘，下周回来再定',
    asked: 'decision',
    playbook: 'baijiu',
    facts: [
      { kind: 'person', name: '刘', relation: '老板', role: 'decision-maker' },
      { kind: 'date', role: 'window', start: '2026-11-30', end: '2026-12-06' },
    ],
  },
  {
    text: '我们是一家四星酒店，宴会厅多，婚宴一年差不多三百场。现在白酒主要是洋河，客人反映一般。想找个性价比高点的，毛利起码三十个点，张经理最后定。',
    asked: 'opening',
    playbook: 'baijiu',
    facts: [
      { kind: 'date', role: 'frequency', text: '一年' },
      { kind: 'quantity', value: 300, approximate: true, what: '婚宴' },
      { kind: 'organisation', name: '洋河', relation: 'current-supplier' },
      { kind: 'cue', cue: 'complaint', about: '客人反映一般' },
      { kind: 'quantity', value: 30, unit: 'percent', what: '毛利' },
      { kind: 'person', name: '张经理', role: 'decision-maker' },
    ],
  },
  { text: '一瓶进价多少？零售指导价呢', playbook: 'baijiu', facts: [{ kind: 'question', topic: 'price' }] },
  {
    text: '上个月婚宴上有桌客人喝了说是假酒，闹得挺难看',
    playbook: 'baijiu',
    facts: [
      { kind: 'date', role: 'past', start: '2026-10-01', end: '2026-10-31' },
      { kind: 'cue', cue: 'event', about: '客人说是假酒' },
      { kind: 'cue', cue: 'complaint', about: '闹得挺难看' },
    ],
  },
  { text: '倒不是利润的问题', asked: 'why', playbook: 'baijiu', facts: [], note: 'negated' },
  { text: '酒不错，就是瓶子太土了哈哈', playbook: 'baijiu', facts: [{ kind: 'cue', cue: 'complaint', about: '瓶子太土了' }] },
  {
    text: '年前要备一批货，大概一百箱，春节订桌多',
    playbook: 'baijiu',
    facts: [
      { kind: 'date', role: 'deadline', end: '2027-02-06' },
      { kind: 'quantity', value: 100, approximate: true, what: '箱' },
    ],
    note: '年前 = before Spring Festival 2027-02-06',
  },

  // ───────────── training course for team leads (Mr. Li) ─────────────
  { text: '我们区域销售信息不通，效率很低', asked: 'describe', playbook: 'training', facts: [{ kind: 'cue', cue: 'complaint', about: '信息不通，效率很低' }] },
  {
    text: '打算派三个销售经理去，下个月中旬',
    asked: 'quantity',
    playbook: 'training',
    facts: [
      { kind: 'quantity', value: 3, what: '销售经理' },
      { kind: 'date', role: 'window', start: '2026-12-11', end: '2026-12-20' },
    ],
  },
  {
    text: '李经理、王经理还有宋经理，15号报名',
    asked: 'people',
    playbook: 'training',
    facts: [
      { kind: 'person', name: '李经理', role: 'user' },
      { kind: 'person', name: '王经理', role: 'user' },
      { kind: 'person', name: '宋经理', role: 'user' },
      { kind: 'date', role: 'window', start: '2026-12-15', end: '2026-12-15' },
    ],
    note: 'the next 15th from 2026-11-23',
  },
  {
    text: '下个月中旬那期还有位置吗',
    playbook: 'training',
    facts: [
      { kind: 'date', role: 'window', start: '2026-12-11', end: '2026-12-20' },
      { kind: 'question', topic: 'availability' },
    ],
  },
  {
    text: '对，就这三个人',
    asked: 'confirm',
    playbook: 'training',
    facts: [
      { kind: 'answer', value: 'yes' },
      { kind: 'quantity', value: 3, what: '人' },
    ],
  },
  {
    text: '大体对。不过预算要少一点',
    asked: 'confirm',
    playbook: 'training',
    facts: [
      { kind: 'answer', value: 'partly' },
      { kind: 'correction', target: 'money', to: '少一点' },
    ],
  },
  {
    text: '培训费一个人多少钱？我们预算一人五千以内',
    playbook: 'training',
    facts: [
      { kind: 'question', topic: 'price' },
      { kind: 'money', amount: 5000, bound: 'max', context: 'budget' },
    ],
  },
  { text: '团队长大多是新提拔的，没带过人', asked: 'describe', playbook: 'training', facts: [{ kind: 'cue', cue: 'event', about: '团队长大多是新提拔的' }] },
  {
    text: '上次派了两个去别家培训，回来屁用没有',
    asked: 'alternatives',
    playbook: 'training',
    facts: [
      { kind: 'quantity', value: 2, what: '个' },
      { kind: 'cue', cue: 'complaint', about: '回来屁用没有' },
      { kind: 'feeling', feeling: 'frustration' },
    ],
  },
  {
    text: '行，大纲发我，48小时内给你们答复',
    asked: 'confirm',
    playbook: 'training',
    facts: [
      { kind: 'answer', value: 'yes' },
      { kind: 'date', role: 'deadline', end: '2026-11-25' },
    ],
    note: '48 hours from today',
  },
  { text: '我们没时间去外地，能上门讲吗', playbook: 'training', facts: [{ kind: 'cue', cue: 'constraint', about: '没时间去外地' }, { kind: 'question', topic: 'availability' }] },
  {
    text: '人力的Lisa也要参与，她管培训预算',
    asked: 'decision',
    playbook: 'training',
    facts: [{ kind: 'person', name: 'Lisa', relation: '人力', role: 'decision-maker' }],
  },
  {
    text: '是线上还是线下？有证书吗？团队长一共十二个',
    playbook: 'training',
    facts: [
      { kind: 'question', topic: 'product' },
      { kind: 'quantity', value: 12, what: '团队长' },
    ],
  },
  {
    text: '我刚升了区域经理，手下八个人，想带好这个队',
    playbook: 'training',
    facts: [
      { kind: 'feeling', feeling: 'good-news' },
      { kind: 'cue', cue: 'event', about: '刚升了区域经理' },
      { kind: 'quantity', value: 8, what: '人' },
    ],
  },

  // ───────────── mops and cleaning supplies ─────────────
  { text: '上次打电话说的那个拖把，我再想想吧', playbook: 'cleaning', facts: [] },
  {
    text: '我们是物业，管三个小区，保洁二十多个',
    asked: 'describe',
    playbook: 'cleaning',
    facts: [
      { kind: 'quantity', value: 3, what: '小区' },
      { kind: 'quantity', value: 20, approximate: true, what: '保洁' },
    ],
  },
  { text: '现在的拖把头一个月就烂，换得太勤了', asked: 'describe', playbook: 'cleaning', facts: [{ kind: 'cue', cue: 'complaint', about: '拖把头一个月就烂' }, { kind: 'quantity', value: 1, unit: 'month' }] },
  {
    text: '保洁阿姨年纪都大了，太重的拖不动',
    asked: 'people',
    playbook: 'cleaning',
    facts: [
      { kind: 'person', relation: '保洁阿姨', role: 'user' },
      { kind: 'cue', cue: 'constraint', about: '保洁阿姨年纪都大了' },
    ],
  },
  { text: '家里用，就要一个拖把', asked: 'quantity', playbook: 'cleaning', facts: [{ kind: 'quantity', value: 1, what: '拖把' }] },
  { text: '打不打折无所谓，关键是好用', asked: 'criteria', playbook: 'cleaning', facts: [] },
  {
    text: '你们这拖把能用多久？上次买的三个月就坏了',
    playbook: 'cleaning',
    facts: [
      { kind: 'question', topic: 'product' },
      { kind: 'quantity', value: 3, unit: 'month' },
      { kind: 'cue', cue: 'complaint', about: '三个月就坏了' },
    ],
  },
  {
    text: '每周大扫除一次，地面是水磨石的，大概两千平',
    asked: 'describe',
    playbook: 'cleaning',
    facts: [
      { kind: 'date', role: 'frequency', text: '每周一次' },
      { kind: 'quantity', value: 2000, unit: 'm2', approximate: true },
    ],
  },
  {
    text: '一次进五百把，价格能到多少',
    playbook: 'cleaning',
    facts: [
      { kind: 'quantity', value: 500, what: '把' },
      { kind: 'question', topic: 'price' },
    ],
  },
  {
    text: '仓库小，放不下太多库存，一次最多进一百把',
    playbook: 'cleaning',
    facts: [
      { kind: 'cue', cue: 'constraint', about: '仓库小' },
      { kind: 'quantity', value: 100, what: '把' },
    ],
  },
  {
    text: '一般家里买一两个就够了，我要二十个，给我们民宿用',
    asked: 'quantity',
    playbook: 'cleaning',
    facts: [
      { kind: 'quantity', value: 20, what: '个' },
      { kind: 'cue', cue: 'deviation', about: '要二十个' },
    ],
  },
  {
    text: '消毒液也要，84那种，来十桶',
    playbook: 'cleaning',
    facts: [{ kind: 'quantity', value: 10, what: '桶' }],
    note: '84 is a product name, not a quantity',
  },
  { text: '上回买的那批拖把杆断了好几根，气人', playbook: 'cleaning', facts: [{ kind: 'cue', cue: 'complaint', about: '拖把杆断了好几根' }, { kind: 'feeling', feeling: 'frustration' }] },
  {
    text: '我们经理姓孙，回头让他跟你们聊，他电话13700001111',
    asked: 'decision',
    playbook: 'cleaning',
    facts: [
      { kind: 'person', name: '孙', relation: '经理' },
      { kind: 'contact', phone: '13700001111' },
    ],
  },
  { text: '楼道每天拖两遍', asked: 'describe', playbook: 'cleaning', facts: [{ kind: 'date', role: 'frequency', text: '每天两遍' }] },

  // ───────────── shop owner / tobacco retailer unhappy with supply ─────────────
  {
    text: '一周少说要多卖三十条',
    asked: 'impact',
    facts: [
      { kind: 'date', role: 'frequency', text: '一周' },
      { kind: 'quantity', value: 30, approximate: true, what: '条' },
    ],
  },
  {
    text: '旁边新开了个厂，工人都要便宜烟，货老是断',
    asked: 'describe',
    facts: [
      { kind: 'cue', cue: 'event', about: '旁边新开了个厂' },
      { kind: 'cue', cue: 'complaint', about: '货老是断' },
    ],
  },
  {
    text: '那个配送的天天迟到，气死我了',
    facts: [
      { kind: 'cue', cue: 'complaint', about: '配送的天天迟到' },
      { kind: 'feeling', feeling: 'frustration' },
      { kind: 'date', role: 'frequency', text: '天天' },
    ],
  },
  {
    text: '跟你们说了多少遍了，还是送错',
    facts: [
      { kind: 'cue', cue: 'complaint', about: '还是送错' },
      { kind: 'feeling', feeling: 'frustration' },
    ],
  },
  {
    text: '货老是不按时到，一周少说少卖三十条',
    asked: 'impact',
    facts: [
      { kind: 'cue', cue: 'complaint', about: '货老是不按时到' },
      { kind: 'date', role: 'frequency', text: '一周' },
      { kind: 'quantity', value: 30, approximate: true, what: '条' },
    ],
  },
  { text: '一个月损失差不多三千块', asked: 'impact', facts: [{ kind: 'money', amount: 3000, bound: 'about', currency: 'CNY', context: 'loss' }] },
  {
    text: '我开小超市的，进货一直找华润，最近总缺货',
    asked: 'describe',
    facts: [
      { kind: 'organisation', name: '华润', relation: 'current-supplier' },
      { kind: 'cue', cue: 'complaint', about: '最近总缺货' },
    ],
  },
  { text: '有没有便宜点的牌子能顶上', facts: [{ kind: 'question', topic: 'availability' }] },
  { text: '受够了，下个月就换供应商', facts: [{ kind: 'feeling', feeling: 'frustration' }, { kind: 'date', role: 'start', start: '2026-12-01', end: '2026-12-31' }] },
  { text: '没换过供应商，一直是这家', asked: 'alternatives', facts: [], note: 'no brand named' },

  // ───────────── names, contact details and preferences ─────────────
  { text: '叫我小李就行', asked: 'name', facts: [{ kind: 'own-name', name: '小李' }] },
  { text: '我叫陈静，耳东陈，安静的静', asked: 'name', facts: [{ kind: 'own-name', name: '陈静' }] },
  { text: '免贵姓刘', asked: 'name', facts: [{ kind: 'own-name', name: '刘' }] },
  { text: '我是王总', asked: 'name', facts: [{ kind: 'own-name', name: '王', title: '总' }] },
  { text: '我是他们公司赵经理，赵云的赵', asked: 'name', facts: [{ kind: 'own-name', name: '赵', title: '经理' }] },
  {
    text: '邮箱 chen.jing@163.com，发邮件就行，别打电话',
    asked: 'contact',
    facts: [
      { kind: 'contact', email: 'chen.jing@163.com' },
      { kind: 'contact-preference', channel: 'email', avoid: '打电话' },
    ],
  },
  { text: '手机+86 139-1234-5678', asked: 'contact', facts: [{ kind: 'contact', phone: '+8613912345678' }] },
  {
    text: '我人在美国，电话 +1 617 555 0188，晚上联系我',
    asked: 'contact',
    facts: [
      { kind: 'contact', phone: '+16175550188' },
      { kind: 'contact-preference', when: '晚上' },
    ],
  },
  {
    text: '打这个555-0188就行，我美国办公室的座机',
    asked: 'contact',
    facts: [
      { kind: 'contact', phone: '5550188' },
      { kind: 'contact-preference', channel: 'phone' },
    ],
  },
  { text: '直接打我电话吧，别在这一个个问了', facts: [{ kind: 'request', request: 'call-me' }, { kind: 'request', request: 'shorten' }] },
  { text: '能不能找个真人跟我说', facts: [{ kind: 'request', request: 'person' }] },
  { text: '转人工', facts: [{ kind: 'request', request: 'person' }] },
  { text: '别再给我发消息了', facts: [{ kind: 'request', request: 'stop' }] },
  { text: '把我的信息都删了，谢谢', facts: [{ kind: 'request', request: 'delete-data' }] },
  { text: '还有几个问题啊？', facts: [{ kind: 'request', request: 'shorten' }] },
  { text: '问题太多了吧，直接报价', facts: [{ kind: 'request', request: 'shorten' }, { kind: 'question', topic: 'price' }] },
  { text: '快点', facts: [{ kind: 'feeling', feeling: 'impatience' }] },
  { text: '能不能快点，我赶时间', facts: [{ kind: 'feeling', feeling: 'impatience' }] },
  { text: '你根本没在听我说话', facts: [{ kind: 'feeling', feeling: 'frustration' }] },
  { text: '你是机器人吧？', facts: [{ kind: 'question', topic: 'other' }] },
  { text: '你们在哪？有门店吗', facts: [{ kind: 'question', topic: 'other' }] },
  {
    text: '怎么付款？能开专票吗，我们公司叫恒达机械',
    facts: [
      { kind: 'question', topic: 'process' },
      { kind: 'organisation', name: '恒达机械', relation: 'own' },
    ],
  },
  {
    text: '我姓黄，微信同号18688886666，白天都行，周末别找我',
    asked: 'contact',
    facts: [
      { kind: 'own-name', name: '黄' },
      { kind: 'contact', phone: '18688886666', other: 'WeChat: 18688886666' },
      { kind: 'contact-preference', when: '白天', avoid: '周末' },
    ],
  },
  {
    text: '电话写错了，是13912345678',
    facts: [
      { kind: 'correction', target: 'contact', to: '13912345678' },
      { kind: 'contact', phone: '13912345678' },
    ],
  },
  { text: '座机010-8765 4321，上班时间打', asked: 'contact', facts: [{ kind: 'contact', phone: '01087654321' }, { kind: 'contact-preference', channel: 'phone', when: '上班时间' }] },
  { text: '邮件联系吧，email only，电话一律不接', asked: 'contact', facts: [{ kind: 'contact-preference', channel: 'email', avoid: '电话' }] },
  { text: '不方便留电话', asked: 'contact', facts: [], note: 'a refusal; nothing to store' },
  {
    text: '哦不对，我老婆姓林，不姓李',
    facts: [
      { kind: 'correction', target: 'person', from: '李', to: '林' },
      { kind: 'person', name: '林', relation: '老婆' },
    ],
  },
  { text: '中午十二点到两点别打，要午休', asked: 'contact', facts: [{ kind: 'contact-preference', avoid: '中午十二点到两点' }] },

  // ───────────── answers, corrections, prior-dependent items ─────────────
  { text: '差不多吧，是的', asked: 'confirm', facts: [{ kind: 'answer', value: 'yes' }] },
  { text: '随便吧，是的', asked: 'confirm', facts: [{ kind: 'answer', value: 'yes' }] },
  { text: '也不算吧', asked: 'confirm', facts: [{ kind: 'answer', value: 'no' }], note: '"Not really"' },
  { text: '对', asked: 'confirm', facts: [{ kind: 'answer', value: 'yes' }] },
  { text: '不是', asked: 'confirm', facts: [{ kind: 'answer', value: 'no' }] },
  { text: '一半一半吧', asked: 'confirm', facts: [{ kind: 'answer', value: 'partly' }] },
  { text: '嗯嗯对的，就这样', asked: 'confirm', facts: [{ kind: 'answer', value: 'yes' }] },
  {
    text: '不对，预算……最多一万吧',
    asked: 'confirm',
    facts: [
      { kind: 'answer', value: 'no' },
      { kind: 'correction', target: 'money', to: '最多一万' },
      { kind: 'money', amount: 10000, bound: 'max', context: 'budget' },
    ],
  },
  { text: '最多一万', asked: 'money', facts: [{ kind: 'money', amount: 10000, bound: 'max', context: 'budget' }] },
  { text: '没有', asked: 'alternatives', facts: [{ kind: 'answer', value: 'no' }] },
  { text: '有啊，还问了两家', asked: 'alternatives', facts: [{ kind: 'answer', value: 'yes' }, { kind: 'quantity', value: 2, what: '家' }] },
  { text: '不清楚，得问问我老公', asked: 'decision', facts: [{ kind: 'person', relation: '老公' }] },
  { text: '行', asked: 'confirm', facts: [{ kind: 'answer', value: 'yes' }] },
  { text: 'OK的', asked: 'confirm', facts: [{ kind: 'answer', value: 'yes' }] },
  { text: '好的', asked: 'opening', facts: [] },
  { text: '不是两个，是一个', asked: 'confirm', facts: [{ kind: 'correction', target: 'quantity', from: '两个', to: '一个' }, { kind: 'quantity', value: 1, what: '个' }] },
  { text: '其实是40个', facts: [{ kind: 'correction', target: 'quantity', to: '40个' }, { kind: 'quantity', value: 40, what: '个' }] },
  { text: '预算其实能到３万', facts: [{ kind: 'correction', target: 'money', to: '３万' }, { kind: 'money', amount: 30000, bound: 'max', context: 'budget' }] },
  { text: '40', asked: 'quantity', facts: [{ kind: 'quantity', value: 40 }] },
  { text: '三十个左右', asked: 'quantity', facts: [{ kind: 'quantity', value: 30, approximate: true, what: '个' }] },
  { text: '两万', asked: 'money', facts: [{ kind: 'money', amount: 20000, context: 'budget' }] },
  { text: '月底', asked: 'date', facts: [{ kind: 'date', role: 'deadline', end: '2026-11-30' }] },
  { text: '下周吧', asked: 'date', facts: [{ kind: 'date', role: 'window', start: '2026-11-30', end: '2026-12-06' }] },
  { text: '三个', asked: 'people', facts: [{ kind: 'quantity', value: 3, what: '个' }] },
  { text: '预算就五千，别的都好说', asked: 'criteria', facts: [{ kind: 'money', amount: 5000, context: 'budget' }], note: 'answers another question than asked' },
  { text: '下个月就要用', asked: 'why', facts: [{ kind: 'date', role: 'deadline', start: '2026-12-01', end: '2026-12-31' }] },
  { text: '是的是的', asked: 'confirm', facts: [{ kind: 'answer', value: 'yes' }] },
  { text: '部分是吧，主要还是想省心', asked: 'confirm', facts: [{ kind: 'answer', value: 'partly' }] },
  { text: '不是这个意思', asked: 'confirm', facts: [{ kind: 'answer', value: 'no' }] },
  { text: '算是吧', asked: 'confirm', facts: [{ kind: 'answer', value: 'yes' }] },
  { text: '没考虑过别家', asked: 'alternatives', facts: [{ kind: 'answer', value: 'no' }] },
  {
    text: '对，不过数量改成１２０双',
    asked: 'confirm',
    facts: [
      { kind: 'answer', value: 'partly' },
      { kind: 'correction', target: 'quantity', to: '１２０双' },
      { kind: 'quantity', value: 120, what: '双' },
    ],
    note: '"yes, but" with a change is partly',
  },
  {
    text: '是下个月，不是这个月',
    asked: 'confirm',
    facts: [
      { kind: 'correction', target: 'date', from: '这个月', to: '下个月' },
      { kind: 'date', role: 'window', start: '2026-12-01', end: '2026-12-31' },
    ],
  },

  // ───────────── filler, greetings, thanks, off-topic, jokes ─────────────
  { text: '你好', asked: 'opening', facts: [] },
  { text: '在吗', facts: [] },
  { text: '在不在？', facts: [] },
  { text: 'hi', facts: [] },
  { text: '您好，打扰了', facts: [] },
  { text: '谢谢', facts: [] },
  { text: '多谢啦', facts: [] },
  { text: 'thx', facts: [] },
  { text: '嗯嗯', facts: [] },
  { text: '哦', facts: [] },
  { text: 'OK.', facts: [] },
  { text: '好的。', facts: [] },
  { text: '那个……', facts: [] },
  { text: '我想想哈', facts: [] },
  { text: '额', facts: [] },
  { text: '哈哈', facts: [] },
  { text: '行吧', asked: 'opening', facts: [], note: 'no confirm question pending' },
  { text: '今天好冷啊', facts: [] },
  { text: '我在地铁上，信号不好', facts: [] },
  { text: '等我一下，我先去接个孩子', facts: [] },
  { text: '刚下班，累死了', facts: [] },
  { text: '你们送老婆吗哈哈哈', facts: [], note: 'a joke' },
  { text: '随便看看', asked: 'opening', facts: [] },
  { text: '不知道', asked: 'why', facts: [] },
  { text: '还没想好', asked: 'money', facts: [] },
  { text: '不着急，慢慢来', facts: [], note: 'negated impatience' },
  { text: '也没有很贵啦', facts: [] },
  { text: '不是不想买，是真没钱', facts: [], note: 'no amount; no fact kind for a bare money constraint' },
  { text: '其实也没那么急', facts: [] },
  { text: '我们一般都是这样的', facts: [] },
  { text: '嗯……怎么说呢', asked: 'describe', facts: [] },
  { text: '对了，刚才说到哪了', facts: [] },
  { text: '哈哈你猜', asked: 'money', facts: [] },
  { text: '没什么特别的要求', asked: 'criteria', facts: [] },
  { text: '先这样吧，回头再聊', facts: [] },
  { text: '好滴～', facts: [] },
  { text: '👍', facts: [] },
  { text: '收到', facts: [] },
  { text: '我们老板人挺好的哈哈', facts: [], note: 'small talk: no role, nothing to store' },
  { text: '要是中了彩票我就买最贵的', facts: [], note: 'irrealis joke' },
  { text: '不是我老婆让我来问的啊，别误会', facts: [], note: 'negated person' },
  { text: '好像也没啥问题', asked: 'describe', facts: [], note: 'negated complaint' },
  { text: '如果老人摔了怎么办，这个也不用考虑，家里没老人', facts: [], note: 'irrealis + negated' },
  { text: '也不是说联通不好', facts: [], note: 'negated complaint; organisation inside a negated clause' },
  { text: '我就问问，不一定买', facts: [] },
  { text: '嗯，明白了', facts: [] },
  { text: '啊这', facts: [] },

  // ───────────── mixed, longer and harder messages ─────────────
  {
    text: '寄出去的货有一半会丢，budget大概5k吧',
    facts: [
      { kind: 'quantity', value: 50, unit: 'percent', what: '货' },
      { kind: 'cue', cue: 'complaint', about: '有一半会丢' },
      { kind: 'money', amount: 5000, bound: 'about', context: 'budget' },
    ],
  },
  {
    text: 'deadline是月底，预算２万左右，老板拍板',
    facts: [
      { kind: 'date', role: 'deadline', end: '2026-11-30' },
      { kind: 'money', amount: 20000, bound: 'about', context: 'budget' },
      { kind: 'person', relation: '老板', role: 'decision-maker' },
    ],
  },
  {
    text: '我们这边IT head是老外，叫Mark，security review必须他签',
    asked: 'decision',
    facts: [{ kind: 'person', name: 'Mark', relation: 'IT head', role: 'technical-gatekeeper' }],
  },
  {
    text: '双十一在别家买的扫地机器人，用了一周就坏了，客服还不理人，真的无语',
    facts: [
      { kind: 'date', role: 'past', start: '2026-11-11', end: '2026-11-11' },
      { kind: 'quantity', value: 1, unit: 'week' },
      { kind: 'cue', cue: 'complaint', about: '用了一周就坏了，客服还不理人' },
      { kind: 'feeling', feeling: 'frustration' },
    ],
  },
  {
    text: '我爸上个月摔了一跤，现在行动不方便，想给家里装个扶手，再买个防滑垫',
    facts: [
      { kind: 'person', relation: '爸' },
      { kind: 'date', role: 'past', start: '2026-10-01', end: '2026-10-31' },
      { kind: 'feeling', feeling: 'loss' },
      { kind: 'cue', cue: 'event', about: '我爸摔了一跤' },
      { kind: 'cue', cue: 'constraint', about: '行动不方便' },
    ],
  },
  {
    text: '想给办公室买台咖啡机，二十来个人喝，每天大概四十杯',
    facts: [
      { kind: 'quantity', value: 20, approximate: true, what: '人' },
      { kind: 'date', role: 'frequency', text: '每天' },
      { kind: 'quantity', value: 40, approximate: true, what: '杯' },
    ],
  },
  {
    text: '现在用的Nespresso胶囊，太贵了，一个月光胶囊就要两千多',
    facts: [
      { kind: 'organisation', name: 'Nespresso', relation: 'current-supplier' },
      { kind: 'cue', cue: 'complaint', about: '太贵了' },
      { kind: 'money', amount: 2000, bound: 'min', context: 'cost' },
    ],
    note: '两千多 = a bit over 2000: bound min',
  },
  {
    text: '房子一百二十平，三室两厅，家里四口人，想装全屋净水',
    facts: [
      { kind: 'quantity', value: 120, unit: 'm2', what: '房子' },
      { kind: 'quantity', value: 4, what: '人' },
    ],
  },
  {
    text: '我们家老人八十多了，耳朵不好，电话要响得大声点的',
    facts: [
      { kind: 'person', relation: '老人' },
      { kind: 'quantity', value: 80, unit: 'year', approximate: true, what: '年龄' },
      { kind: 'cue', cue: 'constraint', about: '耳朵不好' },
    ],
  },
  {
    text: '说实话，你们上次报价比京东还贵',
    facts: [
      { kind: 'organisation', name: '京东', relation: 'competitor' },
      { kind: 'cue', cue: 'complaint', about: '报价比京东还贵' },
    ],
  },
  {
    text: '这周五之前给我个方案吧，我周末要跟合伙人商量',
    facts: [
      { kind: 'date', role: 'deadline', end: '2026-11-27' },
      { kind: 'person', relation: '合伙人' },
      { kind: 'date', role: 'window', start: '2026-11-28', end: '2026-11-29' },
    ],
    note: '周末 = this weekend 2026-11-28/29 when they decide',
  },
  {
    text: '公司下个月搬到新园区，三层楼，每层大概八百平，保洁外包给了一家叫洁安的公司',
    playbook: 'cleaning',
    facts: [
      { kind: 'cue', cue: 'event', about: '公司下个月搬到新园区' },
      { kind: 'date', role: 'start', start: '2026-12-01', end: '2026-12-31' },
      { kind: 'quantity', value: 3, what: '层' },
      { kind: 'quantity', value: 800, unit: 'm2', approximate: true },
      { kind: 'organisation', name: '洁安', relation: 'current-supplier' },
    ],
  },
  {
    text: '我们诊所下月开第二家分店，要再配两张牙椅',
    facts: [
      { kind: 'cue', cue: 'event', about: '开第二家分店' },
      { kind: 'date', role: 'start', start: '2026-12-01', end: '2026-12-31' },
      { kind: 'quantity', value: 2, what: '牙椅' },
    ],
  },
  {
    text: '预算三四千，最好这周能发货，急用',
    facts: [
      { kind: 'money', amount: 3000, max: 4000, context: 'budget' },
      { kind: 'date', role: 'deadline', end: '2026-11-29' },
    ],
  },
  {
    text: '别跟我扯那么多，就说多少钱',
    facts: [
      { kind: 'request', request: 'shorten' },
      { kind: 'feeling', feeling: 'impatience' },
      { kind: 'question', topic: 'price' },
    ],
  },
  {
    text: '你们客服上次答应给我回电话，到现在都没人打，烦不烦',
    facts: [
      { kind: 'cue', cue: 'complaint', about: '答应回电话到现在都没人打' },
      { kind: 'feeling', feeling: 'frustration' },
    ],
  },
  {
    text: '孩子明年九月上小学，想先把英语启蒙搞起来',
    playbook: 'training',
    facts: [
      { kind: 'person', relation: '孩子' },
      { kind: 'cue', cue: 'event', about: '上小学' },
      { kind: 'date', role: 'deadline', start: '2027-09-01', end: '2027-09-30' },
    ],
  },
  {
    text: '我们三个合伙人，我管技术，老杨管钱，最后还得我们仨一起定',
    asked: 'decision',
    facts: [
      { kind: 'quantity', value: 3, what: '合伙人' },
      { kind: 'person', name: '老杨', relation: '合伙人', role: 'decision-maker' },
    ],
  },
  {
    text: '老杨那人抠门，肯定嫌贵',
    facts: [{ kind: 'person', name: '老杨', stance: 'opposed' }],
  },
  {
    text: '我怕买回来用不了几次就吃灰',
    facts: [{ kind: 'feeling', feeling: 'worry' }],
  },
  {
    text: '担心装修完甲醛超标，家里有个刚满月的宝宝',
    facts: [
      { kind: 'feeling', feeling: 'worry' },
      { kind: 'person', relation: '宝宝' },
      { kind: 'feeling', feeling: 'good-news' },
      { kind: 'cue', cue: 'constraint', about: '家里有个刚满月的宝宝' },
    ],
  },
  {
    text: '我们店一年营业额三百来万，系统一年三万顶天了',
    facts: [
      { kind: 'money', amount: 3000000, bound: 'about', context: 'revenue' },
      { kind: 'money', amount: 30000, bound: 'max', context: 'budget' },
    ],
  },
  {
    text: '之前那家供应商倒闭了，货款还欠着我们两万多',
    facts: [
      { kind: 'cue', cue: 'event', about: '供应商倒闭了' },
      { kind: 'money', amount: 20000, bound: 'min', context: 'loss' },
      { kind: 'feeling', feeling: 'loss' },
    ],
  },
  {
    text: '员工小张下个月休产假，前台缺人',
    facts: [
      { kind: 'person', name: '小张', relation: '员工' },
      { kind: 'date', role: 'start', start: '2026-12-01', end: '2026-12-31' },
      { kind: 'cue', cue: 'event', about: '小张休产假' },
      { kind: 'cue', cue: 'complaint', about: '前台缺人' },
    ],
    note: "an employee's maternity leave is a staffing event for this customer, not their good news",
  },
  { text: '那个……我们其实是第一次买这种东西，不太懂', facts: [] },
  {
    text: '嗯，我想想。对了，你们有没有分期？',
    facts: [{ kind: 'question', topic: 'process' }],
  },
  {
    text: '宽带200M一年多少？我现在电信是一年1200',
    playbook: 'broadband',
    facts: [
      { kind: 'quantity', value: 200, unit: 'Mbps' },
      { kind: 'question', topic: 'price' },
      { kind: 'organisation', name: '电信', relation: 'current-supplier' },
      { kind: 'money', amount: 1200, context: 'price' },
    ],
  },
  {
    text: '我们酒店在丽江，海拔高，运过来的酒会不会有问题',
    playbook: 'baijiu',
    facts: [
      { kind: 'cue', cue: 'constraint', about: '海拔高' },
      { kind: 'question', topic: 'product' },
      { kind: 'feeling', feeling: 'worry' },
    ],
  },
  {
    text: '先要五十箱试试，卖得好再加',
    asked: 'quantity',
    playbook: 'baijiu',
    facts: [{ kind: 'quantity', value: 50, what: '箱' }],
  },
  {
    text: '工厂三班倒，晚上那班最容易出事',
    facts: [
      { kind: 'cue', cue: 'constraint', about: '三班倒' },
      { kind: 'cue', cue: 'complaint', about: '晚上那班最容易出事' },
    ],
  },
  {
    text: '家里养了两只猫，掉毛厉害，拖把一天得拖三遍',
    playbook: 'cleaning',
    facts: [
      { kind: 'quantity', value: 2, what: '猫' },
      { kind: 'cue', cue: 'constraint', about: '掉毛厉害' },
      { kind: 'date', role: 'frequency', text: '一天三遍' },
    ],
  },
  {
    text: '我们是连锁烘焙，六家店，总部统一采购，你得找我们采购总监周总',
    facts: [
      { kind: 'quantity', value: 6, what: '店' },
      { kind: 'person', name: '周总', relation: '采购总监', role: 'purchaser' },
    ],
  },
  {
    text: '好，就按你说的，三个人，15号，费用走公司',
    asked: 'confirm',
    playbook: 'training',
    facts: [
      { kind: 'answer', value: 'yes' },
      { kind: 'quantity', value: 3, what: '人' },
      { kind: 'date', role: 'window', start: '2026-12-15', end: '2026-12-15' },
    ],
  },
  {
    text: '我儿子明年高考，家里WiFi一到晚上就断，他复习都受影响，太闹心了',
    playbook: 'broadband',
    facts: [
      { kind: 'person', relation: '儿子' },
      { kind: 'cue', cue: 'event', about: '明年高考' },
      { kind: 'date', role: 'deadline', start: '2027-01-01', end: '2027-12-31', text: '明年高考' },
      { kind: 'cue', cue: 'complaint', about: 'WiFi一到晚上就断' },
      { kind: 'feeling', feeling: 'frustration' },
    ],
  },
  // ───────────── added: more mixed messages ─────────────
  {
    text: '我们是连锁牙科，深圳四家店，想统一换一批口腔内窥镜，明年3月底前到位就行',
    facts: [
      { kind: 'quantity', value: 4, what: '店' },
      { kind: 'date', role: 'deadline', end: '2027-03-31' },
    ],
  },
  {
    text: '家里是双胞胎，俩都要学琴，买一台够不够轮流用？',
    facts: [
      { kind: 'quantity', value: 2, what: '孩子' },
      { kind: 'cue', cue: 'deviation', about: '双胞胎，俩都要学琴' },
      { kind: 'question', topic: 'product' },
    ],
  },
  {
    text: 'Hi，我们hotel想进点白酒给宴会用，一个月大概三十箱，budget每箱不超过两千',
    playbook: 'baijiu',
    facts: [
      { kind: 'date', role: 'frequency', text: '一个月' },
      { kind: 'quantity', value: 30, approximate: true, what: '箱' },
      { kind: 'money', amount: 2000, bound: 'max', context: 'budget' },
    ],
  },
  {
    text: '上礼拜仓库有个搬运工被货砸了脚，老板这才同意买劳保鞋，先来六十双',
    facts: [
      { kind: 'date', role: 'past', start: '2026-11-16', end: '2026-11-22' },
      { kind: 'feeling', feeling: 'loss' },
      { kind: 'cue', cue: 'event', about: '搬运工被货砸了脚' },
      { kind: 'person', relation: '老板', stance: 'supportive' },
      { kind: 'quantity', value: 60, what: '双' },
    ],
  },
  {
    text: '不对不对，是王经理不是黄经理，三横一竖那个王',
    asked: 'confirm',
    facts: [
      { kind: 'answer', value: 'no' },
      { kind: 'correction', target: 'person', from: '黄经理', to: '王经理' },
      { kind: 'person', name: '王经理' },
    ],
  },
  {
    text: '宽带下周五到期，续费还是换还没想好，我老公说电信便宜',
    playbook: 'broadband',
    facts: [
      { kind: 'date', role: 'deadline', end: '2026-12-04' },
      { kind: 'person', relation: '老公' },
      { kind: 'organisation', name: '电信', relation: 'competitor' },
    ],
  },
  {
    text: '我们饭店后厨油多，普通拖把根本拖不干净，十来把就行',
    playbook: 'cleaning',
    facts: [
      { kind: 'cue', cue: 'constraint', about: '后厨油多' },
      { kind: 'cue', cue: 'complaint', about: '普通拖把根本拖不干净' },
      { kind: 'quantity', value: 10, approximate: true, what: '把' },
    ],
  },
  {
    text: '我自己开的工作室，就三个人，想找个便宜点的CRM，千把块一年',
    facts: [
      { kind: 'quantity', value: 3, what: '人' },
      { kind: 'money', amount: 1000, bound: 'about', currency: 'CNY', context: 'budget' },
    ],
    note: 'label fixed with the 千把块 rule: 块 is said, so CNY by this table\'s own convention',
  },
  {
    text: '孩子下学期要转学去上海，那边进度快，想寒假先补补英语',
    playbook: 'training',
    facts: [
      { kind: 'person', relation: '孩子' },
      { kind: 'cue', cue: 'event', about: '转学去上海' },
      { kind: 'date', role: 'window', text: '寒假' },
    ],
  },
  {
    text: '老师您好，我家孩子五年级，数学中等，每周想上两次，预算两百一节',
    playbook: 'training',
    facts: [
      { kind: 'person', relation: '孩子' },
      { kind: 'date', role: 'frequency', text: '每周两次' },
      { kind: 'money', amount: 200, context: 'budget' },
    ],
  },
  { text: '好嘞，了解了', facts: [] },
  { text: '谢了哈', facts: [] },
  { text: '没了', asked: 'other', facts: [] },
  { text: '就这些', asked: 'describe', facts: [] },
  { text: '我先去忙了', facts: [] },
  { text: '嗯嗯好的好的', facts: [] },
  { text: '哈哈哈哈哈', facts: [] },
  { text: '不用了谢谢', asked: 'other', facts: [] },
  { text: '晚安', facts: [] },
  { text: '其实也不是非买不可', facts: [] },
  { text: '没有人受伤啦，放心', asked: 'why', facts: [], note: 'negated injury' },
  { text: '不是因为搬家，就是想换个网速快点的', asked: 'why', playbook: 'broadband', facts: [], note: 'negated event' },
  // ───────────── 已知缺口，先标注再写规则（issue #14，新测试集之后） ─────────────
  { text: '千把块一年吧', asked: 'money', facts: [{ kind: 'money', amount: 1000, bound: 'about', currency: 'CNY', context: 'budget' }], note: '一年 qualifies the money: no date' },
  { text: '孩子八岁半', asked: 'describe', facts: [{ kind: 'quantity', value: 8.5, unit: 'year', what: '年龄' }, { kind: 'person', relation: '孩子' }] },
  { text: '女儿七岁，想学画画', asked: 'describe', facts: [{ kind: 'quantity', value: 7, unit: 'year', what: '年龄' }, { kind: 'person', relation: '女儿' }] },
  { text: '要三四千那种', asked: 'money', facts: [{ kind: 'money', amount: 3000, max: 4000, context: 'budget' }] },
  { text: '三四千那种就行', asked: 'money', facts: [{ kind: 'money', amount: 3000, max: 4000, context: 'budget' }] },
  {
    text: '每瓶进价预算两百左右',
    asked: 'money',
    playbook: 'baijiu',
    facts: [{ kind: 'money', amount: 200, bound: 'about', context: 'budget' }],
    note: 'the baijiu playbook asks its budget as the per-bottle purchase price (areas.budget.ask), so this is its budget',
  },
  {
    text: '不行，月中是我们结账的时候',
    asked: 'confirm',
    playbook: 'training',
    facts: [
      { kind: 'answer', value: 'no' },
      { kind: 'cue', cue: 'constraint', about: '月中是我们结账的时候' },
    ],
    note: 'a rejected proposal: a no and its reason, no date to file',
  },
  { text: '下周不行，那几天都排满了', asked: 'confirm', playbook: 'cleaning', facts: [{ kind: 'answer', value: 'no' }], note: 'a period they cannot do is no timeline' },
];
