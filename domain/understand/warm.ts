import { LOCALES } from '../types';
import { recognizeContact } from './contact';
import { detectObjection, detectSentiment, isDontKnow, isVague } from './classify';
import { recognizeTimeline } from './dates';
import { dateTimes } from './engine';
import { lexicon } from './lexicon';
import { recognizeMoney } from './money';
import { recognizePeople } from './people';
import { recognizeQuantities } from './quantities';
import { recognizeRoles } from './roles';
import { recognizeYesNo } from './yesNo';

let warmed = false;

/**
 * Builds the recognizer models for both languages once (most of a second): the models build lazily on their
 * first use and our patterns compile on their first match, so every function runs on the lexicon's sample answers.
 */
export function warmRecognizers(): void {
  if (warmed) return;
  const now = new Date();
  for (const locale of LOCALES) {
    const ctx = { locale, now, defaultCurrency: 'CNY' };
    for (const text of lexicon(locale).warmUp) {
      dateTimes(text, locale, now);
      recognizeMoney(text, ctx);
      recognizeTimeline(text, ctx);
      recognizeQuantities(text, ctx);
      recognizeYesNo(text, locale);
      recognizeRoles(text, locale);
      recognizePeople(text, locale);
      recognizeContact(text);
      isDontKnow(text, locale);
      isVague(text, locale);
      detectObjection(text, locale);
      detectSentiment(text, locale);
    }
  }
  warmed = true;
}
