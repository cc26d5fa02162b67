import { Evidence, Locale, NeedDefinition } from '../../domain/types';
import type { NeedRecord } from './record';
import { areaLabel, escapeContact, escapeMarkdown, formatDateTime, formatMoney, formatQuantity, formatTimelineDates, objectionVerdict, quote, labels, Labels } from './format';

export { escapeMarkdown } from './format';

type Line = string | undefined;

function pair(t: Labels, labelKey: string, value: string | undefined): Line {
  return value ? `**${t(labelKey)}**${t('handoff:format.colon')}${value}` : undefined;
}

function section(title: string, items: Line[], numbered = false): string[] {
  const shown = items.filter((item): item is string => !!item);
  if (!shown.length) return [];
  return ['', `## ${title}`, '', ...shown.map((item, i) => `${numbered ? `${i + 1}.` : '-'} ${item}`)];
}

function bullets(items: Line[]): string[] {
  return items.filter((item): item is string => !!item).map((item) => `- ${item}`);
}

/** The customer's own words behind an entry, unless the entry already is those words. */
function saidAs(t: Labels, text: string, evidence: Evidence[]): string {
  const quotes = evidence.map((e) => e.quote).filter((q) => q && q !== text);
  return quotes.length ? ` ${t('handoff:format.said', { quote: quotes.map((q) => quote(t, q)).join(t('handoff:format.separator')) })}` : '';
}

function preferenceLine(def: NeedRecord, t: Labels): Line {
  const p = def.customer.contactPreference;
  if (!def.customer.consentToContact || !p) return undefined;
  const parts = [
    p.channel ? t(`handoff:channel.${p.channel}`) : undefined,
    p.when ? t('handoff:preference.when', { when: quote(t, p.when) }) : undefined,
    p.avoid ? t('handoff:preference.avoid', { avoid: quote(t, p.avoid) }) : undefined,
  ].filter((x): x is string => !!x);
  return parts.length ? pair(t, 'handoff:label.preference', parts.join(t('handoff:format.separator'))) : undefined;
}

function customerLines(def: NeedRecord, t: Labels): Line[] {
  const c = def.customer;
  const contact: Line[] = !c.consentToContact
    ? [pair(t, 'handoff:label.contact', t('handoff:noConsent'))]
    : c.contact?.phone || c.contact?.email
      ? [pair(t, 'handoff:label.phone', c.contact.phone && escapeContact(c.contact.phone)), pair(t, 'handoff:label.email', c.contact.email && escapeContact(c.contact.email))]
      : [pair(t, 'handoff:label.contact', t('handoff:noContactGiven'))];
  return [
    pair(t, 'handoff:label.name', c.name && escapeMarkdown(c.name)),
    pair(t, 'handoff:label.organization', c.organization && escapeMarkdown(c.organization)),
    pair(t, 'handoff:label.role', c.role && escapeMarkdown(c.role)),
    pair(t, 'handoff:label.language', t(`handoff:language.${def.locale}`)),
    ...contact,
    preferenceLine(def, t),
  ];
}

function factLines(def: NeedDefinition, t: Labels, locale: Locale): Line[] {
  const said = (text: string) => t('handoff:format.said', { quote: quote(t, text) });
  const dates = def.timeline && formatTimelineDates(t, def.timeline);
  return [
    pair(t, 'handoff:label.budget', def.budget && `${formatMoney(def.budget, locale)} ${said(def.budget.text)}`),
    pair(t, 'handoff:label.timeline', def.timeline && (dates ? `${dates} ${said(def.timeline.text)}` : quote(t, def.timeline.text))),
    ...def.quantities.map((q) => pair(t, 'handoff:label.quantity', formatQuantity(t, q, locale))),
  ];
}

/**
 * A readable Markdown summary for a rep who reads `locale`: labels, areas, roles and verdicts in that
 * language; whatever the customer typed kept as said and escaped, so it can never turn into formatting,
 * links or mentions. Free text the bot wrote in the customer's language stays in that language.
 */
/** The statement is a phrase made to follow "We think your need is"; on its own it reads as a sentence. */
function sentence(text: string): string {
  return /^[a-z]/.test(text) ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : text;
}

/** The name in the rep's language when the catalogue has it; the customer's own name as they said it. */
function title(def: NeedRecord, locale: Locale): string {
  return def.namedNeed?.source === 'catalogue' ? def.namedNeed.name?.[locale] ?? def.needName : def.needName;
}

/** Why the need has this name: the customer named it, or what they said that pointed to the catalogue's need. */
function nameLine(def: NeedRecord, t: Labels, locale: Locale): Line {
  const named = def.namedNeed;
  if (!named) return undefined;
  if (named.source === 'customer') return pair(t, 'handoff:label.named', t('handoff:named.customer'));
  if (named.source === 'generic') return pair(t, 'handoff:label.named', t('handoff:named.generic'));
  const reasons = (named.reasons ?? []).map((r) => quote(t, r)).join(t('handoff:format.separator'));
  const description = named.description?.[locale];
  return pair(t, 'handoff:label.named', [reasons ? t('handoff:named.because', { reasons }) : undefined, description && escapeMarkdown(description)].filter(Boolean).join(' '));
}

