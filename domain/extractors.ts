import {
  detectObjection,
  detectSentiment,
  recognizeMoney,
  recognizePeople,
  recognizeQuantities,
  recognizeRoles,
  recognizeTimeline,
} from './understand';
import { findAnyWords } from './text';
import { Area, AreaKind, Playbook } from './playbook';
import { Cue, Evidence, Locale, Money, NeedProfile, Objection, Quantity, Timeline } from './types';

/** Facts worth repeating back to the customer ("You mean three managers on the 15th, right?"). */
export interface KeyFacts {
  quantities: Quantity[];
  timeline?: Timeline;
  budget?: Money;
  people: string[];
}

export interface Interpretation {
  dontKnow: boolean;
  facts: KeyFacts;
  cues: Cue[];
  objection?: Objection;
  vague?: string;
  /** Areas this answer filled, the asked one first. */
  filled: string[];
  /** Nothing at all could be used (empty, only symbols). */
  unusable: boolean;
}

export interface InterpretContext {
  now: Date;
  locale: Locale;
}

/** What one extractor sees and may change while an answer is read into the profile. */
export interface AnswerTurn {
  profile: NeedProfile;
  playbook: Playbook;
  asked?: Area;
  text: string;
  ctx: InterpretContext;
  understand: { locale: Locale; now: Date; defaultCurrency: string };
  evidence: Evidence;
  facts: KeyFacts;
  result: Interpretation;
  listFillers: string[];
  /** Records the answer under an area once; the asked area is filled first. */
  fill(area: Area | undefined): void;
  /** The asked area when it is of that kind, else the playbook's first area of that kind. */
  areaOfKind(kind: AreaKind): Area | undefined;
  splitList(text: string): string[];
  /** Whether the profile already holds an answer for the area (or it was left open). */
  isKnown(area: Area): boolean;
}

type Extractor = (turn: AnswerTurn) => void;

export function sameQuantity(a: Quantity, b: Quantity): boolean {
  return a.value === b.value && (a.what ?? '') === (b.what ?? '') && (a.unit ?? '') === (b.unit ?? '');
}

function chooseOption(area: Area, text: string, locale: Locale): string | undefined {
  let best: { id: string; index: number } | undefined;
  for (const option of area.options ?? []) {
    const hit = findAnyWords(text, option.words, locale);
    if (hit && (!best || hit.index < best.index)) best = { id: option.id, index: hit.index };
  }
  return best?.id;
}

// A figure met in passing never overwrites one the customer gave when asked for it.
const money: Extractor = (turn) => {
  const { profile, asked } = turn;
  const found = recognizeMoney(turn.text, { ...turn.understand, expectMoney: asked?.kind === 'money' });
  if (!found || (profile.budget && asked?.kind !== 'money')) return;
  profile.budget = found;
  turn.facts.budget = found;
  turn.fill(turn.areaOfKind('money'));
};

const date: Extractor = (turn) => {
  const { profile, asked } = turn;
  const timeline = recognizeTimeline(turn.text, turn.understand);
  if (!timeline || (profile.timeline && asked?.kind !== 'date')) return;
  profile.timeline = timeline;
  turn.facts.timeline = timeline;
  turn.fill(turn.areaOfKind('date'));
};

// In a list of criteria or competitors a number counts options ("two other suppliers"), not a need.
const LIST_KINDS: readonly AreaKind[] = ['alternatives', 'criteria', 'decision', 'choice'];
const quantity: Extractor = (turn) => {
  if (turn.asked && LIST_KINDS.includes(turn.asked.kind)) return;
  for (const q of recognizeQuantities(turn.text, turn.understand)) {
    if (!turn.profile.quantities.some((p) => sameQuantity(p, q))) turn.profile.quantities.push(q);
    turn.facts.quantities.push(q);
  }
  if (turn.facts.quantities.length) turn.fill(turn.areaOfKind('quantity'));
};

const decision: Extractor = (turn) => {
  const { profile } = turn;
  const people = recognizePeople(turn.text, turn.ctx.locale);
  for (const person of people) if (!profile.people.includes(person)) profile.people.push(person);
  turn.facts.people = people;
  const roles = recognizeRoles(turn.text, turn.ctx.locale);
  for (const role of roles) {
    const existing = profile.decisionChain.find((r) => r.role === role.role && r.who === role.who);
    if (existing) existing.attitude = role.attitude ?? existing.attitude;
    else profile.decisionChain.push(role);
  }
  if (roles.some((r) => r.role === 'decision-maker')) turn.fill(turn.areaOfKind('decision'));
};

