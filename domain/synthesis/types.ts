import { Locale, Money, NeedProfile, Quantity, Timeline } from '../types';

/** A template from locales/<lng>/synthesis.json (and the playbook namespaces), filled with plain strings. */
export type Say = (key: string | string[], params?: Record<string, string>) => string;

/** How figures are said in the customer's language (services/render does it for the dialogs and the record). */
export interface Figures {
  money(money: Money): string;
  quantity(quantity: Quantity): string;
  timeline(timeline: Timeline): string;
  list(items: string[]): string;
}

export type NeedNameSource = 'customer' | 'catalogue' | 'generic';

/** One version of the need put to the customer and what they said to it. */
export interface Offered {
  step: 'hypothesis' | 'read-back';
  name?: string;
  statement: string;
  answer: 'yes' | 'no' | 'partly' | 'none';
  /** What they asked to change, as they said it. */
  change?: string;
}

/** What the synthesis keeps beside the profile's own fields (stored with it, read back by the record). */
export interface SynthesisNotes {
  /** Must-haves the customer added while correcting a statement, as short phrases. */
  additions: string[];
  /** Whom it is for, when the customer corrected it. */
  forWhom?: string;
  needNameSource?: NeedNameSource;
  /** Why the bot chose the name: the customer's words or criteria that pointed to it. */
  needReasons?: string[];
  /** The catalogue need's id, when the name came from the catalogue. */
  needId?: string;
  offered: Offered[];
}

export interface ContactPreference {
  channel?: 'phone' | 'email' | 'chat' | 'wechat' | 'sms';
  when?: string;
  avoid?: string;
}

/** A customer question to the bot, as the listening engineer's responders record it. */
export type CustomerQuestion = string | { text: string; topic?: string; answered?: boolean };

/** Optional fields a profile may carry beyond domain/types.ts: stored with it, never required. */
export interface ProfileExtras {
  synthesis?: SynthesisNotes;
  contactPreference?: ContactPreference;
  questions?: CustomerQuestion[];
}

export type ExtendedProfile = NeedProfile & ProfileExtras;

export function notesOf(profile: NeedProfile): SynthesisNotes {
  const extended = profile as ExtendedProfile;
  extended.synthesis ??= { additions: [], offered: [] };
  return extended.synthesis;
}

export interface SynthesisContext {
  locale: Locale;
  now: Date;
  say: Say;
  /** A text that may be missing (a playbook's option label): undefined rather than the key. */
  label: (key: string) => string | undefined;
  figures: Figures;
}
