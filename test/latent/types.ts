import { Locale } from '../../domain/types';

/**
 * One whole customer message, the playbook of the conversation, and the motive rule that must fire
 * (`null`: nothing may fire, because the message denies, hedges or imagines the motive, or names a motive
 * of another playbook's domain).
 */
export interface LatentCase {
  text: string;
  playbook: string;
  expect: string | null;
  /** Why nothing may fire, for the null rows. */
  why?: 'negated' | 'hedged' | 'irrealis' | 'out-of-domain';
}

export type Detector = (text: string, playbook: string, locale: Locale) => string | undefined;

export interface Score {
  positives: number;
  found: number;
  /** A rule fired where none may, or a different rule than expected. */
  falseFires: { text: string; fired: string; expected: string | null }[];
  missed: { text: string; expected: string }[];
}

export function score(cases: readonly LatentCase[], locale: Locale, detect: Detector): Score {
  const out: Score = { positives: 0, found: 0, falseFires: [], missed: [] };
  for (const c of cases) {
    const fired = detect(c.text, c.playbook, locale);
    if (c.expect) out.positives += 1;
    if (c.expect && fired === c.expect) out.found += 1;
    else if (fired) out.falseFires.push({ text: c.text, fired, expected: c.expect });
    else if (c.expect) out.missed.push({ text: c.text, expected: c.expect });
  }
  return out;
}

export function describeScore(name: string, s: Score): string {
  const recall = s.positives ? ((100 * s.found) / s.positives).toFixed(1) : '-';
  return `${name}: recall ${s.found}/${s.positives} (${recall}%), false fires ${s.falseFires.length}`;
}
