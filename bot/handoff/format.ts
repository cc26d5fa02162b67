import { Translate } from '../i18n';
import { LOCALES, Locale, NeedDefinition } from '../domain/types';

/** Invisible, never a line break: splits tokens that renderers would turn into links or mentions. */
const WORD_JOINER = '\u2060';

const INLINE_MARKDOWN = /[\\`*_{}[\]()<>#!|~&]/g;
const LINE_BREAKS = /\r\n?|[\n\u2028\u2029]/g;
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const PHONE = /^\+?[0-9][0-9 ()-]{4,24}$/;

/**
 * Customer text inside Markdown (summaries, Adaptive Card TextBlocks): shown as typed, never as
 * formatting, links, images, HTML or mentions. One line, because list and heading syntax only works at
 * the start of a line; the start itself is escaped as well since a card TextBlock may begin with it.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INLINE_MARKDOWN, '\\$&')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/@/g, `@${WORD_JOINER}`)
    .replace(/:(?=\/\/)/g, `:${WORD_JOINER}`)
    .replace(/(?<=[\p{L}\p{N}_-])\.(?=\p{L})/gu, `.${WORD_JOINER}`);
}

/**
 * Contact details the customer gave on purpose: a well-formed address or number is left linkable so a rep
 * can click or copy it; anything else is treated like any other customer text.
 */
export function escapeContact(value: string): string {
  const trimmed = value.trim();
  if (EMAIL.test(trimmed) || PHONE.test(trimmed)) return trimmed.replace(INLINE_MARKDOWN, '\\$&').replace(/^([-+])/, '\\$1');
  return escapeMarkdown(value);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A rep's language from `?lang=` or Accept-Language (quality-ordered); English when neither names one we have. */
export function pickLocale(...preferences: (string | undefined)[]): Locale {
  for (const preference of preferences) {
    if (!preference) continue;
    const ranked = preference
      .split(',')
      .map((part, index) => {
        const [tag, ...params] = part.trim().split(';');
        const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
        return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
      })
      .filter((entry) => entry.tag && entry.q > 0)
      .sort((a, b) => b.q - a.q || a.index - b.index);
    for (const { tag } of ranked) {
      if (tag.startsWith('zh')) return 'zh-CN';
      if (tag.startsWith('en')) return 'en';
    }
  }
  return 'en';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Labels a rep reads: a rep-facing name when the customer-facing one reads oddly, else the area's own. */
export function areaLabel(t: Translate, areaId: string): string {
  return t([`handoff:area.${areaId}`, `areas:${areaId}`], { defaultValue: areaId }) as string;
}

export function quote(t: Translate, text: string): string {
  return t('handoff:format.quote', { text: escapeMarkdown(text) }) as string;
}

export function formatMoney(budget: NonNullable<NeedDefinition['budget']>, locale: Locale): string {
  const format = (amount: number): string => {
    if (budget.currency) {
      try {
        return new Intl.NumberFormat(locale, { style: 'currency', currency: budget.currency, maximumFractionDigits: 2 }).format(amount);
      } catch {
        return `${new Intl.NumberFormat(locale).format(amount)} ${budget.currency}`;
      }
    }
    return new Intl.NumberFormat(locale).format(amount);
  };
  return budget.max !== undefined && budget.max !== budget.amount ? `${format(budget.amount)} – ${format(budget.max)}` : format(budget.amount);
}

export function formatDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(isoDateTime: string, locale: Locale): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(date);
}

/** Dates the rep can plan with; the customer's words follow in the caller. */
export function formatTimelineDates(timeline: NonNullable<NeedDefinition['timeline']>, locale: Locale): string | undefined {
  const { start, end } = timeline;
  if (start && end && start !== end) return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
  if (start ?? end) return formatDate((start ?? end) as string, locale);
  return undefined;
}

export function formatQuantity(t: Translate, quantity: NeedDefinition['quantities'][number], locale: Locale): string {
  const parts = [new Intl.NumberFormat(locale).format(quantity.value), quantity.unit, quantity.what].filter((p): p is string => !!p);
  return `${parts.map((p, i) => (i === 0 ? p : escapeMarkdown(p))).join(' ')} ${t('handoff:format.said', { quote: quote(t, quantity.text) })}`;
}

export function objectionVerdict(t: Translate, objection: NeedDefinition['objections'][number]): string {
  const verdict = objection.real === null ? 'untested' : objection.real ? 'real' : 'notReal';
  const test = objection.test && objection.test !== 'none' && objection.real !== null ? ` ${t(`handoff:objection.test.${objection.test}`)}` : '';
  return `${t(`handoff:objection.${verdict}`)}${test}`;
}
