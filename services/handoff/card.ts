import type { NeedRecord } from './record';
import type { Attachment } from 'botbuilder';
import { Locale, NeedDefinition } from '../../domain/types';
import { areaLabel, escapeContact, escapeMarkdown, formatMoney, formatQuantity, formatTimelineDates, labels, Labels, objectionVerdict, quote } from './format';

export const CLAIM_ACTION = 'handoff.claim';
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export interface HandoffCardOptions {
  /** Where "Open transcript" leads; without it the transcript is folded into the card. */
  transcriptUrl?: string;
}

type CardElement = Record<string, unknown>;

/** Teams refuses messages above about 28 KB; this leaves room for the activity around the card. */
const CARD_BYTES = 26_000;
/** The need itself gets at most this much; the folded transcript gets what is left. */
const BODY_BYTES = 15_000;

/** How much of each free text and list a card shows; tighter levels are tried until the body fits. */
interface Density {
  text: number;
  items: number;
}

const DENSITIES: Density[] = [
  { text: 400, items: 12 },
  { text: 200, items: 8 },
  { text: 100, items: 5 },
  { text: 60, items: 3 },
];

function bytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function textBlock(text: string, extra: CardElement = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}

/** One card view of a handoff at one density: customer text clipped before escaping, so no escape is cut in half. */
class CardWriter {
  constructor(
    private readonly t: Labels,
    private readonly def: NeedDefinition,
    private readonly locale: Locale,
    private readonly density: Density,
  ) {}

  private safe(text: string): string {
    return escapeMarkdown(clip(text, this.density.text));
  }

  private quoted(text: string): string {
    return quote(this.t, clip(text, this.density.text));
  }

  private section(title: string, items: string[]): CardElement[] {
    if (!items.length) return [];
    const shown = items.slice(0, this.density.items).map((item) => textBlock(`• ${item}`, { spacing: 'Small' }));
    const hidden = items.length - this.density.items;
    return [
      textBlock(title, { weight: 'Bolder', spacing: 'Medium', separator: true }),
      ...shown,
      ...(hidden > 0 ? [textBlock(this.t('handoff:card.more', { count: hidden }), { isSubtle: true, size: 'Small', spacing: 'Small' })] : []),
    ];
  }

  private facts(): CardElement | undefined {
    const { t, def } = this;
    const said = (text: string) => t('handoff:format.said', { quote: this.quoted(text) });
    const c = def.customer;
    const who = [c.name, c.organization, c.role].filter((v): v is string => !!v).map((v) => this.safe(v)).join(t('handoff:format.separator'));
    const dates = def.timeline && formatTimelineDates(t, def.timeline);
    const contact = !c.consentToContact
      ? t('handoff:noConsent')
      : [c.contact?.phone, c.contact?.email].filter((v): v is string => !!v).map((v) => escapeContact(clip(v, 120))).join(t('handoff:format.separator')) || t('handoff:noContactGiven');
    const status = `${t(`handoff:status.${def.status}`)}${def.claimedBy ? ` (${this.safe(def.claimedBy)})` : ''}`;
    const pairs: [string, string | undefined][] = [
      [t('handoff:label.customer'), who],
      [t('handoff:label.confirmation'), t(`handoff:confirmation.${def.confirmation}`)],
      [t('handoff:label.trigger'), t(`handoff:trigger.${def.trigger}`)],
      [t('handoff:label.status'), status],
      [t('handoff:label.language'), t(`handoff:language.${def.locale}`)],
      [t('handoff:label.focus'), def.focusArea && areaLabel(t, def.focusArea)],
      [t('handoff:label.budget'), def.budget && `${formatMoney(def.budget, this.locale)} ${said(def.budget.text)}`],
      [t('handoff:label.timeline'), def.timeline && (dates ? `${dates} ${said(def.timeline.text)}` : this.quoted(def.timeline.text))],
      [
        t('handoff:label.quantity'),
        def.quantities
          .slice(0, this.density.items)
          .map((q) => formatQuantity(t, { ...q, text: clip(q.text, this.density.text), ...(q.what ? { what: clip(q.what, this.density.text) } : {}) }, this.locale))
          .join(t('handoff:format.separator')),
      ],
      [t('handoff:label.contact'), contact],
      [t('handoff:label.preference'), this.preference()],
    ];
    const shown = pairs.filter((pair): pair is [string, string] => !!pair[1]);
    return shown.length ? { type: 'FactSet', facts: shown.map(([title, value]) => ({ title, value })) } : undefined;
  }

  /** When and how to call, only with consent: what the customer said, short. */
  private preference(): string | undefined {
    const { t } = this;
    const c = (this.def as NeedRecord).customer;
    const p = c.contactPreference;
    if (!c.consentToContact || !p) return undefined;
    const parts = [
      p.channel ? t(`handoff:channel.${p.channel}`) : undefined,
      p.when ? t('handoff:preference.when', { when: this.quoted(p.when) }) : undefined,
      p.avoid ? t('handoff:preference.avoid', { avoid: this.quoted(p.avoid) }) : undefined,
    ].filter((x): x is string => !!x);
    return parts.length ? parts.join(t('handoff:format.separator')) : undefined;
  }

