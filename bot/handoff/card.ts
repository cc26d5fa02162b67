import { Attachment, CardFactory } from 'botbuilder';
import { translator } from '../i18n';
import { Locale, NeedDefinition } from '../domain/types';
import { escapeMarkdown } from './summary';

type CardElement = Record<string, unknown>;

function text(value: string, extra: CardElement = {}): CardElement {
  return { type: 'TextBlock', text: value, wrap: true, ...extra };
}

function facts(pairs: [string, string][]): CardElement | undefined {
  const shown = pairs.filter(([, v]) => v);
  return shown.length ? { type: 'FactSet', facts: shown.map(([title, value]) => ({ title, value })) } : undefined;
}

/**
 * The staff card for Teams (Adaptive Card 1.5). Everything the customer wrote goes through
 * escapeMarkdown: a name like "[Verify](https://evil.example) **URGENT** @everyone" shows as typed.
 */
export function buildHandoffCard(def: NeedDefinition, locale: Locale, opts: { transcriptUrl?: string } = {}): Attachment {
  const t = translator(locale);
  const e = escapeMarkdown;
  const area = (id: string) => t([`areas:${id}`, 'discovery:area.unknown'], { area: id }) as string;
  const list = (items: string[]) => (items.length ? items.map((i) => `- ${i}`).join('\n') : t('handoff:card.none'));
  const body: CardElement[] = [
    text(t('handoff:card.title'), { size: 'Small', weight: 'Bolder', color: 'Accent' }),
    text(e(def.needName), { size: 'Large', weight: 'Bolder' }),
    text(e(def.statement)),
  ];
  const customer = [def.customer.name, def.customer.organization, def.customer.role].filter((v): v is string => !!v).map(e).join(', ');
  const budget = def.budget
    ? `${def.budget.amount}${def.budget.max !== undefined ? `–${def.budget.max}` : ''} ${def.budget.currency ?? ''} (${e(def.budget.text)})`
    : '';
  const timeline = def.timeline ? `${[def.timeline.start, def.timeline.end].filter(Boolean).join(' – ')} (${e(def.timeline.text)})` : '';
  const contact = def.customer.consentToContact ? [def.customer.contact?.phone, def.customer.contact?.email].filter((v): v is string => !!v).map(e).join(', ') : t('handoff:noConsent');
  const factSet = facts([
    [t('handoff:label.customer'), customer],
    [t('handoff:label.confirmation'), t(`handoff:confirmation.${def.confirmation}`)],
    [t('handoff:label.trigger'), t(`handoff:trigger.${def.trigger}`)],
    [t('handoff:label.language'), t(`handoff:language.${def.locale}`)],
    [t('handoff:label.focus'), def.focusArea ? area(def.focusArea) : ''],
    [t('handoff:label.budget'), budget],
    [t('handoff:label.timeline'), timeline],
    [t('handoff:label.quantity'), def.quantities.map((q) => `${q.value}${q.unit ? ` ${e(q.unit)}` : ''}${q.what ? ` ${e(q.what)}` : ''}`).join('; ')],
    [t('handoff:label.contact'), contact],
  ]);
  if (factSet) body.push(factSet);
  const section = (title: string, items: string[]) => {
    if (!items.length) return;
    body.push(text(title, { weight: 'Bolder', spacing: 'Medium' }), text(list(items)));
  };
  section(t('handoff:label.explicit'), def.explicitNeeds.map((n) => `${area(n.area)}: ${e(n.text)}`));
  section(t('handoff:label.latent'), def.latentNeeds.map((n) => `${e(n.text)} (${t(`handoff:latentStatus.${n.status}`)}): ${e(n.motive)}`));
  section(t('handoff:label.decision'), def.decisionChain.map((r) => `${e(r.who)}: ${t(`discovery:roles.${r.role}`)}`));
  section(
    t('handoff:label.objections'),
    def.objections.map((o) => `${e(o.text)}: ${o.real === null ? t('handoff:objection.untested') : o.real ? t('handoff:objection.real') : t('handoff:objection.notReal')}`),
  );
  section(t('handoff:label.openQuestions'), def.openQuestions.map(e));

  const transcriptAction = opts.transcriptUrl
    ? { type: 'Action.OpenUrl', title: t('handoff:card.transcript'), url: opts.transcriptUrl }
    : {
        type: 'Action.ShowCard',
        title: t('handoff:card.transcript'),
        card: {
          type: 'AdaptiveCard',
          body: def.transcript.slice(-60).map((entry) => text(`**${t(`handoff:speaker.${entry.from}`)}**: ${e(entry.text)}`, { spacing: 'Small' })),
        },
      };
  return CardFactory.adaptiveCard({
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    body,
    actions: [
      { type: 'Action.Submit', title: t('handoff:card.claim'), data: { action: 'handoff.claim', id: def.id, msteams: { type: 'messageBack', text: 'claim', displayText: t('handoff:card.claim') } } },
      transcriptAction,
    ],
    msteams: { width: 'Full' },
  });
}
