import * as fs from 'fs';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { fromRoot } from '../../domain/paths';
import { Evidence, HandoffTrigger, Locale, LOCALES, NeedDefinition, NeedProfile, TranscriptEntry } from '../../domain/types';
import { loadPlaybooks, Playbook } from '../../domain/playbook';
import { isAreaKnown } from '../../domain/discovery';
import { isNoContent } from '../../domain/lexicon';
import { read } from '../../domain/reading/read';
import {
  contentOf,
  ContactPreference,
  CustomerQuestion,
  ExtendedProfile,
  fitsSlot,
  NamedNeed,
  needCatalogues,
  nameNeed,
  NeedCatalogue,
  Offered,
  shortPhrase,
  synthesise,
} from '../../domain/synthesis';
import { areaLabel, labels, Labels, synthesisContext } from './format';
import { renderSummary } from './summary';

import type { NeedRecord, RecordExtras } from './record';
export type { NeedRecord, RecordExtras } from './record';

export interface NeedDefinitionMeta {
  id: string;
  conversationId: string;
  channelId: string;
  trigger: HandoffTrigger;
  now: Date;
  transcript: TranscriptEntry[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CURRENCY = /^[A-Z]{3}$/;

function present(value: string | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** A real calendar day: Date rolls 2026-02-30 over to March, the schema's date format does not. */
function isoDate(value: string | undefined): string | undefined {
  if (!value || !ISO_DATE.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : undefined;
}

function evidence(list: Evidence[]): Evidence[] {
  return list.map((e) => ({ quote: e.quote, ...(Number.isInteger(e.turn) && (e.turn as number) >= 0 ? { turn: e.turn } : {}) }));
}

/** Contact details travel only with the customer's consent: without it the rep gets no number to call. */
function customer(profile: NeedProfile): RecordExtras['customer'] {
  const { name, organization, role, contact, consentToContact } = profile.customer;
  const kept = consentToContact ? { ...(present(contact?.phone) ? { phone: contact.phone } : {}), ...(present(contact?.email) ? { email: contact.email } : {}) } : {};
  const preference = (profile as ExtendedProfile).contactPreference ?? contact?.preference;
  const when = consentToContact && preference ? Object.fromEntries(Object.entries(preference).filter(([, v]) => present(v))) : {};
  return {
    ...(present(name) && !isNoContent(name) ? { name } : {}),
    ...(present(organization) ? { organization } : {}),
    ...(present(role) ? { role } : {}),
    ...(Object.keys(kept).length ? { contact: kept } : {}),
    ...(Object.keys(when).length ? { contactPreference: when as ContactPreference } : {}),
    consentToContact,
  };
}

function budget(profile: NeedProfile): Pick<NeedDefinition, 'budget'> {
  const money = profile.budget;
  if (!money || !Number.isFinite(money.amount)) return {};
  return {
    budget: {
      amount: money.amount,
      ...(money.max !== undefined && Number.isFinite(money.max) && money.max >= money.amount ? { max: money.max } : {}),
      ...(money.currency && CURRENCY.test(money.currency) ? { currency: money.currency } : {}),
      text: money.text,
    },
  };
}

function timeline(profile: NeedProfile): Pick<NeedDefinition, 'timeline'> {
  const when = profile.timeline;
  if (!when) return {};
  const start = isoDate(when.start);
  const end = isoDate(when.end);
  return { timeline: { text: when.text, ...(start ? { start } : {}), ...(end ? { end } : {}), ...(present(when.timex) ? { timex: when.timex } : {}) } };
}

function quantities(profile: NeedProfile): NeedDefinition['quantities'] {
  return profile.quantities
    .filter((q) => Number.isFinite(q.value))
    .map((q) => ({ value: q.value, ...(present(q.unit) ? { unit: q.unit } : {}), ...(present(q.what) && q.what !== q.unit ? { what: q.what } : {}), text: q.text }));
}

/** What the rep should still find out, in the customer's language: areas still open, unraised needs, untested concerns. */
function openQuestions(profile: NeedProfile, playbook: Playbook | undefined, t: Labels): string[] {
  // An area left open and answered later (a budget given at the read-back) is no longer open.
  const stillOpen = profile.areasOpen.filter((id) => {
    const area = playbook?.areas.find((a) => a.id === id);
    if (!area) return true;
    const { areasOpen: _open, ...rest } = profile;
    return !isAreaKnown({ ...rest, areasOpen: [] }, area);
  });
  const questions = [
    ...stillOpen.map((area) => t('handoff:openArea', { area: areaLabel(t, area) })),
    ...profile.latentNeeds.filter((n) => n.status === 'noted').map((n) => t('handoff:openLatent', { text: n.text, motive: n.motive })),
    ...profile.objections.filter((o) => o.real === null).map((o) => t('handoff:untestedObjection', { text: o.text })),
    ...profile.objections.filter((o) => present(o.condition)).map((o) => t('handoff:objectionCondition', { text: o.text, condition: o.condition })),
    ...profile.openQuestions,
  ];
  return [...new Set(questions)];
}

function unnamed(profile: NeedProfile, t: Labels): string {
  const area = profile.focusArea ?? profile.explicitNeeds[0]?.area;
  return t('handoff:unnamedNeed', { area: area ? areaLabel(t, area) : t('handoff:noFocus') });
}

let playbooks: Map<string, Playbook> | undefined;

function playbookOf(id: string): Playbook | undefined {
  playbooks ??= loadPlaybooks();
  return playbooks.get(id);
}

function catalogueOf(id: string): NeedCatalogue | undefined {
  playbooks ??= loadPlaybooks();
  return needCatalogues(playbooks).get(id);
}

/** A short phrase a rep can read at a glance; a whole sentence or a filler is left out (its words stay in the transcript). */
function criterion(profile: NeedProfile, catalogue: NeedCatalogue | undefined, text: string, i: number): string | undefined {
  const id = profile.criteriaIds[i];
  const label = id ? catalogue?.criteria?.[id]?.[profile.locale] : undefined;
  return shortPhrase(text, profile.locale, { names: [...profile.people, ...profile.competitors] }) ?? label;
}

const SELF = new Set(['self', '自己', '我']);

/** Everyone the customer named in an answer, by name or relation ("Priya", "老板", "my wife"). */
function peopleSaid(profile: NeedProfile, now: Date): Set<string> {
  const said = new Set(profile.people.map((p) => p.toLowerCase()));
  for (const quote of Object.values(profile.answers).flatMap((list) => list.map((e) => e.quote))) {
    for (const fact of read(quote, { locale: profile.locale, now }).facts) {
      if (fact.kind !== 'person') continue;
      if (fact.name) said.add(fact.name.toLowerCase());
      if (fact.relation) said.add(fact.relation.toLowerCase());
    }
  }
  return said;
}

/**
 * A decider is on the record when the reader found the person, when the customer named them answering who decides,
 * or when they came from elsewhere than an answer. A word of some other answer a role recogniser took for a person
 * ("we lose orders") is not.
 */
function namedDecider(profile: NeedProfile, playbook: Playbook | undefined, said: Set<string>, who: string): boolean {
  if (SELF.has(who) || said.has(who.toLowerCase())) return true;
  const deciding = new Set((playbook?.areas ?? []).filter((a) => a.kind === 'decision').map((a) => a.id));
  const inAnswers = Object.entries(profile.answers).filter(([, list]) => list.some((e) => e.quote.toLowerCase().includes(who.toLowerCase())));
  return !inAnswers.length || inAnswers.some(([area]) => deciding.has(area));
}

/** People and roles the customer named, each once; a stance only when they stated one. */
function decisionChain(profile: NeedProfile, now: Date): NeedDefinition['decisionChain'] {
  const seen = new Set<string>();
  const said = peopleSaid(profile, now);
  const playbook = playbookOf(profile.playbook);
  return profile.decisionChain
    .filter((r) => present(r.who) && !isNoContent(r.who) && fitsSlot(r.who))
    .filter((r) => namedDecider(profile, playbook, said, r.who))
    .filter((r) => {
      const key = `${r.role}|${r.who.toLowerCase()}`;
      return !seen.has(key) && !!seen.add(key);
    })
    .map((r) => ({ role: r.role, who: r.who, ...(r.attitude && r.attitude !== 'unknown' ? { attitude: r.attitude } : {}) }));
}

const FIGURES = new Set(['money', 'date', 'quantity', 'contact', 'own-name', 'contact-preference']);

/** An answer without its fillers and without the clauses that gave a sum, a date or a count: those answer other areas. */
function withoutFigures(text: string, locale: Locale): string {
  const reading = read(text, { locale, now: new Date(0) });
  const spent = reading.facts.filter((f) => FIGURES.has(f.kind) && f.clause).map((f) => f.clause as string);
  const kept = reading.clauses.filter((c) => !spent.some((s) => c.text.includes(s) || s.includes(c.text))).map((c) => c.text);
  return contentOf(kept.join(locale === 'en' ? ', ' : '，'), locale);
}

/** What the customer said in each area, without the fillers; an area left with nothing is not an explicit need. */
function explicitNeeds(profile: NeedProfile): NeedDefinition['explicitNeeds'] {
  // Sums, dates and counts are facts of their own, kept current through corrections; said again here they go stale.
  // Who decides and what matters have their own fields (decision chain, criteria) in short phrases.
  const own: readonly string[] = ['money', 'date', 'quantity', 'decision', 'criteria'];
  const figures = new Set((playbookOf(profile.playbook)?.areas ?? []).filter((a) => own.includes(a.kind)).map((a) => a.id));
  return profile.explicitNeeds
    .filter((n) => !figures.has(n.area))
    .map((n) => ({ area: n.area, text: withoutFigures(n.text, profile.locale), evidence: evidence(n.evidence) }))
    .filter((n) => n.text !== '');
}

/** Before any statement: what the customer said so far, area by area, without fillers; else a pointer to the transcript. */
function fromExplicit(profile: NeedProfile, t: Labels): string {
  const needs = explicitNeeds(profile);
  if (!needs.length) return t('handoff:noStatement');
  const items = needs.map((n) => `${areaLabel(t, n.area)}${t('handoff:format.colon')}${n.text}`).join(t('handoff:format.separator'));
  return t('handoff:statementFromExplicit', { items });
}

function customerQuestions(profile: NeedProfile): string[] {
  const asked = (profile as ExtendedProfile).questions ?? [];
  const texts = asked.map((q: CustomerQuestion) => (typeof q === 'string' ? q : q.text)).filter(present);
  return [...new Set(texts)];
}

function namedNeed(named: NamedNeed, profile: NeedProfile, playbook: Playbook | undefined, catalogue: NeedCatalogue | undefined): RecordExtras['namedNeed'] {
  const need = named.id ? catalogue?.needs.find((n) => n.id === named.id) : undefined;
  return {
    source: named.source,
    ...(named.id ? { id: named.id } : {}),
    ...(named.reasons.length ? { reasons: named.reasons } : {}),
    ...(need ? { name: { ...need.name }, description: { ...need.description }, offers: need.offers.map((o) => ({ ...o })) } : {}),
  };
}

/**
 * The need's name and statement: as last put to the customer when they were; else synthesised from the profile
 * (the catalogue's name, or one built from the product and the motive; never a stock phrase).
 */
function need(profile: NeedProfile, now: Date): { name: string; statement: string; named: NamedNeed; known: boolean; playbook?: Playbook; catalogue?: NeedCatalogue } {
  const playbook = playbookOf(profile.playbook);
  const catalogue = catalogueOf(profile.playbook);
  const notes = (profile as ExtendedProfile).synthesis;
  const ctx = synthesisContext(profile.locale, now);
  const synthesis = playbook ? synthesise(profile, playbook, catalogue, ctx) : undefined;
  let named: NamedNeed = synthesis?.need ?? { name: '', source: 'generic', offers: [], reasons: [] };
  let known = true;
  if (present(profile.needName)) {
    const source = notes?.needNameSource ?? (synthesis && synthesis.need.name === profile.needName ? synthesis.need.source : undefined);
    // A name set without saying where it came from is kept, but nothing is claimed about it.
    known = source !== undefined;
    named =
      source === 'catalogue' && (notes?.needId ?? named.id)
        ? { ...named, name: profile.needName, source, id: notes?.needId ?? named.id, reasons: notes?.needReasons ?? named.reasons }
        : { name: profile.needName, source: source ?? 'generic', offers: [], reasons: notes?.needReasons ?? [] };
  } else if (playbook && !synthesis) named = nameNeed(profile, playbook, catalogue, ctx);
  // Nothing known yet (the customer asked for a person at once): say so rather than name a need nobody stated.
  if (named.source === 'generic' && !present(profile.needName) && !synthesis?.slots.what) named = { ...named, name: '' };
  const tested = [...profile.hypotheses].reverse().find((h) => h.outcome !== 'rejected');
  const statement = present(profile.statement) ? profile.statement : tested?.statement ?? synthesis?.statement ?? '';
  return { name: named.name, statement, named, known, playbook, catalogue };
}

/**
 * The handoff record from the profile: what the schema asks for and nothing internal (rule ids, hedges,
 * upper bounds the schema has no place for), in the customer's words where they gave them, with a
 * readable summary in every language a rep may read.
 */
export function buildNeedDefinition(profile: NeedProfile, meta: NeedDefinitionMeta): NeedRecord {
  const t = labels(profile.locale);
  const now = meta.now.toISOString();
  const synthesised = need(profile, meta.now);
  const named = namedNeed(synthesised.named, profile, synthesised.playbook, synthesised.catalogue);
  const offered = (profile as ExtendedProfile).synthesis?.offered ?? [];
  const questions = customerQuestions(profile);
  const definition: NeedRecord = {
    schemaVersion: 1,
    id: meta.id,
    conversationId: meta.conversationId,
    channelId: meta.channelId,
    locale: profile.locale,
    ...(present(profile.playbook) ? { playbook: profile.playbook } : {}),
    createdAt: now,
    updatedAt: now,
    status: 'open',
    trigger: meta.trigger,
    customer: customer(profile),
    needName: synthesised.name || unnamed(profile, t),
    ...(synthesised.name && synthesised.known ? { namedNeed: named } : {}),
    statement: synthesised.statement || fromExplicit(profile, t),
    confirmation: profile.confirmation,
    ...(present(profile.focusArea) ? { focusArea: profile.focusArea } : {}),
    areasCovered: [...profile.areasCovered],
    explicitNeeds: explicitNeeds(profile),
    latentNeeds: profile.latentNeeds.map((n) => ({
      text: n.text,
      ...(present(n.cue) ? { cue: n.cue } : {}),
      motive: n.motive,
      ...(present(n.offer) ? { offer: n.offer } : {}),
      status: n.status,
      evidence: evidence(n.evidence),
    })),
    pains: profile.pains.map((p) => ({ text: p.text, evidence: evidence(p.evidence) })),
    impact: { ifUnsolved: [...profile.impact.ifUnsolved], ifSolved: [...profile.impact.ifSolved] },
    ...budget(profile),
    ...timeline(profile),
    quantities: quantities(profile),
    decisionChain: decisionChain(profile, meta.now),
    decisionCriteria: [...new Set(profile.decisionCriteria.map((c, i) => criterion(profile, synthesised.catalogue, c, i)).filter(present))],
    competitors: [...profile.competitors],
    objections: profile.objections.map((o) => ({ text: o.text, real: o.real, test: o.test })),
    hypotheses: profile.hypotheses.map((h) => ({ statement: h.statement, outcome: h.outcome, ...(present(h.revision) ? { revision: h.revision } : {}) })),
    ...(offered.length ? { offered: offered.map((o) => ({ ...o })) } : {}),
    openQuestions: openQuestions(profile, synthesised.playbook, t),
    ...(questions.length ? { customerQuestions: questions } : {}),
    transcript: meta.transcript.map((e) => ({ from: e.from, text: e.text, timestamp: e.timestamp })),
  };
  return withSummaries(definition);
}

/** Summaries are derived data: re-rendered whenever the record changes (a second handoff, a claim). */
export function withSummaries<T extends NeedDefinition>(definition: T): T {
  const { summary: _stale, ...rest } = definition;
  const fresh = { ...rest } as T;
  fresh.summary = {};
  for (const locale of LOCALES) fresh.summary[locale] = renderSummary(fresh, locale);
  return fresh;
}

let validator: ValidateFunction | undefined;

function compiled(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(fs.readFileSync(fromRoot('data', 'schemas', 'need-definition.schema.json'), 'utf8')) as object);
  }
  return validator;
}

/** Messages name the place and the rule, never the value: they end up in logs and must not carry contact details. */
function describe(error: ErrorObject): string {
  const params = error.keyword === 'enum' ? ` (${(error.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ')})` : '';
  return `${error.instancePath || '/'} ${error.message ?? error.keyword}${params}`;
}

export function validateNeedDefinition(definition: unknown): { valid: boolean; errors: string[] } {
  const validate = compiled();
  const valid = validate(definition);
  return { valid, errors: valid ? [] : (validate.errors ?? []).map(describe) };
}
