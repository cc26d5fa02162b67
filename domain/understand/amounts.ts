import { currencies as recognizeCurrencies } from './engine';
import { allLexicons, lexicon } from './lexicon';
import { NumberSpan } from './numbers';
import { clauseBefore, endsWithAny, HAN, Prepared, startsWithAny } from './text';

/** What stands around a number: shared by money and quantities, which must not claim each other's figures. */

interface MergedLists {
  nonQuantityUnits: string[];
  ordinalPrefixes: string[];
  monthNames: string[];
  currencyBefore: Map<string, string[]>;
  currencyAfter: Map<string, string[]>;
  ambiguous: string[];
  ambiguousFollowers: string[];
  hanUnits: string[];
  latinUnits: string[];
  latinStopWords: string[];
  latinNonNouns: Set<string>;
}

let lists: MergedLists | undefined;
function merged(): MergedLists {
  if (!lists) {
    const lexes = allLexicons();
    const currencyBefore = new Map<string, string[]>();
    const currencyAfter = new Map<string, string[]>();
    for (const lex of lexes) {
      for (const [word, codes] of Object.entries(lex.money.before)) currencyBefore.set(word.toLowerCase(), codes);
      for (const [code, after] of Object.entries(lex.money.after)) for (const word of after) currencyAfter.set(word.toLowerCase(), [code]);
    }
    const en = lexicon('en');
    lists = {
      nonQuantityUnits: lexes.flatMap((l) => l.quantity.nonQuantityUnits),
      ordinalPrefixes: lexes.flatMap((l) => l.quantity.ordinalPrefixes),
      monthNames: lexes.flatMap((l) => Object.keys(l.dates.monthNames)),
      currencyBefore,
      currencyAfter,
      ambiguous: lexes.flatMap((l) => l.money.ambiguous),
      ambiguousFollowers: lexes.flatMap((l) => l.money.ambiguousFollowers),
      hanUnits: lexicon('zh-CN').quantity.units,
      latinUnits: [...en.quantity.units, ...en.quantity.measureUnits],
      latinStopWords: en.quantity.stopWords,
      latinNonNouns: new Set([...en.quantity.stopWords, ...en.quantity.nonQuantityUnits, ...currencyAfter.keys(), ...Object.keys(en.numbers.words), ...Object.keys(en.numbers.multipliers)]),
    };
  }
  return lists;
}

export function textAfter(p: Prepared, offset: number): { text: string; lead: number } {
  const text = p.lower.slice(offset, offset + 40);
  return { text, lead: /^\s*/.exec(text)?.[0].length ?? 0 };
}

/** A year, a date, a time, an age, a percentage or an ordinal: not an amount or a count. */
export function isDateLike(p: Prepared, span: NumberSpan): boolean {
  const { nonQuantityUnits, ordinalPrefixes, monthNames } = merged();
  const after = textAfter(p, span.end);
  if (startsWithAny(after.text, after.lead, nonQuantityUnits)) return true;
  const before = clauseBefore(p, span.start, 16).text.replace(/\s+$/, '');
  if (endsWithAny(before, before.length, ordinalPrefixes) || endsWithAny(before, before.length, monthNames)) return true;
  const written = p.text.slice(span.start, span.end);
  return /^(19|20)\d{2}$/.test(written) && span.max === undefined && !currencyAround(p, span);
}

export interface CurrencyMark {
  codes: string[];
  from: number;
  to: number;
}

function ambiguousIsMoney(p: Prepared, end: number): boolean {
  const { text, lead } = textAfter(p, end);
  const next = text.charAt(lead);
  if (!next || /[,.;!?。、]/.test(next)) return true;
  if (startsWithAny(text, lead, merged().ambiguousFollowers)) return true;
  return !HAN.test(next) && !/[a-z]/i.test(next);
}

/** A currency sign or code before the number ("$", "RMB") or a currency word after it ("dollars", yuan). */
export function currencyAround(p: Prepared, span: NumberSpan): CurrencyMark | undefined {
  const { currencyBefore, currencyAfter, ambiguous } = merged();
  const before = clauseBefore(p, span.start, 12).text;
  const trimmed = before.replace(/\s+$/, '');
  const sign = endsWithAny(trimmed, trimmed.length, [...currencyBefore.keys()]);
  if (sign) {
    const from = span.start - (before.length - trimmed.length) - sign.length;
    return { codes: currencyBefore.get(sign) ?? [], from, to: span.to };
  }
  const after = textAfter(p, span.to);
  const word = startsWithAny(after.text, after.lead, [...currencyAfter.keys()]);
  if (!word) return undefined;
  const to = span.to + after.lead + word.length;
  if (ambiguous.includes(word) && !ambiguousIsMoney(p, to)) return undefined;
  return { codes: currencyAfter.get(word) ?? [], from: span.from, to };
}

/** The recognizer knows currencies our lists do not ("500 rupees"); asked only about the words around the number. */
export function recognizedCurrency(p: Prepared, span: NumberSpan): CurrencyMark | undefined {
  const from = Math.max(0, span.start - 4);
  const window = p.text.slice(from, Math.min(p.text.length, span.to + 14));
  for (const result of recognizeCurrencies(window, HAN.test(window) ? 'zh-CN' : 'en')) {
    const code = result.resolution.isoCurrency;
    if (from + result.start <= span.start && from + result.end >= span.end) {
      const codes = typeof code === 'string' && code ? [code] : [];
      return { codes, from: Math.min(span.from, from + result.start), to: Math.max(span.to, from + result.end) };
    }
  }
  return undefined;
}

/** The English word right after the number, if any. */
export function nextWord(p: Prepared, offset: number): string | undefined {
  const { text, lead } = textAfter(p, offset);
  return /^[a-z][a-z-]*/i.exec(text.slice(lead))?.[0].toLowerCase();
}

/** Does a counting unit or a noun follow the number ("3 people", the Chinese "3 ge")? Then it counts things. */
export function countsSomething(p: Prepared, span: NumberSpan): boolean {
  const { hanUnits, latinUnits, latinNonNouns } = merged();
  const after = textAfter(p, span.to);
  if (startsWithAny(after.text, 0, hanUnits)) return true;
  const word = /^[a-z][a-z-]*/.exec(after.text.slice(after.lead))?.[0];
  if (!word) return false;
  if (latinUnits.includes(word)) return true;
  return word.length > 1 && !latinNonNouns.has(word);
}

export function isLatinStopWord(word: string): boolean {
  return merged().latinStopWords.includes(word);
}
