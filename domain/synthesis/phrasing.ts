import * as fs from 'fs';
import { fromRoot } from '../paths';
import { validateDataFile } from '../schemas';
import { Locale } from '../types';
import { isNoContent } from '../lexicon';
import { splitClauses } from '../reading/clauses';

type PerLocale<T> = Record<Locale, T>;

/** data/needs/phrasing.json: the words a slot value is cut free of. */
export interface Phrasing {
  fillers: PerLocale<string[]>;
  leads: PerLocale<string[]>;
  trails: PerLocale<string[]>;
  because: PerLocale<string[]>;
  pronouns: PerLocale<[string, string][]>;
  ownName: PerLocale<string[]>;
  limits: PerLocale<number>;
}

let cached: Phrasing | undefined;

export function parsePhrasing(file: string, raw: unknown): Phrasing {
  const data = validateDataFile<Phrasing>('needs-phrasing', file, raw);
  // Longest first: "i'd like to buy" must be cut before "i'd like" leaves "to buy" behind.
  const byLength = (list: string[]): string[] => [...list].sort((a, b) => b.length - a.length);
  const sorted = (words: PerLocale<string[]>): PerLocale<string[]> => ({ en: byLength(words.en), 'zh-CN': byLength(words['zh-CN']) });
  return { ...data, fillers: sorted(data.fillers), leads: sorted(data.leads), trails: sorted(data.trails), because: sorted(data.because), ownName: sorted(data.ownName) };
}

export function phrasing(): Phrasing {
  if (!cached) {
    const file = fromRoot('data', 'needs', 'phrasing.json');
    cached = parsePhrasing(file, JSON.parse(fs.readFileSync(file, 'utf8')) as unknown);
  }
  return cached;
}

const EDGE_PUNCTUATION = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
const HAN = /\p{Script=Han}/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const patterns = new Map<string, RegExp>();

function edgePattern(word: string, end: boolean): RegExp {
  const id = `${end ? '$' : '^'}${word}`;
  let pattern = patterns.get(id);
  if (!pattern) {
    const latin = !HAN.test(word);
    const body = escapeRegExp(word);
    pattern = end ? new RegExp(`${latin ? '(?<![\\p{L}\\p{N}])' : ''}${body}$`, 'iu') : new RegExp(`^${body}${latin ? '(?![\\p{L}\\p{N}])' : ''}`, 'iu');
    patterns.set(id, pattern);
  }
  return pattern;
}

/** Cuts any of `words` off the start (or the end) of `text`, again and again; Latin words only whole. */
function cut(text: string, words: readonly string[], end: boolean): string {
  let rest = text.replace(EDGE_PUNCTUATION, '');
  for (let changed = true; changed && rest; ) {
    changed = false;
    for (const word of words) {
      const pattern = edgePattern(word, end);
      if (!pattern.test(rest)) continue;
      rest = rest.replace(pattern, '').replace(EDGE_PUNCTUATION, '');
      changed = true;
      break;
    }
  }
  return rest;
}

/** Short enough for a slot: words for Latin text, characters for Chinese, whatever the conversation's language. */
export function fitsSlot(text: string): boolean {
  const limits = phrasing().limits;
  return HAN.test(text) ? text.replace(/\s+/g, '').length <= limits['zh-CN'] : text.split(/\s+/).filter(Boolean).length <= limits.en;
}

/** Turns the customer's "my daughter" into the "your daughter" the bot says back. */
export function towardsCustomer(text: string, locale: Locale): string {
  const pairs = phrasing().pronouns[locale];
  if (locale === 'zh-CN') {
    return pairs.reduce((out, [from, to]) => out.split(from).join(`\u0000${to}\u0000`), text).replace(/\u0000/g, '');
  }
  const map = new Map(pairs.map(([from, to]) => [from.toLowerCase(), to]));
  const words = [...map.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return text.replace(new RegExp(`(?<![\\p{L}'])(${words.join('|')})(?![\\p{L}'])`, 'giu'), (hit) => map.get(hit.toLowerCase()) ?? hit);
}

/** What a message says once fillers and "I'd like" are cut off: '' when nothing. */
export function contentOf(text: string, locale: Locale): string {
  const words = phrasing();
  const leads = [...words.fillers[locale], ...words.leads[locale]].sort((a, b) => b.length - a.length);
  const parts: string[] = [];
  for (const clause of splitClauses(text.replace(/\s+/g, ' ').trim(), locale)) {
    for (const sentence of clause.text.split(/[.!。！…]+/u)) {
      let rest = sentence;
      for (let before = ''; before !== rest; ) {
        before = rest;
        rest = cut(cut(rest, leads, false), words.trails[locale], true);
      }
      if (rest && !isNoContent(rest)) parts.push(rest);
    }
  }
  return parts.join(locale === 'en' ? ', ' : '，');
}

export interface PhraseOptions {
  /** Also cut "because", "为了": the reason itself is the phrase. */
  reason?: boolean;
  /** Say it to the customer: "my" becomes "your". */
  towardsCustomer?: boolean;
  /** Names the customer used (people, brands): kept capitalised at the start of a phrase. */
  names?: readonly string[];
}

/**
 * A short phrase from what the customer said, or nothing: fillers, "I'd like", "please" and their Chinese forms
 * are cut off every clause, clauses with nothing left go, and what remains must fit the locale's limit. A whole
 * sentence never becomes a slot value: precision over recall.
 */
export function shortPhrase(text: string | undefined, locale: Locale, options: PhraseOptions = {}): string | undefined {
  if (!text || /[?？]/.test(text)) return undefined;
  const words = phrasing();
  const leads = [...words.fillers[locale], ...words.leads[locale], ...(options.reason ? words.because[locale] : [])].sort((a, b) => b.length - a.length);
  const parts: string[] = [];
  for (const clause of splitClauses(text.replace(/\s+/g, ' ').trim(), locale)) {
    for (const sentence of clause.text.split(/[.!。！…]+/u)) {
      let rest = sentence;
      for (let before = ''; before !== rest; ) {
        before = rest;
        rest = cut(cut(rest, leads, false), words.trails[locale], true);
      }
      if (rest && !isNoContent(rest)) parts.push(rest);
    }
  }
  if (!parts.length) return undefined;
  const joined = parts.join(locale === 'en' ? ', ' : '，');
  if (!fitsSlot(joined)) return undefined;
  // "A system to track ...", "Practical content": capitalised only because they began the customer's message.
  const startsMessage = text.trim().startsWith(joined.split(/\s/)[0]);
  const name = options.names?.some((n) => joined.startsWith(n));
  const lowered = startsMessage && !name && /^[A-Z](?![A-Z])/.test(joined) ? joined.charAt(0).toLowerCase() + joined.slice(1) : joined;
  return options.towardsCustomer ? towardsCustomer(lowered, locale) : lowered;
}

/** "call it: better team leads" -> "better team leads": the name a customer gives their need wins. */
export function ownNeedName(text: string, locale: Locale): string | undefined {
  const lower = text.toLowerCase();
  for (const lead of [...phrasing().ownName[locale], ...phrasing().ownName[locale === 'en' ? 'zh-CN' : 'en']]) {
    const at = lower.indexOf(lead.toLowerCase());
    if (at < 0) continue;
    const said = text.slice(at + lead.length).replace(/^[\s:：,，"“'‘「『]+/u, '');
    const name = cut(said, phrasing().trails[locale], true)
      .replace(/["”'’」』。.!！\s]+$/u, '')
      .trim();
    if (name && name.length <= 80) return name;
  }
  return undefined;
}
