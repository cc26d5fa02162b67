import { FeelingKind } from '../../reading/types';
import { filable } from '../../update';
import { Memory, Responder } from '../types';

/** Feelings first (DESIGN.md 3.2): one human line, the weightiest feeling of the message, never the same words twice. */
const LINES: Partial<Record<FeelingKind, string>> = {
  loss: 'respond:feeling.loss',
  'good-news': 'respond:feeling.goodNews',
  frustration: 'respond:feeling.frustration',
};
const WEIGHT: readonly FeelingKind[] = ['loss', 'good-news', 'frustration'];
/** Variants per feeling in respond.json; when all were used the bot says nothing rather than repeat itself. */
export const VARIANTS = 4;

export function freshVariant(base: string, memory: Memory): string | undefined {
  for (let i = 1; i <= VARIANTS; i += 1) if (!memory.said.includes(`${base}.${i}`)) return `${base}.${i}`;
  return undefined;
}

export const feelingResponder: Responder = {
  id: 'feeling',
  respond({ reading, memory }) {
    const felt = new Set(reading.facts.flatMap((f) => (f.kind === 'feeling' && filable(f) ? [f.feeling] : [])));
    // A life event is good or bad news whatever else is felt about it; the reader gives its feeling.
    const feeling = WEIGHT.find((f) => felt.has(f));
    if (!feeling) return undefined;
    const key = freshVariant(LINES[feeling] as string, memory);
    if (!key) return undefined;
    return { lines: [{ key }], memory: { ...memory, said: [...memory.said, key] } };
  },
};
