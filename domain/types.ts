/**
 * The domain core's vocabulary. Nothing here knows about the Bot Framework: dialogs, the staff API,
 * the practice mode and the benchmark all speak in these types.
 */

export type Locale = 'en' | 'zh-CN';
export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

export interface Evidence {
  quote: string;
  turn?: number;
}

export interface Money {
  amount: number;
  max?: number;
  /** "at most 25,000" is a ceiling, not a range from 25,000 to itself; "about 5k" a guess. */
  bound?: 'about' | 'max' | 'min';
  currency?: string;
  text: string;
}

export interface Timeline {
  text: string;
  /** ISO date (YYYY-MM-DD) */
  start?: string;
  end?: string;
  timex?: string;
  /** "as soon as possible" and the like: urgent but without a date. */
  asap?: boolean;
}

export interface Quantity {
  value: number;
  /** Upper bound of "two or three", "twenty-odd". */
  max?: number;
  /** True when the customer hedged ("about", "or so"). */
  approximate?: boolean;
  unit?: string;
  what?: string;
  text: string;
}

export type DecisionRoleName = 'decision-maker' | 'user' | 'technical-gatekeeper' | 'influencer' | 'purchaser';
export type Attitude = 'supportive' | 'neutral' | 'opposed' | 'unknown';

export interface DecisionRole {
  role: DecisionRoleName;
  who: string;
  attitude?: Attitude;
}

export interface Contact {
  phone?: string;
  email?: string;
  /** How and when the customer wants to be reached ("afternoons", "not at noon", "email only"). */
  preference?: ContactPreference;
}

export interface ContactPreference {
  channel?: 'phone' | 'email' | 'chat' | 'wechat' | 'sms';
  /** When to reach them, in their words ("afternoons", "下午两点到五点"). */
  when?: string;
  /** When or how not to ("noon", "中午"). */
  avoid?: string;
}

export type YesNo = 'yes' | 'no' | 'partly';

export type CueKind = 'deviation' | 'complaint' | 'worry' | 'emotion' | 'urgency' | 'unusual-quantity' | 'unusual-timing' | 'constraint' | 'event';

export interface Cue {
  kind: CueKind;
  /** The need area the cue belongs to, when known. */
  area?: string;
  /** What the customer said or chose. */
  quote: string;
  /** Norm id from the playbook when the cue is a deviation from it. */
  norm?: string;
  turn?: number;
  /** The bot already asked about it; one tactful why per cue is enough. */
  probed?: boolean;
}

export type ObjectionKind = 'price' | 'service' | 'timing' | 'trust' | 'other';

export interface Objection {
  kind: ObjectionKind;
  text: string;
  real: boolean | null;
  test: 'hypothetical' | 'rhetorical' | 'none';
  /** What would satisfy the customer, when the rhetorical test was used. */
  condition?: string;
}

export interface Hypothesis {
  statement: string;
  outcome: 'confirmed' | 'rejected' | 'revised' | 'unanswered';
  revision?: string;
}

export type LatentStatus = 'noted' | 'suggested' | 'accepted' | 'declined';

export interface LatentNeed {
  /** Rule id from the playbook's latent-need rules; absent when no rule matched. */
  rule?: string;
  text: string;
  cue?: string;
  motive: string;
  offer?: string;
  status: LatentStatus;
  evidence: Evidence[];
}

export interface ExplicitNeed {
  area: string;
  text: string;
  evidence: Evidence[];
}

export interface TranscriptEntry {
  from: 'customer' | 'bot';
  text: string;
  timestamp: string;
}

export type Confirmation = 'confirmed' | 'revised' | 'rejected' | 'unconfirmed';
export type HandoffTrigger = 'discovery-complete' | 'customer-asked' | 'bot-stuck';

/**
 * Everything learned in one conversation. It grows turn by turn and is turned into a NeedDefinition
 * (need-definition.schema.json) at handoff.
 */
