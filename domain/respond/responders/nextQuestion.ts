import { isAreaKnown } from '../../discovery';
import { Area, playbookNamespace } from '../../playbook';
import { CueFact } from '../../reading/types';
import { filable } from '../../update';
import { Line, LineParam, Memory, RespondInput, Responder } from '../types';

const CAP = { person: 'Person', business: 'Business' } as const;

/** The product noun general questions are phrased with: the customer's own word, else "it". */
export function nounParam(input: Pick<RespondInput, 'profile'>): LineParam {
  return input.profile.product ? { quote: input.profile.product } : { t: 'respond:noun.it' };
}

/**
 * The question for an area in this customer's register: a family hears "you", a business "you or your team";
 * the general playbook speaks of the product by the customer's own noun.
 */
export function areaQuestion(area: Area, input: Pick<RespondInput, 'playbook' | 'register' | 'profile'>): Line & { area: string } {
  const ns = playbookNamespace(input.playbook.id);
  const register = CAP[input.register];
  return {
    key: [
      `${ns}:areas.${area.id}.ask${register}`,
      `${ns}:areas.${area.id}.ask`,
      `playbook-general:areas.${area.id}.ask${register}`,
      `playbook-general:areas.${area.id}.ask`,
      'discovery:area.askGeneric',
    ],
    params: { area: { t: [`areas:${area.id}`, 'discovery:area.unknown'], params: { area: area.id } }, noun: nounParam(input) },
    area: area.id,
  };
}

/** Areas still worth asking this customer: not known, not asked before, and in their register. */
export function askable(input: Pick<RespondInput, 'playbook' | 'profile' | 'memory' | 'register'>): Area[] {
  const { playbook, profile, memory, register } = input;
  return playbook.areas.filter(
    (area) =>
      !isAreaKnown(profile, area) &&
      !memory.asked.includes(area.id) &&
      !(area.register && area.register !== register) &&
      !(area.organizationOnly && register === 'person'),
  );
}

/** What the last answer opened (a complaint, a new name, a bare number): followed before the checklist resumes. */
function opened(input: RespondInput): { line: Line; mark: string } | undefined {
  const { reading, changes, memory, register } = input;
  const complaint = reading.facts.find((f): f is CueFact => f.kind === 'cue' && f.cue === 'complaint' && filable(f));
  if (complaint) {
    const mark = `follow:complaint:${complaint.about ?? ''}`;
    if (!memory.asked.includes(mark)) return { line: { key: 'respond:follow.complaint', params: { about: { quote: complaint.about ?? complaint.clause ?? '' } } }, mark };
  }
  // One new name opens a question about that person; a list of names (who attends) does not.
  const names = changes.filter((c) => c.kind === 'person' && !c.role);
  const named = names.length === 1 ? names[0] : undefined;
  if (named && named.kind === 'person') {
    const mark = `follow:name:${named.value}`;
    const key = register === 'person' ? 'respond:follow.namePerson' : 'respond:follow.name';
    if (!memory.asked.includes(mark)) return { line: { key, params: { name: { quote: named.value } } }, mark };
  }
  const bare = changes.find((c) => c.kind === 'quantity' && !c.value.what && !c.value.unit && !c.area);
  if (bare && bare.kind === 'quantity') {
    const mark = `follow:number:${bare.value.value}`;
    if (!memory.asked.includes(mark)) return { line: { key: 'respond:follow.number', params: { quantity: { quantity: bare.value } } }, mark };
  }
  return undefined;
}

/**
 * The customer's turn went elsewhere (a question, a feeling) and left the question just asked unanswered: it is
 * asked once more, after the bot's reply, before the checklist moves on.
 */
function askAgain(input: RespondInput, replied: boolean): { question: Line & { area: string }; memory: Memory } | undefined {
  const { askedArea, profile, playbook, memory, changes } = input;
  const area = playbook.areas.find((a) => a.id === askedArea);
  if (!area || !replied || changes.some((c) => c.area) || profile.answers[area.id]?.length) return undefined;
  const mark = `again:${area.id}`;
  if (memory.asked.includes(mark)) return undefined;
  return { question: areaQuestion(area, input), memory: { ...memory, asked: [...memory.asked, mark] } };
}

/**
 * The next question (DESIGN.md 3.7): what the last answer opened, else the first open area of the playbook
 * for this register, never one already known or asked. Only in breadth: depth asks its own questions.
 */
export const nextQuestionResponder: Responder = {
  id: 'next-question',
  respond(input, sofar) {
    if (sofar.question || (input.phase !== 'breadth' && input.phase !== 'opening')) return undefined;
    // Only an answer to the customer's own question earns the pending question again; after a feeling the checklist moves on.
    const answered = sofar.lines.some((l) => !/^respond:(feeling|repeat)\./.test(String(Array.isArray(l.key) ? l.key[0] : l.key)));
    const again = askAgain(input, answered);
    if (again) return again;
    const follow = opened(input);
    if (follow) return { question: follow.line, memory: { ...input.memory, asked: [...input.memory.asked, follow.mark] } };
    const area = askable(input)[0];
    if (!area) return undefined;
    const next: Memory = { ...input.memory, asked: [...input.memory.asked, area.id] };
    return { question: areaQuestion(area, input), memory: next };
  },
};
