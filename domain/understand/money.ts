import { Locale, Money } from '../types';
import { countsSomething, CurrencyMark, currencyAround, isDateLike, isLatinStopWord, nextWord, recognizedCurrency, textAfter } from './amounts';
import { UnderstandContext } from './context';
import { allLexicons, lexicon } from './lexicon';
import { NumberSpan, scanNumbers } from './numbers';
import { clauseAt, clauseBefore, endsWithAny, findHits, HAN, LATIN, Prepared, prepare, startsWithAny } from './text';

interface MoneyLists {
  context: string[];
  upperBefore: string[];
  upperAfter: string[];
  periods: string[];
  units: string[];
}

let lists: MoneyLists | undefined;
function moneyLists(): MoneyLists {
  lists ??= {
    context: allLexicons().flatMap((l) => l.money.context),
    upperBefore: allLexicons().flatMap((l) => l.money.upperBefore),
    upperAfter: allLexicons().flatMap((l) => l.money.upperAfter),
    periods: allLexicons().flatMap((l) => l.money.periods),
    units: allLexicons().flatMap((l) => [...l.quantity.units, ...l.quantity.measureUnits]),
  };
  return lists;
}

/** "under", "no more than", the Chinese "within": the amount is a ceiling. */
function upperBound(p: Prepared, from: number, to: number): { from: number; to: number } | undefined {
  const { upperBefore, upperAfter, periods } = moneyLists();
  const before = clauseBefore(p, from, 24);
  const trimmed = before.text.replace(/[\s$¥€£]+$/, '');
  const lead = endsWithAny(trimmed, trimmed.length, upperBefore);
  if (lead) return { from: before.from + trimmed.length - lead.length, to };
  const after = textAfter(p, to);
  const period = startsWithAny(after.text, after.lead, periods);
  const at = period ? after.text.length - after.text.slice(after.lead + period.length).trimStart().length : after.lead;
  const tail = startsWithAny(after.text, at, upperAfter);
  if (tail) return { from, to: to + at + tail.length };
  return undefined;
}

/** A currency word we do not list may still follow ("rupees"); ask the recognizer only then. */
function unknownWordFollows(p: Prepared, span: NumberSpan): boolean {
  const word = nextWord(p, span.to);
  return !!word && word.length > 2 && !isLatinStopWord(word) && !moneyLists().units.includes(word);
}

function pickCurrency(mark: CurrencyMark, ctx: UnderstandContext): string | undefined {
  return ctx.defaultCurrency && mark.codes.includes(ctx.defaultCurrency) ? ctx.defaultCurrency : mark.codes[0];
}

/** The language the amount is written in decides whether the playbook's currency is implied. */
function impliedCurrency(p: Prepared, span: NumberSpan, ctx: UnderstandContext): string | undefined {
  if (!ctx.defaultCurrency) return undefined;
  const clause = clauseAt(p, span.start);
  const words = p.text.slice(clause.start, clause.end);
  const locale: Locale = span.multiplierLocale ?? (HAN.test(words) ? 'zh-CN' : LATIN.test(words) ? 'en' : ctx.locale);
  return lexicon(locale).money.impliedCurrencies.includes(ctx.defaultCurrency) ? ctx.defaultCurrency : undefined;
}

function readAmount(p: Prepared, span: NumberSpan, ctx: UnderstandContext, moneyTalk: boolean): Money | undefined {
  if (span.value <= 0 || isDateLike(p, span)) return undefined;
  const mark = currencyAround(p, span) ?? (unknownWordFollows(p, span) ? recognizedCurrency(p, span) : undefined);
  if (!mark) {
    if (countsSomething(p, span) || span.article) return undefined;
    if (span.scale <= 1 && !moneyTalk && !ctx.expectMoney) return undefined;
  }
  let from = Math.min(span.from, mark?.from ?? span.from);
  let to = Math.max(span.to, mark?.to ?? span.to);
  const money: Money = { amount: span.value, text: '' };
  if (span.max !== undefined) money.max = span.max;
  const bound = upperBound(p, from, to);
  if (bound) {
    from = bound.from;
    to = bound.to;
    money.max ??= span.value;
  }
  const currency = mark ? pickCurrency(mark, ctx) : impliedCurrency(p, span, ctx);
  if (currency) money.currency = currency;
  money.text = p.text.slice(from, to).trim();
  return money;
}

/**
 * A budget or price: the recognizers' numbers with our rules for how customers say amounts ("1.5w", "50 grand",
 * Chinese "two or three thousand", "10 to 15 wan", "under 8,000 dollars"). A number that counts something, or is a
 * date, is not money; a bare number is money only with a multiplier, a money word nearby, or when money was asked.
 */
export function recognizeMoney(text: string, ctx: UnderstandContext): Money | undefined {
  const p = prepare(text);
  if (!/\d|\p{Script=Han}|[a-z]/iu.test(p.text)) return undefined;
  const spans = scanNumbers(p);
  if (!spans.length) return undefined;
  const moneyTalk = findHits(p, moneyLists().context).some((h) => !h.negated);
  for (const span of spans) {
    const money = readAmount(p, span, ctx, moneyTalk);
    if (money) return money;
  }
  return undefined;
}
