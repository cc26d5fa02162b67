import { Activity, MessageFactory, TurnContext } from 'botbuilder';
import { PromptOptions } from 'botbuilder-dialogs';
import { Locale, Money, Quantity, Timeline } from '../domain/types';
import { hasKey, Translate, translator } from './i18n';
import { turnLocale } from './locale';


/**
 * A question kept as keys and data rather than as a sentence, so that when the customer switches
 * language mid-question the pending prompt is rendered again in the new language.
 */
export type Param =
  | string
  | number
  | { t: string | string[]; params?: Record<string, Param> }
  | { quote: string }
  | { date: Timeline }
  | { money: Money }
  | { quantity: Quantity }
  | { list: Param[] };

export interface Renderable {
  key: string | string[];
  params?: Record<string, Param>;
  /** Suggested-action buttons, each rendered the same way. */
  buttons?: Renderable[];
}

export type PromptKind = 'text' | 'yesNo';

export interface RenderablePromptOptions extends PromptOptions {
  validations?: { render: Renderable; kind: PromptKind };
}

function formatDate(iso: string, locale: Locale): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

export function renderTimeline(t: Translate, locale: Locale, timeline: Timeline): string {
  if (timeline.asap) return t('facts:asap');
  if (timeline.start && timeline.end && timeline.start !== timeline.end) {
    return t('facts:dateRange', { start: formatDate(timeline.start, locale), end: formatDate(timeline.end, locale) });
  }
  if (timeline.start) return t('facts:date', { date: formatDate(timeline.start, locale) });
  return timeline.text;
}

const MONEY_BOUND: Partial<Record<NonNullable<Money['bound']>, string>> = { max: 'facts:moneyUpTo', min: 'facts:moneyAtLeast' };

export function renderMoney(t: Translate, locale: Locale, money: Money): string {
  const format = (n: number): string =>
    money.currency
      ? new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency, maximumFractionDigits: 0 }).format(n)
      : new Intl.NumberFormat(locale).format(n);
  if (money.max !== undefined) return t('facts:moneyRange', { min: format(money.amount), max: format(money.max) });
  // "最多两万五" is a ceiling: "up to ¥25,000", never a range from the amount to itself.
  const bound = money.bound ? MONEY_BOUND[money.bound] : undefined;
  return bound ? t(bound, { amount: format(money.amount) }) : format(money.amount);
}

export function renderQuantity(t: Translate, quantity: Quantity): string {
  const count = t([`numbers:n${quantity.value}`, 'numbers:digits'], { n: quantity.value });
  const params = { count, unit: quantity.unit ?? '', what: quantity.what ?? '', max: quantity.max ?? '' };
  const max = quantity.max !== undefined ? t([`numbers:n${quantity.max}`, 'numbers:digits'], { n: quantity.max }) : '';
  if (quantity.max !== undefined) return t(quantity.what ? 'facts:quantityRangeWhat' : 'facts:quantityRange', { ...params, max });
  if (quantity.approximate) return t(quantity.what ? 'facts:quantityApproxWhat' : 'facts:quantityApprox', params);
  return t(quantity.what ? 'facts:quantityWhat' : 'facts:quantity', params);
}

export function renderParam(t: Translate, locale: Locale, param: Param): string {
  if (typeof param === 'string' || typeof param === 'number') return String(param);
  if ('t' in param) return t(param.t, renderParams(t, locale, param.params)) as string;
  if ('quote' in param) return param.quote;
  if ('date' in param) return renderTimeline(t, locale, param.date);
  if ('money' in param) return renderMoney(t, locale, param.money);
  if ('quantity' in param) return renderQuantity(t, param.quantity);
  return joinList(t, param.list.map((p) => renderParam(t, locale, p)));
}

export function joinList(t: Translate, items: string[]): string {
  if (items.length <= 1) return items.join('');
  return t('facts:list', { head: items.slice(0, -1).join(t('facts:separator')), last: items[items.length - 1] });
}

function renderParams(t: Translate, locale: Locale, params: Record<string, Param> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params ?? {})) out[name] = renderParam(t, locale, value);
  return out;
}

export function renderText(locale: Locale, r: Renderable): string {
  const t = translator(locale);
  return t(r.key, renderParams(t, locale, r.params)) as string;
}

/** The key i18next actually used among the fallbacks. */
export function resolvedKey(locale: Locale, key: string | string[]): string {
  const keys = Array.isArray(key) ? key : [key];
  return keys.find((k) => hasKey(k, locale)) ?? keys[keys.length - 1];
}

/**
 * The message, plus the key it came from in channelData so that tests, transcripts and analytics can
 * follow the conversation without depending on wording.
 */
export function renderActivity(locale: Locale, r: Renderable): Partial<Activity> {
  const text = renderText(locale, r);
  const activity: Partial<Activity> = r.buttons?.length
    ? MessageFactory.suggestedActions(r.buttons.map((b) => renderText(locale, b)), text)
    : MessageFactory.text(text);
  activity.channelData = { tanxun: { key: resolvedKey(locale, r.key), locale } };
  activity.locale = locale;
  return activity;
}

const YES_NO_BUTTONS: Renderable[] = [{ key: 'common:buttons.yes' }, { key: 'common:buttons.no' }, { key: 'common:buttons.partly' }];

export function buildPromptOptions(locale: Locale, render: Renderable, kind: PromptKind): RenderablePromptOptions {
  const withButtons: Renderable = kind === 'yesNo' && !render.buttons ? { ...render, buttons: YES_NO_BUTTONS } : render;
  const retry: Renderable =
    kind === 'yesNo' ? { key: 'common:reprompt.yesNo', buttons: withButtons.buttons } : { key: 'common:reprompt.text', buttons: withButtons.buttons };
  return {
    prompt: renderActivity(locale, withButtons) as Activity,
    retryPrompt: renderActivity(locale, retry) as Activity,
    validations: { render: withButtons, kind },
  };
}

export function promptOptions(context: TurnContext, render: Renderable, kind: PromptKind = 'text'): RenderablePromptOptions {
  return buildPromptOptions(turnLocale(context), render, kind);
}

/** Sends a message that is built from keys, in the turn's language. */
export async function say(context: TurnContext, key: string | string[], params?: Record<string, Param>): Promise<void> {
  await context.sendActivity(renderActivity(turnLocale(context), { key, params }));
}
