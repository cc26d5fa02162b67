/**
 * Filing by content (DESIGN.md, 2. Update): every fact of a reading goes to the playbook area of its own kind,
 * whatever was asked. The asked area only decides ties the reader already settled with it as a prior (a bare
 * number after "how many"); a value the customer gave stays until they correct it; below the filing threshold
 * nothing is filed, the area stays open. Nothing here knows the SDK.
 */
import { Area, AreaKind, Playbook } from './playbook';
import { ContactPreferenceFact, CorrectionFact, DateFact, Fact, FactKind, MoneyFact, PersonFact, QuantityFact, Reading } from './reading/types';
import { Contact, ContactPreference, DecisionRoleName, Evidence, Money, NeedProfile, Quantity, Timeline } from './types';

/** The reader's confidences run 0.6 (a bare "she") to 0.95 (a mobile number); below 0.7 a fact is not filed. */
export const FILING_THRESHOLD = 0.7;

/** What one message added to or corrected in the profile: the input of the repeat-back. */
export type Change = { area?: string; corrected: boolean } & (
  | { kind: 'budget'; value: Money }
  | { kind: 'timeline'; value: Timeline }
  | { kind: 'quantity'; value: Quantity }
  | { kind: 'person'; value: string; role?: DecisionRoleName }
  | { kind: 'competitor'; value: string }
  | { kind: 'contact'; value: Contact }
  | { kind: 'contact-preference'; value: ContactPreference }
  | { kind: 'own-name'; value: string }
);

export interface UpdateContext {
  playbook: Playbook;
  /** The area the bot had just asked about, if any. */
  asked?: Area;
  evidence: Evidence;
  /**
   * The customer is answering a repeat-back of these facts: every value given replaces the one repeated, as a
   * correction does anywhere else ("No, four").
   */
  correcting?: { quantities: readonly Quantity[] };
}

export interface Update {
  profile: NeedProfile;
  changes: Change[];
  /** Areas a fact was filed under, in the order filed. */
  filled: string[];
  /** Clauses whose content was filed as a value: they do not also answer a text question. */
  used: Set<string>;
}

// Counting options in a list answer ("two other suppliers") is not the quantity of the need.
const LIST_KINDS: readonly AreaKind[] = ['alternatives', 'criteria', 'decision', 'choice'];
const TIME_UNITS = new Set(['hour', 'day', 'week', 'month', 'year']);
// Roles that answer "who decides" even when volunteered; a user or an adviser alone does not.
const DECIDING: readonly DecisionRoleName[] = ['decision-maker', 'purchaser', 'technical-gatekeeper'];
// Kinds whose clause is then spent: what is left of the message is what answers a text question.
const SPENDING: readonly FactKind[] = ['contact', 'own-name', 'contact-preference', 'question', 'request', 'answer', 'correction'];

export function filable(fact: Fact): boolean {
  return (fact.confidence ?? 1) >= FILING_THRESHOLD;
}

export function markCovered(profile: NeedProfile, areaId: string): void {
  if (!profile.areasCovered.includes(areaId)) profile.areasCovered.push(areaId);
}

/** The customer's words kept under an area, with the turn they were said in. */
export function recordAnswer(profile: NeedProfile, areaId: string, evidence: Evidence): void {
  (profile.answers[areaId] ??= []).push(evidence);
  markCovered(profile, areaId);
  profile.areasOpen = profile.areasOpen.filter((a) => a !== areaId);
  const need = profile.explicitNeeds.find((n) => n.area === areaId);
  if (need) need.evidence.push(evidence);
  else profile.explicitNeeds.push({ area: areaId, text: evidence.quote, evidence: [evidence] });
}

export function sameQuantity(a: Quantity, b: Quantity): boolean {
  return a.value === b.value && (a.what ?? '') === (b.what ?? '') && (a.unit ?? '') === (b.unit ?? '');
}

function toMoney(fact: MoneyFact, playbook: Playbook): Money {
  const money: Money = { amount: fact.amount, currency: fact.currency ?? playbook.currency, text: fact.clause ?? '' };
  if (fact.max !== undefined && fact.max > fact.amount) money.max = fact.max;
  if (fact.bound && fact.bound !== 'exact') money.bound = fact.bound;
  return money;
}

function toTimeline(fact: DateFact): Timeline {
  const timeline: Timeline = { text: fact.clause ?? '' };
  if (fact.start) timeline.start = fact.start;
  if (fact.end) timeline.end = fact.end;
  return timeline;
}

function toQuantity(fact: QuantityFact): Quantity {
  const quantity: Quantity = { value: fact.value, text: fact.clause ?? '' };
  if (fact.max !== undefined) quantity.max = fact.max;
  if (fact.approximate) quantity.approximate = true;
  if (fact.unit) quantity.unit = fact.unit;
  if (fact.what) quantity.what = fact.what;
  return quantity;
}