  /** The catalogue's name in the rep's language; a name the customer gave, as they gave it. */
  private title(): string {
    const named = (this.def as NeedRecord).namedNeed;
    return named?.source === 'catalogue' ? named.name?.[this.locale] ?? this.def.needName : this.def.needName;
  }

  body(): CardElement[] {
    const { t, def } = this;
    const colon = t('handoff:format.colon');
    const factSet = this.facts();
    return [
      textBlock(t('handoff:card.title'), { size: 'Small', weight: 'Bolder', color: 'Accent' }),
      textBlock(this.safe(this.title()), { size: 'Large', weight: 'Bolder', spacing: 'None' }),
      textBlock(this.safe(def.statement)),
      ...(factSet ? [factSet] : []),
      ...this.section(t('handoff:label.customerQuestions'), ((def as NeedRecord).customerQuestions ?? []).map((q) => this.quoted(q))),
      ...this.section(t('handoff:label.explicit'), def.explicitNeeds.map((n) => `${areaLabel(t, n.area)}${colon}${this.safe(n.text)}`)),
      ...this.section(
        t('handoff:label.latent'),
        def.latentNeeds.map((n) => `${this.safe(n.text)} (${t(`handoff:latentStatus.${n.status}`)})${colon}${t('handoff:label.motive')} ${this.quoted(n.motive)}`),
      ),
      ...this.section(
        t('handoff:label.decision'),
        def.decisionChain.map((r) => `${this.safe(r.who)}${colon}${t(`handoff:role.${r.role}`)}${r.attitude ? ` (${t(`handoff:attitude.${r.attitude}`)})` : ''}`),
      ),
      ...this.section(t('handoff:label.objections'), def.objections.map((o) => `${this.quoted(o.text)}${colon}${objectionVerdict(t, o)}`)),
      ...this.section(t('handoff:label.openQuestions'), def.openQuestions.map((q) => this.safe(q))),
    ];
  }

  /** The newest messages that fit in `budget` bytes, oldest of them first, with a note on what was left out. */
  transcript(budget: number): CardElement {
    const { t, def } = this;
    const blocks: CardElement[] = [];
    let used = 0;
    let index = def.transcript.length - 1;
    for (; index >= 0; index--) {
      const entry = def.transcript[index];
      const pair = [textBlock(t(`handoff:speaker.${entry.from}`), { weight: 'Bolder', size: 'Small', spacing: 'Medium' }), textBlock(this.safe(entry.text), { spacing: 'None' })];
      const size = bytes(pair) + 1;
      if (used + size > budget) break;
      used += size;
      blocks.unshift(...pair);
    }
    const omitted = index + 1;
    if (omitted > 0) blocks.unshift(textBlock(t('handoff:card.earlierOmitted', { count: omitted }), { isSubtle: true, size: 'Small' }));
    if (!def.transcript.length) blocks.push(textBlock(t('handoff:transcript.empty'), { isSubtle: true }));
    return { type: 'AdaptiveCard', body: blocks };
  }
}

/**
 * The staff card for Teams (Adaptive Card 1.5): the need at a glance, Claim and the transcript. Everything
 * the customer wrote is escaped, so a name like "[Verify](https://evil.example) **URGENT** @everyone"
 * shows as typed instead of as a link, bold text or a mention. The card's own emphasis comes from TextBlock
 * weights, never from Markdown, so any bold a renderer shows is a sign of an escaping bug.
 */
export function buildHandoffCard(def: NeedDefinition, locale: Locale, opts: HandoffCardOptions = {}): Attachment {
  const t = labels(locale);
  let writer = new CardWriter(t, def, locale, DENSITIES[0]);
  let body = writer.body();
  for (const density of DENSITIES.slice(1)) {
    if (bytes(body) <= BODY_BYTES) break;
    writer = new CardWriter(t, def, locale, density);
    body = writer.body();
  }
  const claim =
    def.status === 'open'
      ? [
          {
            type: 'Action.Submit',
            title: t('handoff:card.claim'),
            style: 'positive',
            data: {
              action: CLAIM_ACTION,
              id: def.id,
              msteams: { type: 'messageBack', text: CLAIM_ACTION, displayText: t('handoff:card.claim'), value: { action: CLAIM_ACTION, id: def.id } },
            },
          },
        ]
      : [];
  const content: CardElement = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    body,
    actions: claim,
    msteams: { width: 'Full' },
  };
  const title = t('handoff:card.transcript');
  const transcript = opts.transcriptUrl
    ? { type: 'Action.OpenUrl', title, url: opts.transcriptUrl }
    : { type: 'Action.ShowCard', title, card: writer.transcript(CARD_BYTES - bytes(content) - 200) };
  // What CardFactory.adaptiveCard builds, without loading botbuilder: the card must also build in a browser-like test DOM.
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: { ...content, actions: [...claim, transcript] } };
}
