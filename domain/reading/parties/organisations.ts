import { Finder, OrganisationFact, OrganisationRelation, ReadContext } from '../types';
import { allBrands, alternation, anyMatch, clauseAt, fold, partyData, re, sentence, subclause } from './common';

interface Mention {
  name: string;
  start: number;
  end: number;
  relation?: OrganisationRelation;
  confidence: number;
}

const RELATIONS: OrganisationRelation[] = ['other', 'own', 'competitor', 'current-supplier'];

let brandRe: { key: string; re: RegExp } | undefined;
function brandPattern(names: string[]): RegExp {
  const key = names.join('\u0000');
  if (brandRe?.key !== key) {
    // Latin names stand alone as words ("HP", not the "hp" in "4hp"); names are matched with their case.
    const han = names.filter((n) => /\p{Script=Han}/u.test(n));
    const latin = names.filter((n) => !/\p{Script=Han}/u.test(n));
    const parts = [latin.length ? `(?<![A-Za-z0-9])(?:${alternation(latin)})(?![a-z0-9])` : '', han.length ? `(?:${alternation(han)})` : ''].filter(Boolean);
    brandRe = { key, re: new RegExp(parts.join('|') || '$^', 'gu') };
  }
  return brandRe.re;
}

function brandMentions(text: string, ctx: ReadContext): Mention[] {
  const { names, aliases } = allBrands(ctx);
  const all = [...names, ...Object.keys(aliases)];
  return [...text.matchAll(brandPattern(all))].map((m) => ({
    name: aliases[m[0]] ?? m[0],
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    confidence: 0.9,
  }));
}

/** Names the brand list does not know, from the shape of the sentence ("sick of Greenmill", "a company called ..."). */
function patternMentions(text: string, ctx: ReadContext): Mention[] {
  const d = partyData(ctx.locale);
  const out: Mention[] = [];
  for (const p of d.orgPatterns) {
    if (p.asked && p.asked !== ctx.asked) continue;
    for (const m of text.matchAll(re(p.re, 'gu'))) {
      const name = m.groups?.name?.trim();
      if (!name) continue;
      const first = name.split(/\s+/)[0];
      if (d.notNames.some((n) => n.toLowerCase() === first.toLowerCase())) continue;
      const start = (m.index ?? 0) + m[0].indexOf(name);
      out.push({ name, start, end: start + name.length, relation: p.relation as OrganisationRelation | undefined, confidence: 0.7 });
    }
  }
  return out;
}

function relationOf(text: string, mention: Mention, ctx: ReadContext): OrganisationRelation {
  if (mention.relation) return mention.relation;
  const cues = partyData(ctx.locale).orgCues;
  for (const scope of [subclause(text, mention.start, mention.end), sentence(text, mention.start, mention.end)]) {
    // The name itself is blanked: "Virgin" must not read as a cue word of its own.
    const local = scope.text.slice(0, mention.start - scope.start) + ' '.repeat(mention.end - mention.start) + scope.text.slice(mention.end - scope.start);
    const hit = RELATIONS.find((r) => anyMatch(cues[r], local));
    if (hit) return hit;
  }
  // Named with no word of use or comparison: an alternative on the table.
  return 'competitor';
}

function dismissed(text: string, mention: Mention, ctx: ReadContext): boolean {
  const scope = subclause(text, mention.start, mention.end);
  return anyMatch(partyData(ctx.locale).orgDismiss, scope.text);
}

/** Brand and company names with how the customer stands to them: what they use, what they consider, their own. */
export const findOrganisations: Finder = (text, clauses, ctx) => {
  const folded = fold(text);
  // The same name found by the list and by a pattern: the pattern's relation ("we're on Square") is the one said.
  const mentions = [...brandMentions(folded, ctx), ...patternMentions(folded, ctx)]
    .sort((a, b) => a.start - b.start || b.end - a.end || Number(!!b.relation) - Number(!!a.relation));
  const facts: OrganisationFact[] = [];
  let covered = -1;
  for (const m of mentions) {
    if (m.start < covered) continue;
    covered = m.end;
    if (dismissed(folded, m, ctx)) continue;
    const relation = relationOf(folded, m, ctx);
    if (facts.some((f) => f.name === m.name && f.relation === relation)) continue;
    facts.push({ kind: 'organisation', name: m.name, relation, clause: clauseAt(clauses, m.start)?.text, confidence: m.confidence });
  }
  return facts;
};
