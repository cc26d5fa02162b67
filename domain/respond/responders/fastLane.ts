import { Area, AreaKind } from '../../playbook';
import { filable } from '../../update';
import { saysAny } from '../data';
import { Memory, RespondInput, Responder } from '../types';
import { areaQuestion, askable } from './nextQuestion';
import { summaryLine } from './summary';

/** What a colleague cannot call back without, most important first: what it is for, how many, by when, for how much. */
const ESSENTIAL: readonly AreaKind[] = ['quantity', 'date', 'money'];

function wantsOut(input: RespondInput): boolean {
  const { reading, locale } = input;
  return (
    reading.facts.some(
      (f) => filable(f) && ((f.kind === 'feeling' && f.feeling === 'impatience') || (f.kind === 'request' && f.request === 'shorten')),
    ) || saysAny(reading.text, 'fastLane', locale)
  );
}

/** The one most important thing still missing, if any: the opening's subject first, then the essentials. */
export function mostImportantMissing(input: RespondInput): Area | undefined {
  // Asked before and still unanswered counts: it is the one thing worth asking again.
  const open = askable({ ...input, memory: { ...input.memory, asked: [] } });
  const opening = open.find((a) => a.id === input.playbook.openingArea);
  if (opening) return opening;
  for (const kind of ESSENTIAL) {
    const area = open.find((a) => a.kind === kind);
    if (area) return area;
  }
  return undefined;
}

/**
 * The fast lane (DESIGN.md 3.4): a customer who wants to finish hears what we have, is asked at most the one
 * most important missing thing, then gets the hypothesis and the handover. Once in, the lane holds.
 */
export const fastLaneResponder: Responder = {
  id: 'fast-lane',
  respond(input, sofar) {
    const { memory, profile } = input;
    if (input.phase !== 'opening' && input.phase !== 'breadth' && input.phase !== 'depth') return undefined;
    if (memory.fastLane) return { action: 'fast-lane', end: true };
    if (!wantsOut(input)) return undefined;
    const summary = summaryLine(profile);
    const lines = summary ? [summary] : [{ key: 'respond:fastLane.nothingYet' }];
    const missing = sofar.question ? undefined : mostImportantMissing(input);
    const next: Memory = { ...memory, fastLane: { since: profile.turn, asked: missing ? 1 : 0 } };
    if (!missing) return { lines, memory: next, action: 'fast-lane', end: true };
    return {
      lines: [...lines, { key: 'respond:fastLane.oneMore' }],
      question: areaQuestion(missing, input),
      memory: { ...next, asked: [...next.asked, missing.id] },
      end: true,
    };
  },
};
