import { TurnContext } from 'botbuilder';
import { Locale } from '../domain/types';
import { Translate, translator } from './i18n';

/** The language of this turn: chosen once per turn by the bot, read by everything that renders a reply. */
const LOCALE_KEY = Symbol('tanxun.locale');

export function setTurnLocale(context: TurnContext, locale: Locale): void {
  context.turnState.set(LOCALE_KEY, locale);
  context.activity.locale = locale;
}

export function turnLocale(context: TurnContext): Locale {
  const locale = context.turnState.get(LOCALE_KEY) as Locale | undefined;
  return locale ?? (context.activity.locale?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN');
}

export function tr(context: TurnContext): Translate {
  return translator(turnLocale(context));
}
