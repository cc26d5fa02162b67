import { hasKey, translator } from '../i18n';
import { shortPhrase, SynthesisContext } from '../../domain/synthesis';
import { LOCALES, Locale, Money, NeedDefinition, Quantity, Timeline } from '../../domain/types';

/** A string from locales/<lng>/*.json, with `{{name}}` placeholders filled from `params`. */
export type Labels = (key: string | string[], params?: Record<string, string | number | undefined>) => string;

const templates = new Map<Locale, Map<string, string>>();

/**
 * Handoff texts for one language. i18next takes tens of microseconds per call and a summary makes dozens, so
 * each template is looked up once and filled here, in one pass: a value is never scanned for placeholders
 * again, so customer text containing "{{...}}" or "$t(...)" stays as typed.
 */
export function labels(locale: Locale): Labels {
  let known = templates.get(locale);
  if (!known) templates.set(locale, (known = new Map()));
  const cache = known;
  const plurals = new Intl.PluralRules(locale);
  return (key, params) => {
    // A numeric `count` picks the key's plural form (`_one`, `_other`), as i18next itself would.
    const count = typeof params?.count === 'number' ? params.count : undefined;
    const id = `${Array.isArray(key) ? key.join('|') : key}${count === undefined ? '' : `#${plurals.select(count)}`}`;
    let template = cache.get(id);
    if (template === undefined) {
      const fallback = Array.isArray(key) ? key[key.length - 1].replace(/^.*[:.]/, '') : key;
      template = String(translator(locale)(key, { skipInterpolation: true, defaultValue: fallback, ...(count === undefined ? {} : { count }) }));
      cache.set(id, template);
    }
    if (!params) return template;
    return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_placeholder, name: string) => (params[name] === undefined ? '' : String(params[name])));
  };
}

/** Invisible, never a line break: splits tokens that renderers would turn into links or mentions. */
const WORD_JOINER = '\u2060';

/**
 * What could start emphasis, code, links, autolinks, HTML, headings or Adaptive Card date functions. Brackets
 * and parentheses both, so that even a renderer that ignores backslash escapes never sees "](" together.
 */
const INLINE_MARKDOWN = /[\\`*_{}[\]()<>#~]/g;
const LINE_BREAKS = /\r\n?|[\n\u2028\u2029]/g;
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const PHONE = /^\+?[0-9][0-9 ()-]{4,24}$/;

/**
 * Customer text inside Markdown (summaries, Adaptive Card TextBlocks): shown as typed, never as
 * formatting, links, images, HTML or mentions. One line, because list and heading syntax only works at
 * the start of a line; the start itself is escaped as well since a card TextBlock may begin with it.
 */
export function escapeMarkdown(text: string): string {
  return String(text ?? '')
    .replace(LINE_BREAKS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INLINE_MARKDOWN, '\\$&')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
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
export function areaLabel(t: Labels, areaId: string): string {
  return t([`handoff:area.${areaId}`, `areas:${areaId}`]);
}

export function quote(t: Labels, text: string): string {
  return t('handoff:format.quote', { text: escapeMarkdown(text) });
}

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** Intl formatters take far longer to build than to use; a summary needs a handful of them per render. */
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, build: () => T): T {
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = build()));
  return formatter as T;
}

function number(locale: Locale): Intl.NumberFormat {
  return cached(`number:${locale}`, () => new Intl.NumberFormat(locale));
}

export function formatMoney(budget: NonNullable<NeedDefinition['budget']>, locale: Locale): string {
  const format = (amount: number): string => {
    const currency = budget.currency;
    if (!currency) return number(locale).format(amount);
    const decimals = Number.isInteger(amount) ? 0 : 2;
    try {
      return cached(`money:${locale}:${currency}:${decimals}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: decimals })).format(amount);
    } catch {
      return `${number(locale).format(amount)} ${currency}`;
    }
  };
  return budget.max !== undefined && budget.max !== budget.amount ? `${format(budget.amount)} – ${format(budget.max)}` : format(budget.amount);
}

