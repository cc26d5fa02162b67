import * as fs from 'fs';
import * as path from 'path';
import * as Recognizers from '@microsoft/recognizers-text-suite';
import { Contact, DecisionRole, DecisionRoleName, Locale, Money, ObjectionKind, Quantity, Timeline, YesNo, Attitude } from '../types';
import { dataDir, Words } from '../playbook';
import { findAny, findAnyWords, findPhrase, normalize } from '../lexicon';

/**
 * Answer understanding on top of Microsoft's recognizers-text, with rules for what they miss in
 * customer chat: the early/middle/late parts of a month, "the 15th of this month" resolving to next year,
 * "in two weeks" as a date, "two or three thousand" ranges, Chinese yes/no words, quantities with what
 * they count. Word lists are in data/understand.json, patterns in data/patterns.json.
 */

export interface UnderstandContext {
  locale: Locale;
  now: Date;
  defaultCurrency?: string;
  /** The question was about money: a bare number is an amount ("under 150" answering "what budget?"). */
  expectMoney?: boolean;
}

interface UnderstandData {
  yes: Words;
  no: Words;
  partly: Words;
  dontKnow: Words;
  vague: Words;
  asap: Words;
  objection: Record<ObjectionKind, Words>;
  sentiment: Record<'complaint' | 'worry' | 'emotion' | 'urgency', Words>;
  roles: Record<DecisionRoleName, Words>;
  attitude: Record<'supportive' | 'opposed', Words>;
  peopleTitles: Words;
  quantityUnits: Words;
  selfWord: Words;
}

let data: UnderstandData | undefined;
function words(): UnderstandData {
  data ??= JSON.parse(fs.readFileSync(path.join(dataDir(), 'understand.json'), 'utf8')) as UnderstandData;
  return data;
}

interface PatternData {
  hanNumber: string;
  currency: Record<string, string>;
  multiplier: Record<string, string>;
  monthRelative: Record<string, string>;
  monthPartRange: Record<'early' | 'mid' | 'late' | 'end' | 'start', string>;
  quantityZhExcludedUnits: string[];
  quantityEnStopWords: string[];
  selfRole: string[];
  surnames: string;
  [name: string]: unknown;
}

let patternData: PatternData | undefined;
const compiled = new Map<string, RegExp>();

function patterns(): PatternData {
  patternData ??= JSON.parse(fs.readFileSync(path.join(dataDir(), 'patterns.json'), 'utf8')) as PatternData;
  return patternData;
}

/** A pattern of data/patterns.json, with {HAN} and {UNITS} filled in, compiled once per flag set. */
function re(name: string, flags = 'iu', source?: string): RegExp {
  const key = `${name}/${flags}`;
  let regex = compiled.get(key);
  if (!regex) {
    const raw = source ?? patterns()[name];
    if (typeof raw !== 'string') throw new Error(`data/patterns.json has no pattern "${name}"`);
    const units = unitList('zh-CN').filter((u) => !patterns().quantityZhExcludedUnits.includes(u)).join('|');
    regex = new RegExp(raw.split('{HAN}').join(patterns().hanNumber).split('{UNITS}').join(units), flags);
    compiled.set(key, regex);
  }
  return regex;
}

function sub(group: 'currency' | 'multiplier' | 'monthRelative' | 'monthPartRange', key: string): RegExp {
  return re(`${group}.${key}`, 'iu', (patterns()[group] as Record<string, string>)[key]);
}

const CULTURE: Record<Locale, string> = { en: Recognizers.Culture.English, 'zh-CN': Recognizers.Culture.Chinese };
const MAX_INPUT = 2000;

function clip(text: string): string {
  return text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
}

let warmed = false;
/** The first call per culture builds the models (most of a second); do it before taking traffic. */
export function warmRecognizers(): void {
  if (warmed) return;
  const now = new Date();
  for (const locale of ['en', 'zh-CN'] as Locale[]) {
    const culture = CULTURE[locale];
    Recognizers.recognizeNumber('3', culture);
    Recognizers.recognizeCurrency('5', culture);
    Recognizers.recognizeDateTime('tomorrow', culture, undefined, now);
    Recognizers.recognizeBoolean('yes', culture);
    Recognizers.recognizeEmail('a@b.co', culture);
    Recognizers.recognizePhoneNumber('13812345678', culture);
  }
  words();
  patterns();
  warmed = true;
}

