import type { Locale, NeedDefinition } from '../../domain/types';
import type { ContactPreference, NamedNeed, Offered } from '../../domain/synthesis';

// Its own file so that the summary and the card can name the record without importing its builder (which
// imports the summary): no import circle inside services/handoff.
/** The optional fields this producer adds to the shared record (data/schemas/need-definition.schema.json). */
export interface RecordExtras {
  customer: NeedDefinition['customer'] & { contactPreference?: ContactPreference };
  namedNeed?: {
    source: NamedNeed['source'];
    id?: string;
    reasons?: string[];
    name?: Partial<Record<Locale, string>>;
    description?: Partial<Record<Locale, string>>;
    offers?: Partial<Record<Locale, string>>[];
  };
  offered?: Offered[];
  customerQuestions?: string[];
}

export type NeedRecord = NeedDefinition & RecordExtras;
