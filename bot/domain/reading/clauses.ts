import { Locale } from '../types';
import { Clause } from './types';

/** Placeholder until the speech reader lands: one clause, neither negated nor irrealis. */
export function splitClauses(text: string, _locale: Locale): Clause[] {
  return text ? [{ text, start: 0, end: text.length, negated: false, irrealis: false }] : [];
}