export function detectLocale(text: string): Locale | undefined {
  if (/\p{Script=Han}/u.test(text)) return 'zh-CN';
  if (/[A-Za-z]{2,}/.test(text)) return 'en';
  return undefined;
}


function cultureOf(text: string, locale: Locale): string {
  return CULTURE[detectLocale(text) ?? locale];
}

// ---------- numbers ----------

/** A Chinese or Arabic numeral string as a number (twenty, 1.5, fifteen thousand written the Chinese way). */
export function parseNumber(raw: string): number | undefined {
  const text = raw.replace(/,/g, '').trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const result = Recognizers.recognizeNumber(text, Recognizers.Culture.Chinese);
  const value = result.length === 1 ? Number((result[0].resolution as { value?: string }).value) : NaN;
  return Number.isFinite(value) ? value : undefined;
}

const EN_NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};

// ---------- money ----------

function currencyOf(text: string, fallback: string | undefined): string | undefined {
  return Object.keys(patterns().currency).find((code) => sub('currency', code).test(text)) ?? fallback;
}

function multiplierOf(suffix: string | undefined): number {
  if (!suffix) return 1;
  const found = Object.keys(patterns().multiplier).find((n) => sub('multiplier', n).test(suffix.trim()));
  return found ? Number(found) : 1;
}

export function recognizeMoney(text: string, ctx: UnderstandContext): Money | undefined {
  const input = clip(text);
  if (!ctx.expectMoney && !re('moneyContext').test(input) && !Object.keys(patterns().currency).some((code) => sub('currency', code).test(input))) return undefined;
  // The playbook's currency is implied only in its market's language; "about 50k" in English names none.
  const currency = currencyOf(input, detectLocale(input) === 'zh-CN' ? ctx.defaultCurrency : undefined);

  // "two or three thousand" written as two adjacent Chinese digits before the unit
  const adjacent = re('moneyAdjacentRange').exec(input);
  if (adjacent) {
    const unit = (patterns().hanUnits as Record<string, number>)[adjacent[3]] ?? 1;
    const a = parseNumber(adjacent[1]) ?? 0;
    const b = parseNumber(adjacent[2]) ?? 0;
    if (b === a + 1) return { amount: a * unit, max: b * unit, currency, text: adjacent[0] };
  }
  const range = re('moneyDigitRange').exec(input) ?? re('moneyHanRange').exec(input);
  if (range) {
    const hiUnit = multiplierOf(range[4]);
    const lo = (parseNumber(range[1]) ?? 0) * (range[2] ? multiplierOf(range[2]) : hiUnit);
    const hi = (parseNumber(range[3]) ?? 0) * hiUnit;
    if (lo > 0 && hi > lo) return { amount: lo, max: hi, currency, text: range[0].trim() };
  }

  const under = re('moneyUnder').test(input);
  const culture = cultureOf(input, ctx.locale);
  const currencies = Recognizers.recognizeCurrency(input, culture);
  if (currencies.length) {
    const first = currencies[0];
    const amount = Number((first.resolution as { value?: string }).value);
    if (Number.isFinite(amount) && amount > 0) {
      const iso = (first.resolution as { isoCurrency?: string }).isoCurrency;
      // The yen sign is also the yuan sign; in a Chinese conversation it means yuan.
      const code = iso === 'JPY' && (ctx.locale === 'zh-CN' || detectLocale(input) === 'zh-CN') ? 'CNY' : iso;
      const money: Money = { amount, currency: code || currencyOf(first.text, currency), text: first.text };
      if (under) money.max = amount;
      return money;
    }
  }
  const enShort = re('moneyShort').exec(input);
  if (enShort) {
    const amount = Math.round((parseNumber(enShort[1]) ?? 0) * multiplierOf(enShort[2]));
    if (amount > 0) return { amount, max: under ? amount : undefined, currency, text: enShort[0].trim() };
  }
  for (const zh of input.matchAll(re('moneyHan', 'giu'))) {
    if (!(zh[2] || zh[4] || ctx.expectMoney || re('moneyHanBig').test(zh[1]) || re('moneyBudgetWords').test(input))) continue;
    const value = parseNumber(`${zh[1]}${zh[2] ?? ''}${zh[3] ?? ''}`);
    if (value && value >= 10) return { amount: value, ...(under ? { max: value } : {}), currency, text: zh[0].trim() };
  }
  return undefined;
}