/** A count of the need: whole things, or a measure; a share ("half") or a stretch of time only when asked. */
function countsTheNeed(fact: QuantityFact, asked: Area | undefined): boolean {
  if (asked && LIST_KINDS.includes(asked.kind)) return false;
  if (fact.unit === 'percent') return false;
  if (!fact.unit && !Number.isInteger(fact.value)) return false;
  return !fact.unit || !TIME_UNITS.has(fact.unit) || asked?.kind === 'quantity';
}

const BUYING_TIME: readonly DateFact['role'][] = ['deadline', 'window', 'start'];

/** The kinds a message corrects: what its correction facts name, or every value it gives at a repeat-back. */
function correctedKinds(reading: Reading, ctx: UpdateContext): Set<FactKind> {
  const kinds = new Set<FactKind>();
  for (const fact of reading.facts) {
    if (fact.kind !== 'correction' || !filable(fact)) continue;
    if (fact.target) kinds.add(fact.target);
    else ['money', 'date', 'quantity'].forEach((k) => kinds.add(k as FactKind));
  }
  if (ctx.correcting) ['money', 'date', 'quantity', 'person'].forEach((k) => kinds.add(k as FactKind));
  return kinds;
}

/**
 * Files a reading into a copy of the profile and says what changed. A value already held (budget, timeline)
 * changes only on a correction or when its own area was asked; a corrected value replaces the old one wherever
 * the profile keeps it.
 */
export function apply(before: NeedProfile, reading: Reading, ctx: UpdateContext): Update {
  const profile = structuredClone(before);
  const { playbook, asked, evidence } = ctx;
  const changes: Change[] = [];
  const filled: string[] = [];
  const used = new Set<string>();
  const corrected = correctedKinds(reading, ctx);
  const areaOfKind = (kind: AreaKind): Area | undefined => (asked?.kind === kind ? asked : playbook.areas.find((a) => a.kind === kind));
  const fill = (kind: AreaKind): string | undefined => {
    const area = areaOfKind(kind);
    if (!area) return undefined;
    if (!filled.includes(area.id)) {
      recordAnswer(profile, area.id, evidence);
      filled.push(area.id);
    }
    return area.id;
  };
  const spend = (fact: Fact): void => {
    if (fact.clause) used.add(fact.clause);
  };

  const facts = reading.facts.filter(filable);
  for (const fact of facts) if (fact.kind === 'correction') correctPerson(profile, fact, changes);
  let quantityReplaced = false;
  for (const fact of facts) {
    if (SPENDING.includes(fact.kind)) spend(fact);
    // "You're not listening" is about the conversation, not an answer; "sick of BT dropping" still says how it is today.
    const aboutTheTalk = fact.kind === 'feeling' && (fact.feeling === 'frustration' || fact.feeling === 'impatience');
    if (aboutTheTalk && !facts.some((f) => f !== fact && f.clause === fact.clause)) spend(fact);
    switch (fact.kind) {
      case 'money': {
        if (fact.context !== 'budget') break;
        const correcting = corrected.has('money');
        if (profile.budget && !correcting && asked?.kind !== 'money') break;
        if (changes.some((c) => c.kind === 'budget')) break;
        profile.budget = toMoney(fact, playbook);
        changes.push({ kind: 'budget', value: profile.budget, area: fill('money'), corrected: correcting && !!before.budget });
        spend(fact);
        break;
      }
      case 'date': {
        if (!BUYING_TIME.includes(fact.role)) break;
        const correcting = corrected.has('date');
        if (profile.timeline && !correcting && asked?.kind !== 'date') break;
        if (changes.some((c) => c.kind === 'timeline')) break;
        profile.timeline = toTimeline(fact);
        changes.push({ kind: 'timeline', value: profile.timeline, area: fill('date'), corrected: correcting && !!before.timeline });
        spend(fact);
        break;
      }
      case 'quantity': {
        if (!countsTheNeed(fact, asked)) break;
        let quantity = toQuantity(fact);
        const repeated = ctx.correcting ? ctx.correcting.quantities[0] : profile.quantities[profile.quantities.length - 1];
        const old = corrected.has('quantity') && !quantityReplaced ? repeated : undefined;
        if (old) {
          // "No, four": the number is new, what it counts is what was repeated.
          quantity = { ...quantity, what: quantity.what ?? old.what, unit: quantity.unit ?? old.unit };
          profile.quantities = profile.quantities.filter((q) => !sameQuantity(q, old));
          quantityReplaced = true;
        }
        if (profile.quantities.some((q) => sameQuantity(q, quantity))) break;
        profile.quantities.push(quantity);
        changes.push({ kind: 'quantity', value: quantity, area: fill('quantity'), corrected: !!old });
        break;
      }
      case 'person':
        filePerson(profile, fact, asked, changes, fill, spend);
        break;
      case 'organisation': {
        if (fact.relation === 'own') {
          profile.customer.organization ??= fact.name;
          break;
        }
        if (fact.relation !== 'competitor' && fact.relation !== 'current-supplier') break;
        if (profile.competitors.some((c) => c.toLowerCase() === fact.name.toLowerCase())) break;
        profile.competitors.push(fact.name);
        // What they use today is on the record, but it does not answer "who else are you looking at?".
        const area = fact.relation === 'competitor' ? fill('alternatives') : undefined;
        changes.push({ kind: 'competitor', value: fact.name, area, corrected: false });
        break;
      }
      case 'contact': {
        const contact: Contact = { ...profile.customer.contact };
        if (fact.phone) contact.phone = fact.phone;
        if (fact.email) contact.email = fact.email;
        if (!fact.phone && !fact.email) break;
        profile.customer.contact = contact;
        changes.push({ kind: 'contact', value: contact, corrected: false });
        break;
      }
      case 'contact-preference': {
        const preference = toPreference(fact, profile.customer.contact?.preference);
        if (!preference) break;
        profile.customer.contact = { ...profile.customer.contact, preference };
        changes.push({ kind: 'contact-preference', value: preference, corrected: false });
        break;
      }
      case 'own-name':
        if (profile.customer.name && !corrected.has('own-name')) break;
        profile.customer.name = fact.name;
        changes.push({ kind: 'own-name', value: fact.name, corrected: !!before.customer.name });
        break;
      default:
        break;
    }
  }
  return { profile, changes, filled, used };
}

