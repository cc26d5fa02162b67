import { Locale, Quantity } from '../types';
import { currencyAround, isDateLike, textAfter } from './amounts';
import { UnderstandContext } from './context';
import { allLexicons, lexicon } from './lexicon';
import { NumberSpan, scanNumbers } from './numbers';
import { HAN, Prepared, prepare, startsWithAny, wordBoundaries } from './text';

interface Reading {
  unit?: string;
  what?: string;
  end: number;
  hedged?: boolean;
}

let enNonNouns: Set<string> | undefined;
function isEnglishNoun(word: string): boolean {
  if (!enNonNouns) {
    const en = lexicon('en');
    const currencyWords = allLexicons().flatMap((l) => Object.values(l.money.after).flat());
    enNonNouns = new Set([...en.quantity.stopWords, ...en.quantity.nonQuantityUnits, ...Object.keys(en.numbers.words), ...Object.keys(en.numbers.multipliers), ...currencyWords]);
  }
  return word.length > 1 && !enNonNouns.has(word);
}

/** The noun after a Chinese unit, cut where the segmenter starts a stop word ("people" then "take part"). */
function chineseWhat(p: Prepared, from: number, otherNumbers: Set<number>): { what: string; end: number } {
  const zh = lexicon('zh-CN').quantity;
  const boundaries = wordBoundaries(p);
  let end = from;
  while (end < p.text.length && end - from < zh.whatMaxWords) {
    const ch = p.lower.charAt(end);
    if (!HAN.test(ch) && !/[a-z]/i.test(ch)) break;
    if (otherNumbers.has(end) || /\d/.test(ch)) break;
    if (boundaries.has(end) && zh.stopWords.some((w) => p.lower.startsWith(w, end) && boundaries.has(end + w.length))) break;
    end += 1;
  }
  return { what: p.text.slice(from, end), end };
}

function readChinese(p: Prepared, span: NumberSpan, otherNumbers: Set<number>): Reading | undefined {
  const zh = lexicon('zh-CN').quantity;
  const after = textAfter(p, span.to);
  const unit = startsWithAny(after.text, after.lead, zh.units);
  if (!unit) return undefined;
  if (span.article && !zh.measureUnits.includes(unit)) return undefined;
  const unitEnd = span.to + after.lead + unit.length;
  // "thirty units, roughly, of computers": a hedge and a particle may stand between the unit and the noun.
  const zhNumbers = lexicon('zh-CN').numbers;
  const hedge = startsWithAny(p.lower, unitEnd, zhNumbers.approximateAfter);
  const nounStart = hedge ? unitEnd + hedge.length + (startsWithAny(p.lower, unitEnd + hedge.length, zh.stopWords)?.length ?? 0) : unitEnd;
  const { what, end } = chineseWhat(p, nounStart, otherNumbers);
  if (what) return { unit, what, end, hedged: !!hedge };
  return { unit, what: zh.selfNamedUnits.includes(unit) ? unit : undefined, end: unitEnd };
}

/** English words after the number: a measure unit ("pounds of"), then up to three words naming what is counted. */
function readEnglish(p: Prepared, span: NumberSpan): Reading | undefined {
  const en = lexicon('en').quantity;
  const tokens: { word: string; start: number; end: number }[] = [];
  const re = /\s*([a-z][a-z'-]*)/y;
  re.lastIndex = span.to;
  for (let m = re.exec(p.lower); m && tokens.length < en.whatMaxWords + 2; m = re.exec(p.lower)) {
    tokens.push({ word: m[1], start: m.index + m[0].length - m[1].length, end: re.lastIndex });
  }
  let i = 0;
  let unit: string | undefined;
  let end = span.to;
  const measured = tokens[0] && en.measureUnits.includes(tokens[0].word) && tokens[1] && (en.ofWords.includes(tokens[1].word) || isEnglishNoun(tokens[1].word));
  if (measured) {
    unit = p.text.slice(tokens[0].start, tokens[0].end);
    end = tokens[0].end;
    i = en.ofWords.includes(tokens[1].word) ? 2 : 1;
  } else if (span.article && !(tokens[0] && en.measureUnits.includes(tokens[0].word))) {
    return undefined;
  }
  const nouns: typeof tokens = [];
  for (; i < tokens.length && nouns.length < en.whatMaxWords && isEnglishNoun(tokens[i].word); i++) nouns.push(tokens[i]);
  if (!nouns.length && !unit) return undefined;
  if (nouns.length) end = nouns[nouns.length - 1].end;
  const what = nouns.length ? p.text.slice(nouns[0].start, end) : undefined;
  return { unit, what, end };
}

/**
 * Counts with what they count: "3 sales managers", the Chinese "twenty-odd people" (20-29, approximate) or
 * "three jin of plums". Money (a currency next to the number) and dates are left to their recognisers.
 */
export function recognizeQuantities(text: string, ctx: UnderstandContext): Quantity[] {
  const p = prepare(text);
  const spans = scanNumbers(p);
  const starts = new Set(spans.map((s) => s.start));
  const quantities: Quantity[] = [];
  for (const span of spans) {
    if (span.value <= 0 || isDateLike(p, span) || currencyAround(p, span)) continue;
    const reading = (p.hasHan ? readChinese(p, span, starts) : undefined) ?? (p.hasLatin ? readEnglish(p, span) : undefined);
    if (!reading) continue;
    const quantity: Quantity = { value: span.value, text: p.text.slice(span.from, reading.end).trim() };
    if (span.max !== undefined) quantity.max = span.max;
    if (span.approximate || reading.hedged) quantity.approximate = true;
    if (reading.unit) quantity.unit = reading.unit;
    if (reading.what) quantity.what = reading.what;
    quantities.push(quantity);
  }
  return quantities;
}

/** A number said on its own, as in a correction ("no, four"): the first one that is not a date. */
export function recognizeBareNumber(text: string, locale: Locale): number | undefined {
  const p = prepare(text);
  const span = scanNumbers(p).find((s) => !isDateLike(p, s));
  return span?.value;
}