// ---------- dates ----------

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The conversation's calendar day in China time: the market the bot serves first. */
function localDate(now: Date): { y: number; m: number; d: number } {
  const shifted = new Date(now.getTime() + 8 * 3600 * 1000);
  return { y: shifted.getUTCFullYear(), m: shifted.getUTCMonth(), d: shifted.getUTCDate() };
}

function ymd(y: number, m: number, d: number): string {
  return iso(new Date(Date.UTC(y, m, d)));
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
}

function partRange(part: string, y: number, m: number, dayText: string | undefined): [number, number] {
  const last = lastDay(y, m);
  const ranges: Record<keyof PatternData['monthPartRange'], [number, number]> = {
    early: [1, 10],
    mid: [11, 20],
    late: [21, last],
    end: [last - 5, last],
    start: [1, 5],
  };
  for (const name of Object.keys(ranges) as (keyof PatternData['monthPartRange'])[]) {
    if (sub('monthPartRange', name).test(part)) return ranges[name];
  }
  const day = Math.min(last, parseNumber(dayText ?? '') ?? 1);
  return [day, day];
}

interface DateValue {
  timex?: string;
  value?: string;
  start?: string;
  end?: string;
  Mod?: string;
}

export function recognizeTimeline(text: string, ctx: UnderstandContext): Timeline | undefined {
  const input = clip(text);
  const today = localDate(ctx.now);
  const todayIso = ymd(today.y, today.m, today.d);
  const before = re('before').test(input);
  const startOr = (start: string): string => (before ? todayIso : start);
  const asap = findAnyWords(input, words().asap, ctx.locale);
  if (asap) return { text: asap.phrase, asap: true, start: todayIso, end: todayIso };

  const monthPart = re('dateMonthPart').exec(input);
  if (monthPart) {
    let { y, m } = today;
    const relative = Object.keys(patterns().monthRelative).find((n) => sub('monthRelative', n).test(monthPart[1]));
    if (relative) m += Number(relative);
    else if (monthPart[2]) {
      const month = (parseNumber(monthPart[2]) ?? today.m + 1) - 1;
      if (month < today.m) y += 1;
      m = month;
    }
    y += Math.floor(m / 12);
    m %= 12;
    const [from, to] = partRange(monthPart[3], y, m, monthPart[4]);
    return { text: monthPart[0], start: startOr(ymd(y, m, from)), end: ymd(y, m, to) };
  }
  const yearEnd = re('dateYearEnd').exec(input);
  if (yearEnd) return { text: yearEnd[0], start: startOr(ymd(today.y, 11, 20)), end: ymd(today.y, 11, 31) };
  const monthEnd = re('dateMonthEnd').exec(input);
  if (monthEnd) {
    const last = lastDay(today.y, today.m);
    return { text: monthEnd[0], start: startOr(ymd(today.y, today.m, Math.max(today.d, last - 5))), end: ymd(today.y, today.m, last) };
  }
  const dayOnly = re('dateDayOnly').exec(input);
  if (dayOnly && !re('dateHasMonth').test(input)) {
    const day = parseNumber(dayOnly[1]) ?? 1;
    let { y, m } = today;
    if (day < today.d) m += 1;
    y += Math.floor(m / 12);
    m %= 12;
    return { text: dayOnly[0], start: startOr(ymd(y, m, day)), end: ymd(y, m, day) };
  }
  const relative = re('dateRelative').exec(input);
  if (relative) {
    const count = relative[1] ? EN_NUMBER_WORDS[relative[1].toLowerCase()] ?? parseNumber(relative[1]) : parseNumber(relative[3]);
    if (count) {
      const unit = relative[2] ?? relative[4];
      const days = re('unitWeek').test(unit) ? count * 7 : re('unitMonth').test(unit) ? count * 30 : count;
      const target = new Date(Date.UTC(today.y, today.m, today.d + days));
      const within = re('within').test(relative[0]) || re('within').test(input);
      return { text: relative[0], start: within || before ? todayIso : iso(target), end: iso(target) };
    }
  }
  const english = re('dateEnglishPart').exec(input);
  if (english) {
    let m = today.m;
    let y = today.y;
    const name = english[2].toLowerCase();
    const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
    if (name === 'next month') m += 1;
    else if (name !== 'this month' && name !== 'the month') {
      m = months.indexOf(name);
      if (m < today.m) y += 1;
    }
    y += Math.floor(m / 12);
    m %= 12;
    const kind = english[1].toLowerCase();
    const last = lastDay(y, m);
    const [from, to]: [number, number] = kind === 'mid' ? [11, 20] : kind === 'early' ? [1, 10] : kind === 'late' ? [21, last] : [last - 5, last];
    return { text: english[0], start: startOr(ymd(y, m, from)), end: ymd(y, m, to) };
  }

  // The full date-time model is the slowest recognizer by far: run it only on text that can hold a date.
  if (!re('dateHint').test(input)) return undefined;
  const reference = new Date(Date.UTC(today.y, today.m, today.d, 12));
  for (const result of Recognizers.recognizeDateTime(input, cultureOf(input, ctx.locale), undefined, reference)) {
    if (!/date/.test(result.typeName) || /duration|set/.test(result.typeName)) continue;
    if (re('presentOnly').test(result.text.trim())) continue;
    const values = ((result.resolution as { values?: DateValue[] }).values ?? []).filter((v) => v.value || v.start || v.end);
    const pick = values.find((v) => (v.value ?? v.end ?? v.start ?? '') >= todayIso) ?? values[values.length - 1];
    if (!pick) continue;
    const start = pick.value?.slice(0, 10) ?? pick.start?.slice(0, 10);
    // The recognizer's ranges end on the first day after; people mean the last day inside. "Before X" ends on X.
    const inclusive = pick.Mod === 'before' && re('byDate').test(input);
    const exclusiveEnd = pick.end && !inclusive ? iso(new Date(Date.parse(`${pick.end.slice(0, 10)}T00:00:00Z`) - 86400000)) : pick.end?.slice(0, 10);
    const end = pick.value ? pick.value.slice(0, 10) : exclusiveEnd ?? start;
    return { text: result.text, start: startOr(start ?? todayIso), end: end ?? start, timex: pick.timex };
  }
  return undefined;
}

