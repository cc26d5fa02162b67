import { filable } from '../../update';
import { saysAny } from '../data';
import { Responder } from '../types';
import { summaryLine } from './summary';

/**
 * Requests act at once (DESIGN.md 3.1): stop and delete end the turn; a person or "call me" is handed over
 * now, with what we have said back so the customer knows nothing is lost.
 */
export const requestResponder: Responder = {
  id: 'request',
  respond(input) {
    const kinds = new Set(input.reading.facts.filter((f) => f.kind === 'request' && filable(f)).map((f) => (f.kind === 'request' ? f.request : undefined)));
    if (kinds.has('stop')) return { action: 'stop', end: true };
    if (kinds.has('delete-data')) return { action: 'delete-data', end: true };
    if (kinds.has('person') || kinds.has('call-me') || saysAny(input.reading.text, 'handover', input.locale)) {
      const summary = summaryLine(input.profile);
      return { lines: summary ? [summary] : [], action: 'handoff', end: true };
    }
    return undefined;
  },
};
