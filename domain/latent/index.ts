import { matchingData } from '../lexicon';
import { findAnyWords } from '../text';
import { Locale, NeedProfile, LatentNeed, Evidence } from '../types';

export * from './motives';
export * from './match';
export * from './holds';

/** "Just like them": a preference with no need behind it. Inventing one would be a guess, not discovery. */
export function isNoMotive(text: string, locale: Locale): boolean {
  return !!findAnyWords(text, matchingData().noMotive, locale);
}

export function recordLatentNeed(profile: NeedProfile, need: Omit<LatentNeed, 'evidence'>, evidence: Evidence): LatentNeed {
  const existing = need.rule ? profile.latentNeeds.find((n) => n.rule === need.rule) : undefined;
  if (existing) {
    existing.evidence.push(evidence);
    return existing;
  }
  const created: LatentNeed = { ...need, evidence: [evidence] };
  profile.latentNeeds.push(created);
  return created;
}
export * from './cues';
