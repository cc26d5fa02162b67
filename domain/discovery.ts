import {
  recognizeBareNumber,
  isDontKnow,
  isVague,
  recognizeMoney,
  recognizePeople,
  recognizeQuantities,
  recognizeTimeline,
} from './understand';
import { matchingData } from './lexicon';
import { findPhrase } from './text';
import { Area, Playbook } from './playbook';
import { AnswerTurn, ANSWER_EXTRACTORS, InterpretContext, Interpretation, KeyFacts, KIND_EXTRACTORS, sameQuantity } from './extractors';
import { Cue, Evidence, Locale, Money, NeedProfile, Objection, Quantity, Timeline } from './types';

export function hasFacts(facts: KeyFacts): boolean {
  return facts.quantities.length > 0 || !!facts.timeline || !!facts.budget || facts.people.length > 0;
}

const MAX_QUOTE = 300;
function quoteOf(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > MAX_QUOTE ? `${trimmed.slice(0, MAX_QUOTE)}…` : trimmed;
}

function markCovered(profile: NeedProfile, areaId: string): void {
  if (!profile.areasCovered.includes(areaId)) profile.areasCovered.push(areaId);
}

function recordAnswer(profile: NeedProfile, areaId: string, evidence: Evidence): void {
  (profile.answers[areaId] ??= []).push(evidence);
  markCovered(profile, areaId);
  profile.areasOpen = profile.areasOpen.filter((a) => a !== areaId);
  const need = profile.explicitNeeds.find((n) => n.area === areaId);
  if (need) need.evidence.push(evidence);
  else profile.explicitNeeds.push({ area: areaId, text: evidence.quote, evidence: [evidence] });
}

export function isAreaKnown(profile: NeedProfile, area: Area): boolean {
  if (profile.answers[area.id]?.length || profile.areasOpen.includes(area.id)) return true;
  switch (area.kind) {
    case 'money':
      return !!profile.budget;
    case 'date':
      return !!profile.timeline;
    case 'decision':
      return profile.decisionChain.some((r) => r.role === 'decision-maker');
    case 'choice':
      return !!profile.choices[area.id];
    default:
      return false;
  }
}

/** Horizontal probing: the next area not yet answered nor left open, in the playbook's order. */
export function nextArea(profile: NeedProfile, playbook: Playbook): Area | undefined {
  return playbook.areas.find(
    (area) => !isAreaKnown(profile, area) && !(area.organizationOnly && profile.buyingFor === 'self'),
  );
}

/** Splits "quality first, then margin, after-sales and packaging" (and its Chinese forms) into items, in order. */
export function splitList(text: string, locale: Locale, fillers: string[]): string[] {
  let rest = text;
  for (const filler of [...fillers].sort((a, b) => b.length - a.length)) {
    rest = rest.split(filler).join(locale === 'en' ? ' , ' : '，');
  }
  return rest
    .split(new RegExp(matchingData().listSplit, 'iu'))
    .map((s) => s.trim().replace(/^(the|a|an)\s+/i, ''))
    .filter((s) => s.length > 0 && s.length <= 40);
}

export interface ListWords {
  /** Ordinal and filler words stripped before splitting a list answer ("first", "then", ...). */
  listFillers: Record<Locale, string[]>;
}

/**
 * Reads one customer answer into the profile. `askedArea` is the area the question was about, if any;
 * everything else the answer reveals (a budget mentioned while describing the team) fills its own area,
 * so the bot never asks for what it was already told.
 */
export function interpretAnswer(
  profile: NeedProfile,
  playbook: Playbook,
  askedArea: string | undefined,
  text: string,
  ctx: InterpretContext,
  listWords: ListWords,
): Interpretation {
  profile.turn += 1;
  profile.locale = ctx.locale;
  const evidence: Evidence = { quote: quoteOf(text), turn: profile.turn };
  const facts: KeyFacts = { quantities: [], people: [] };
  const result: Interpretation = { dontKnow: false, facts, cues: [], filled: [], unusable: false };
  const understand = { locale: ctx.locale, now: ctx.now, defaultCurrency: playbook.currency };

  if (!/[\p{L}\p{N}]/u.test(text)) {
    result.unusable = true;
    return result;
  }
  const asked = playbook.areas.find((a) => a.id === askedArea);
  if (isDontKnow(text, ctx.locale)) {
    result.dontKnow = true;
    if (asked) {
      markCovered(profile, asked.id);
      if (!profile.areasOpen.includes(asked.id)) profile.areasOpen.push(asked.id);
    }
    return result;
  }

  const turn: AnswerTurn = {
    profile,
    playbook,
    asked,
    text,
    ctx,
    understand,
    evidence,
    facts,
    result,
    listFillers: listWords.listFillers[ctx.locale],
    fill: (area) => {
      if (!area || result.filled.includes(area.id)) return;
      recordAnswer(profile, area.id, evidence);
      result.filled.push(area.id);
    },
    areaOfKind: (kind) => (asked?.kind === kind ? asked : playbook.areas.find((a) => a.kind === kind)),
    splitList: (part) => splitList(part, ctx.locale, listWords.listFillers[ctx.locale]),
    isKnown: (area) => isAreaKnown(profile, area),
  };
  if (asked && asked.kind !== 'choice') turn.fill(asked);
  for (const [, extract] of KIND_EXTRACTORS) extract(turn);
  for (const extract of ANSWER_EXTRACTORS) extract(turn);
  result.vague = isVague(text, ctx.locale);
  return result;
}

