import { Locale } from '../types';

export interface UnderstandContext {
  locale: Locale;
  /** The moment the customer wrote; dates resolve against its calendar day. */
  now: Date;
  /** ISO 4217 code of the playbook's market (e.g. CNY), assumed for a bare amount in that market's language. */
  defaultCurrency?: string;
  /** The question was about money: a bare number is an amount ("under 150" answering "what budget?"). */
  expectMoney?: boolean;
}