// An option named while another choice was asked does not answer this one.
const choice: Extractor = (turn) => {
  const { profile, asked } = turn;
  for (const area of turn.playbook.areas) {
    if (area.kind !== 'choice' || profile.choices[area.id]) continue;
    const option = chooseOption(area, turn.text, turn.ctx.locale);
    if (option && (area.id === asked?.id || !asked || asked.kind !== 'choice')) {
      profile.choices[area.id] = option;
      turn.fill(area);
    }
  }
};

// Volunteered criteria count only when they are the playbook's known ones; asked, any item counts.
const criteria: Extractor = (turn) => {
  const { profile, playbook, asked } = turn;
  const area = playbook.areas.find((a) => a.kind === 'criteria');
  if (!area || (asked?.id !== area.id && !findAnyWords(turn.text, area.signals, turn.ctx.locale))) return;
  for (const item of turn.splitList(turn.text)) {
    const criterion = playbook.criteria.find((c) => findAnyWords(item, c.words, turn.ctx.locale));
    if (criterion && profile.criteriaIds.includes(criterion.id)) continue;
    if (!criterion && asked?.id !== area.id) continue;
    profile.decisionCriteria.push(item);
    profile.criteriaIds.push(criterion?.id ?? '');
  }
  turn.fill(area);
};

const alternatives: Extractor = (turn) => {
  const area = turn.playbook.areas.find((a) => a.kind === 'alternatives');
  if (!area || turn.asked?.id !== area.id) return;
  for (const item of turn.splitList(turn.text)) if (!turn.profile.competitors.includes(item)) turn.profile.competitors.push(item);
};

/** The readers of facts, one per area kind, in the order they run ('text' areas are filled by their signals). */
export const KIND_EXTRACTORS: ReadonlyArray<readonly [AreaKind, Extractor]> = [
  ['money', money],
  ['date', date],
  ['quantity', quantity],
  ['decision', decision],
  ['choice', choice],
  ['criteria', criteria],
  ['alternatives', alternatives],
];

/** An area whose signal words the answer uses is answered in passing, whatever was asked. */
const signals: Extractor = (turn) => {
  for (const area of turn.playbook.areas) {
    if (area.id !== turn.asked?.id && !turn.isKnown(area) && findAnyWords(turn.text, area.signals, turn.ctx.locale)) turn.fill(area);
  }
};

const sentiment: Extractor = (turn) => {
  const found = detectSentiment(turn.text, turn.ctx.locale);
  const area = turn.asked?.id ?? turn.result.filled[0];
  const { quote, turn: at } = turn.evidence;
  if (found.complaint || found.worry) {
    turn.profile.pains.push({ text: quote, evidence: [turn.evidence] });
    turn.result.cues.push({ kind: found.complaint ? 'complaint' : 'worry', area, quote, turn: at });
  } else if (found.emotion || found.urgency) {
    turn.result.cues.push({ kind: found.urgency ? 'urgency' : 'emotion', area, quote, turn: at });
  }
};

/** A choice away from the playbook's norm, or words that say so, is the cue the third fruit seller asks about. */
const norms: Extractor = (turn) => {
  const { profile, result } = turn;
  for (const norm of turn.playbook.norms) {
    if (!result.filled.includes(norm.area)) continue;
    const chosen = profile.choices[norm.area];
    const deviates = (norm.usual !== undefined && chosen !== undefined && chosen !== norm.usual) || !!findAnyWords(turn.text, norm.deviation, turn.ctx.locale);
    if (deviates) result.cues.unshift({ kind: 'deviation', area: norm.area, quote: turn.evidence.quote, norm: norm.id, turn: turn.evidence.turn });
  }
  profile.cues.push(...result.cues);
};

const objection: Extractor = (turn) => {
  const kind = detectObjection(turn.text, turn.ctx.locale);
  if (!kind) return;
  const found: Objection = { kind, text: turn.evidence.quote, real: null, test: 'none' };
  turn.profile.objections.push(found);
  turn.result.objection = found;
};

/** What every answer is read for after the facts, in order: areas named in passing, feelings, norms, objections. */
export const ANSWER_EXTRACTORS: readonly Extractor[] = [signals, sentiment, norms, objection];
