import { ReplyPart } from '../../domain/practice/engine';
import { Locale } from '../../domain/types';
import { hasKey, translator } from '../../services/i18n';

/** The wording of one reply part: its first existing key, and the variant the engine chose among the wordings. */
function renderPart(locale: Locale, part: ReplyPart): string {
  const t = translator(locale);
  const key = part.keys.find((k) => hasKey(k, locale)) ?? part.keys[part.keys.length - 1];
  const value = t(key, { returnObjects: true }) as unknown;
  if (Array.isArray(value)) return String(value[part.variant % value.length]);
  return String(value);
}

export function renderReply(parts: ReplyPart[], locale: Locale): string {
  return parts.map((p) => renderPart(locale, p)).join(locale === 'en' ? ' ' : '');
}

/** The key the reply is known by in channelData: the last part carries the news (a fact, an ending). */
export function replyKey(parts: ReplyPart[], locale: Locale): string {
  const last = parts[parts.length - 1];
  return last ? (last.keys.find((k) => hasKey(k, locale)) ?? last.keys[0]) : '';
}
