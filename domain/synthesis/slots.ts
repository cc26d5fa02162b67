import { Playbook, Words } from '../playbook';
import { read } from '../reading/read';
import { findAny } from '../text';
import { Locale, Money, NeedProfile, Quantity, Timeline } from '../types';
import { NeedCatalogue } from './catalogue';
import { shortPhrase } from './phrasing';
import { ExtendedProfile, SynthesisContext } from './types';

/** The pieces a need statement is made of: short phrases and figures, never the customer's whole sentences. */
export interface NeedSlots {
  what?: string;
  forWhom?: string;
  motive?: string;
  mustHaves: string[];
  quantity?: Quantity;
  budget?: Money;
  timing?: Timeline;
}

const MAX_MUST_HAVES = 3;

function byLength(words: readonly string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}

/** The product nouns the playbook knows (routing words, the opening area's signals, nouns when it has them). */
function productNouns(playbook: Playbook, locale: Locale): string[] {
  const opening = playbook.areas.find((a) => a.id === playbook.openingArea);
  const nouns = (playbook as Playbook & { nouns?: Words }).nouns;
  return byLength([...playbook.match[locale], ...(opening?.signals?.[locale] ?? []), ...(nouns?.[locale] ?? [])]);
}

function quotesOf(profile: NeedProfile, areas: readonly (string | undefined)[]): string[] {
  return areas.flatMap((id) => (id ? profile.answers[id]?.map((e) => e.quote) ?? [] : []));
}

/** What they want: the product noun they used, else the opening answer cut down to a short phrase. */
function what(profile: NeedProfile, playbook: Playbook, locale: Locale): string | undefined {
  const quotes = quotesOf(profile, [playbook.openingArea, profile.focusArea]);
  const nouns = productNouns(playbook, locale);
  for (const quote of quotes) {
    const hit = findAny(quote, nouns);
    if (hit) return hit.phrase;
  }
  for (const quote of quotes) {
    const phrase = shortPhrase(quote, locale, { towardsCustomer: true, names: [...profile.people, ...profile.competitors] });
    if (phrase && !hasFigures(phrase, locale)) return phrase;
  }
  return undefined;
}

/** A phrase that carries a sum, a date or a count answers another area; it is not a slot value. */
function hasFigures(text: string, locale: Locale): boolean {
  return read(text, { locale, now: new Date(0) }).facts.some((f) => f.kind === 'money' || f.kind === 'date' || f.kind === 'quantity');
}

/** Whom it is for: a person the customer named in an answer about the recipient, else the user in the decision chain. */
function forWhom(profile: ExtendedProfile, catalogue: NeedCatalogue | undefined, ctx: SynthesisContext): string | undefined {
  if (profile.synthesis?.forWhom) return profile.synthesis.forWhom;
  for (const quote of quotesOf(profile, catalogue?.forWhomAreas ?? [])) {
    const person = read(quote, { locale: ctx.locale, now: ctx.now }).facts.find((f) => f.kind === 'person' && (f.name || f.relation));
    if (person?.kind !== 'person') continue;
    if (person.name) return person.name;
    if (person.relation) return ctx.say('synthesis:whom.relation', { who: person.relation });
  }
  const user = profile.decisionChain.find((r) => r.role === 'user');
  return user ? shortPhrase(user.who, ctx.locale) : undefined;
}

/** Why: the deepest why the customer gave that cuts down to a short phrase and answers nothing else. */
function motive(profile: NeedProfile, locale: Locale): string | undefined {
  const candidates = [...profile.motives].reverse().concat(profile.latentNeeds.filter((n) => n.status !== 'declined').map((n) => n.motive));
  for (const candidate of candidates) {
    const phrase = shortPhrase(candidate, locale, { reason: true, towardsCustomer: true });
    if (phrase && !hasFigures(phrase, locale)) return phrase;
  }
  return undefined;
}

function mustHaves(profile: ExtendedProfile, playbook: Playbook, catalogue: NeedCatalogue | undefined, ctx: SynthesisContext): string[] {
  const out: string[] = [];
  const add = (phrase: string | undefined): void => {
    if (phrase && !out.some((p) => p.toLowerCase() === phrase.toLowerCase())) out.push(phrase);
  };
  for (const [area, option] of Object.entries(profile.choices)) {
    const label = ctx.label(`playbook-${playbook.id}:areas.${area}.options.${option}`);
    add(label ? (ctx.locale === 'en' ? label.toLowerCase() : label) : undefined);
  }
  profile.decisionCriteria.forEach((criterion, i) => {
    const id = profile.criteriaIds[i];
    // Their own words when short; the catalogue's phrase for the criterion when their words run long.
    add(shortPhrase(criterion, ctx.locale, { towardsCustomer: true, names: [...profile.people, ...profile.competitors] }) ?? (id ? catalogue?.criteria?.[id]?.[ctx.locale] : undefined));
  });
  for (const addition of profile.synthesis?.additions ?? []) add(addition);
  return out.slice(0, MAX_MUST_HAVES);
}

export function needSlots(profile: NeedProfile, playbook: Playbook, catalogue: NeedCatalogue | undefined, ctx: SynthesisContext): NeedSlots {
  const extended = profile as ExtendedProfile;
  return {
    what: what(profile, playbook, ctx.locale),
    forWhom: forWhom(extended, catalogue, ctx),
    motive: motive(profile, ctx.locale),
    mustHaves: mustHaves(extended, playbook, catalogue, ctx),
    ...(profile.quantities[0] ? { quantity: profile.quantities[0] } : {}),
    ...(profile.budget ? { budget: profile.budget } : {}),
    ...(profile.timeline ? { timing: profile.timeline } : {}),
  };
}
