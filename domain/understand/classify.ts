import { Locale, ObjectionKind } from '../types';
import { lexicons, SentimentKind } from './lexicon';
import { hasNumber } from './numbers';
import { firstHit, Hit, Prepared, prepare, quote } from './text';

/** The first phrase of the locale's list, then the other language's, that is said without a negation. */
function said(p: Prepared, locale: Locale, list: (lex: ReturnType<typeof lexicons>[number]) => string[]): Hit | undefined {
  let best: Hit | undefined;
  for (const lex of lexicons(locale)) {
    const hit = firstHit(p, list(lex));
    if (hit && (!best || hit.start < best.start)) best = hit;
  }
  return best;
}

/** "I don't know", "not sure", the Chinese "haven't thought it through": the area stays open. */
export function isDontKnow(text: string, locale: Locale): boolean {
  const p = prepare(text);
  return !!said(p, locale, (lex) => lex.dontKnow);
}

/** A hedge with no figure ("soon", "a few", the Chinese "roughly"): the vague word, or nothing when a number was given. */
export function isVague(text: string, locale: Locale): string | undefined {
  const p = prepare(text);
  const hit = said(p, locale, (lex) => lex.vague);
  if (!hit || hasNumber(p)) return undefined;
  return quote(p, hit);
}

const OBJECTIONS: ObjectionKind[] = ['price', 'service', 'timing', 'trust', 'other'];

/** Too expensive, worried about after-sales, not now, don't trust you, or "I'll think about it"; "not expensive" is none. */
export function detectObjection(text: string, locale: Locale): ObjectionKind | undefined {
  const p = prepare(text);
  return OBJECTIONS.find((kind) => said(p, locale, (lex) => lex.objection[kind]));
}

const SENTIMENTS: SentimentKind[] = ['complaint', 'worry', 'emotion', 'urgency'];

/** Complaint, worry, emotion and urgency quote, each only when not negated ("not worried" is no worry). */
export function detectSentiment(
  text: string,
  locale: Locale,
): { complaint: boolean; worry: boolean; emotion: boolean; urgency: boolean; words: string[] } {
  const p = prepare(text);
  const found: string[] = [];
  const result = { complaint: false, worry: false, emotion: false, urgency: false };
  for (const kind of SENTIMENTS) {
    const hit = said(p, locale, (lex) => lex.sentiment[kind]);
    if (!hit) continue;
    result[kind] = true;
    const word = quote(p, hit);
    if (!found.includes(word)) found.push(word);
  }
  return { ...result, words: found };
}
