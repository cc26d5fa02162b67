import { translator } from '../i18n';
import { Locale, NeedDefinition } from '../domain/types';

/** Customer text inside Markdown: shown literally, never as formatting, links or mentions. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|>~<]/g, (c) => `\\${c}`)
    .replace(/@/g, '@\u200b')
    .replace(/(https?):\/\//gi, '$1\u200b://')
    .replace(/\r?\n/g, ' ');
}

function money(def: NeedDefinition, locale: Locale): string | undefined {
  if (!def.budget) return undefined;
  const fmt = (n: number) =>
    def.budget?.currency ? new Intl.NumberFormat(locale, { style: 'currency', currency: def.budget.currency, maximumFractionDigits: 0 }).format(n) : String(n);
  return def.budget.max !== undefined ? `${fmt(def.budget.amount)} – ${fmt(def.budget.max)}` : fmt(def.budget.amount);
}

/**
 * A readable summary for a rep who reads `locale`: labels, areas, roles and statuses in that language;
 * the customer's own words kept as said (escaped).
 */
export function renderSummary(def: NeedDefinition, locale: Locale): string {
  const t = translator(locale);
  const q = (s: string) => `"${escapeMarkdown(s)}"`;
  const area = (id: string) => t([`areas:${id}`, 'discovery:area.unknown'], { area: id }) as string;
  const lines: string[] = [];
  lines.push(`# ${escapeMarkdown(def.needName)}`);
  lines.push('');
  lines.push(`${t('handoff:label.statement')}: ${escapeMarkdown(def.statement)}`);
  lines.push(`${t('handoff:label.confirmation')}: ${t(`handoff:confirmation.${def.confirmation}`)}`);
  lines.push(`${t('handoff:label.trigger')}: ${t(`handoff:trigger.${def.trigger}`)}`);
  lines.push(`${t('handoff:label.status')}: ${t(`handoff:status.${def.status}`)}${def.claimedBy ? ` (${escapeMarkdown(def.claimedBy)})` : ''}`);
  lines.push(`${t('handoff:label.language')}: ${t(`handoff:language.${def.locale}`)}`);
  if (def.focusArea) lines.push(`${t('handoff:label.focus')}: ${area(def.focusArea)}`);
  if (def.areasCovered.length) lines.push(`${t('handoff:label.areas')}: ${def.areasCovered.map(area).join(', ')}`);
  const section = (title: string, items: string[]) => {
    if (!items.length) return;
    lines.push('', `## ${title}`, ...items.map((i) => `- ${i}`));
  };
  section(t('handoff:label.explicit'), def.explicitNeeds.map((n) => `${area(n.area)}: ${q(n.text)}`));
  section(
    t('handoff:label.latent'),
    def.latentNeeds.map((n) => `${escapeMarkdown(n.text)} (${t(`handoff:latentStatus.${n.status}`)}) — ${t('handoff:label.motive')}: ${q(n.motive)}${n.offer ? `; ${t('handoff:label.offer')}: ${escapeMarkdown(n.offer)}` : ''}`),
  );
  section(t('handoff:label.pains'), def.pains.map((p) => q(p.text)));
  section(t('handoff:label.impactUnsolved'), def.impact.ifUnsolved.map(q));
  section(t('handoff:label.impactSolved'), def.impact.ifSolved.map(q));
  const facts: string[] = [];
  const budget = money(def, locale);
  if (budget) facts.push(`${t('handoff:label.budget')}: ${budget} (${q(def.budget?.text ?? '')})`);
  if (def.timeline) facts.push(`${t('handoff:label.timeline')}: ${[def.timeline.start, def.timeline.end].filter(Boolean).join(' – ') || '?'} (${q(def.timeline.text)})`);
  for (const quantity of def.quantities) facts.push(`${t('handoff:label.quantity')}: ${quantity.value}${quantity.unit ? ` ${escapeMarkdown(quantity.unit)}` : ''}${quantity.what ? ` ${escapeMarkdown(quantity.what)}` : ''}`);
  section(t('handoff:label.facts'), facts);
  section(t('handoff:label.decision'), def.decisionChain.map((r) => `${escapeMarkdown(r.who)}: ${t(`discovery:roles.${r.role}`)}${r.attitude ? ` (${t(`handoff:attitude.${r.attitude}`)})` : ''}`));
  section(t('handoff:label.criteria'), def.decisionCriteria.map((c, i) => `${i + 1}. ${escapeMarkdown(c)}`));
  section(t('handoff:label.competitors'), def.competitors.map(escapeMarkdown));
  section(
    t('handoff:label.objections'),
    def.objections.map((o) => `${q(o.text)}: ${o.real === null ? t('handoff:objection.untested') : o.real ? t('handoff:objection.real') : t('handoff:objection.notReal')}`),
  );
  section(t('handoff:label.hypotheses'), def.hypotheses.map((h) => `${escapeMarkdown(h.statement)} → ${t(`handoff:outcome.${h.outcome}`)}${h.revision ? ` (${q(h.revision)})` : ''}`));
  section(t('handoff:label.openQuestions'), def.openQuestions.map(escapeMarkdown));
  const contact = def.customer.consentToContact
    ? [def.customer.contact?.phone, def.customer.contact?.email].filter((c): c is string => !!c).map(escapeMarkdown)
    : [t('handoff:noConsent')];
  section(t('handoff:label.contact'), contact);
  return lines.join('\n');
}

export function renderTranscript(def: NeedDefinition, locale: Locale): string {
  const t = translator(locale);
  return def.transcript.map((e) => `**${t(`handoff:speaker.${e.from}`)}** (${e.timestamp}): ${escapeMarkdown(e.text)}`).join('\n\n');
}
