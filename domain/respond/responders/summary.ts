import { NeedProfile } from '../../types';
import { Line, LineParam } from '../types';

/** The key facts held so far, as render parameters: what the fast lane and a handover say back. */
export function factsOf(profile: NeedProfile): LineParam[] {
  const facts: LineParam[] = [];
  if (profile.product) facts.push({ quote: profile.product });
  for (const quantity of profile.quantities.slice(0, 2)) facts.push({ quantity });
  if (profile.timeline) facts.push({ date: profile.timeline });
  if (profile.budget) facts.push({ money: profile.budget });
  const deciders = profile.decisionChain.filter((r) => r.role === 'decision-maker').map((r) => r.who);
  if (deciders.length) facts.push({ t: 'respond:fact.decides', params: { who: deciders[0] } });
  return facts;
}

/** "Here is what I have: ..." or nothing when there is nothing yet to say back. */
export function summaryLine(profile: NeedProfile): Line | undefined {
  const facts = factsOf(profile);
  return facts.length ? { key: 'respond:fastLane.summary', params: { facts: { list: facts } } } : undefined;
}
