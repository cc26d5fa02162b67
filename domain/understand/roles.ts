import { Attitude, DecisionRole, DecisionRoleName, Locale } from '../types';
import { allLexicons, Lexicon, lexicons, pattern } from './lexicon';
import { Clause, clauses, endsWithAny, findHits, HAN, Hit, isHanPhrase, Prepared, prepare, startsWithAny, wordBoundaries } from './text';

const ROLES: DecisionRoleName[] = ['decision-maker', 'technical-gatekeeper', 'user', 'purchaser', 'influencer'];

interface Marked extends Hit {
  role: DecisionRoleName | 'approval';
  lex: Lexicon;
}

function inClause(hit: { start: number; end: number }, clause: Clause): boolean {
  return hit.start >= clause.start && hit.end <= clause.end;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && a.end > b.start;
}

function whoHits(p: Prepared, lexes: Lexicon[]): Marked[] {
  const hits: Marked[] = [];
  for (const lex of lexes) {
    for (const role of ROLES) {
      for (const hit of findHits(p, lex.roles.who[role], { raw: true })) hits.push({ ...hit, role, lex });
      for (const hit of findHits(p, lex.roles.caseSensitiveWho[role], { caseSensitive: true })) hits.push({ ...hit, role, lex });
    }
  }
  return longestFirst(hits);
}

/** A Chinese verb counts only where the segmenter starts a word: "decide" inside "certainly" is not a decision. */
function verbHits(p: Prepared, lexes: Lexicon[]): Marked[] {
  const boundaries = wordBoundaries(p);
  const hits: Marked[] = [];
  for (const lex of lexes) {
    for (const role of ROLES) for (const hit of findHits(p, lex.roles.verbs[role], { raw: true })) hits.push({ ...hit, role, lex });
    for (const hit of findHits(p, lex.roles.approvalVerbs, { raw: true })) hits.push({ ...hit, role: 'approval', lex });
  }
  return longestFirst(hits.filter((h) => !isHanPhrase(h.phrase) || boundaries.has(h.start)));
}

function longestFirst<T extends Hit>(hits: T[]): T[] {
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const hit of hits) if (!kept.some((k) => overlaps(k, hit))) kept.push(hit);
  return kept.sort((a, b) => a.start - b.start);
}

interface AttitudeHit {
  start: number;
  end: number;
  attitude: Attitude;
}

