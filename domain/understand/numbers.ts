import { Locale } from '../types';
import { numberOf, numbers as recognizeNumbers, Recognized } from './engine';
import { allLexicons, lexicon, pattern } from './lexicon';
import { clauseBefore, endsWithAny, findHits, HAN, Prepared, prepare, startsWithAny } from './text';

/** A number found in a message, with what the rules added around the recognizer's figure. */
export interface NumberSpan {
  start: number;
  end: number;
  value: number;
  max?: number;
  approximate?: boolean;
  /** The largest multiplier written in it (ten thousand for the Chinese wan, 1000 for "k"); 1 when none. */
  scale: number;
  /** Written as an article-like word ("a", "one"), which is mostly not a count. */
  article: boolean;
  /** Where the hedges and multipliers around it start and end, for quoting the customer. */
  from: number;
  to: number;
  /** A multiplier of this language was used (the Chinese "w" makes an amount Chinese). */
  multiplierLocale?: Locale;
}

const PHONE_LIKE = /(?<![\d+])\+?\d[\d\s().-]{6,}\d/g;
const EMAIL_LIKE = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*/g;
const ISO_DATE = /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b/g;
const CLOCK = /\b\d{1,2}:\d{2}\b/g;

function blank(text: string, regex: RegExp, keep?: (match: string) => boolean): string {
  return text.replace(regex, (m) => (keep?.(m) ? m : ' '.repeat(m.length)));
}

/** Phones, e-mails, ISO dates and clock times hold digits that are not amounts or counts. */
function numericView(p: Prepared): string {
  let text = blank(p.lower, EMAIL_LIKE);
  text = blank(text, ISO_DATE);
  text = blank(text, CLOCK);
  // A long digit run with separators is a phone number, but "1,500,000" and "10 to 20" are amounts and ranges.
  return blank(text, PHONE_LIKE, (m) => m.replace(/\D/g, '').length < 7 || /,\d{3}/.test(m) || /\s(to|and|or)\s/.test(m));
}

/** Parses Chinese numerals, Arabic digits and their mix ("1.5 wan", "three thousand five"). */
function parseHanNumber(raw: string): number | undefined {
  const { digits, hanUnits } = lexicon('zh-CN').numbers;
  const text = raw.replace(/,/g, '').trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  let total = 0;
  let section = 0;
  let pending: number | undefined;
  let lastUnit = 1;
  let zero = false;
  for (let i = 0; i < text.length; ) {
    const digitRun = /^\d+(?:\.\d+)?/.exec(text.slice(i));
    if (digitRun) {
      pending = Number(digitRun[0]);
      i += digitRun[0].length;
      continue;
    }
    const ch = text.charAt(i);
    i += 1;
    const digit = digits[ch];
    if (digit !== undefined) {
      if (digit === 0) zero = true;
      pending = digit;
      continue;
    }
    const unit = hanUnits[ch];
    if (unit === undefined) return undefined;
    if (unit >= 10000) {
      total += (section + (pending ?? 0) || 1) * unit;
      section = 0;
    } else {
      section += (pending ?? 1) * unit;
    }
    pending = undefined;
    lastUnit = unit;
    zero = false;
  }
  // A digit right after a unit counts in the next smaller unit: "one wan five" is 15000, "three qian five" 3500.
  if (pending !== undefined) section += zero || lastUnit < 10 ? pending : pending * (lastUnit / 10);
  const value = total + section;
  return Number.isFinite(value) ? value : undefined;
}

/** A number written alone, as the capture of a pattern: digits, a number word of either language, or Chinese numerals. */
export function parseNumberText(raw: string): number | undefined {
  const text = raw.trim().toLowerCase();
  if (!text) return undefined;
  for (const lex of allLexicons()) {
    const word = lex.numbers.words[text];
    if (word !== undefined) return word;
  }
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (HAN.test(text)) return parseHanNumber(text);
  const recognized = recognizeNumbers(text, 'en')[0];
  return recognized ? numberOf(recognized.resolution.value) : undefined;
}

