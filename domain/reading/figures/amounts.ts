import { currencyAround, isDateLike } from '../../understand/amounts';
import { NumberSpan, parseNumberText, scanNumbers } from '../../understand/numbers';
import { HAN, Prepared } from '../../understand/text';
import { Asked, MoneyContext, MoneyFact, QuantityFact } from '../types';
import { endsAt, FigureWords, longestFirst, occurrences, startsAt } from './lists';
import { around, Layout } from './segments';

/** A figure found in the message, before it is tagged with its clause. */
export type FoundQuantity = QuantityFact & { at: number; to: number };
export type Found = (MoneyFact & { at: number; to: number }) | FoundQuantity;

interface Env {
  p: Prepared;
  words: FigureWords;
  layout: Layout;
  asked?: Asked;
}

const endsWithList = (lower: string, end: number, list: readonly string[] = []): string | undefined =>
  longestFirst(list).find((w) => endsAt(lower, end, w));
const startsWithList = (lower: string, start: number, list: readonly string[] = []): string | undefined =>
  longestFirst(list).find((w) => startsAt(lower, start, w));

function skipSpaces(lower: string, at: number): number {
  while (lower.charAt(at) === ' ') at += 1;
  return at;
}
function backSpaces(lower: string, at: number): number {
  while (at > 0 && /[\s$£¥€]/.test(lower.charAt(at - 1))) at -= 1;
  return at;
}

/** A measure unit right after the number, with the recogniser's "pounds" left to the money rules. */
function unitAfter(env: Env, end: number): { unit: string; factor: number; to: number; word: string } | undefined {
  const { lower } = env.p;
  const at = HAN.test(lower.charAt(end)) ? end : skipSpaces(lower, end);
  const word = startsWithList(lower, at, Object.keys(env.words.units));
  if (!word) return undefined;
  const forbidden = env.words.unitNotAfter?.[word] ?? [];
  if (forbidden.some((f) => lower.startsWith(f.toLowerCase(), at + word.length))) return undefined;
  const [unit, factor] = env.words.units[word];
  return { unit, factor, to: at + word.length, word };
}

function counterAfter(env: Env, end: number): string | undefined {
  return startsWithList(env.p.lower, end, env.words.counters);
}

