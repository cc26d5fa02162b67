import { conditional } from './condition';
import { Language, texts } from './language';
import { Decision, View } from './types';

export function objectionTest(lang: Language, view: View, asks: boolean): Decision | undefined {
  const { commit, rhetorical, isolate, ours, settle } = lang.data.objectionTest;
  const direct = [...lang.find(view.full, rhetorical), ...lang.find(view.full, isolate)];
  if (direct.length) return { type: 'objection-test', matched: texts(direct) };
  const cond = conditional(lang, view);
  if (!cond || !asks) return undefined;
  // "If we hosted the data in China, would that settle it for Mr. Zhou?": our move against their worry.
  const settled = lang.has(cond.condition, ours) ? lang.find(cond.main, settle) : [];
  const commitHits = [...lang.find(cond.main, commit), ...settled];
  return commitHits.length ? { type: 'objection-test', matched: [cond.cue, ...texts(commitHits)] } : undefined;
}
