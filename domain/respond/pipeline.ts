import { Evidence } from '../types';
import { feelingResponder } from './responders/feeling';
import { questionResponder } from './responders/question';
import { requestResponder } from './responders/request';
import { fastLaneResponder } from './responders/fastLane';
import { repeatBackResponder } from './responders/repeatBack';
import { cueSlot } from './responders/cue';
import { nextQuestionResponder } from './responders/nextQuestion';
import { CueResponder, Line, MAX_BUBBLES, RespondInput, Responder, RESPONDER_ORDER, ResponderId, TurnPlan } from './types';
import { filable } from '../update';

export interface Slots {
  /** The cue responder of the latent-needs work; without one the slot is empty. */
  cue?: CueResponder;
}

/** The responders in DESIGN.md's order; the cue slot is filled by whoever supplies a CueResponder. */
export function responders(slots: Slots = {}): Responder[] {
  const byId: Partial<Record<ResponderId, Responder>> = {
    request: requestResponder,
    feeling: feelingResponder,
    question: questionResponder,
    'fast-lane': fastLaneResponder,
    'repeat-back': repeatBackResponder,
    ...(slots.cue ? { cue: cueSlot(slots.cue) } : {}),
    'next-question': nextQuestionResponder,
  };
  return RESPONDER_ORDER.flatMap((id) => (byId[id] ? [byId[id] as Responder] : []));
}

/** After the handoff every message is a note on the same record: feelings and questions still get their line. */
const AFTER_HANDOFF: readonly ResponderId[] = ['feeling', 'question'];

/**
 * Runs the responders in order over one customer message and returns the turn: at most three bubbles, the
 * last of them the turn's one question, if any.
 */
export function respond(input: RespondInput, slots: Slots = {}): TurnPlan {
  const plan: TurnPlan = { lines: [], memory: input.memory, record: { questions: [], notes: [] } };
  const afterHandoff = input.phase === 'after-handoff';
  const list = responders(slots).filter((r) => !afterHandoff || AFTER_HANDOFF.includes(r.id));
  for (const responder of list) {
    const out = responder.respond({ ...input, memory: plan.memory }, { lines: plan.lines, question: plan.question, action: plan.action });
    if (!out) continue;
    if (out.memory) plan.memory = out.memory;
    const room = MAX_BUBBLES - plan.lines.length - (plan.question || out.question ? 1 : 0);
    plan.lines.push(...(out.lines ?? []).slice(0, Math.max(0, room)));
    if (out.question && !plan.question) plan.question = out.question;
    if (out.action && !plan.action) plan.action = out.action;
    plan.record.questions.push(...(out.record?.questions ?? []));
    plan.record.notes.push(...(out.record?.notes ?? []));
    if (out.end) break;
  }
  if (afterHandoff) return noteTurn(input, plan);
  if (plan.question?.area && !plan.memory.asked.includes(plan.question.area)) plan.memory = { ...plan.memory, asked: [...plan.memory.asked, plan.question.area] };
  return plan;
}

/** After the handoff: the message goes to the rep as a note, a new contact preference is said back. */
function noteTurn(input: RespondInput, plan: TurnPlan): TurnPlan {
  const text = input.reading.text.trim();
  const contactChanged = input.changes.some((c) => c.kind === 'contact') || input.reading.facts.some((f) => f.kind === 'contact-preference' && filable(f));
  const ack: Line = { key: contactChanged ? 'respond:afterHandoff.contactUpdated' : text ? 'respond:afterHandoff.noted' : 'respond:afterHandoff.still' };
  return { ...plan, lines: [...plan.lines.slice(0, MAX_BUBBLES - 1), ack], question: undefined, action: text ? 'note' : undefined, record: { ...plan.record, notes: text ? [text] : [] } };
}

/** The questions and notes of a turn, kept on the profile for the rep (additive fields). */
export function keepForRep(profile: { customerQuestions?: string[]; notes?: Evidence[]; turn: number }, plan: TurnPlan): void {
  if (plan.record.questions.length) profile.customerQuestions = [...(profile.customerQuestions ?? []), ...plan.record.questions];
  if (plan.record.notes.length) profile.notes = [...(profile.notes ?? []), ...plan.record.notes.map((quote) => ({ quote, turn: profile.turn }))];
}
