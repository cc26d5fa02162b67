import * as fs from 'fs';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { fromRoot } from '../../domain/paths';
import { Evidence, HandoffTrigger, LOCALES, NeedDefinition, NeedProfile, TranscriptEntry } from '../../domain/types';
import { areaLabel, labels, Labels } from './format';
import { renderSummary } from './summary';

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
function customer(profile: NeedProfile): NeedDefinition['customer'] {
  const { name, organization, role, contact, consentToContact } = profile.customer;
  const kept = consentToContact ? { ...(present(contact?.phone) ? { phone: contact.phone } : {}), ...(present(contact?.email) ? { email: contact.email } : {}), ...(contact?.preference ? { preference: contact.preference } : {}) } : {};
  return {
    ...(present(name) ? { name } : {}),
    ...(present(organization) ? { organization } : {}),
    ...(present(role) ? { role } : {}),
    ...(Object.keys(kept).length ? { contact: kept } : {}),
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
    .map((q) => ({ value: q.value, ...(present(q.unit) ? { unit: q.unit } : {}), ...(present(q.what) ? { what: q.what } : {}), text: q.text }));
}

/** What the rep should still find out, in the customer's language: gaps, unraised needs, untested concerns. */
function openQuestions(profile: NeedProfile, t: Labels): string[] {
  const questions = [
    ...profile.areasOpen.map((area) => t('handoff:openArea', { area: areaLabel(t, area) })),
    ...profile.latentNeeds.filter((n) => n.status === 'noted').map((n) => t('handoff:openLatent', { text: n.text, motive: n.motive })),
    ...profile.objections.filter((o) => o.real === null).map((o) => t('handoff:untestedObjection', { text: o.text })),
    ...profile.objections.filter((o) => present(o.condition)).map((o) => t('handoff:objectionCondition', { text: o.text, condition: o.condition })),
    ...profile.openQuestions,
  ];
  return [...new Set(questions)];
}

function needName(profile: NeedProfile, t: Labels): string {
  if (present(profile.needName)) return profile.needName;
  const area = profile.focusArea ?? profile.explicitNeeds[0]?.area;
  return t('handoff:unnamedNeed', { area: area ? areaLabel(t, area) : t('handoff:noFocus') });
}

/** The need as last put to the customer; before that, what they said so far; else a pointer to the transcript. */
function statement(profile: NeedProfile, t: Labels): string {
  if (present(profile.statement)) return profile.statement;
  const tested = [...profile.hypotheses].reverse().find((h) => h.outcome !== 'rejected');
  if (tested) return tested.statement;
  if (profile.explicitNeeds.length) {
    const items = profile.explicitNeeds.map((n) => `${areaLabel(t, n.area)}${t('handoff:format.colon')}${n.text}`).join(t('handoff:format.separator'));
    return t('handoff:statementFromExplicit', { items });
  }
  return t('handoff:noStatement');
}

/**
 * The handoff record from the profile: what the schema asks for and nothing internal (rule ids, hedges,
 * upper bounds the schema has no place for), in the customer's words where they gave them, with a
 * readable summary in every language a rep may read.
 */
export function buildNeedDefinition(profile: NeedProfile, meta: NeedDefinitionMeta): NeedDefinition {
  const t = labels(profile.locale);
  const now = meta.now.toISOString();
  const definition: NeedDefinition = {
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
    needName: needName(profile, t),
    statement: statement(profile, t),
    confirmation: profile.confirmation,
    ...(present(profile.focusArea) ? { focusArea: profile.focusArea } : {}),
    areasCovered: [...profile.areasCovered],
    explicitNeeds: profile.explicitNeeds.map((n) => ({ area: n.area, text: n.text, evidence: evidence(n.evidence) })),
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
    decisionChain: profile.decisionChain.map((r) => ({ role: r.role, who: r.who, ...(r.attitude ? { attitude: r.attitude } : {}) })),
    decisionCriteria: [...profile.decisionCriteria],
    competitors: [...profile.competitors],
    objections: profile.objections.map((o) => ({ text: o.text, real: o.real, test: o.test })),
    hypotheses: profile.hypotheses.map((h) => ({ statement: h.statement, outcome: h.outcome, ...(present(h.revision) ? { revision: h.revision } : {}) })),
    openQuestions: openQuestions(profile, t),
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
