import { Locale } from '../../types';
import { normalize } from '../../text';

/**
 * The classifier's view of a rep's line. English becomes lower-cased tokens joined by single spaces
 * (punctuation kept as its own token); Chinese keeps its characters, with punctuation made plain, and is
 * matched at the text engine's word boundaries.
 */

const HAN_CHAR = /\p{Script=Han}/gu;
const LATIN_WORD = /[a-z]{2,}/gi;

/** The rules of the language the message is written in: reps mix languages less than customers do. */
export function effectiveLocale(text: string, locale: Locale): Locale {
  const han = text.match(HAN_CHAR)?.length ?? 0;
  const latin = text.match(LATIN_WORD)?.length ?? 0;
  if (locale === 'zh-CN') return han === 0 && latin > 0 ? 'en' : 'zh-CN';
  return han > latin ? 'zh-CN' : 'en';
}

export function normalizeEnglish(text: string): string {
  const cleaned = normalize(text)
    .replace(/[’‘`´]/g, "'")
    .replace(/\.{2,}|…/g, ' , ')
    .replace(/\b(mr|mrs|ms|dr|st|jr|sr|vs|etc)\./g, '$1')
    .replace(/\s+[-–—]+\s+|[–—]+/g, ' , ');
  const tokens = cleaned.match(/\d+(?:[.,:]\d+)*|[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*|[,.;:?!%$¥€£#&+]/gu) ?? [];
  return tokens.join(' ');
}

export function normalizeChinese(text: string): string {
  return normalize(text)
    .replace(/["'\u201c\u201d\u2018\u2019\u300c-\u300f\u3010\u3011]/g, '')
    .replace(/\.{2,}|…+|—+|~+/g, ',')
    .replace(/\u3002/g, '.')
    .replace(/\u3001/g, ',')
    .replace(/\s*([,.;:?!])\s*/g, '$1')
    .replace(/(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/gu, '')
    .trim();
}
