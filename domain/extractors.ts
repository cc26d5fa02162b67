import { detectObjection, detectSentiment } from './understand';
import { Asked } from './reading/types';
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
  /** What the bot asked when no area was ("why", "impact"): the reader's prior for ambiguous items. */
  asked?: Asked;
}

/** What one extractor sees and may change while an answer is read into the profile. */
export interface AnswerTurn {
  profile: NeedProfile;
  playbook: Playbook;
  asked?: Area;
  text: string;
  /** The clauses that are neither filler nor spent on a value filed elsewhere; '' when nothing is left. */
  content: string;
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

function chooseOption(area: Area, text: string, locale: Locale): string | undefined {
  let best: { id: string; index: number } | undefined;
  for (const option of area.options ?? []) {
    const hit = findAnyWords(text, option.words, locale);
    if (hit && (!best || hit.index < best.index)) best = { id: option.id, index: hit.index };
  }
  return best?.id;
}

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
  if (!area || !turn.content || (asked?.id !== area.id && !findAnyWords(turn.content, area.signals, turn.ctx.locale))) return;
  for (const item of turn.splitList(turn.content)) {
    const criterion = playbook.criteria.find((c) => findAnyWords(item, c.words, turn.ctx.locale));
    if (criterion && profile.criteriaIds.includes(criterion.id)) continue;
    if (!criterion && asked?.id !== area.id) continue;
    profile.decisionCriteria.push(item);
    profile.criteriaIds.push(criterion?.id ?? '');
  }
  turn.fill(area);
};

/**
 * The readers of what the reading has no fact kind for, in the order they run: options of choice areas and
 * criteria lists. Money, dates, quantities, people and organisations are filed by content in update.ts.
 */
export const KIND_EXTRACTORS: ReadonlyArray<readonly [AreaKind, Extractor]> = [
  ['choice', choice],
  ['criteria', criteria],
];

// Areas of these kinds hold a value (an amount, a date, a count, a decider): only a fact of that kind fills them.
const VALUE_KINDS: readonly AreaKind[] = ['money', 'date', 'quantity', 'decision'];

/** An area whose signal words the answer uses is answered in passing, whatever was asked. */
const signals: Extractor = (turn) => {
  if (!turn.content) return;
  for (const area of turn.playbook.areas) {
    if (VALUE_KINDS.includes(area.kind) || area.id === turn.asked?.id || turn.isKnown(area)) continue;
    if (findAnyWords(turn.content, area.signals, turn.ctx.locale)) turn.fill(area);
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
