import { Language } from './language';
import { Hit, View } from './types';

export function asksWhy(lang: Language, view: View): Hit[] {
  let text = view.full;
  for (const hit of lang.find(text, lang.data.notWhy)) text = text.replace(hit.text, ' ');
  return lang.find(text, lang.data.why);
}
