import * as fs from 'fs';
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { fromRoot } from '../paths';
import { translator } from '../i18n';
import { HandoffTrigger, Locale, LOCALES, NeedDefinition, NeedProfile, TranscriptEntry } from '../domain/types';
import { renderSummary } from './summary';

export interface NeedDefinitionMeta {
  id: string;
  conversationId: string;
  channelId: string;
  trigger: HandoffTrigger;
  now: Date;
  transcript: TranscriptEntry[];
}

function areaName(locale: Locale, area: string): string {
  return translator(locale)([`areas:${area}`, 'discovery:area.unknown'], { area }) as string;
}

/**
 * The handoff record from the profile: what the schema asks for, in the customer's words where they gave
 * them. Areas left open and motives no rule explained become open questions for the rep.
 */
export function buildNeedDefinition(profile: NeedProfile, meta: NeedDefinitionMeta): NeedDefinition {
  const locale = profile.locale;
  const t = translator(locale);
  const focus = profile.focusArea;
  const openQuestions = [
    ...profile.areasOpen.map((area) => t('handoff:openArea', { area: areaName(locale, area) })),
    ...profile.openQuestions,
    ...profile.objections.filter((o) => o.real === null).map((o) => t('handoff:untestedObjection', { text: o.text })),
  ];
  const definition: NeedDefinition = {
    schemaVersion: 1,
    id: meta.id,
    conversationId: meta.conversationId,
    channelId: meta.channelId,
    locale,
    playbook: profile.playbook,
    createdAt: meta.now.toISOString(),
    updatedAt: meta.now.toISOString(),
    status: 'open',
    trigger: meta.trigger,
    customer: { ...profile.customer },
    needName: profile.needName ?? t('handoff:unnamedNeed', { area: focus ? areaName(locale, focus) : t('handoff:noFocus') }),
    statement: profile.statement ?? profile.hypotheses[profile.hypotheses.length - 1]?.statement ?? t('handoff:noStatement'),
    confirmation: profile.confirmation,
    ...(focus ? { focusArea: focus } : {}),
    areasCovered: [...profile.areasCovered],
    explicitNeeds: profile.explicitNeeds.map((n) => ({ area: n.area, text: n.text, evidence: n.evidence })),
    latentNeeds: profile.latentNeeds.map(({ rule: _rule, ...need }) => need),
    pains: profile.pains,
    impact: profile.impact,
    ...(profile.budget ? { budget: { amount: profile.budget.amount, ...(profile.budget.max !== undefined ? { max: profile.budget.max } : {}), ...(profile.budget.currency ? { currency: profile.budget.currency } : {}), text: profile.budget.text } } : {}),
    ...(profile.timeline ? { timeline: { text: profile.timeline.text, ...(profile.timeline.start ? { start: profile.timeline.start } : {}), ...(profile.timeline.end ? { end: profile.timeline.end } : {}), ...(profile.timeline.timex ? { timex: profile.timeline.timex } : {}) } } : {}),
    quantities: profile.quantities.map((q) => ({ value: q.value, ...(q.unit ? { unit: q.unit } : {}), ...(q.what ? { what: q.what } : {}), text: q.text })),
    decisionChain: profile.decisionChain,
    decisionCriteria: profile.decisionCriteria,
    competitors: profile.competitors,
    objections: profile.objections.map((o) => ({ text: o.text, real: o.real, test: o.test })),
    hypotheses: profile.hypotheses,
    openQuestions,
    transcript: meta.transcript,
  };
  definition.summary = {};
  for (const lng of LOCALES) definition.summary[lng] = renderSummary(definition, lng);
  return definition;
}

let validator: ValidateFunction | undefined;

export function validateNeedDefinition(definition: unknown): { valid: boolean; errors: string[] } {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(fs.readFileSync(fromRoot('data', 'schemas', 'need-definition.schema.json'), 'utf8')));
  }
  const valid = validator(definition) as boolean;
  return { valid, errors: valid ? [] : (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim()) };
}