/** An English noun after the number ("40 people", "two big deals"): what is counted. */
function nounAfter(env: Env, end: number): string | undefined {
  const { lower } = env.p;
  let at = skipSpaces(lower, end);
  if (lower.charAt(at) === '-') at += 1;
  const skip = startsWithList(lower, at, env.words.skipAdjectives);
  if (skip) at = skipSpaces(lower, at + skip.length);
  const word = /^[a-z][a-z'-]*/.exec(lower.slice(at))?.[0];
  if (!word || word.length < 2) return undefined;
  if (startsWithList(lower, at, env.words.notCountedAfter)) return undefined;
  if (STOP.has(word)) return undefined;
  // "spend 5k fixing it": a gerund says what the money does, it counts nothing.
  if (/..ing$/.test(word)) return undefined;
  return word;
}

const STOP = new Set(['and', 'or', 'to', 'in', 'on', 'at', 'for', 'by', 'of', 'a', 'an', 'the', 'with', 'per', 'is', 'are', 'was', 'not', 'if', 'but', 'so', 'that', 'which', 'who', 'would', 'we', 'i', 'you', 'he', 'she', 'they', 'it', 'yuan', 'dollars', 'bucks', 'quid', 'pounds', 'grand', 'thousand', 'million', 'k', 'each', 'worth', 'tops', 'max', 'a', 'give', 'or', 'depends', 'now', 'just', 'please', 'than', 'this', 'next', 'last', 'years', 'year', 'months', 'month', 'days', 'day', 'weeks', 'week', 'hours', 'hour', 'times', 'percent', 'uk', 'minutes', 'already', 'i\'m', 'is', 'mbps', 'meg', 'gig']);

function negated(env: Env, start: number): boolean {
  const { lower } = env.p;
  const before = backSpaces(lower, start);
  return !!endsWithList(lower, before, env.words.negators);
}

function othersNorm(env: Env, start: number): boolean {
  const seg = around(env.layout.segments, start);
  return occurrences(env.p.lower, seg.start, start, env.words.othersNorm).length > 0;
}

/** "Two or three" keeps its upper end; "twenty-odd" and its Chinese forms are one hedged figure, not a range. */
function placeApproximated(env: Env, span: NumberSpan): boolean {
  const written = env.p.lower.slice(span.start, span.end);
  const w = env.words;
  if (w.placeMarks.some((m) => written.includes(m))) return true;
  const ranged = [...w.rangeMarks, '-', '~', ' to ', ' and ', ' or '].some((m) => written.includes(m));
  const pair = w.pairDigits.length > 0 && w.pairDigits.includes(written.charAt(0)) && w.pairDigits.includes(written.charAt(1));
  return span.approximate === true && span.max !== undefined && !ranged && !pair;
}

function contextOf(env: Env, span: NumberSpan, bound: MoneyFact['bound']): MoneyContext {
  const { lower } = env.p;
  const m = env.words.money;
  const seg = around(env.layout.segments, span.start);
  const sentence = around(env.layout.sentences, span.start);
  const kinds: [MoneyContext, string[]][] = [
    ['loss', m.loss],
    ['revenue', m.revenue],
    ['other', m.other],
    ['cost', m.cost],
    ['price', m.price],
    ['budget', m.budget],
  ];
  const nearest = (from: number, to: number): MoneyContext | undefined => {
    let best: { at: number; kind: MoneyContext } | undefined;
    for (const [kind, list] of kinds) {
      const hit = occurrences(lower, from, to, list)[0];
      if (hit && (!best || hit.at > best.at)) best = { at: hit.at, kind };
    }
    return best?.kind;
  };
  const strong = (from: number, to: number): MoneyContext | undefined =>
    (['loss', 'revenue', 'other'] as const).find((k) => occurrences(lower, from, to, kinds.find(([n]) => n === k)?.[1] ?? []).length > 0);
  // A reaction in another clause ("but my husband thinks that's too much") does not say what the amount is.
  let found = nearest(seg.start, span.start) ?? strong(sentence.start, sentence.end) ?? nearest(sentence.start, span.start) ?? nearest(span.end, seg.end);
  if (bound === 'max' && found !== 'loss' && found !== 'other') return 'budget';
  // "每瓶进价预算两百": the purchase price of one unit is a price, whatever budget word stands beside it.
  if (occurrences(lower, seg.start, span.start, m.unitPrice ?? []).length) return 'price';
  if (startsWithList(lower, skipSpaces(lower, span.end), m.budgetAfter)) return 'budget';
  // "our budget for repairs is 5k": the budget word said before the amount outweighs the problem it is for.
  const budgetSaid = (from: number, to: number): boolean => occurrences(lower, from, to, m.budget.filter((w) => /budget|\u9884\u7b97/.test(w))).length > 0;
  if (found === 'cost' && budgetSaid(seg.start, span.start)) return 'budget';
  const costly = occurrences(lower, seg.start, seg.end, m.costStrong ?? []).length > 0;
  const willing = occurrences(lower, seg.start, span.start, m.willing ?? []).length > 0;
  if (costly && (found === 'budget' || found === 'price') && !budgetSaid(seg.start, seg.end) && !willing) found = 'cost';
  if (found) return found;
  if (/\?/.test(lower.slice(span.end, seg.end + 2))) return 'price';
  return 'budget';
}

function boundOf(env: Env, span: NumberSpan, from: number, to: number): MoneyFact['bound'] {
  const { lower } = env.p;
  const m = env.words.money;
  const seg = around(env.layout.segments, span.start);
  const before = backSpaces(lower, from);
  const after = skipSpaces(lower, to);
  const window = lower.slice(Math.max(seg.start, from - 40), from);
  if (m.maxWins.some((w) => window.includes(w))) return 'max';
  if (endsWithList(lower, before, m.max) || startsWithList(lower, after, m.maxAfter) || startsWithList(lower, to, m.maxAfter)) {
    const min = endsWithList(lower, before, m.min);
    const max = endsWithList(lower, before, m.max) ?? '';
    if (!min || max.length > min.length) return 'max';
  }
  if (endsWithList(lower, before, m.min) || occurrences(lower, seg.start, from, m.min).length) return 'min';
  if (env.words.minEnds.some((e) => lower.slice(span.start, span.end).endsWith(e)) || startsWithList(lower, to, m.minAfter)) return 'min';
  if (span.approximate || endsWithList(lower, before, m.about) || occurrences(lower, seg.start, from, m.about).length) return 'about';
  return undefined;
}

function moneyCue(env: Env, span: NumberSpan): boolean {
  const { lower } = env.p;
  const seg = around(env.layout.segments, span.start);
  if (occurrences(lower, seg.start, seg.end, env.words.money.cues).length) return true;
  if (startsWithList(lower, span.end, env.words.money.moneyAfter)) return true;
  return false;
}

function readMoney(env: Env, span: NumberSpan, currencyCode: string | undefined, from: number, to: number): Found {
  const bound = boundOf(env, span, from, to);
  const fact: Found = { kind: 'money', amount: span.value, context: contextOf(env, span, bound), at: from, to };
  if (span.max !== undefined && !placeApproximated(env, span)) fact.max = span.max;
  if (bound) fact.bound = bound;
  if (currencyCode) fact.currency = currencyCode;
  return fact;
}

function currencyOf(env: Env, span: NumberSpan): { code?: string; from: number; to: number } | undefined {
  const mark = currencyAround(env.p, span);
  if (!mark) return undefined;
  const code = mark.codes.includes('CNY') && mark.codes.includes('JPY') ? 'CNY' : mark.codes[0];
  return { code, from: Math.min(mark.from, span.from), to: Math.max(mark.to, span.to) };
}

/**
 * "千把块", "万把块": a round figure with the Chinese "or so" that the scanner does not read. Money only with a
 * currency word or a money cue, never a count ("千把人" is no amount).
 */
function roughFigures(env: Env, taken: Found[], scanned: NumberSpan[]): Found[] {
  const { lower } = env.p;
  const out: Found[] = [];
  for (const [word, value] of Object.entries(env.words.money.roughly ?? {})) {
    for (const hit of occurrences(lower, 0, lower.length, [word])) {
      const at = hit.at;
      const to = at + word.length;
      if ([...taken, ...out].some((f) => at < f.to && to > f.at) || scanned.some((s) => at < s.end && to > s.start && s.start < at)) continue;
      if (/[\u96f6\u4e00\u4e8c\u4e24\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07\d]$/u.test(lower.slice(0, at))) continue;
      const span: NumberSpan = { start: at, end: to, value, scale: value, article: false, from: at, to, approximate: true };
      const cur = currencyOf(env, span);
      if (!cur && !moneyCue(env, span) && env.asked !== 'money') continue;
      if (!cur && counterAfter(env, to)) continue;
      out.push(readMoney(env, span, cur?.code, cur?.from ?? at, cur?.to ?? to));
    }
  }
  return out;
}

/** Money, measures and counts in the message, each number read once. */
export function findAmounts(env: Env): Found[] {
  const { p, words } = env;
  const lower = p.lower;
  const found: Found[] = [];
  const spans = scanNumbers(p).filter((s) => s.value > 0).map((s) => asUnit(env, s));
  for (const span of spans) {
    const written = lower.slice(span.start, span.end);
    if (written === 'a quarter' || written === 'quarter') continue;
    if (negated(env, span.from) || othersNorm(env, span.start) || conversion(env, span)) continue;
    if (ordinal(env, span)) continue;
    const money = pickMoney(env, span);
    if (money) {
      found.push(money);
      continue;
    }
    // "一百二十来号人": a counter that starts with the day mark "号" counts people, it is no date.
    if (isDateLike(p, span) && !unitAfter(env, span.end) && (counterAfter(env, span.end)?.length ?? 0) < 2) continue;
    const quantity = pickQuantity(env, span);
    if (quantity) found.push(quantity);
  }
  found.push(...missedMeasures(env, found, spans));
  found.push(...roughFigures(env, found, spans));
  found.push(...halves(env, found));
  return found;
}

const HAN_NUMERAL = /[\u96f6\u4e00\u4e8c\u4e24\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07\d.]+$/u;

/**
 * Measures the number scanner passes over: the recogniser reads "a kilo" as no number at all and takes the
 * Chinese "two kilos" and "a thousand megabits" for a dimension, not a number, so they never reach the rules above.
 * A weight after "a" is one of it ("a pound" only with "of": "a pound" alone may be money); a Chinese numeral
 * right before a measure unit is that many.
 */
function missedMeasures(env: Env, taken: Found[], scanned: NumberSpan[]): Found[] {
  const { lower } = env.p;
  const out: Found[] = [];
  // A number the scanner did read and the rules above set aside (denied, a conversion) stays aside.
  const free = (at: number, to: number): boolean =>
    ![...taken, ...out].some((f) => at < f.to && to > f.at) && !scanned.some((s) => at < s.end && to > s.start);
  const weights = env.words.weightOnly ?? [];
  for (const [word, [unit, factor]] of Object.entries(env.words.units)) {
    if (HAN.test(word)) {
      if (!['kg', 'jin', 'lb', 'Mbps', 'm2'].includes(unit)) continue;
      for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
        const numeral = HAN_NUMERAL.exec(lower.slice(Math.max(0, at - 6), at))?.[0];
        if (!numeral) continue;
        const from = at - numeral.length;
        const value = parseNumberText(numeral);
        if (!value || !free(from, at + word.length) || unitAfter(env, from + numeral.length)?.word !== word) continue;
        if (value === 1 && !endsWithList(lower, from, env.words.oneKeepBefore)) continue;
        out.push({ kind: 'quantity', value: value * factor, unit, at: from, to: at + word.length });
      }
    } else if (weights.includes(unit)) {
      for (const m of lower.matchAll(new RegExp(`\\b(?:a|one)\\s+${word}\\b(\\s+of\\b)?`, 'gu'))) {
        const at = m.index ?? 0;
        if (unit === 'lb' && !m[1]) continue;
        const after = skipSpaces(lower, at + m[0].length);
        if (!free(at, at + m[0].length) || negated(env, at) || startsWithList(lower, after, env.words.conversionMarks)) continue;
        const q: FoundQuantity = { kind: 'quantity', value: factor, unit, at, to: at + m[0].length };
        const what = m[1] ? nounAfter(env, skipSpaces(lower, at + m[0].length)) : undefined;
        if (what && what !== 'the') q.what = what;
        out.push(q);
      }
    }
  }
  return out;
}