export interface NeedProfile {
  playbook: string;
  /** Locale of the customer's latest message. */
  locale: Locale;
  /** Customer turn counter, used as the `turn` of evidence. */
  turn: number;
  buyingFor?: 'self' | 'organization';
  customer: {
    name?: string;
    organization?: string;
    role?: string;
    contact?: Contact;
    consentToContact: boolean;
  };
  /** Area ids asked about in breadth, in order asked. */
  areasCovered: string[];
  /** Area ids whose answer was "don't know" / "not sure": open, not re-asked. */
  areasOpen: string[];
  /** Raw answers per area (customer's words). */
  answers: Record<string, Evidence[]>;
  /** Option ids chosen in choice areas (e.g. taste: sour). */
  choices: Record<string, string>;
  focusArea?: string;
  explicitNeeds: ExplicitNeed[];
  latentNeeds: LatentNeed[];
  cues: Cue[];
  pains: { text: string; evidence: Evidence[] }[];
  impact: { ifUnsolved: string[]; ifSolved: string[] };
  /** The why-ladder on the focus area, customer's words, outermost first. */
  motives: string[];
  budget?: Money;
  timeline?: Timeline;
  quantities: Quantity[];
  /** People named by the customer ("Manager Li, Manager Wang and Manager Song"). */
  people: string[];
  decisionChain: DecisionRole[];
  decisionCriteria: string[];
  /** The playbook's criterion ids for decisionCriteria, same order, when one matched. */
  criteriaIds: string[];
  competitors: string[];
  objections: Objection[];
  hypotheses: Hypothesis[];
  needName?: string;
  statement?: string;
  confirmation: Confirmation;
  openQuestions: string[];
  /** What the customer asked the bot ("how much is it?"), for the rep to answer exactly. */
  customerQuestions?: string[];
  /** The product in the customer's own words, when the playbook has no noun for it ("leadership coaching"). */
  product?: string;
  /** What the customer added after the handoff, for the rep. */
  notes?: Evidence[];
}

export function emptyProfile(playbook: string, locale: Locale): NeedProfile {
  return {
    playbook,
    locale,
    turn: 0,
    customer: { consentToContact: false },
    areasCovered: [],
    areasOpen: [],
    answers: {},
    choices: {},
    explicitNeeds: [],
    latentNeeds: [],
    cues: [],
    pains: [],
    impact: { ifUnsolved: [], ifSolved: [] },
    motives: [],
    quantities: [],
    people: [],
    decisionChain: [],
    decisionCriteria: [],
    criteriaIds: [],
    competitors: [],
    objections: [],
    hypotheses: [],
    confirmation: 'unconfirmed',
    openQuestions: [],
  };
}

/** The handoff record: need-definition.schema.json, as TypeScript. */
export interface NeedDefinition {
  schemaVersion: 1;
  id: string;
  conversationId: string;
  channelId: string;
  locale: Locale;
  playbook?: string;
  createdAt: string;
  updatedAt?: string;
  status: 'open' | 'claimed' | 'completed';
  claimedBy?: string;
  trigger: HandoffTrigger;
  customer: NeedProfile['customer'];
  needName: string;
  statement: string;
  confirmation: Confirmation;
  focusArea?: string;
  areasCovered: string[];
  explicitNeeds: ExplicitNeed[];
  latentNeeds: Omit<LatentNeed, 'rule'>[];
  pains: { text: string; evidence: Evidence[] }[];
  impact: { ifUnsolved: string[]; ifSolved: string[] };
  budget?: { amount: number; max?: number; currency?: string; text: string };
  timeline?: { text: string; start?: string; end?: string; timex?: string };
  quantities: { value: number; unit?: string; what?: string; text: string }[];
  decisionChain: DecisionRole[];
  decisionCriteria: string[];
  competitors: string[];
  objections: { text: string; real: boolean | null; test?: 'hypothetical' | 'rhetorical' | 'none' }[];
  hypotheses: Hypothesis[];
  openQuestions: string[];
  summary?: { en?: string; 'zh-CN'?: string };
  transcript: TranscriptEntry[];
}
