import { splitClauses } from '../reading/clauses';
import { Clause } from '../reading/types';
import { Locale } from '../types';
import { heldHits } from './holds';
import { MotiveRule, motiveRulesFor } from './motives';

export interface MotiveMatch {
  rule: MotiveRule;
  /** The words that said it, as matched. */
  phrases: string[];
}

function both(rule: MotiveRule, locale: Locale): string[] {
  return [...rule.words[locale], ...rule.words[locale === 'en' ? 'zh-CN' : 'en']];
}

/** How much of the message states the rule's motive: the length of its distinct held phrases. */
function weigh(rule: MotiveRule, clauses: readonly Clause[], locale: Locale): MotiveMatch & { weight: number } {
  const phrases = new Set<string>();
  for (const clause of clauses) for (const hit of heldHits(clause, both(rule, locale), locale)) phrases.add(hit.phrase);
  const weight = [...phrases].reduce((sum, p) => sum + p.length, 0);
  return { rule, phrases: [...phrases], weight };
}

function best(rules: readonly MotiveRule[], clauses: readonly Clause[], locale: Locale): MotiveMatch | undefined {
  let top: (MotiveMatch & { weight: number }) | undefined;
  for (const rule of rules) {
    const m = weigh(rule, clauses, locale);
    if (m.weight > 0 && (!top || m.weight > top.weight)) top = m;
  }
  return top && { rule: top.rule, phrases: top.phrases };
}

/**
 * The motive a message states, among the rules of its playbook (which win: the fruit seller's "birthday"
 * is a gathering, not a general family event) and then the general ones. A rule of another playbook never
 * fires; a denied, hedged or hypothetical statement never fires.
 */
export function detectMotive(text: string, locale: Locale, playbookId: string, only?: (rule: MotiveRule) => boolean): MotiveMatch | undefined {
  const clauses = splitClauses(text, locale);
  const { own, general } = motiveRulesFor(playbookId);
  const keep = (rules: MotiveRule[]): MotiveRule[] => (only ? rules.filter(only) : rules);
  return best(keep(own), clauses, locale) ?? best(keep(general), clauses, locale);
}
