import { Cue, NeedProfile, Objection, Quantity } from '../../domain/types';
import { KeyFacts } from '../../domain/extractors';


/** A CRM conversation after breadth: three answered areas, a complaint about the current way of working. */
export function crmAfterBreadth(profile: NeedProfile): void {
  profile.answers.use = [{ quote: 'a CRM', turn: 1 }];
  profile.answers.current = [{ quote: 'spreadsheets, a mess', turn: 2 }];
  profile.answers.goals = [{ quote: 'fewer lost leads', turn: 3 }];
  profile.cues.push({ kind: 'complaint', area: 'current', quote: 'a mess', turn: 2 });
}

/** The same conversation once the customer chose where to dig and named a pain there. */
export function crmFocused(profile: NeedProfile): void {
  crmAfterBreadth(profile);
  profile.focusArea = 'current';
  profile.pains.push({ text: 'leads get lost', evidence: [{ quote: 'spreadsheets, a mess', turn: 2 }] });
}

export function facts(quantity: Quantity): KeyFacts {
  return { quantities: [quantity], people: [] };
}

export const TWENTY_PEOPLE: Record<'en' | 'zh-CN', Quantity> = {
  en: { value: 20, approximate: true, unit: 'people', text: 'about 20 people' },
  'zh-CN': { value: 20, approximate: true, unit: '个人', text: '大概二十个人' },
};

export function priceObjection(text: string): Objection {
  return { kind: 'price', text, real: null, test: 'none' };
}

export function complaint(quote: string, area = 'current'): Cue {
  return { kind: 'complaint', area, quote, turn: 1 };
}
