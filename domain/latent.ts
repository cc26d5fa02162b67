import { matchingData } from './lexicon';
import { findAnyWords } from './text';
import { LatentRule, Playbook } from './playbook';
import { Locale, NeedProfile, LatentNeed, Evidence } from './types';


/** "Just like them": a preference with no need behind it. Inventing one would be a guess, not discovery. */
export function isNoMotive(text: string, locale: Locale): boolean {
  return !!findAnyWords(text, matchingData().noMotive, locale);
}

/**
 * The rule whose pattern the text states, not negated ("not pregnant" must not fire). The playbook's own
 * rules win over the general ones.
 */
export function matchLatentRule(text: string, locale: Locale, rules: LatentRule[]): LatentRule | undefined {
  // The most specific statement wins: "a new factory opened nearby" says more than "opened".
  let best: { rule: LatentRule; length: number } | undefined;
  for (const rule of rules) {
    const hits = [...rule.patterns[locale], ...rule.patterns[locale === 'en' ? 'zh-CN' : 'en']]
      .map((p) => findAnyWords(text, { en: [p], 'zh-CN': [p] }, locale))
      .filter((h): h is NonNullable<typeof h> => !!h);
    const length = Math.max(0, ...hits.map((h) => h.phrase.length));
    if (length > (best?.length ?? 0)) best = { rule, length };
  }
  return best?.rule;
}

export function rulesFor(playbook: Playbook, general: Playbook | undefined): LatentRule[] {
  return general && general.id !== playbook.id ? [...playbook.latentRules, ...general.latentRules] : playbook.latentRules;
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
