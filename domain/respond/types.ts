/**
 * The Respond stage of a discovery turn (DESIGN.md, 3. Respond): an ordered list of responders looks at what
 * the customer said (the reading), what it changed in the profile, the profile, the playbook and what this
 * conversation has already heard and said (its memory); each may add a line and may end the turn. Lines are
 * locale keys with parameters, never sentences, so the SDK layer renders them in the customer's language.
 * Nothing here knows the SDK.
 */
import { Playbook } from '../playbook';
import { Reading } from '../reading/types';
import { Change } from '../update';
import { Locale, Money, NeedProfile, Quantity, Timeline } from '../types';

/** The same shapes as services/render's Param, so a Line is a Renderable without a conversion. */
export type LineParam =
  | string
  | number
  | { t: string | string[]; params?: Record<string, LineParam> }
  | { quote: string }
  | { date: Timeline }
  | { money: Money }
  | { quantity: Quantity }
  | { list: LineParam[] };

/** One bubble: a locale key (or fallbacks, first found wins) and its parameters. */
export interface Line {
  key: string | string[];
  params?: Record<string, LineParam>;
}

/** Where in the waterfall the turn happens: a responder may behave differently before and after the handoff. */
export type Phase = 'opening' | 'breadth' | 'depth' | 'hypothesis' | 'consensus' | 'after-handoff';

/** The register the opening decides: a person buying for the family, or a business. */
export type Register = 'person' | 'business';

/** What the last answer opened that the next question follows before the checklist resumes. */
export interface Opening {
  kind: 'complaint' | 'number' | 'name';
  /** The customer's words that opened it (a short phrase). */
  about: string;
  /** The area it belongs to, when known. */
  area?: string;
}

/**
 * What this conversation has already heard and said, kept in conversation state between turns. Stock phrases
 * never repeat (`said`), a cue gets one why (`cues`), a fact is repeated back once (`repeated`).
 */
export interface Memory {
  /** Locale keys of stock lines already sent (feelings, acknowledgements): the next one picks another variant. */
  said: string[];
  /** Cue ids that already had their tactful why. */
  cues: string[];
  /** Signatures of facts already repeated back. */
  repeated: string[];
  /** Areas asked in this conversation, in order: none is asked twice. */
  asked: string[];
  /** The customer wants to finish: say what we have, ask at most one thing, offer the hypothesis, hand over. */
  fastLane?: { since: number; asked: number };
  /** Something the last answer opened, to follow before the checklist resumes. */
  opened?: Opening;
  /** The customer's previous message, to notice a repeated identical message. */
  lastText?: string;
  /** The facts said back last turn: a "no, four" right after corrects them. */
  lastRepeat?: { quantities: Quantity[]; timeline?: Timeline; budget?: Money; people: string[] };
  /** Customer questions to the bot answered from data, and passed to a colleague. */
  questions: { answered: number; referred: number };
}

export function emptyMemory(): Memory {
  return { said: [], cues: [], repeated: [], asked: [], questions: { answered: 0, referred: 0 } };
}

/** Everything a responder may look at. Read-only: a responder returns what it wants changed. */
export interface RespondInput {
  reading: Reading;
  changes: readonly Change[];
  profile: NeedProfile;
  playbook: Playbook;
  memory: Memory;
  locale: Locale;
  phase: Phase;
  register: Register;
  /** The general playbook: its FAQ answers what a domain playbook does not ("what happens next?"). */
  general?: Playbook;
  /** The area the bot had just asked about: asked once more when the customer's turn went elsewhere. */
  askedArea?: string;
}

/** What the turn must do besides talking, for the dialog layer to carry out. */
export type Action =
  | 'handoff' // a person now (a request, or the fast lane's end)
  | 'stop' // the customer wants to stop
  | 'delete-data' // the customer wants their data gone
  | 'fast-lane' // switch to the fast lane: the dialog offers the hypothesis and hands over
  | 'note'; // after the handoff: the message is a note for the rep on the same record

/** What one responder adds. Absent fields add nothing. */
export interface Contribution {
  lines?: Line[];
  /** This turn's one question, if the responder asks it (a why, the next area, the fast lane's one missing thing). */
  question?: Line & { area?: string };
  action?: Action;
  /** No responder after this one runs. */
  end?: boolean;
  /** The memory after this responder (the pipeline threads it through). */
  memory?: Memory;
  /** Additive profile fields for the rep (questions asked, contact preferences); merged by the dialog. */
  record?: { questions?: string[]; notes?: string[] };
}

/** The turn so far, as the responders before this one left it. */
export interface TurnSoFar {
  lines: Line[];
  question?: Line & { area?: string };
  action?: Action;
}

export interface Responder {
  /** The slot name, for ordering and tests. */
  id: ResponderId;
  respond(input: RespondInput, sofar: TurnSoFar): Contribution | undefined;
}

/** The pipeline order (DESIGN.md 3.): requests, feelings, questions, fast lane, repeat-back, cue, next question. */
export const RESPONDER_ORDER = ['request', 'feeling', 'question', 'fast-lane', 'repeat-back', 'cue', 'next-question'] as const;
export type ResponderId = (typeof RESPONDER_ORDER)[number];

/**
 * The cue slot, written by the latent-needs engineer: given the reading and the profile, a tactful why line
 * once per cue. `id` names the cue so the pipeline never asks about it twice (it is kept in Memory.cues);
 * a why is a question, so it takes the turn's one question unless an earlier responder already asked one.
 */
export interface CueLine {
  id: string;
  line: Line;
}
export type CueResponder = (reading: Reading, profile: NeedProfile, context: { playbook: Playbook; memory: Memory; locale: Locale }) => CueLine | undefined;

/** What the pipeline hands the dialog: at most three bubbles and at most one question, in order. */
export interface TurnPlan {
  lines: Line[];
  question?: Line & { area?: string };
  action?: Action;
  memory: Memory;
  record: { questions: string[]; notes: string[] };
}

/** A turn sends at most this many bubbles, the question included. */
export const MAX_BUBBLES = 3;