/** "100兆": the scanner's scale word is the trade's unit, so the number is read without it and the unit follows. */
function asUnit(env: Env, span: NumberSpan): NumberSpan {
  const written = env.p.lower.slice(span.start, span.end);
  for (const [word, [factor, least]] of Object.entries(env.words.scaleUnits ?? {})) {
    if (written.length > word.length && written.endsWith(word) && env.words.units[word] && span.value / factor >= least) {
      const end = span.end - word.length;
      return { ...span, value: span.value / factor, end, to: Math.min(span.to, end) };
    }
  }
  // "两百一节": the colloquial tail digit is the "one" of "one lesson", so the amount is 200.
  const per = [...(env.words.perOne ?? []), ...(env.words.counters ?? []), ...Object.keys(env.words.units)].filter((w) => HAN.test(w));
  if (written.length > 2 && written.endsWith('\u4e00') && span.max === undefined && !span.approximate && startsWithList(env.p.lower, span.end, per)) {
    const value = parseNumberText(written.slice(0, -1));
    if (value && value > 0) return { ...span, value, end: span.end - 1, to: Math.min(span.to, span.end - 1) };
  }
  return span;
}

/** "三月五号" after a month mark is a day; "一个月一百块" is a rate, not an ordinal. */
function ordinal(env: Env, span: NumberSpan): boolean {
  const before = backSpaces(env.p.lower, span.from);
  const mark = endsWithList(env.p.lower, before, env.words.ordinalBefore);
  if (!mark) return false;
  return !endsWithList(env.p.lower, before, env.words.notOrdinalAfter);
}

