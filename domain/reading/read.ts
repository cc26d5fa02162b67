import { Finder, ReadContext, Reading } from './types';
import { splitClauses } from './clauses';
import { FIGURE_FINDERS } from './figures';
import { PARTY_FINDERS } from './parties';
import { SPEECH_FINDERS } from './speech';

export type { Finder, ReadContext };

const FINDERS: readonly Finder[] = [...FIGURE_FINDERS, ...PARTY_FINDERS, ...SPEECH_FINDERS];

/** Every fact in a customer message, whatever was asked (DESIGN.md, 1. Read). */
export function read(text: string, ctx: ReadContext): Reading {
  const clean = typeof text === 'string' ? text : '';
  const clauses = splitClauses(clean, ctx.locale);
  const facts = FINDERS.flatMap((find) => find(clean, clauses, ctx));
  return { text: clean, clauses, facts };
}
