import { Language, texts } from './language';
import { Decision, View } from './types';

export function clarifying(lang: Language, view: View, strength: 'strong' | 'weak'): Decision | undefined {
  const hits = lang.find(view.full, lang.data.clarifying[strength]);
  return hits.length ? { type: 'clarifying', matched: texts(hits) } : undefined;
}