let candidateRegex: RegExp | undefined;
/** Where a number may start: a digit, a Chinese numeral, or an English number word. */
function candidates(): RegExp {
  if (!candidateRegex) {
    const zh = lexicon('zh-CN').numbers;
    const en = lexicon('en').numbers;
    const han = [...Object.keys(zh.digits), ...Object.keys(zh.hanUnits)].join('');
    const english = [...Object.keys(en.words), ...Object.keys(en.multipliers)]
      .flatMap((w) => w.split(' '))
      .filter((w) => w.length > 2)
      .sort((a, b) => b.length - a.length);
    candidateRegex = new RegExp(`\\d|[${han}]|\\b(?:${[...new Set(english)].join('|')})\\b`, 'giu');
  }
  return candidateRegex;
}

/**
 * The recognizers slow down with the length of what they read, so they read only the stretches around possible
 * numbers, widened to whole words.
 */
function windows(view: string): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (const m of view.matchAll(candidates())) {
    let from = Math.max(0, (m.index ?? 0) - 24);
    let to = Math.min(view.length, (m.index ?? 0) + m[0].length + 32);
    while (from > 0 && /[a-z0-9]/i.test(view.charAt(from - 1))) from -= 1;
    while (to < view.length && /[a-z0-9]/i.test(view.charAt(to))) to += 1;
    const last = out[out.length - 1];
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else out.push({ from, to });
  }
  return out;
}

function fromRecognizer(view: string): NumberSpan[] {
  const spans: NumberSpan[] = [];
  for (const window of windows(view)) {
    const text = view.slice(window.from, window.to);
    const found: Recognized[] = [];
    if (HAN.test(text)) found.push(...recognizeNumbers(text, 'zh-CN'));
    if (/[a-z]/i.test(text) || !HAN.test(text)) found.push(...recognizeNumbers(text, 'en'));
    for (const r of found) {
      const value = numberOf(r.resolution.value);
      if (value === undefined || r.typeName !== 'number') continue;
      const start = window.from + r.start;
      const end = window.from + r.end;
      spans.push({ start, end, value, scale: 1, article: false, from: start, to: end });
    }
  }
  return spans;
}

let wordPhraseList: { phrases: string[]; values: Map<string, number> } | undefined;
function wordPhrases(): { phrases: string[]; values: Map<string, number> } {
  if (!wordPhraseList) {
    const values = new Map<string, number>();
    for (const lex of allLexicons()) for (const [w, v] of Object.entries(lex.numbers.words)) if (w.includes(' ')) values.set(w, v);
    wordPhraseList = { phrases: [...values.keys()], values };
  }
  return wordPhraseList;
}

/** "a couple of" and the like, which the recognizer does not count. */
function fromWordPhrases(p: Prepared, view: string): NumberSpan[] {
  if (!p.hasLatin) return [];
  const { phrases, values } = wordPhrases();
  const spans: NumberSpan[] = [];
  for (const hit of findHits({ ...p, masked: view }, phrases)) {
    const value = values.get(hit.phrase);
    if (value !== undefined) spans.push({ start: hit.start, end: hit.end, value, scale: 1, article: false, from: hit.start, to: hit.end });
  }
  return spans;
}

const DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

/** Digits the recognizers skip, such as "1.5" in "1.5w" (English) or a figure glued to a letter. */
function fromDigits(view: string, taken: NumberSpan[]): NumberSpan[] {
  const spans: NumberSpan[] = [];
  for (const m of view.matchAll(DIGITS)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (taken.some((t) => start < t.end && end > t.start)) continue;
    spans.push({ start, end, value: Number(m[0].replace(/,/g, '')), scale: 1, article: false, from: start, to: end });
  }
  return spans;
}

function withoutOverlaps(spans: NumberSpan[]): NumberSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: NumberSpan[] = [];
  for (const span of spans) if (!kept.some((k) => span.start < k.end && span.end > k.start)) kept.push(span);
  return kept;
}

interface Multiplier {
  key: string;
  value: number;
  locale: Locale;
  inside: RegExp;
}
let multiplierList: Multiplier[] | undefined;
function multipliers(): Multiplier[] {
  if (!multiplierList) {
    multiplierList = allLexicons()
      .flatMap((lex) =>
        Object.entries(lex.numbers.multipliers).map(([raw, value]) => {
          const key = raw.toLowerCase();
          const inside = HAN.test(key) ? new RegExp(key, 'u') : new RegExp(`(?:\\d|\\b)${key}\\b`);
          return { key, value, locale: lex.locale, inside };
        }),
      )
      .sort((a, b) => b.key.length - a.key.length);
  }
  return multiplierList;
}

