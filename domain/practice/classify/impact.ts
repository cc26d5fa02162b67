import { conditional, polarity } from './condition';
import { asksWh } from './form';
import { Language, texts } from './language';
import { Decision, View } from './types';

export function impact(lang: Language, view: View): Decision | undefined {
  const data = lang.data.impact;
  const cond = conditional(lang, view);
  if (cond) {
    const solvedHits = lang.find(cond.main, data.solvedConsequence);
    const unsolvedHits = lang.find(cond.main, data.unsolvedConsequence);
    const anyHits = [...solvedHits, ...unsolvedHits, ...lang.find(cond.main, data.consequence)];
    const { polarity: pol, cue, strong } = polarity(lang, cond.condition);
    const matched = [cond.cue, ...(cue ? [cue] : [])];
    if (strong && !anyHits.length && asksWh(lang, cond.main)) return { type: pol === 'solved' ? 'impact-solved' : 'impact-unsolved', matched };
    // A neutral condition followed by "would that help / work?" is the seller floating an idea.
    const proposal = pol === 'neutral' && lang.has(cond.main, lang.data.consultative.evaluate);
    if (pol === 'solved' && anyHits.length) return { type: 'impact-solved', matched: [...matched, ...texts(anyHits)] };
    if (pol === 'unsolved' && anyHits.length) return { type: 'impact-unsolved', matched: [...matched, ...texts(anyHits)] };
    if (!proposal && solvedHits.length) return { type: 'impact-solved', matched: [...matched, ...texts(solvedHits)] };
    if (!proposal && unsolvedHits.length) return { type: 'impact-unsolved', matched: [...matched, ...texts(unsolvedHits)] };
  }
  return undefined;
}

/** Consequence words without a condition ("how is it affecting ..."): weaker evidence than a proposal. */
export function impactAlone(lang: Language, view: View): Decision | undefined {
  const data = lang.data.impact;
  const unsolvedAlone = lang.has(view.full, data.notAlone) ? [] : lang.find(view.full, data.unsolvedAlone);
  if (unsolvedAlone.length) return { type: 'impact-unsolved', matched: texts(unsolvedAlone) };
  const solvedAlone = lang.find(view.full, data.solvedAlone);
  if (solvedAlone.length) return { type: 'impact-solved', matched: texts(solvedAlone) };
  return undefined;
}
