import { Locale } from '../../../domain/types';

export interface LocaleScripts {
  /** Breadth, why, impact, an offer, an objection test, a repeat-back and a hypothesis: scores 80 or more. */
  strong: string[];
  /** The first fruit seller: pitching at once. Scores 30 or less and hears no hidden fact. */
  weak: string[];
  /** Asked twice in a row, it must get the same facts. */
  repeated: string;
}

export type PersonaScripts = { persona: string } & Record<Locale, LocaleScripts>;
