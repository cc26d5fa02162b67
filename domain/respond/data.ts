import * as path from 'path';
import * as fs from 'fs';
import { dataDir } from '../playbook';
import { validateDataFile } from '../schemas';
import { findAny } from '../text';
import { Locale, LOCALES } from '../types';

/** data/respond/<locale>.json: the Respond stage's word lists (respond.schema.json). */
export interface RespondWords {
  fastLane: string[];
  handover: string[];
  person: string[];
  business: string[];
  notThis: string[];
  product: string[];
  productStop: string[];
}

const cache = new Map<Locale, RespondWords>();

export function respondWords(locale: Locale): RespondWords {
  let words = cache.get(locale);
  if (!words) {
    const file = path.join(dataDir(), 'respond', `${locale}.json`);
    words = validateDataFile<RespondWords>('respond', file, JSON.parse(fs.readFileSync(file, 'utf8')) as unknown);
    cache.set(locale, words);
  }
  return words;
}

/** Both languages' lists, the message's own first: customers mix scripts. */
export function saysAny(text: string, list: 'fastLane' | 'handover' | 'person' | 'business', locale: Locale): boolean {
  return LOCALES.some((l) => !!findAny(text, respondWords(l)[list])) || !!findAny(text, respondWords(locale)[list]);
}

/** The first phrase of either register in the text: the opening decides whom the questions are for. */
export function registerWordsOf(text: string, locale: Locale): 'person' | 'business' | undefined {
  const at = (list: 'person' | 'business'): number => {
    const hits = [locale, ...LOCALES.filter((l) => l !== locale)].map((l) => findAny(text, respondWords(l)[list])).filter((h) => !!h);
    return hits.length ? Math.min(...hits.map((h) => h.index)) : -1;
  };
  const person = at('person');
  const business = at('business');
  if (person < 0 && business < 0) return undefined;
  if (person < 0) return 'business';
  if (business < 0) return 'person';
  return person <= business ? 'person' : 'business';
}

function patterns(list: 'notThis' | 'product', locale: Locale): RegExp[] {
  return respondWords(locale)[list].map((re) => new RegExp(re, 'iu'));
}

/**
 * "It's not sales training, it's leadership": the customer says the playbook is wrong. Returns the right
 * topic when they name it (possibly empty when they only say it is wrong), undefined when they do not say so.
 */
export function saysWrongTopic(text: string, locale: Locale): { noun: string } | undefined {
  const lower = text.toLowerCase();
  for (const l of [locale, ...LOCALES.filter((x) => x !== locale)]) {
    for (const re of patterns('notThis', l)) {
      const m = re.exec(lower);
      if (m) return { noun: cleanNoun(m.groups?.noun ?? '', l) ?? '' };
    }
  }
  return undefined;
}

function cleanNoun(noun: string, locale: Locale): string | undefined {
  const stop = respondWords(locale).productStop;
  const words = noun.trim().split(/\s+/).filter(Boolean);
  while (words.length && stop.includes(words[words.length - 1])) words.pop();
  const cleaned = words.join(' ');
  if (!cleaned || stop.includes(cleaned) || stop.includes(words[0])) return undefined;
  return cleaned;
}

/** The product the customer names in their own words ("a used upright piano", "收银系统"), if any. */
export function productNounOf(text: string, locale: Locale): string | undefined {
  const lower = text.toLowerCase();
  for (const l of [locale, ...LOCALES.filter((x) => x !== locale)]) {
    for (const re of patterns('product', l)) {
      const noun = cleanNoun(re.exec(lower)?.groups?.noun ?? '', l);
      if (noun) return noun;
    }
  }
  return undefined;
}

/**
 * The register the opening decided: said outright ("for my company", "for myself"), else the playbook's
 * usual one, else a business (the general playbook's customers mostly are).
 */
export function registerOf(profile: { buyingFor?: 'self' | 'organization' }, playbook: { register?: 'person' | 'business' }): 'person' | 'business' {
  if (profile.buyingFor === 'organization') return 'business';
  if (profile.buyingFor === 'self') return 'person';
  return playbook.register ?? 'business';
}