/** "1 kg = 2 jin, right?": both sides of a conversion are arithmetic, not what the customer wants. */
function conversion(env: Env, span: NumberSpan): boolean {
  const marks = env.words.conversionMarks ?? [];
  if (!marks.length) return false;
  const { lower } = env.p;
  if (endsWithList(lower, backSpaces(lower, span.from), marks)) return true;
  const unit = unitAfter(env, span.end);
  const after = skipSpaces(lower, unit ? unit.to : span.end);
  return !!startsWithList(lower, after, marks);
}

function pickMoney(env: Env, span: NumberSpan): Found | undefined {
  const { p, words } = env;
  const cur = currencyOf(env, span);
  const unit = unitAfter(env, span.end);
  if (cur) {
    const isPound = /pound/.test(p.lower.slice(span.end, cur.to));
    // "Two pounds" of fruit is a weight: "pounds" is money only beside a money word, a big figure or a money question.
    if (isPound && span.value < 100 && !moneyCue(env, span) && env.asked !== 'money') return undefined;
    return readMoney(env, span, cur.code, cur.from, cur.to);
  }
  if (unit || counterAfter(env, span.end) || startsWithList(p.lower, skipSpaces(p.lower, span.end), words.groupOf)) return undefined;
  // "3M" in Chinese text is a brand, not three million.
  if (p.hasHan && /m$/.test(p.lower.slice(span.start, span.end))) return undefined;
  if (!HAN.test(p.lower.slice(span.start, span.end)) && !p.hasHan && nounAfter(env, span.end)) {
    if (!/^(each|per|a month|a year)/.test(p.lower.slice(skipSpaces(p.lower, span.end)))) return undefined;
  }
  if (p.hasHan && HAN.test(p.lower.charAt(span.end)) && !startsWithList(p.lower, span.end, words.money.moneyAfter) && !startsWithList(p.lower, span.end, words.money.maxAfter) && !startsWithList(p.lower, span.end, words.money.minAfter) && !startsWithList(p.lower, span.end, words.money.trailing))
    return undefined;
  const big = span.scale >= 1000;
  if (big || moneyCue(env, span) || env.asked === 'money') {
    if (isDateLike(p, span)) return undefined;
    if (!big && span.value < 1) return undefined;
    return readMoney(env, span, undefined, span.from, span.to);
  }
  return undefined;
}