/** Supportive words said with a negation are opposition; opposition negated is neutral. */
function attitudeHits(p: Prepared, lexes: Lexicon[]): AttitudeHit[] {
  const hits: AttitudeHit[] = [];
  for (const lex of lexes) {
    for (const [kind, phrases] of Object.entries(lex.attitude) as [keyof Lexicon['attitude'], string[]][]) {
      for (const hit of findHits(p, phrases)) {
        const attitude: Attitude = kind === 'neutral' ? 'neutral' : kind === 'supportive' ? (hit.negated ? 'opposed' : 'supportive') : hit.negated ? 'neutral' : 'opposed';
        hits.push({ start: hit.start, end: hit.end, attitude });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** "Mary decides", the Chinese "finance has to review it": the words before a verb when no known title stands there. */
function subjectBefore(p: Prepared, clause: Clause, verb: Marked): { start: number; end: number } | undefined {
  const { subjectSkip, determiners } = verb.lex.roles;
  let end = verb.start;
  let start = clause.start;
  for (;;) {
    while (end > start && /\s/.test(p.lower.charAt(end - 1))) end -= 1;
    const skip = endsWithAny(p.lower.slice(0, end), end, subjectSkip);
    if (!skip || end - skip.length < start) break;
    end -= skip.length;
  }
  for (;;) {
    while (start < end && /[\s\p{P}]/u.test(p.lower.charAt(start))) start += 1;
    const skip = startsWithAny(p.lower.slice(0, end), start, [...determiners, ...subjectSkip]);
    if (!skip) break;
    start += skip.length;
  }
  if (start >= end) return undefined;
  const words = p.text.slice(start, end);
  if (HAN.test(words)) {
    if (words.length > 6) return undefined;
  } else {
    const parts = words.split(/\s+/);
    if (parts.length > 3) return undefined;
  }
  if (determiners.includes(words.toLowerCase())) return undefined;
  // An English subject is a name or follows a determiner ("Mary", "our head of sales"), not any word before a verb.
  if (!HAN.test(words) && !/^\p{Lu}/u.test(words) && !endsWithAny(p.lower.slice(0, start).trimEnd(), p.lower.slice(0, start).trimEnd().length, determiners)) return undefined;
  return { start, end };
}

function pushRole(out: DecisionRole[], role: DecisionRoleName, who: string, attitude: Attitude | undefined): void {
  const existing = out.find((r) => r.role === role && r.who.toLowerCase() === who.toLowerCase());
  if (existing) {
    if (attitude) existing.attitude = attitude;
    return;
  }
  out.push({ role, who, ...(attitude ? { attitude } : {}) });
}

/**
 * Who decides, who checks, who uses, who buys and who advises, with their attitude when stated: a who-word
 * ("the CFO", the Chinese "boss") takes the role of the verb after it in the same clause ("signs off", "will use
 * it"), or its own role when no verb says otherwise.
 */
export function recognizeRoles(text: string, locale: Locale): DecisionRole[] {
  const p = prepare(typeof text === 'string' ? text.replace(/(?<!\S)\S*@\S+|\bhttps?:\/\/\S+/g, (m) => ' '.repeat(m.length)) : text);
  if (!p.text.trim()) return [];
  const lexes = lexicons(locale);
  const selves = lexes.flatMap((lex) => findHits(p, lex.roles.self, { raw: true }).map((h) => ({ ...h, lex })));
  const whos = whoHits(p, lexes).filter((w) => !selves.some((s) => overlaps(s, w)));
  const verbs = verbHits(p, lexes).filter((v) => !selves.some((s) => overlaps(s, v)) && !whos.some((w) => overlaps(w, v)));
  const attitudes = attitudeHits(p, lexes);
  const out: DecisionRole[] = [];
  for (const clause of clauses(p)) {
    const attitude = attitudes.find((a) => inClause(a, clause))?.attitude;
    for (const self of selves.filter((s) => inClause(s, clause) && !s.negated)) pushRole(out, 'decision-maker', self.lex.roles.selfWho, attitude);
    const clauseWhos = whos.filter((w) => inClause(w, clause));
    const clauseVerbs = verbs.filter((v) => inClause(v, clause));
    const used = new Set<Marked>();
    clauseWhos.forEach((who, i) => {
      const next = clauseWhos[i + 1]?.start ?? clause.end;
      const verb = clauseVerbs.find((v) => v.start >= who.end && v.start < next);
      if (verb) used.add(verb);
      // A who-word alone names a role only for those who decide or gate, or when the customer says how they feel.
      if (!verb && !attitude && who.role !== 'decision-maker' && who.role !== 'technical-gatekeeper') return;
      const role = verb && verb.role !== 'approval' ? verb.role : (who.role as DecisionRoleName);
      pushRole(out, role, p.text.slice(who.start, who.end), attitude);
    });
    for (const verb of clauseVerbs) {
      // "Use" is too common to name a user without a who-word ("what we use now").
      if (used.has(verb) || verb.role === 'user' || clauseWhos.some((w) => w.end <= verb.start)) continue;
      const subject = subjectBefore(p, clause, verb);
      if (subject) pushRole(out, verb.role === 'approval' ? 'decision-maker' : verb.role, p.text.slice(subject.start, subject.end), attitude);
    }
  }
  return out;
}

/** "I'm the sales director" and its Chinese form: the customer's own role. */
export function recognizeSelfRole(text: string): string | undefined {
  const p = prepare(text);
  for (const lex of allLexicons()) {
    for (const source of lex.selfRole) {
      const role = pattern(lex, source, 'iu').exec(p.text)?.groups?.role?.trim();
      if (role) return role;
    }
  }
  return undefined;
}
