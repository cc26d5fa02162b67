import { DATES_EN, NOT_DATES_EN } from './dates.en';
import { DATES_ZH, NOT_DATES_ZH } from './dates.zh-CN';
import { MONEY_EN, NOT_MONEY_EN } from './money.en';
import { MONEY_ZH, NOT_MONEY_ZH } from './money.zh-CN';
import { NOT_QUANTITIES_EN, QUANTITIES_EN } from './quantities.en';
import { NOT_QUANTITIES_ZH, QUANTITIES_ZH } from './quantities.zh-CN';
import { DateCase, Locale, MoneyCase, QuantityCase, YesNoCase } from './reference';
import { NOT_YES_NO_EN, YES_NO_EN } from './yesNo.en';
import { NOT_YES_NO_ZH, YES_NO_ZH } from './yesNo.zh-CN';

export * from './reference';

export const MONEY: Record<Locale, MoneyCase[]> = { 'zh-CN': MONEY_ZH, en: MONEY_EN };
export const NOT_MONEY: Record<Locale, string[]> = { 'zh-CN': NOT_MONEY_ZH, en: NOT_MONEY_EN };
export const DATES: Record<Locale, DateCase[]> = { 'zh-CN': DATES_ZH, en: DATES_EN };
export const NOT_DATES: Record<Locale, string[]> = { 'zh-CN': NOT_DATES_ZH, en: NOT_DATES_EN };
export const QUANTITIES: Record<Locale, QuantityCase[]> = { 'zh-CN': QUANTITIES_ZH, en: QUANTITIES_EN };
export const NOT_QUANTITIES: Record<Locale, string[]> = { 'zh-CN': NOT_QUANTITIES_ZH, en: NOT_QUANTITIES_EN };
export const YES_NO: Record<Locale, YesNoCase[]> = { 'zh-CN': YES_NO_ZH, en: YES_NO_EN };
export const NOT_YES_NO: Record<Locale, string[]> = { 'zh-CN': NOT_YES_NO_ZH, en: NOT_YES_NO_EN };
