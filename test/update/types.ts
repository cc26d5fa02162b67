/**
 * One labelled filing case (DESIGN.md, 2. Update): the playbook, the area the bot had just asked about, one
 * customer message, and where a careful rep would file what it says. Reference "today": 2026-11-23.
 */
export interface MoneyExpect {
  amount: number;
  max?: number;
  bound?: 'about' | 'max' | 'min';
}

export interface DateExpect {
  start?: string;
  end?: string;
}

export interface QuantityExpect {
  value: number;
}

/**
 * What an area holds once filed: the budget (money areas), the timeline (date areas), a quantity among the
 * profile's quantities (quantity areas), people in the decision chain, competitor names, or `true` for an area
 * that keeps the customer's words (text, criteria).
 */
export type Filed =
  | true
  | { money: MoneyExpect }
  | { date: DateExpect }
  | { quantity: QuantityExpect }
  | { people: string[] }
  | { names: string[] };

export interface FilingCase {
  playbook: string;
  /** Area id the bot had just asked about; absent for a message nobody prompted. */
  asked?: string;
  text: string;
  /** Areas this message fills, with what they must hold. */
  fills: Record<string, Filed>;
  /** Areas it must not fill (nor set their value: no budget, no timeline, no quantity, no competitors). */
  not: string[];
  /** Filed nowhere even when the playbook has no area for it (fruit has no budget, baijiu no timing). */
  absent?: ('budget' | 'timeline' | 'quantities' | 'competitors')[];
  note?: string;
  /** Messages of the same conversation read first, each with the area asked: the profile the message meets. */
  before?: { asked?: string; text: string }[];
  /** Names that must be gone from the people and the decision chain afterwards (a corrected person). */
  gone?: string[];
  /** Names the decision chain must hold afterwards (the corrected name, in the old one's place). */
  kept?: string[];
  /** A known miss of the reader (domain/reading, not this layer): the case is expected to fail until it reads it. */
  readerGap?: string;
}