function filePerson(
  profile: NeedProfile,
  fact: PersonFact,
  asked: Area | undefined,
  changes: Change[],
  fill: (kind: AreaKind) => string | undefined,
  spend: (fact: Fact) => void,
): void {
  const who = fact.name ?? fact.relation;
  if (!who) return;
  if (fact.name && !profile.people.includes(fact.name)) {
    profile.people.push(fact.name);
    if (!fact.role) changes.push({ kind: 'person', value: fact.name, corrected: false });
  }
  if (!fact.role) return;
  const existing = profile.decisionChain.find((r) => r.role === fact.role && r.who === who);
  if (existing) {
    existing.attitude = fact.stance ?? existing.attitude;
    return;
  }
  profile.decisionChain.push({ role: fact.role, who, ...(fact.stance ? { attitude: fact.stance } : {}) });
  const answersWho = DECIDING.includes(fact.role) || asked?.kind === 'decision';
  changes.push({ kind: 'person', value: who, role: fact.role, area: answersWho ? fill('decision') : undefined, corrected: false });
  if (answersWho) spend(fact);
}

/** What the customer says of reaching them now, over what they said before: a new channel or time replaces the old. */
function toPreference(fact: ContactPreferenceFact, before: ContactPreference | undefined): ContactPreference | undefined {
  if (!fact.channel && !fact.when && !fact.avoid) return undefined;
  const preference: ContactPreference = { ...before };
  if (fact.channel) preference.channel = fact.channel;
  if (fact.when) preference.when = fact.when;
  if (fact.avoid) preference.avoid = fact.avoid;
  return preference;
}

/** One name for the same person: "Zhang" is "Mr. Zhang", "张" is "张总". */
function samePerson(held: string, said: string): boolean {
  const a = held.trim().toLowerCase();
  const b = said.trim().toLowerCase();
  return !!a && !!b && (a === b || a.includes(b) || b.includes(a));
}

/**
 * "Not Zhang, it's Wang", the Chinese "not Manager Zhang, Manager Wang": the corrected name replaces the old one
 * wherever the profile keeps it (the people named, the decision chain), and the change is said as a correction.
 */
function correctPerson(profile: NeedProfile, fact: CorrectionFact, changes: Change[]): void {
  if (fact.target !== 'person' || !fact.from || !fact.to || samePerson(fact.to, fact.from)) return;
  const from = fact.from;
  const to = fact.to;
  let replaced = false;
  const people = profile.people.map((p) => (samePerson(p, from) ? ((replaced = true), to) : p));
  profile.people = people.filter((p, i) => people.indexOf(p) === i);
  let role: DecisionRoleName | undefined;
  for (const entry of profile.decisionChain) {
    if (!samePerson(entry.who, from)) continue;
    entry.who = to;
    role ??= entry.role;
    replaced = true;
  }
  profile.decisionChain = profile.decisionChain.filter((r, i, all) => all.findIndex((o) => o.role === r.role && o.who === r.who) === i);
  if (replaced) changes.push({ kind: 'person', value: to, ...(role ? { role } : {}), corrected: true });
}