function pickQuantity(env: Env, span: NumberSpan): Found | undefined {
  const { p, words } = env;
  const lower = p.lower;
  const unit = unitAfter(env, span.end);
  const approximate = span.approximate === true;
  const max = span.max !== undefined && !placeApproximated(env, span) ? span.max : undefined;
  const han = p.hasHan && HAN.test(lower.slice(span.start, span.end) + lower.charAt(span.end));
  const base = (value: number, to: number): FoundQuantity => {
    const q: FoundQuantity = { kind: 'quantity', value, at: span.from, to };
    if (max !== undefined) q.max = max;
    if (approximate) q.approximate = true;
    return q;
  };
  if (unit) {
    if (startsWithList(lower, skipSpaces(lower, unit.to), words.durationDates) || endsWithList(lower, backSpaces(lower, span.from), words.durationDates)) return undefined;
    if (span.article && !(words.articleUnits ?? []).includes(unit.unit)) return undefined;
    if (han && span.value === 1 && !keepOne(env, span, unit.to)) return undefined;
    // "八岁半", "两斤半": a half after the unit adds half of it.
    const half = HAN.test(unit.word) && lower.charAt(unit.to) === '\u534a' ? 0.5 : 0;
    const q = base((span.value + half) * unit.factor, unit.to + (half ? 1 : 0));
    if (max !== undefined) q.max = max * unit.factor;
    q.unit = unit.unit;
    if (unit.word === '\u5c81') q.what = words.ageWhat;
    return q;
  }
  if (han) {
    const counter = counterAfter(env, span.end);
    if (!counter) return bareNumber(env, span, base);
    // "号" after a number is a day or a house number, but "号人" counts people.
    if ((words.notAfter ?? []).some((w) => lower.startsWith(w, span.end) && !counter.startsWith(w))) return undefined;
    if (span.value === 1 && ((words.oneNeverCounters ?? []).includes(counter) || !keepOne(env, span, span.end + counter.length))) return undefined;
    const q = base(span.value, span.end + counter.length);
    q.what = counter.slice((words.notAfter ?? []).find((w) => counter.length > w.length && counter.startsWith(w))?.length ?? 0);
    return q;
  }
  if (span.article) return undefined;
  if (endsWithList(lower, backSpaces(lower, span.from), words.notCountedBefore)) return undefined;
  const group = startsWithList(lower, skipSpaces(lower, span.end), words.groupOf);
  const family = endsWithList(lower, backSpaces(lower, span.from), words.familyOf);
  if (group || family) {
    const q = base(span.value, span.to);
    q.what = 'people';
    return q;
  }
  const noun = nounAfter(env, span.end);
  if (noun) {
    const q = base(span.value, span.to);
    q.what = noun;
    return q;
  }
  return bareNumber(env, span, base);
}

