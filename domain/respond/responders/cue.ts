import { CueResponder, Responder } from '../types';

/**
 * The cue slot (DESIGN.md 3.6): the latent-needs work supplies the CueResponder; the pipeline keeps each cue
 * to one tactful why (Memory.cues) and lets the why be the turn's one question only when none was asked yet.
 */
export function cueSlot(cue: CueResponder): Responder {
  return {
    id: 'cue',
    respond(input, sofar) {
      if (sofar.question || input.phase === 'after-handoff') return undefined;
      const found = cue(input.reading, input.profile, { playbook: input.playbook, memory: input.memory, locale: input.locale });
      if (!found || input.memory.cues.includes(found.id)) return undefined;
      return { question: found.line, memory: { ...input.memory, cues: [...input.memory.cues, found.id] } };
    },
  };
}