/**
 * A correction after a repeat-back ("no, four" and its Chinese forms): new facts replace the ones of the same
 * kind; a bare number replaces the first repeated quantity but keeps what it counts.
 */
export function applyCorrection(profile: NeedProfile, previous: KeyFacts, text: string, ctx: InterpretContext, currency: string): KeyFacts {
  const understand = { locale: ctx.locale, now: ctx.now, defaultCurrency: currency };
  const next: KeyFacts = { ...previous, quantities: [...previous.quantities], people: [...previous.people] };
  const timeline = recognizeTimeline(text, understand);
  const money = recognizeMoney(text, { ...understand, expectMoney: !!previous.budget && !previous.quantities.length });
  const people = recognizePeople(text, ctx.locale);
  const bare = recognizeBareNumber(text, ctx.locale);
  const quantities = recognizeQuantities(text, understand);
  if (!quantities.length && bare !== undefined && previous.quantities.length && !money && !timeline) quantities.push({ value: bare, text: text.trim() });
  if (quantities.length) {
    const [first, ...rest] = quantities;
    const old = previous.quantities[0];
    const merged: Quantity = old && !first.what ? { ...first, what: old.what, unit: first.unit ?? old.unit } : first;
    profile.quantities = profile.quantities.filter((q) => !old || !sameQuantity(q, old));
    profile.quantities.push(merged, ...rest);
    next.quantities = [merged, ...rest, ...previous.quantities.slice(1)];
  }
  if (timeline) next.timeline = profile.timeline = timeline;
  if (money) next.budget = profile.budget = money;
  if (people.length) {
    profile.people = profile.people.filter((p) => !previous.people.includes(p)).concat(people);
    next.people = people;
  }
  return next;
}

export function correctionFound(before: KeyFacts, after: KeyFacts): boolean {
  return JSON.stringify(before) !== JSON.stringify(after);
}

/**
 * Vertical probing goes where the signal is strongest: pains and complaints weigh most, then worry,
 * urgency and emotion; the playbook's focus order breaks ties.
 */
export function rankFocus(profile: NeedProfile, playbook: Playbook): string[] {
  const weight: Record<Cue['kind'], number> = {
    complaint: 3,
    worry: 2,
    deviation: 2,
    urgency: 2,
    emotion: 1,
    'unusual-quantity': 1,
    'unusual-timing': 1,
  };
  const score = new Map<string, number>();
  for (const cue of profile.cues) if (cue.area) score.set(cue.area, (score.get(cue.area) ?? 0) + weight[cue.kind]);
  const candidates = playbook.focusOrder.filter((id) => profile.answers[id]?.length);
  return candidates
    .map((id, order) => ({ id, s: score.get(id) ?? 0, order }))
    .sort((a, b) => b.s - a.s || a.order - b.order)
    .map((c) => c.id);
}

/** Does the customer's reply name one of the offered areas? Labels come from the locale files. */
export function pickArea(text: string, labels: { id: string; label: string }[], locale: Locale): string | undefined {
  for (const { id, label } of labels) {
    if (findPhrase(text, label) || (text.trim().length > 1 && findPhrase(label, text.trim()))) return id;
  }
  return undefined;
}

/**
 * The playbook whose words the customer's first messages use most; the general one when none does.
 * Only domain playbooks compete: the general playbook is the fallback, not a candidate.
 */
export function choosePlaybook(text: string, locale: Locale, playbooks: Iterable<Playbook>, fallback: string): string {
  let best = { id: fallback, hits: 0 };
  for (const playbook of playbooks) {
    if (playbook.id === fallback) continue;
    const hits = [...playbook.match.en, ...playbook.match['zh-CN']].filter((w) => findPhrase(text, w)?.negated === false).length;
    if (hits > best.hits) best = { id: playbook.id, hits };
  }
  return best.id;
}
