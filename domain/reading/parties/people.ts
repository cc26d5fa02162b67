import { Attitude, DecisionRoleName, LOCALES } from '../../types';
import { Finder, PersonFact, ReadContext } from '../types';
import { alternation, anyMatch, clauseAt, compile, fold, PartyData, partyData, re, RelationWord, subclause } from './common';
import { ownNames } from './ownName';

interface Span {
  start: number;
  end: number;
}
interface Found extends Span {
  name?: string;
  relation?: string;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Relation words of both languages: "My <Chinese word for wife> decides", "our boss" in a Chinese sentence. */
function relationWords(): RelationWord[] {
  return LOCALES.flatMap((l) => partyData(l).relations);
}

let shared: { rels: string; pname: string } | undefined;
function fills(): { rels: string; pname: string } {
  if (!shared) {
    const rels = alternation(relationWords().map((r) => r.word));
    const pname = LOCALES.flatMap((l) => partyData(l).personNamePatterns).join('|');
    shared = { rels: `(?:${rels})`, pname: `(?:${compile(pname).source}|{FIRST})` };
  }
  return shared;
}

function pattern(source: string): RegExp {
  const { rels, pname } = fills();
  return compile(source.replace(/\{PNAME\}/g, pname), 'gu', { RELS: rels });
}

function relationAs(word: string): string {
  const entry = relationWords().find((r) => r.word.toLowerCase() === word.toLowerCase());
  return entry?.as ?? word;
}

/** "Our IT head, Priya", "Karen in procurement", the Chinese "our boss's surname is Liu": a name with its relation. */
function bridged(text: string, d: PartyData): Found[] {
  const out: Found[] = [];
  for (const b of d.personBridges) {
    for (const m of text.matchAll(pattern(b.re))) {
      const name = m.groups?.name;
      const rel = m.groups?.rel;
      if (!name || d.notNames.includes(name.split(/\s+/)[0])) continue;
      const start = m.index ?? 0;
      out.push({ start, end: start + m[0].length, name, relation: b.relation ?? (rel ? relationAs(rel) : undefined) });
    }
  }
  return out;
}

function named(text: string, d: PartyData): Found[] {
  const out: Found[] = [];
  for (const source of LOCALES.flatMap((l) => partyData(l).personNamePatterns)) {
    for (const m of text.matchAll(compile(source, 'gu'))) {
      const start = m.index ?? 0;
      if (d.nameBlockers.some((b) => text.startsWith(b, start))) continue;
      if (d.deniedBefore && re(d.deniedBefore, 'u').test(text.slice(Math.max(0, start - 8), start))) continue;
      out.push({ start, end: start + m[0].length, name: m[0] });
    }
  }
  // "Li, Wang and Song": surnames said as a list are the people named before.
  if (d.latinSurnames.length) {
    const one = `(?:${alternation(d.latinSurnames)})`;
    for (const m of text.matchAll(new RegExp(`\\b${one}(?:\\s*,\\s*${one})*\\s*,?\\s+and\\s+${one}\\b`, 'gu'))) {
      let at = m.index ?? 0;
      for (const part of m[0].split(/\s*,\s*|\s+and\s+/)) {
        const start = text.indexOf(part, at);
        out.push({ start, end: start + part.length, name: part });
        at = start + part.length;
      }
    }
  }
  return out;
}

function relationMentions(text: string, d: PartyData): Found[] {
  const out: Found[] = [];
  const words = relationWords();
  const han = (w: string): boolean => /\p{Script=Han}/u.test(w);
  const latin = words.filter((w) => !han(w.word)).map((w) => w.word);
  const hanWords = words.filter((w) => han(w.word)).map((w) => w.word);
  const source = [
    latin.length ? `(?<![\\p{L}\\p{N}])(?:${alternation(latin)})(?![\\p{L}\\p{N}-])` : '',
    hanWords.length ? `(?:${alternation(hanWords)})` : '',
  ].filter(Boolean).join('|');
  for (const m of text.matchAll(new RegExp(source, 'giu'))) {
    const entry = words.find((w) => w.word.toLowerCase() === m[0].toLowerCase());
    if (!entry || entry.mergeOnly) continue;
    // An upper-case department ("IT") is a word of its own; "it" is a pronoun.
    if (!han(entry.word) && entry.word.toUpperCase() === entry.word && m[0] !== entry.word) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // "the old Brother jams": a capital inside the sentence makes a lower-case relation word a name or a brand.
    if (!han(entry.word) && entry.word === entry.word.toLowerCase() && /^\p{Lu}/u.test(m[0]) && start > 0 && !/[.!?]\s*$/.test(text.slice(0, start))) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 24);
    if (re(d.notPersonBefore, 'iu').test(before)) continue;
    if (d.counted && re(d.counted, 'u').test(before)) continue;
    if (d.deniedBefore && re(d.deniedBefore, 'u').test(before)) continue;
    if (d.deniedAfter && re(d.deniedAfter, 'u').test(after)) continue;
    if (d.vocative && start === 0 && re(d.vocative, 'u').test(after)) continue;
    if (entry.strict && !re(d.possessive, 'iu').test(before) && !re(d.speaks, 'iu').test(after)) continue;
    if (entry.dept && !re(d.deptVerbs, 'iu').test(after)) continue;
    out.push({ start, end, relation: entry.as ?? m[0] });
  }
  return out;
}

function stanceOf(scope: string, d: PartyData): Attitude | undefined {
  return (['opposed', 'neutral', 'supportive'] as const).find((s) => anyMatch(d.stance[s], scope));
}

function roleOf(scope: string, d: PartyData): DecisionRoleName | undefined {
  const roles = d.roles ?? {};
  return (Object.keys(roles) as DecisionRoleName[]).find((r) => anyMatch(roles[r] ?? [], scope));
}

function keep(found: Found[], taken: Span[]): Found[] {
  const out: Found[] = [];
  for (const f of found.sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (taken.some((t) => overlaps(t, f))) continue;
    taken.push(f);
    out.push(f);
  }
  return out;
}

/**
 * People in the customer's circle, named or by relation, as said: family, colleagues, the boss, a department that
 * takes part in the decision. "I", "we", "myself" are never persons; neither is a counted group.
 */
export const findPeople: Finder = (text, clauses, ctx: ReadContext) => {
  const d = partyData(ctx.locale);
  const folded = fold(text);
  const taken: Span[] = ownNames(text, ctx.locale, ctx.asked).map((n) => ({ start: n.start, end: n.end }));
  const found = [...keep(bridged(folded, d), taken), ...keep(named(folded, d), taken), ...keep(relationMentions(folded, d), taken)];
  if (!found.length) {
    for (const source of d.pronounDecider) {
      const m = re(source, 'iu').exec(folded);
      if (m) found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    }
  }
  const facts: PersonFact[] = [];
  for (const f of found.sort((a, b) => a.start - b.start)) {
    if (facts.some((p) => p.name === f.name && p.relation === f.relation)) continue;
    const scope = subclause(folded, f.start, f.end).text;
    const stance = stanceOf(scope, d);
    const role = roleOf(scope, d);
    facts.push({
      kind: 'person',
      ...(f.name ? { name: f.name } : {}),
      ...(f.relation ? { relation: f.relation } : {}),
      ...(role ? { role } : {}),
      ...(stance ? { stance } : {}),
      clause: clauseAt(clauses, f.start)?.text,
      confidence: f.name || f.relation ? 0.8 : 0.6,
    });
  }
  return facts;
};
