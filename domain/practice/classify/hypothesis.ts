import { isYesNoAsked } from './form';
import { Language, texts } from './language';
import { Decision, View } from './types';

export function hypothesis(lang: Language, view: View): Decision | undefined {
  const { opinion, need, agree } = lang.data.hypothesis;
  const opinionHits = lang.find(view.full, opinion);
  const needHits = lang.find(view.full, need);
  const agreeHits = lang.find(view.full, agree);
  const confirming = agreeHits.length > 0 || isYesNoAsked(lang, view);
  if (opinionHits.length && (needHits.length || confirming)) return { type: 'hypothesis', matched: texts([...opinionHits, ...needHits, ...agreeHits]) };
  if (needHits.length && confirming) return { type: 'hypothesis', matched: texts([...needHits, ...agreeHits]) };
  return undefined;
}