/** A number said alone counts only as the answer to a count question or as a corrected count. */
function bareNumber(env: Env, span: NumberSpan, base: (value: number, to: number) => FoundQuantity): Found | undefined {
  const { lower } = env.p;
  const seg = around(env.layout.segments, span.start);
  const alone = lower.slice(seg.start, seg.end).replace(/[^a-z0-9\u4e00-\u9fff]/g, '') === lower.slice(span.start, span.end).replace(/[^a-z0-9\u4e00-\u9fff]/g, '');
  const cued = !!endsWithList(lower, backSpaces(lower, span.from), env.words.bareNumberCues);
  if (env.asked === 'quantity' && (alone || cued)) return base(span.value, span.to);
  if (cued && !/\d{3,}/.test(lower.slice(span.start, span.end))) return base(span.value, span.to);
  if (alone && env.asked === 'confirm' && env.layout.segments.length > 1) return base(span.value, span.to);
  return undefined;
}

/** "One" is mostly an article in Chinese ("a pair costs..."): a count only when stated as the answer. */
function keepOne(env: Env, span: NumberSpan, to: number): boolean {
  const { lower } = env.p;
  if (startsWithList(lower, to, env.words.oneKeepAfter)) return true;
  return !!endsWithList(lower, span.start, env.words.oneKeepBefore);
}

/** "Half the team", the Chinese "half of them": 50 percent; "half a kilo" is a measure the scanner reads. */
function halves(env: Env, taken: Found[]): Found[] {
  const { lower } = env.p;
  const out: Found[] = [];
  for (const hit of occurrences(lower, 0, lower.length, env.words.half)) {
    if (taken.some((f) => hit.at >= f.at && hit.at < f.to)) continue;
    // "一半一半", "half and half": a split between two things, not a share of one.
    const twice = (at: number): boolean => env.words.half.some((h) => startsAt(lower, at, h) || startsAt(lower, at, `and ${h}`));
    if (twice(skipSpaces(lower, hit.at + hit.phrase.length)) || env.words.half.some((h) => endsAt(lower, backSpaces(lower, hit.at), h) || endsAt(lower, backSpaces(lower, hit.at), `${h} and`))) continue;
    const next = skipSpaces(lower, hit.at + hit.phrase.length);
    if (/^an? /.test(lower.slice(next))) {
      const unit = unitAfter(env, next + (lower.charAt(next + 1) === 'n' ? 2 : 1));
      if (unit) out.push({ kind: 'quantity', value: 0.5 * unit.factor, unit: unit.unit, at: hit.at, to: unit.to });
      continue;
    }
    out.push({ kind: 'quantity', value: 50, unit: 'percent', at: hit.at, to: hit.at + hit.phrase.length });
  }
  for (const [word, [unit, value]] of Object.entries(env.words.halfUnits ?? {})) {
    for (const hit of occurrences(lower, 0, lower.length, [word])) out.push({ kind: 'quantity', value, unit, at: hit.at, to: hit.at + word.length });
  }
  return out;
}
