/**
 * The fixed moment every table resolves dates against: Monday 23 November 2026, 10:00 China time.
 * Shared by the unit tables and test/measure/recognizers.ts (raw recognizers vs Tanxun's rules).
 */
export const REFERENCE = new Date('2026-11-23T10:00:00+08:00');

export type Locale = 'en' | 'zh-CN';
export type YesNoValue = 'yes' | 'no' | 'partly';

export interface MoneyCase {
  text: string;
  amount: number;
  max?: number;
  currency?: string;
}

export interface DateCase {
  text: string;
  start: string;
  end?: string;
  asap?: boolean;
  /** Another reference moment, for cases that depend on the day of the month. */
  now?: string;
}

export interface QuantityCase {
  text: string;
  value: number;
  max?: number;
  unit?: string;
  what?: string;
  approximate?: boolean;
}

export interface YesNoCase {
  text: string;
  value: YesNoValue;
}