function applyMultipliers(view: string, span: NumberSpan): void {
  const written = view.slice(span.start, span.end);
  for (const m of multipliers()) {
    if (m.value > span.scale && m.inside.test(written)) {
      span.scale = m.value;
      span.multiplierLocale = m.locale;
    }
  }
  if (span.scale > 1) return;
  const after = view.slice(span.end);
  const gap = after.startsWith(' ') ? 1 : 0;
  for (const m of multipliers()) {
    const at = HAN.test(m.key) ? 0 : gap;
    if (!after.startsWith(m.key, at)) continue;
    if (!HAN.test(m.key) && /[a-z0-9]/i.test(after.charAt(at + m.key.length))) continue;
    span.value *= m.value;
    span.scale = m.value;
    span.end += at + m.key.length;
    span.to = span.end;
    span.multiplierLocale = m.locale;
    return;
  }
}

/** Two adjacent Chinese digits said alone ("two or three" days): the pair, when the second is one more. */
export function adjacentPair(raw: string): [number, number] | undefined {
  const { digits } = lexicon('zh-CN').numbers;
  const chars = [...raw.trim()];
  if (chars.length !== 2) return undefined;
  const [a, b] = chars.map((c) => digits[c]);
  return a !== undefined && b !== undefined && a > 0 && b === a + 1 ? [a, b] : undefined;
}

/** "Two or three thousand" written as two adjacent Chinese digits before the unit. */
function adjacentRanges(view: string): NumberSpan[] {
  const lex = lexicon('zh-CN');
  const spans: NumberSpan[] = [];
  for (const m of view.matchAll(pattern(lex, lex.numbers.adjacentRange, 'gu'))) {
    const groups = m.groups ?? {};
    const a = lex.numbers.digits[groups.a ?? ''];
    const b = lex.numbers.digits[groups.b ?? ''];
    if (a === undefined || b === undefined || b !== a + 1) continue;
    let scale = 1;
    for (const ch of groups.scale ?? '') scale *= lex.numbers.hanUnits[ch] ?? 1;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    spans.push({ start, end, value: a * scale, max: b * scale, approximate: true, scale, article: false, from: start, to: end });
  }
  return spans;
}

const mergedCache = new Map<string, string[]>();
/** One word list of both languages, built once. */
function merged(name: 'placeApproximators' | 'approximateBefore' | 'approximateAfter' | 'rangeConnectors' | 'openedRangeConnectors' | 'rangeOpeners' | 'articles'): string[] {
  let list = mergedCache.get(name);
  if (!list) {
    list = allLexicons().flatMap((l) => l.numbers[name]);
    mergedCache.set(name, list);
  }
  return list;
}

function placeOf(value: number): number {
  let place = 1;
  while (value % (place * 10) === 0 && place * 10 <= value) place *= 10;
  return place;
}

function applyApproximation(p: Prepared, view: string, span: NumberSpan): void {
  const suffix = startsWithAny(view, span.end, merged('placeApproximators'));
  if (suffix && span.max === undefined) {
    span.approximate = true;
    const place = placeOf(span.value);
    if (place > 1) span.max = span.value + place - 1;
    span.end += suffix.length;
    span.to = span.end;
    // "Ten-odd wan": the multiplier comes after the suffix and scales the whole range.
    const multiplier = span.scale === 1 ? multipliers().find((m) => HAN.test(m.key) && view.startsWith(m.key, span.end)) : undefined;
    if (multiplier) {
      span.value *= multiplier.value;
      if (span.max !== undefined) span.max = (span.max + 1) * multiplier.value - 1;
      span.scale = multiplier.value;
      span.multiplierLocale = multiplier.locale;
      span.end += multiplier.key.length;
      span.to = span.end;
    }
  }
  const before = clauseBefore(p, span.from, 16);
  const trimmed = before.text.replace(/[\s$¥€£]+$/, '');
  const hedge = endsWithAny(trimmed, trimmed.length, merged('approximateBefore'));
  if (hedge) {
    span.approximate = true;
    span.from = before.from + trimmed.length - hedge.length;
  }
  const after = view.slice(span.to);
  const lead = /^\s*/.exec(after)?.[0].length ?? 0;
  const tail = startsWithAny(after, lead, merged('approximateAfter'));
  if (tail) {
    span.approximate = true;
    span.to += lead + tail.length;
  }
}