export function formatDateTime(isoDateTime: string, locale: Locale): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  const format = cached(
    `time:${locale}`,
    () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC', timeZoneName: 'short' }),
  );
  return format.format(date);
}

/** ISO dates, which read the same in both languages; the customer's words follow in the caller. */
export function formatTimelineDates(t: Labels, timeline: NonNullable<NeedDefinition['timeline']>): string | undefined {
  const { start, end } = timeline;
  if (start && end && start !== end) return t('handoff:format.range', { from: start, to: end });
  return start ?? end;
}

export function formatQuantity(t: Labels, quantity: NeedDefinition['quantities'][number], locale: Locale): string {
  const noun = quantity.what ?? quantity.unit;
  const amount = t('handoff:format.quantity', { value: number(locale).format(quantity.value), noun: noun ? escapeMarkdown(noun) : '' }).trim();
  return `${amount} ${t('handoff:format.said', { quote: quote(t, quantity.text) })}`;
}

export function objectionVerdict(t: Labels, objection: NeedDefinition['objections'][number]): string {
  const verdict = objection.real === null ? 'untested' : objection.real ? 'real' : 'notReal';
  const test = objection.test && objection.test !== 'none' && objection.real !== null ? ` ${t(`handoff:objection.test.${objection.test}`)}` : '';
  return `${t(`handoff:objection.${verdict}`)}${test}`;
}

function sayDate(iso: string | undefined, locale: Locale): string | undefined {
  if (!iso) return undefined;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return undefined;
  return cached(`day:${locale}`, () => new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' })).format(date);
}

/**
 * The need synthesis in one language: its templates from locales/<lng>/synthesis.json, figures said as the
 * dialogs say them (facts namespace), so the hypothesis, the read-back and the record read the same. Kept free of
 * services/render, which pulls in the Bot Framework: the staff side builds records too.
 */
export function synthesisContext(locale: Locale, now: Date): SynthesisContext {
  const t = translator(locale);
  const say = (key: string | string[], params?: Record<string, string>): string => String(t(key, { ...params, interpolation: { escapeValue: false } }));
  const list = (items: string[]): string => (items.length <= 1 ? items.join('') : say('facts:list', { head: items.slice(0, -1).join(say('facts:separator')), last: items[items.length - 1] }));
  const money = (m: Money): string => {
    const amount = { amount: m.amount, ...(m.max !== undefined ? { max: m.max } : {}), ...(m.currency ? { currency: m.currency } : {}), text: m.text };
    const one = (n: number): string => formatMoney({ ...amount, amount: n, max: undefined }, locale);
    return m.max !== undefined && m.max !== m.amount ? say('facts:moneyRange', { min: one(m.amount), max: one(m.max) }) : one(m.amount);
  };
  const quantity = (q: Quantity): string => {
    const count = say([`numbers:n${q.value}`, 'numbers:digits'], { n: String(q.value) });
    const params = { count, unit: q.unit ?? '', what: q.what ?? '', max: q.max === undefined ? '' : say([`numbers:n${q.max}`, 'numbers:digits'], { n: String(q.max) }) };
    if (q.max !== undefined) return say(q.what ? 'facts:quantityRangeWhat' : 'facts:quantityRange', params);
    if (q.approximate) return say(q.what ? 'facts:quantityApproxWhat' : 'facts:quantityApprox', params);
    return say(q.what ? 'facts:quantityWhat' : 'facts:quantity', params);
  };
  const timeline = (when: Timeline): string => {
    if (when.asap) return say('facts:asap');
    const start = sayDate(when.start, locale);
    const end = sayDate(when.end, locale);
    if (start && end && when.start !== when.end) return say('facts:dateRange', { start, end });
    if (start) return say('facts:date', { date: start });
    if (end) return say('synthesis:statement.by', { date: end });
    // No date the reader could resolve: the customer's words, when short ("下个月十号之前"), else nothing.
    return shortPhrase(when.text, locale) ?? '';
  };
  return { locale, now, say, label: (key) => (hasKey(key, locale) ? String(t(key)) : undefined), figures: { money, quantity, timeline, list } };
}
