import { Language } from './language';
import { Hit } from './types';

/** Read from the whole line, not the view: the view drops small talk, and rudeness may sit there. */
export function rudeHits(lang: Language, text: string): Hit[] {
  return lang.find(lang.normalize(text), lang.data.rude);
}
