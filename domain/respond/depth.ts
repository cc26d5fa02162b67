import { Playbook } from '../playbook';
import { NeedProfile } from '../types';
import { registerOf } from './data';

export interface Depth {
  describe: boolean;
  maxWhys: number;
  impact: boolean;
  /** "And if it were solved, what would change?" */
  impactSolved: boolean;
}

/**
 * How deep the vertical layer goes for this customer: the playbook's setting, narrowed for a family purchase
 * (one why, no business case, no second description of what was already said).
 */
export function depthFor(profile: NeedProfile, playbook: Playbook, focus: string): Depth {
  const base: Depth = { ...playbook.vertical, impactSolved: playbook.vertical.impact };
  const described = !!profile.answers[focus]?.length;
  if (registerOf(profile, playbook) === 'person') {
    return { describe: base.describe && !described, maxWhys: Math.min(base.maxWhys, 1), impact: false, impactSolved: false };
  }
  return base;
}