// ---------- quantities ----------

function unitList(locale: Locale): string[] {
  return [...words().quantityUnits[locale]].sort((a, b) => b.length - a.length);
}

function isMoneyOrDate(text: string, index: number, length: number): boolean {
  const after = text.slice(index + length, index + length + 8);
  const before = text.slice(Math.max(0, index - 1), index);
  return re('moneyOrDateAfter').test(after) || /[$¥€£]/.test(before);
}

function trimNoun(noun: string): string | undefined {
  const stop = patterns().quantityEnStopWords;
  const kept: string[] = [];
  for (const word of noun.trim().toLowerCase().split(/\s+/)) {
    if (stop.includes(word)) break;
    kept.push(word);
  }
  return kept.length ? kept.join(' ') : undefined;
}

export function recognizeQuantities(text: string, ctx: UnderstandContext): Quantity[] {
  const input = clip(text);
  const out: Quantity[] = [];
  void ctx;
  for (const m of input.matchAll(re('quantityZh', 'gu'))) {
    if (isMoneyOrDate(input, m.index ?? 0, m[1].length)) continue;
    if (re('quantityZhArticle').test(m[1]) && !m[2]) continue;
    const adjacent = re('quantityZhAdjacent').exec(m[1]);
    const value = parseNumber(adjacent ? adjacent[1] : m[1]);
    if (value === undefined) continue;
    const max = adjacent ? parseNumber(adjacent[2]) : undefined;
    const approximate = !!m[2] || !!adjacent || re('approximate').test(input);
    const what = (m[4] ?? '').split(re('quantityWhatStop'))[0].replace(re('trailingParticles'), '') || ((patterns().selfNamedUnits as string[]).includes(m[3]) ? m[3] : '');
    out.push({ value, ...(max !== undefined ? { max } : {}), ...(approximate ? { approximate } : {}), unit: m[3], ...(what ? { what } : {}), text: `${m[1]}${m[2] ?? ''}${m[3]}${what}` });
  }
  for (const m of input.matchAll(re('quantityEn', 'giu'))) {
    const rawNumber = m[1].toLowerCase();
    if (/^\d/.test(rawNumber) && isMoneyOrDate(input, (m.index ?? 0) + m[0].indexOf(m[1]), m[1].length)) continue;
    const what = trimNoun(m[2]);
    if (!what || re('quantityEnSkipNoun').test(what.split(' ')[0]) || re('quantityEnSkipNoun').test(what.split(' ').pop() ?? '')) continue;
    const value = rawNumber.includes('dozen')
      ? (EN_NUMBER_WORDS[rawNumber.split(' ')[0]] ?? 1) * 12
      : rawNumber === 'a couple of'
        ? 2
        : EN_NUMBER_WORDS[rawNumber] ?? parseNumber(rawNumber);
    if (!value) continue;
    // "one" is mostly an article ("one round", "one of them"); count it only before a known unit.
    if (re('quantityEnOne').test(rawNumber) && !words().quantityUnits.en.includes(what.split(' ')[0])) continue;
    const approximate = re('approximate').test(m[0]);
    out.push({ value, ...(approximate ? { approximate } : {}), what, text: `${m[1]} ${what}` });
  }
  return out;
}

