import { Change } from '../../update';
import { LineParam, Responder } from '../types';

function signature(change: Change): string {
  return `${change.kind}:${JSON.stringify(change.value)}`;
}

function paramOf(change: Change): LineParam | undefined {
  switch (change.kind) {
    case 'quantity':
      return { quantity: change.value };
    case 'budget':
      return { money: change.value };
    case 'timeline':
      return { date: change.value };
    case 'person':
      return { quote: change.value };
    default:
      return undefined;
  }
}

/**
 * Repeat-back (DESIGN.md 3.5): the key facts this message added or corrected, said back once, grouped in one
 * line. It is a statement, not a question: a wrong figure is corrected in the customer's next words.
 */
export const repeatBackResponder: Responder = {
  id: 'repeat-back',
  respond({ changes, memory }) {
    const fresh = changes.filter((c) => paramOf(c) !== undefined && !memory.repeated.includes(signature(c)));
    if (!fresh.length) return undefined;
    const corrected = fresh.some((c) => c.corrected);
    const facts = fresh.map(paramOf).filter((p): p is LineParam => p !== undefined);
    return {
      lines: [{ key: corrected ? 'respond:repeat.corrected' : 'respond:repeat.noted', params: { facts: { list: facts } } }],
      memory: { ...memory, repeated: [...memory.repeated, ...fresh.map(signature)] },
    };
  },
};
