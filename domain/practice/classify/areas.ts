import { Language } from './language';
import { NEED_AREAS, View } from './types';

/** The asked part of the message: areas a pitch or a greeting mentions in passing are not asked about. */
export function askedText(view: View, chinese: boolean): string {
  const asked = view.sentences.filter((s) => s.asked);
  return asked.length ? asked.map((s) => s.text).join(chinese ? '.' : ' . ') : view.full;
}

export function areasOf(lang: Language, text: string): string[] {
  return NEED_AREAS.filter((area) => lang.has(text, lang.data.areas[area]));
}
