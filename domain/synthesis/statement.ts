import { Playbook } from '../playbook';
import { Money, NeedProfile } from '../types';
import { matchNeed, NeedCatalogue } from './catalogue';
import { needSlots, NeedSlots } from './slots';
import { ExtendedProfile, NeedNameSource, SynthesisContext } from './types';

function budgetPhrase(money: Money, ctx: SynthesisContext): string {
  const key = money.bound === 'max' ? 'synthesis:statement.budgetMax' : money.bound === 'about' ? 'synthesis:statement.budgetAbout' : 'synthesis:statement.budget';
  return ctx.say(key, { money: ctx.figures.money(money) });
}

/**
 * One sentence from the slots, through the locale's templates: what, for whom, the must-haves, how many, the
 * budget, the timing, then why. Only what is known is said.
 */
export function renderStatement(slots: NeedSlots, ctx: SynthesisContext): string {
  const core = slots.what
    ? slots.forWhom
      ? ctx.say('synthesis:statement.whatFor', { what: slots.what, whom: slots.forWhom })
      : ctx.say('synthesis:statement.what', { what: slots.what })
    : slots.forWhom
      ? ctx.say('synthesis:statement.forOnly', { whom: slots.forWhom })
      : undefined;
  const parts = [
    core,
    slots.mustHaves.length ? ctx.say('synthesis:statement.mustHaves', { list: ctx.figures.list(slots.mustHaves) }) : undefined,
    slots.quantity ? ctx.say('synthesis:statement.quantity', { quantity: ctx.figures.quantity(slots.quantity) }) : undefined,
    slots.budget ? budgetPhrase(slots.budget, ctx) : undefined,
    slots.timing && ctx.figures.timeline(slots.timing) ? ctx.say('synthesis:statement.timing', { when: ctx.figures.timeline(slots.timing) }) : undefined,
    slots.motive ? ctx.say('synthesis:statement.motive', { motive: slots.motive }) : undefined,
  ].filter((p): p is string => !!p);
  return parts.join(ctx.say('synthesis:statement.separator'));
}

export interface NamedNeed {
  name: string;
  source: NeedNameSource;
  /** The catalogue need, when it named it. */
  id?: string;
  description?: string;
  offers: string[];
  /** Short: the customer's words or criteria that pointed to it. */
  reasons: string[];
}

/**
 * The need's name: the customer's own name wins; else the catalogue need the conversation points to most;
 * else a name built from what they want and why, never a stock phrase.
 */
export function nameNeed(profile: NeedProfile, playbook: Playbook, catalogue: NeedCatalogue | undefined, ctx: SynthesisContext, slots?: NeedSlots): NamedNeed {
  const notes = (profile as ExtendedProfile).synthesis;
  if (notes?.needNameSource === 'customer' && profile.needName) return { name: profile.needName, source: 'customer', offers: [], reasons: [] };
  const criterionLabel = (id: string): string => catalogue?.criteria?.[id]?.[ctx.locale] ?? id;
  const match = matchNeed(profile, playbook, catalogue, criterionLabel);
  if (match) {
    return {
      name: match.need.name[ctx.locale],
      source: 'catalogue',
      id: match.need.id,
      description: match.need.description[ctx.locale],
      offers: match.need.offers.map((o) => o[ctx.locale]),
      reasons: match.reasons,
    };
  }
  const s = slots ?? needSlots(profile, playbook, catalogue, ctx);
  const name = s.what
    ? s.motive
      ? ctx.say('synthesis:name.whatWhy', { what: s.what, motive: s.motive })
      : s.forWhom
        ? ctx.say('synthesis:name.whatFor', { what: s.what, whom: s.forWhom })
        : ctx.say('synthesis:name.what', { what: s.what })
    : ctx.say('synthesis:name.titleOnly', { title: ctx.say(`playbook-${playbook.id}:title`) });
  return { name: name.charAt(0).toUpperCase() + name.slice(1), source: 'generic', offers: [], reasons: [] };
}

export interface Synthesis {
  slots: NeedSlots;
  statement: string;
  need: NamedNeed;
}

export function synthesise(profile: NeedProfile, playbook: Playbook, catalogue: NeedCatalogue | undefined, ctx: SynthesisContext): Synthesis {
  const slots = needSlots(profile, playbook, catalogue, ctx);
  return { slots, statement: renderStatement(slots, ctx), need: nameNeed(profile, playbook, catalogue, ctx, slots) };
}
