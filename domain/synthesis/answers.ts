import { Playbook } from '../playbook';
import { read } from '../reading/read';
import { Reading } from '../reading/types';
import { filable } from '../update';
import { applyCorrection } from '../discovery';
import { KeyFacts } from '../extractors';
import { Locale, NeedProfile, YesNo } from '../types';
import { contentOf, ownNeedName, shortPhrase } from './phrasing';
import { ContactPreference, ExtendedProfile, notesOf } from './types';

export interface ReadOptions {
  locale: Locale;
  now: Date;
}

/**
 * The customer's answer to "is that right?": a plain yes only when yes is all the message says. "大体对。不过……",
 * "mostly, but the budget is 30k" are partly, whatever a yes/no recogniser makes of the first word.
 */
export function plainAnswer(text: string, options: ReadOptions): YesNo | undefined {
  const reading = read(text, { ...options, asked: 'confirm' });
  const answers = reading.facts.filter((f) => f.kind === 'answer' && filable(f)).map((f) => (f.kind === 'answer' ? f.value : 'yes'));
  if (answers.includes('no')) return 'no';
  if (answers.includes('partly')) return 'partly';
  if (!answers.includes('yes')) return undefined;
  const answerClauses = new Set(reading.facts.filter((f) => f.kind === 'answer').map((f) => f.clause));
  // A yes followed by anything else ("yes, but ...", "对，不过……", "yes, and the budget is 30k") asks for a change.
  const more = reading.clauses.some((c) => !answerClauses.has(c.text) && contentOf(c.text, options.locale) !== '') || /(?:but|however|不过|但是|可是|只是)[\s.…。,，]*$/iu.test(text.trim());
  return more ? 'partly' : 'yes';
}

export interface AppliedChange {
  /** What the change touched. */
  changed: ('name' | 'budget' | 'timeline' | 'quantity' | 'person' | 'contact' | 'own-name' | 'competitor' | 'for-whom' | 'addition')[];
  /** A customer's own name for the need, when they gave one. */
  needName?: string;
}

function personFor(reading: Reading): string | undefined {
  const people = reading.facts.filter((f) => f.kind === 'person' && filable(f));
  const kept = people.filter((f) => !reading.clauses.find((c) => c.text === f.clause)?.negated && !/\bnot\b|不是/iu.test(f.clause ?? ''));
  const person = kept[0];
  if (person?.kind !== 'person') return undefined;
  return person.name ?? person.relation;
}

/**
 * A change the customer asked for at a confirmation step, applied to the profile: a name for the need, any value
 * the reader finds (budget, date, quantity, people: every one replaces the value held, as a correction), whom it
 * is for, and what is left as a short must-have. What cannot be used is only kept as said, in the offer log.
 */
export function applyChange(profile: NeedProfile, playbook: Playbook, text: string, options: ReadOptions & { whom?: (relation: string) => string }): AppliedChange {
  const result: AppliedChange = { changed: [] };
  const notes = notesOf(profile);
  const name = ownNeedName(text, options.locale);
  if (name) {
    profile.needName = name;
    notes.needNameSource = 'customer';
    notes.needReasons = [];
    delete notes.needId;
    result.needName = name;
    result.changed.push('name');
    return result;
  }
  // The figures go through the repeat-back's correction (read() and apply() with every value replacing the one
  // held), which also keeps the customer's own units ("斤", not the reader's "jin").
  const previous: KeyFacts = { quantities: profile.quantities.slice(0, 1), people: [], ...(profile.budget ? { budget: profile.budget } : {}), ...(profile.timeline ? { timeline: profile.timeline } : {}) };
  const after = applyCorrection(profile, previous, text, { locale: options.locale, now: options.now, asked: 'confirm' }, playbook);
  if (JSON.stringify(after.quantities) !== JSON.stringify(previous.quantities)) result.changed.push('quantity');
  if (JSON.stringify(after.budget) !== JSON.stringify(previous.budget)) result.changed.push('budget');
  if (JSON.stringify(after.timeline) !== JSON.stringify(previous.timeline)) result.changed.push('timeline');
  const reading = read(text, { ...options, asked: 'confirm', currency: playbook.currency });
  const who = personFor(reading);
  if (who) {
    (profile as ExtendedProfile).synthesis = { ...notesOf(profile), forWhom: options.whom ? options.whom(who) : who };
    result.changed.push('for-whom');
  }
  // A clause that carries a value, a person or the answer itself is said by the figures, not as a must-have.
  const spent = new Set<string>(reading.facts.filter((f) => f.kind !== 'filler' && f.kind !== 'feeling' && f.kind !== 'cue').map((f) => f.clause ?? ''));
  const rest = reading.clauses.filter((c) => !spent.has(c.text) && !c.negated).map((c) => c.text);
  const addition = rest.length ? shortPhrase(rest.join(options.locale === 'en' ? ', ' : '，'), options.locale, { towardsCustomer: true }) : undefined;
  if (addition && !notesOf(profile).additions.includes(addition)) {
    notesOf(profile).additions.push(addition);
    result.changed.push('addition');
  }
  return result;
}

export interface ContactAnswer {
  phone?: string;
  email?: string;
  name?: string;
  preference?: ContactPreference;
  answer?: YesNo;
}

/** Everything an answer to "may we contact you?" gives at once: yes or no, number, email, name, when to call. */
export function readContactAnswer(text: string, options: ReadOptions): ContactAnswer {
  const reading = read(text, { ...options, asked: 'contact' });
  const out: ContactAnswer = {};
  for (const fact of reading.facts.filter(filable)) {
    if (fact.kind === 'contact') {
      if (fact.phone) out.phone ??= fact.phone;
      if (fact.email) out.email ??= fact.email;
    } else if (fact.kind === 'own-name') out.name ??= fact.name;
    else if (fact.kind === 'contact-preference') {
      out.preference = {
        ...out.preference,
        ...(fact.channel ? { channel: fact.channel } : {}),
        ...(fact.when ? { when: fact.when } : {}),
        ...(fact.avoid ? { avoid: fact.avoid } : {}),
      };
    } else if (fact.kind === 'answer') out.answer ??= fact.value;
  }
  return out;
}

/** Files a contact answer on the profile: details given are consent given. */
export function fileContactAnswer(profile: NeedProfile, found: ContactAnswer): boolean {
  const gave = !!(found.phone || found.email);
  if (gave) profile.customer.contact = { ...profile.customer.contact, ...(found.phone ? { phone: found.phone } : {}), ...(found.email ? { email: found.email } : {}) };
  if (found.name && !profile.customer.name) profile.customer.name = found.name;
  if (found.preference) {
    const extended = profile as ExtendedProfile;
    extended.contactPreference = { ...extended.contactPreference, ...found.preference };
  }
  return gave;
}