/** Where a range of the two numbers starts ("between 10 and 15" starts at "between"), when they form one. */
function rangeStart(view: string, a: NumberSpan, b: NumberSpan, p: Prepared): number | undefined {
  const gap = view.slice(a.end, b.start).replace(/[$¥€£\s]/g, ' ').trim();
  if (!gap && b.start > a.end) return undefined;
  if (merged('rangeConnectors').includes(gap)) return a.from;
  if (!merged('openedRangeConnectors').includes(gap)) return undefined;
  const before = clauseBefore(p, a.from, 24);
  const trimmed = before.text.replace(/[\s$¥€£]+$/, '');
  const opener = endsWithAny(trimmed, trimmed.length, merged('rangeOpeners'));
  return opener ? before.from + trimmed.length - opener.length : undefined;
}

function joinRanges(p: Prepared, view: string, spans: NumberSpan[]): NumberSpan[] {
  const out: NumberSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i];
    const b = spans[i + 1];
    const from = b && a.max === undefined && b.max === undefined ? rangeStart(view, a, b, p) : undefined;
    if (b && from !== undefined) {
      const low = a.scale === 1 && b.scale > 1 && a.value * b.scale <= b.value ? a.value * b.scale : a.value;
      if (b.value > low) {
        const approximate = a.approximate || b.approximate;
        out.push({ ...a, value: low, max: b.value, scale: Math.max(a.scale, b.scale), from, end: b.end, to: b.to, approximate, multiplierLocale: a.multiplierLocale ?? b.multiplierLocale });
        i += 1;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

const scanCache = new WeakMap<Prepared, NumberSpan[]>();

/**
 * Every number in the message: the recognizers' figures in both languages, then our rules: suffix multipliers
 * ("1.5w", "50 grand"), adjacent-digit ranges ("two or three thousand" in Chinese), "twenty-odd" and its Chinese
 * forms, hedges ("about"), and ranges joined by "to", "-", "or" and "between ... and".
 */
export function scanNumbers(p: Prepared): NumberSpan[] {
  const cached = scanCache.get(p);
  if (cached) return cached;
  const view = numericView(p);
  const recognized = withoutOverlaps([...fromRecognizer(view), ...fromWordPhrases(p, view)]);
  let spans = withoutOverlaps([...recognized, ...fromDigits(view, recognized)]);
  const articles = merged('articles');
  for (const span of spans) {
    span.article = articles.includes(view.slice(span.start, span.end).trim());
    applyMultipliers(view, span);
  }
  const adjacent = adjacentRanges(view);
  spans = withoutOverlaps([...adjacent, ...spans.filter((s) => !adjacent.some((a) => s.start < a.end && s.end > a.start))]);
  for (const span of spans) applyApproximation(p, view, span);
  spans = joinRanges(p, view, spans);
  scanCache.set(p, spans);
  return spans;
}

let numberWordList: string[] | undefined;

/** Does the message hold a number at all, apart from words like "a bit" built from numeral characters? */
export function hasNumber(p: Prepared): boolean {
  if (/\d/.test(p.text)) return true;
  let text = p.lower;
  for (const lex of allLexicons()) for (const word of lex.numberFalseFriends) text = text.split(word).join(' ');
  const { digits, hanUnits } = lexicon('zh-CN').numbers;
  if (p.hasHan && [...text].some((c) => digits[c] !== undefined || hanUnits[c] !== undefined)) return true;
  if (!p.hasLatin) return false;
  const en = lexicon('en').numbers;
  numberWordList ??= Object.keys(en.words).filter((w) => !en.articles.includes(w));
  return findHits(prepare(text), numberWordList, { raw: true }).length > 0;
}