/** A number said on its own, as in a correction ("no, four"). */
export function recognizeBareNumber(text: string, locale: Locale): number | undefined {
  const input = clip(text);
  const word = input.toLowerCase().match(/[a-z]+/g)?.find((w) => EN_NUMBER_WORDS[w] !== undefined && w !== 'a' && w !== 'an');
  if (word) return EN_NUMBER_WORDS[word];
  const first = Recognizers.recognizeNumber(input, cultureOf(input, locale))[0];
  const value = first ? Number((first.resolution as { value?: string }).value) : NaN;
  return Number.isFinite(value) ? value : undefined;
}

// ---------- yes / no ----------

export function recognizeYesNo(text: string, locale: Locale): YesNo | undefined {
  const input = clip(text).trim();
  if (!input) return undefined;
  const w = words();
  const lead = normalize(input).replace(re('greetingStrip', 'gu'), ' ').trim();
  const head = lead.split(/\s+/).slice(0, 6).join(' ');
  const other: Locale = locale === 'en' ? 'zh-CN' : 'en';
  for (const loc of [locale, other]) {
    const partly = findAny(head, w.partly[loc]);
    if (partly && partly.index <= 2) return 'partly';
    const candidates: { kind: YesNo; phrase: string; index: number }[] = [];
    if (loc === 'zh-CN' ? !/\p{Script=Han}/u.test(head) : !/[a-z]/i.test(head)) continue;
    for (const kind of ['no', 'yes'] as YesNo[]) {
      for (const phrase of w[kind][loc]) {
        const hit = findPhrase(head, phrase);
        if (hit && (kind === 'no' || !hit.negated)) candidates.push({ kind, phrase, index: hit.index });
      }
    }
    if (candidates.length) {
      // Earliest first, then longest, so a negative word wins over the positive word inside it.
      candidates.sort((a, b) => a.index - b.index || b.phrase.length - a.phrase.length);
      const first = candidates[0];
      if (first.kind === 'yes' && loc === 'zh-CN' && re('yesNoLeadNegation').test(head)) return 'no';
      if (first.index <= 3 || lead.length <= 12) return first.kind;
    }
  }
  // The choice model is slow and only ever helps on short answers.
  if (input.length > 40) return undefined;
  const booleans = Recognizers.recognizeBoolean(input, CULTURE[locale]);
  if (booleans.length) return (booleans[0].resolution as { value?: boolean }).value ? 'yes' : 'no';
  return undefined;
}

// ---------- roles, people, contact ----------

