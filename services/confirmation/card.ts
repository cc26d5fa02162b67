import type { Attachment } from 'botbuilder';
import { Locale, NeedDefinition } from '../../domain/types';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../handoff/card';
import { escapeMarkdown, formatMoney, formatQuantity, labels } from '../handoff/format';

/** What the card's buttons submit; the router hands such a value to the need-confirmation handler. */
export const NEED_CONFIRMATION_ACTION = 'need-confirmation.answer';
export const CHANGE_INPUT = 'needChange';

export interface ConfirmationSubmit {
  action: typeof NEED_CONFIRMATION_ACTION;
  id: string;
  answer: 'confirm' | 'change';
  [CHANGE_INPUT]?: string;
}

export function isConfirmationSubmit(value: unknown): value is ConfirmationSubmit {
  const v = value as Partial<ConfirmationSubmit> | null;
  return typeof v === 'object' && v !== null && v.action === NEED_CONFIRMATION_ACTION && typeof v.id === 'string' && (v.answer === 'confirm' || v.answer === 'change');
}

const MAX_TEXT = 600;
const MAX_ITEMS = 8;

function clip(text: string, max = MAX_TEXT): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function block(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}

function submit(title: string, id: string, answer: ConfirmationSubmit['answer'], style?: string): Record<string, unknown> {
  const data: ConfirmationSubmit = { action: NEED_CONFIRMATION_ACTION, id, answer };
  return { type: 'Action.Submit', title, ...(style ? { style } : {}), data };
}

/**
 * The approved need definition as the customer sees it (需求确认书), in their language: the need's name,
 * the statement, what they said they need, budget, timing and quantities, then "confirm" and "ask for a
 * change" with an optional text box. Every text that came from the customer or staff is escaped.
 */
export function buildNeedConfirmationCard(def: NeedDefinition, locale: Locale, approvedBy?: string): Attachment {
  const t = labels(locale);
  const facts: { title: string; value: string }[] = [];
  if (def.budget) facts.push({ title: t('staff-confirm:card.budget'), value: escapeMarkdown(clip(formatMoney(def.budget, locale))) });
  if (def.timeline) facts.push({ title: t('staff-confirm:card.timeline'), value: escapeMarkdown(clip(def.timeline.text)) });
  if (def.quantities.length) facts.push({ title: t('staff-confirm:card.quantities'), value: escapeMarkdown(clip(def.quantities.slice(0, MAX_ITEMS).map((q) => formatQuantity(t, q, locale)).join(', '))) });
  const needs = def.explicitNeeds.slice(0, MAX_ITEMS).map((n) => `- ${escapeMarkdown(clip(n.text, 200))}`);
  const body: Record<string, unknown>[] = [
    block(t('staff-confirm:card.title'), { size: 'Large', weight: 'Bolder' }),
    block(t('staff-confirm:card.intro')),
    block(t('staff-confirm:card.need'), { weight: 'Bolder', spacing: 'Medium' }),
    block(escapeMarkdown(clip(def.needName, 200))),
    ...(def.statement ? [block(t('staff-confirm:card.statement'), { weight: 'Bolder' }), block(escapeMarkdown(clip(def.statement)))] : []),
    ...(needs.length ? [block(t('staff-confirm:card.details'), { weight: 'Bolder' }), block(needs.join('\r'))] : []),
    ...(facts.length ? [{ type: 'FactSet', facts }] : []),
    ...(approvedBy ? [block(t('staff-confirm:card.approvedBy', { rep: escapeMarkdown(clip(approvedBy, 100)) }), { isSubtle: true, size: 'Small' })] : []),
    { type: 'Input.Text', id: CHANGE_INPUT, label: t('staff-confirm:card.changeLabel'), placeholder: t('staff-confirm:card.changePlaceholder'), isMultiline: true, maxLength: 2000 },
  ];
  const content = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    body,
    actions: [submit(t('staff-confirm:card.confirm'), def.id, 'confirm', 'positive'), submit(t('staff-confirm:card.change'), def.id, 'change')],
    fallbackText: t('staff-confirm:fallback', { name: clip(def.needName, 200), statement: clip(def.statement) }),
    lang: locale === 'zh-CN' ? 'zh-CN' : 'en',
  };
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content };
}
