import { Language, regex } from './language';
import { Cues, Hit, View } from './types';

/** The condition of a conditional question ("if ___, ...") and whether it describes the problem solved or not. */

export interface Conditional {
  condition: string;
  main: string;
  cue: string;
}

export function conditional(lang: Language, view: View): Conditional | undefined {
  for (const source of lang.data.condition) {
    const m = regex(source).exec(view.full);
    if (m && m[1]?.trim() && !lang.atStart(m[1].trim(), lang.data.notCondition)) {
      const main = (view.full.slice(0, m.index) + ' ' + view.full.slice(m.index + m[0].length)).trim();
      return { condition: m[1].trim(), main, cue: m[0].trim() };
    }
  }
  return undefined;
}

export type Polarity = 'solved' | 'unsolved' | 'neutral';

export interface ConditionPolarity {
  polarity: Polarity;
  cue?: string;
  /** Persisting or explicitly (un)solved, not merely "could" or a negation: strong enough on its own. */
  strong: boolean;
}

export function polarity(lang: Language, condition: string): ConditionPolarity {
  const { persisting, goodState, negatedSolution, solved, improved, unsolved } = lang.data.impact;
  const first = (cues: Cues): Hit | undefined => lang.find(condition, cues)[0];
  const negated = first(negatedSolution);
  if (negated) return { polarity: 'unsolved', cue: negated.text, strong: true };
  const fixed = first(solved);
  if (fixed) return { polarity: 'solved', cue: fixed.text, strong: true };
  const lasting = first(persisting);
  const good = first(goodState);
  if (lasting && good) return { polarity: 'solved', cue: good.text, strong: false };
  if (lasting) return { polarity: 'unsolved', cue: lasting.text, strong: true };
  const better = first(improved);
  if (better) return { polarity: 'solved', cue: better.text, strong: false };
  const worse = first(unsolved);
  return worse ? { polarity: 'unsolved', cue: worse.text, strong: false } : { polarity: 'neutral', strong: false };
}