export function recognizeRoles(text: string, locale: Locale): DecisionRole[] {
  const input = clip(text);
  const original = input.normalize('NFKC');
  const w = words();
  const roles: DecisionRole[] = [];
  const attitude: Attitude | undefined = findAnyWords(input, w.attitude.opposed, locale)
    ? 'opposed'
    : findAnyWords(input, w.attitude.supportive, locale)
      ? 'supportive'
      : undefined;
  for (const role of Object.keys(w.roles) as DecisionRoleName[]) {
    const hit = findAnyWords(input, w.roles[role], locale);
    if (!hit) continue;
    let who = original.slice(hit.index, hit.index + hit.phrase.length) || hit.phrase;
    if (re('selfDecision').test(hit.phrase)) who = locale === 'en' ? 'self' : w.selfWord['zh-CN'][0];
    else if (role === 'technical-gatekeeper') who = re('gatekeeperSubject').exec(original)?.[1]?.trim() ?? who;
    else if (role === 'decision-maker') who = re('enSubjectBefore').exec(original)?.[1] ?? who;
    if (roles.some((r) => r.who === who)) continue;
    roles.push({ role, who, ...(attitude ? { attitude } : {}) });
  }
  return roles;
}

export function recognizePeople(text: string, _locale?: Locale): string[] {
  const input = clip(text);
  const people: string[] = [];
  const titles = words().peopleTitles['zh-CN'].join('|');
  const add = (name: string): void => {
    if (!people.includes(name)) people.push(name);
  };
  for (const m of input.matchAll(re('personZh', 'gu', `([${patterns().surnames}])(${titles})`))) add(m[0]);
  for (const m of input.matchAll(re('personEn', 'g'))) add(`${m[1]} ${m[2]}`);
  const list = re('personEnList', 'u').exec(input);
  if (list && !people.length) for (const name of list[1].split(/\s*,\s*|\s+and\s+/)) if (name.trim()) add(`Manager ${name.trim()}`);
  return people;
}

/** "I'm the sales director" and its Chinese forms: the customer's own role. */
export function recognizeSelfRole(text: string): string | undefined {
  for (const [i, source] of patterns().selfRole.entries()) {
    const m = re(`selfRole.${i}`, 'iu', source).exec(clip(text));
    if (m?.[1]) return m[1].trim();
  }
  return undefined;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const PHONE = /(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}\b|\+\d{1,3}[\s-]?\(?\d{1,4}\)?(?:[\s-]?\d{2,4}){2,4}|\b0\d{2,3}[\s-]?\d{7,8}\b|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b/;

export function recognizeContact(text: string): { contact: Contact; malformed: ('phone' | 'email')[] } {
  const input = clip(text);
  const contact: Contact = {};
  const malformed: ('phone' | 'email')[] = [];
  const email = EMAIL.exec(input);
  if (email) contact.email = email[0];
  else if (re('emailHint').test(input)) malformed.push('email');
  const rest = email ? input.replace(email[0], '') : input;
  const phone = PHONE.exec(rest);
  if (phone) contact.phone = phone[0].replace(/[\s-]/g, '');
  else if (/\d{4,}/.test(rest) || re('phoneHint').test(rest)) malformed.push('phone');
  return { contact, malformed };
}

/** For logs: phone numbers and emails never appear in clear. */
export function maskContact(text: string): string {
  return text
    .replace(new RegExp(EMAIL.source, 'g'), '***@***')
    .replace(new RegExp(PHONE.source, 'g'), '***')
    .replace(/\d{7,}/g, '***');
}

// ---------- small classifiers ----------

export function isDontKnow(text: string, locale: Locale): boolean {
  return !!findAnyWords(clip(text), words().dontKnow, locale);
}

export function isVague(text: string, locale: Locale): string | undefined {
  const input = clip(text);
  if (re('hasNumber').test(input)) return undefined;
  return findAnyWords(input, words().vague, locale)?.phrase;
}

export function detectObjection(text: string, locale: Locale): ObjectionKind | undefined {
  const input = clip(text);
  const table = words().objection;
  return (['price', 'service', 'timing', 'trust', 'other'] as ObjectionKind[]).find((kind) => findAnyWords(input, table[kind], locale));
}

export function detectSentiment(text: string, locale: Locale): { complaint: boolean; worry: boolean; emotion: boolean; urgency: boolean; words: string[] } {
  const input = clip(text);
  const table = words().sentiment;
  const found: string[] = [];
  const check = (kind: keyof UnderstandData['sentiment']): boolean => {
    const hit = findAnyWords(input, table[kind], locale);
    if (hit) found.push(hit.phrase);
    return !!hit;
  };
  return { complaint: check('complaint'), worry: check('worry'), emotion: check('emotion'), urgency: check('urgency'), words: found };
}