function offeredLines(def: NeedRecord, t: Labels): Line[] {
  return (def.offered ?? []).map((o) => {
    const what = `${o.name ? `**${escapeMarkdown(o.name)}**${t('handoff:format.colon')}` : ''}${escapeMarkdown(o.statement)}`;
    return `${t(`handoff:offeredStep.${o.step}`)}${t('handoff:format.colon')}${what} → ${t(`handoff:answer.${o.answer}`)}${o.change ? ` ${t('handoff:format.said', { quote: quote(t, o.change) })}` : ''}`;
  });
}

export function renderSummary(input: NeedDefinition, locale: Locale): string {
  const def = input as NeedRecord;
  const t = labels(locale);
  const area = (id: string) => areaLabel(t, id);
  const status = `${t(`handoff:status.${def.status}`)}${def.claimedBy ? ` (${t('handoff:label.claimedBy')}${t('handoff:format.colon')}${escapeMarkdown(def.claimedBy)})` : ''}`;
  const lines: Line[] = [
    `# ${escapeMarkdown(title(def, locale))}`,
    '',
    escapeMarkdown(sentence(def.statement)),
    '',
    ...bullets([
      nameLine(def, t, locale),
      pair(t, 'handoff:label.confirmation', t(`handoff:confirmation.${def.confirmation}`)),
      pair(t, 'handoff:label.trigger', t(`handoff:trigger.${def.trigger}`)),
      pair(t, 'handoff:label.status', status),
      pair(t, 'handoff:label.focus', def.focusArea && area(def.focusArea)),
      pair(t, 'handoff:label.areas', def.areasCovered.map(area).join(t('handoff:format.separator'))),
    ]),
    ...section(t('handoff:label.customer'), customerLines(def, t)),
    ...section(t('handoff:label.customerQuestions'), (def.customerQuestions ?? []).map((q) => quote(t, q))),
    ...section(t('handoff:label.facts'), factLines(def, t, locale)),
    ...section(t('handoff:label.explicit'), def.explicitNeeds.map((n) => `**${area(n.area)}**${t('handoff:format.colon')}${escapeMarkdown(n.text)}${saidAs(t, n.text, n.evidence)}`)),
    ...section(
      t('handoff:label.latent'),
      def.latentNeeds.map((n) =>
        [
          `**${escapeMarkdown(n.text)}** (${t(`handoff:latentStatus.${n.status}`)})`,
          `${t('handoff:label.motive')}${t('handoff:format.colon')}${quote(t, n.motive)}`,
          n.cue && n.cue !== n.motive ? `${t('handoff:label.cue')}${t('handoff:format.colon')}${quote(t, n.cue)}` : undefined,
          n.offer ? `${t('handoff:label.offer')}${t('handoff:format.colon')}${escapeMarkdown(n.offer)}` : undefined,
        ]
          .filter(Boolean)
          .join('; '),
      ),
    ),
    ...section(t('handoff:label.pains'), def.pains.map((p) => `${quote(t, p.text)}${saidAs(t, p.text, p.evidence)}`)),
    ...section(t('handoff:label.impactUnsolved'), def.impact.ifUnsolved.map((s) => quote(t, s))),
    ...section(t('handoff:label.impactSolved'), def.impact.ifSolved.map((s) => quote(t, s))),
    ...section(
      t('handoff:label.decision'),
      def.decisionChain.map((r) => `${escapeMarkdown(r.who)}${t('handoff:format.colon')}${t(`handoff:role.${r.role}`)}${r.attitude ? ` (${t(`handoff:attitude.${r.attitude}`)})` : ''}`),
    ),
    ...section(t('handoff:label.criteria'), def.decisionCriteria.map(escapeMarkdown), true),
    ...section(t('handoff:label.competitors'), def.competitors.map(escapeMarkdown)),
    ...section(t('handoff:label.objections'), def.objections.map((o) => `${quote(t, o.text)}${t('handoff:format.colon')}${objectionVerdict(t, o)}`)),
    ...section(t('handoff:label.offered'), offeredLines(def, t), true),
    ...section(
      t('handoff:label.hypotheses'),
      // The versions put to the customer already list every hypothesis with its answer.
      (def.offered?.length ? [] : def.hypotheses).map((h) => `${escapeMarkdown(h.statement)} → ${t(`handoff:outcome.${h.outcome}`)}${h.revision ? ` ${quote(t, h.revision)}` : ''}`),
    ),
    ...section(t('handoff:label.openQuestions'), def.openQuestions.map(escapeMarkdown)),
    ...section(
      t('handoff:label.record'),
      [
        pair(t, 'handoff:label.id', `\`${def.id.replace(/`/g, '')}\``),
        pair(t, 'handoff:label.channel', escapeMarkdown(def.channelId)),
        pair(t, 'handoff:label.playbook', def.playbook && escapeMarkdown(def.playbook)),
        pair(t, 'handoff:label.created', formatDateTime(def.createdAt, locale)),
        pair(t, 'handoff:label.updated', def.updatedAt && formatDateTime(def.updatedAt, locale)),
      ],
    ),
  ];
  return `${lines.filter((l): l is string => l !== undefined).join('\n')}\n`;
}
