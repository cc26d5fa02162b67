import { isDontKnow, isVague, recognizeMoney, recognizeQuantities, recognizeRoles } from './understand';
import { isNoContent, matchingData } from './lexicon';
import { findPhrase } from './text';
import { Area, AreaKind, Playbook, Words } from './playbook';
import { read } from './reading/read';
import { Asked, Fact, Reading } from './reading/types';
import { AnswerTurn, ANSWER_EXTRACTORS, InterpretContext, Interpretation, KeyFacts, KIND_EXTRACTORS } from './extractors';
import { apply, Change, filable, FILING_THRESHOLD, markCovered, recordAnswer, UpdateContext } from './update';
import { Cue, Evidence, Locale, NeedProfile } from './types';

export function hasFacts(facts: KeyFacts): boolean {
  return facts.quantities.length > 0 || !!facts.timeline || !!facts.budget || facts.people.length > 0;
}

const MAX_QUOTE = 300;
function quoteOf(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > MAX_QUOTE ? `${trimmed.slice(0, MAX_QUOTE)}…` : trimmed;
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

/** The reader's prior for what the bot asked about an area: a bare "40" counts only after "how many". */
const ASKED_OF_KIND: Record<AreaKind, Asked> = {
  text: 'describe',
  money: 'money',
  date: 'date',
  quantity: 'quantity',
  decision: 'decision',
  criteria: 'criteria',
  alternatives: 'alternatives',
  choice: 'other',
};

/**
 * The reader still misses some figures the old recognisers of domain/understand read ("每月一百五以内",
 * "每月大概三十箱"). Only when the bot asked for that very kind and the reader found nothing of it is the old
 * recogniser asked, at the filing threshold; its "X以内" range from X to X is read as the ceiling it is.
 */
function askedFallback(reading: Reading, text: string, asked: Area | undefined, ctx: InterpretContext, currency: string): Reading {
  const kind = asked?.kind;
  if ((kind !== 'money' && kind !== 'quantity') || reading.facts.some((f) => f.kind === kind)) return reading;
  const understand = { locale: ctx.locale, now: ctx.now, defaultCurrency: currency };
  const extra: Fact[] = [];
  if (kind === 'money') {
    const money = recognizeMoney(text, { ...understand, expectMoney: true });
    if (money) {
      const ceiling = money.max !== undefined && money.max === money.amount;
      extra.push({
        kind: 'money',
        amount: money.amount,
        ...(money.max !== undefined && !ceiling ? { max: money.max } : {}),
        ...(ceiling ? { bound: 'max' as const } : {}),
        currency: money.currency ?? currency,
        context: 'budget',
        clause: money.text,
        confidence: FILING_THRESHOLD,
      });
    }
  } else {
    for (const q of recognizeQuantities(text, understand)) {
      extra.push({ kind: 'quantity', value: q.value, max: q.max, approximate: q.approximate, unit: q.unit, what: q.what, clause: q.text, confidence: FILING_THRESHOLD });
    }
  }
  return extra.length ? { ...reading, facts: [...reading.facts, ...extra] } : reading;
}

function readAnswer(text: string, playbook: Playbook, asked: Area | undefined, ctx: InterpretContext, prior?: Asked): Reading {
  const readAs = prior ?? (asked ? (asked.id === playbook.openingArea && asked.kind === 'text' ? 'opening' : ASKED_OF_KIND[asked.kind]) : ctx.asked);
  const reading = read(text, { locale: ctx.locale, now: ctx.now, asked: readAs, currency: playbook.currency });
  return withCountedNouns(askedFallback(reading, text, asked, ctx, playbook.currency), text, ctx, playbook.currency);
}

/** The facts a repeat-back says again: what this message added or corrected. */
export function keyFactsOf(changes: readonly Change[]): KeyFacts {
  const facts: KeyFacts = { quantities: [], people: [] };
  for (const change of changes) {
    if (change.kind === 'quantity') facts.quantities.push(change.value);
    else if (change.kind === 'budget') facts.budget = change.value;
    else if (change.kind === 'timeline') facts.timeline = change.value;
    else if (change.kind === 'person' && !facts.people.includes(change.value)) facts.people.push(change.value);
  }
  return facts;
}

/**
 * Deciders the reader has no person for: the speaker ("I decide", "我说了算") and a title with a one-character
 * verb ("老板定"). The word-list recogniser of domain/understand is asked only when the reading names nobody
 * with a role, so it never overrides the reader's people.
 */
function fallbackDeciders(profile: NeedProfile, reading: Reading, text: string, locale: Locale): boolean {
  if (reading.facts.some((f) => f.kind === 'person' && f.role && filable(f))) return false;
  const roles = recognizeRoles(text, locale);
  for (const role of roles) if (!profile.decisionChain.some((r) => r.role === role.role && r.who === role.who)) profile.decisionChain.push(role);
  return roles.some((r) => r.role === 'decision-maker');
}

/**
 * The reader names what a number counts with one word ("sales", "个"); the quantity recogniser of
 * domain/understand keeps the whole noun ("sales managers", "个" + "销售经理"), which a repeat-back needs.
 */
function withCountedNouns(reading: Reading, text: string, ctx: InterpretContext, currency: string): Reading {
  const legacy = recognizeQuantities(text, { locale: ctx.locale, now: ctx.now, defaultCurrency: currency });
  if (!legacy.length) return reading;
  const facts = reading.facts.map((fact) => {
    if (fact.kind !== 'quantity') return fact;
    const same = legacy.find((q) => q.value === fact.value);
    if (!same) return fact;
    // "四个": the reader's noun is the counter itself, which is a unit and says nothing of what is counted.
    // The reader's units are canonical ("jin"); the customer's own word ("斤") is what is said back to them.
    const unit = same.unit ?? fact.unit;
    if (same.unit && fact.what === same.unit) return { ...fact, unit, what: same.what };
    const wider = !!same.what && (!fact.what || same.what.includes(fact.what));
    return wider ? { ...fact, what: same.what, unit } : { ...fact, unit };
  });
  return { ...reading, facts };
}

/**
 * Reads one customer answer into the profile, filing every fact by what it is (update.ts): a budget said while
 * describing the goals is the budget, not the goal. `askedArea` is the area the question was about, if any;
 * a text area keeps the answer only when something is left of it once filler and the values filed elsewhere
 * are taken out. An asked area the answer leaves unanswered is asked once more, then left open.
 */
export function interpretAnswer(
  profile: NeedProfile,
  playbook: Playbook,
  askedArea: string | undefined,
  text: string,
  ctx: InterpretContext,
  listWords: ListWords,
): Interpretation {
  return interpretTurn(profile, playbook, askedArea, text, ctx, listWords).interpretation;
}

/** What one message said and changed: the reading and the changes are the input of the Respond stage. */
export interface TurnReading {
  interpretation: Interpretation;
  reading: Reading;
  changes: Change[];
}

/** interpretAnswer, also returning the reading and the changes for the responders (DESIGN.md 3.). */
export function interpretTurn(
  profile: NeedProfile,
  playbook: Playbook,
  askedArea: string | undefined,
  text: string,
  ctx: InterpretContext,
  listWords: ListWords,
): TurnReading {
  let seen: { reading: Reading; changes: Change[] } = { reading: { text, clauses: [], facts: [] }, changes: [] };
  const interpretation = interpretInto(profile, playbook, askedArea, text, ctx, listWords, (r, c) => {
    seen = { reading: r, changes: c };
  });
  return { interpretation, ...seen };
}

function interpretInto(
  profile: NeedProfile,
  playbook: Playbook,
  askedArea: string | undefined,
  text: string,
  ctx: InterpretContext,
  listWords: ListWords,
  observe: (reading: Reading, changes: Change[]) => void,
): Interpretation {
  profile.turn += 1;
  profile.locale = ctx.locale;
  const evidence: Evidence = { quote: quoteOf(text), turn: profile.turn };
  const result: Interpretation = { dontKnow: false, facts: { quantities: [], people: [] }, cues: [], filled: [], unusable: false };

  if (!/[\p{L}\p{N}]/u.test(text)) {
    result.unusable = true;
    return result;
  }
  const asked = playbook.areas.find((a) => a.id === askedArea);
  if (isDontKnow(text, ctx.locale)) {
    observe(readAnswer(text, playbook, asked, ctx), []);
    result.dontKnow = true;
    if (asked) {
      markCovered(profile, asked.id);
      if (!profile.areasOpen.includes(asked.id)) profile.areasOpen.push(asked.id);
    }
    return result;
  }
  const askedBefore = !!asked && profile.areasCovered.includes(asked.id);

  const reading = readAnswer(text, playbook, asked, ctx);
  const update = apply(profile, reading, { playbook, asked, evidence });
  Object.assign(profile, update.profile);
  observe(reading, update.changes);
  result.filled.push(...update.filled);
  result.facts = keyFactsOf(update.changes);
  const content = reading.clauses
    .filter((c) => !update.used.has(c.text) && !isNoContent(c.text))
    .map((c) => c.text)
    .join(', ');

  const turn: AnswerTurn = {
    profile,
    playbook,
    asked,
    text,
    content,
    ctx,
    understand: { locale: ctx.locale, now: ctx.now, defaultCurrency: playbook.currency },
    evidence,
    facts: result.facts,
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
  if (fallbackDeciders(profile, reading, text, ctx.locale)) turn.fill(turn.areaOfKind('decision'));
  // "Not yet", "没有": the customer looks at nobody else, an answer that names no competitor.
  const saysNone = reading.facts.some((f) => f.kind === 'answer' && f.value === 'no');
  if (asked && (asked.kind === 'text' || asked.kind === 'alternatives') && content) turn.fill(asked);
  if (asked?.kind === 'alternatives' && saysNone) turn.fill(asked);
  for (const [, extract] of KIND_EXTRACTORS) extract(turn);
  // The asked area first: a cue found in the answer belongs to the question it answered.
  if (asked && result.filled.includes(asked.id)) result.filled.sort((a, b) => Number(b === asked.id) - Number(a === asked.id));
  for (const extract of ANSWER_EXTRACTORS) extract(turn);
  if (asked && !result.filled.includes(asked.id)) {
    // Nothing in the answer answered the question: ask once more, then leave it open rather than guess.
    if (askedBefore && !profile.areasOpen.includes(asked.id)) profile.areasOpen.push(asked.id);
    markCovered(profile, asked.id);
  }
  result.vague = isVague(text, ctx.locale);
  return result;
}

/** The reader's prior at a repeat-back: a bare number corrects the kind of figure that was repeated. */
function priorFor(previous: KeyFacts): Asked {
  if (previous.quantities.length) return 'quantity';
  if (previous.budget) return 'money';
  if (previous.timeline) return 'date';
  return 'confirm';
}

/**
 * A correction after a repeat-back ("no, four" and its Chinese forms): every value the customer gives replaces
 * the one repeated, in the profile and in the facts repeated next; a bare number keeps what it counts.
 */
export function applyCorrection(profile: NeedProfile, previous: KeyFacts, text: string, ctx: InterpretContext, playbook: Playbook): KeyFacts {
  const reading = readAnswer(text, playbook, undefined, ctx, priorFor(previous));
  const context: UpdateContext = { playbook, evidence: { quote: quoteOf(text), turn: profile.turn }, correcting: { quantities: previous.quantities } };
  const update = apply(profile, reading, context);
  Object.assign(profile, update.profile);
  const found = keyFactsOf(update.changes);
  const next: KeyFacts = { ...previous, quantities: [...previous.quantities], people: [...previous.people] };
  if (found.quantities.length) {
    const [first, ...rest] = found.quantities;
    next.quantities = [first, ...rest, ...previous.quantities.slice(1)];
  }
  if (found.timeline) next.timeline = found.timeline;
  if (found.budget) next.budget = found.budget;
  if (found.people.length) {
    profile.people = profile.people.filter((p) => !previous.people.includes(p) || found.people.includes(p));
    next.people = found.people;
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
    constraint: 1,
    event: 1,
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
 * Product nouns match the customer's unseen wording: a Chinese noun anywhere in the text, an English one as a
 * word or the stem of one ("laptop" in "laptops", "photograph" in "photographer", "tutor" in "tutoring"), a
 * phrase word by word. A denied noun ("not a tutor") does not count.
 */
export function nounHits(text: string, nouns: Words): number {
  const lower = text.toLowerCase();
  let hits = 0;
  for (const noun of nouns['zh-CN']) if (noun && lower.includes(noun.toLowerCase())) hits += 1;
  const tokens = lower.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  for (const noun of nouns.en) {
    const words = noun.toLowerCase().split(/\s+/).filter(Boolean);
    const at = tokens.findIndex((_, i) => words.every((w, j) => stemOf(tokens[i + j] ?? '', w)));
    if (at >= 0 && findPhrase(tokens.slice(0, at + words.length).join(' '), tokens.slice(at, at + words.length).join(' '))?.negated !== true) hits += 1;
  }
  return hits;
}

const ENDINGS = ['', 's', 'es', 'er', 'ers', 'ing', 'ist', 'ists', 'y', 'ies'];
function stemOf(token: string, word: string): boolean {
  if (token === word) return true;
  const base = word.endsWith('y') ? word.slice(0, -1) : word;
  return ENDINGS.some((e) => token === `${word}${e}` || token === `${base}${e}`);
}

/**
 * The playbook whose words the customer's first messages use most, its product nouns counting with its phrases;
 * the general one when none does. Only domain playbooks compete: the general playbook is the fallback.
 */
export function choosePlaybook(text: string, locale: Locale, playbooks: Iterable<Playbook>, fallback: string): string {
  let best = { id: fallback, hits: 0 };
  for (const playbook of playbooks) {
    if (playbook.id === fallback) continue;
    const phrases = [...playbook.match.en, ...playbook.match['zh-CN']].filter((w) => findPhrase(text, w)?.negated === false).length;
    const hits = phrases + nounHits(text, playbook.nouns);
    if (hits > best.hits) best = { id: playbook.id, hits };
  }
  return best.id;
}
