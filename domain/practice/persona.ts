import { fail, readDataFiles, Words } from '../playbook';
import { validateDataFile } from '../schemas';
import { fromRoot } from '../paths';
import { NeedArea, QuestionType } from './classify';

/**
 * A simulated customer for rep practice. The facts and rules live in data/personas/<id>.json, the words
 * it says in locales/<lng>/persona-<id>.json, so a new persona is two data files and no code.
 *
 * How a fact is earned decides what the rep must ask:
 *  - public: any question touching its area gets it (a closed question gets the short form);
 *  - open: an open, descriptive or clarifying question about its area; a closed one gets only yes or no;
 *  - describe: only a request to describe the situation;
 *  - why: a "why" question, one rung of the ladder at a time (`after` names the rung below);
 *  - impact-unsolved / impact-solved: the matching impact question.
 */
export type Reveal = 'public' | 'open' | 'describe' | 'why' | 'impact-unsolved' | 'impact-solved';
export const REVEALS: readonly Reveal[] = ['public', 'open', 'describe', 'why', 'impact-unsolved', 'impact-solved'];

export interface PersonaArea {
  id: string;
  /** The classifier's generic areas that count as asking about this one ("who will use it" is users). */
  cues: NeedArea[];
  /** Words of this persona's world that touch the area ("sweet or sour" is taste). */
  words?: Words;
}

export interface PersonaFact {
  id: string;
  reveal: Reveal;
  /** The area whose questions earn it; why and impact facts need none. */
  area?: string;
  /** Facts the rep must have heard first (the lower rungs of a why ladder). */
  after?: string[];
  /** Heard together with this fact (the motive names who it is for). */
  implies?: string[];
  /** The buying motive: depth is reaching it. */
  motive?: boolean;
  /** What a closed question about the area gets when the fact itself is not given away. */
  closed?: 'yes' | 'no';
  /** Words a rep's hypothesis uses when it names this fact, in any wording ("expecting", "the baby"). */
  gist?: Words;
}

export interface PersonaObjection {
  id: string;
  /** A real objection decides the sale; a fake one is a polite way of saying something else. */
  real: boolean;
}

export interface Persona {
  id: string;
  /** The playbook of the business this customer belongs to, for the script view and better questions. */
  playbook: string;
  order: number;
  /** What the rep may type after "practice" to pick this persona. */
  names: Words;
  areas: PersonaArea[];
  facts: PersonaFact[];
  latent: {
    /** Facts that uncover the latent need. */
    requires: string[];
    /** Words of an offer that meets it (kiwi, vitamins). */
    offer: Words;
  };
  objections: PersonaObjection[];
  /** Premature pitches and rude lines the persona stands before walking away. */
  patience: { pitches: number; rude: number };
  /** Facts that must be known before the persona agrees to a need and buys. */
  buys: string[];
  /**
   * What a hypothesis must name to be agreed: one core fact (the motive or the trouble behind the request)
   * and one more of core or key; naming fewer is agreed in part.
   */
  need: { core: string[]; key: string[] };
  /** Facts the opening line already says: the rep has heard them, and may ask why. */
  opens: string[];
}

export function personaNamespace(id: string): string {
  return `persona-${id}`;
}


/**
 * Validates one persona file so that a trainer's typo is reported with the file and the place: the shape
 * by data/schemas/persona.schema.json, here only the names of facts and areas the file refers to.
 */
export function parsePersona(file: string, raw: unknown): Persona {
  const p = validateDataFile<Partial<Persona> & Pick<Persona, 'id' | 'playbook' | 'names' | 'areas' | 'facts' | 'latent'>>('persona', file, raw);
  const areaIds = new Set(p.areas.map((area) => area.id));
  const factIds = new Set(p.facts.map((f) => f.id));
  for (const fact of p.facts) {
    if ((fact.reveal === 'public' || fact.reveal === 'open' || fact.reveal === 'describe') && !areaIds.has(fact.area ?? '')) {
      fail(file, `fact "${fact.id}" must name one of the persona's areas`);
    }
    for (const id of [...(fact.after ?? []), ...(fact.implies ?? [])]) if (!factIds.has(id)) fail(file, `fact "${fact.id}" names unknown fact "${id}"`);
  }
  for (const area of areaIds) if (!p.facts.some((f) => f.area === area)) fail(file, `area "${area}" has no fact to answer with`);
  for (const id of p.latent.requires) if (!factIds.has(id)) fail(file, `latent names unknown fact "${id}"`);
  const buys = p.buys ?? [];
  for (const id of buys) if (!factIds.has(id)) fail(file, `buys names unknown fact "${id}"`);
  for (const id of p.opens ?? []) if (!factIds.has(id)) fail(file, `opens names unknown fact "${id}"`);
  const motive = p.facts.find((f) => f.motive)?.id;
  const need = p.need ?? { core: motive ? [motive] : [], key: buys };
  for (const id of [...need.core, ...need.key]) {
    if (!factIds.has(id)) fail(file, `need names unknown fact "${id}"`);
    if (!p.facts.find((f) => f.id === id)?.gist) fail(file, `need names fact "${id}", which has no gist words to recognise it by`);
  }
  return {
    id: p.id,
    playbook: p.playbook,
    order: p.order ?? 99,
    names: p.names,
    areas: p.areas,
    facts: p.facts,
    latent: { requires: p.latent.requires, offer: p.latent.offer },
    objections: p.objections ?? [],
    patience: { pitches: p.patience?.pitches ?? 2, rude: p.patience?.rude ?? 2 },
    buys,
    need,
    opens: p.opens ?? [],
  };
}

/** `playbooks`: the ids a persona may name; given, a persona of an unknown business is refused with its file. */
export function loadPersonas(dir = fromRoot('data', 'personas'), playbooks?: ReadonlySet<string>): Map<string, Persona> {
  const personas = readDataFiles(dir).map(({ file, raw }) => {
    const persona = parsePersona(file, raw);
    if (playbooks && !playbooks.has(persona.playbook)) fail(file, `"playbook" names unknown playbook "${persona.playbook}"`);
    return persona;
  });
  personas.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return new Map(personas.map((p) => [p.id, p]));
}

export function motiveOf(persona: Persona): PersonaFact {
  return persona.facts.find((f) => f.motive) as PersonaFact;
}

/** The rungs of the why ladder, lowest first. */
export function whyLadder(persona: Persona): PersonaFact[] {
  return persona.facts.filter((f) => f.reveal === 'why');
}

export type { QuestionType };
