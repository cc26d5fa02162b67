import { Finder, OwnNameFact } from '../types';
import { clauseAt, fold, partyData, re } from './common';

export interface OwnNameSpan {
  name: string;
  title?: string;
  start: number;
  end: number;
}

function isNotName(name: string, notNames: readonly string[]): boolean {
  const first = name.split(/\s+/)[0].toLowerCase();
  return notNames.some((n) => n.toLowerCase() === first || n.toLowerCase() === name.toLowerCase());
}

/** The customer's own name: "I'm Jen", "surname's Wang", the Chinese "my surname is ...", a bare name when asked. */
export function ownNames(text: string, locale: Parameters<typeof partyData>[0], asked: string | undefined): OwnNameSpan[] {
  const d = partyData(locale);
  const folded = fold(text);
  const found: OwnNameSpan[] = [];
  for (const p of d.ownName) {
    if (p.asked && p.asked !== asked) continue;
    for (const m of folded.matchAll(re(p.re, 'gu'))) {
      const name = m.groups?.name?.trim();
      if (!name || isNotName(name, d.notNames) || d.companyNouns.some((n) => name.endsWith(` ${n}`))) continue;
      const title = (m.groups?.title ?? m.groups?.after)?.trim();
      const start = (m.index ?? 0) + m[0].indexOf(name);
      found.push({ name, ...(title ? { title } : {}), start, end: start + name.length });
    }
  }
  // One customer, one name: the fullest form said ("It's Rosa. Rosa Martinez." is Rosa Martinez).
  found.sort((a, b) => b.name.length - a.name.length);
  const best = found[0];
  if (!best) return [];
  const title = best.title ?? found.find((f) => f.title && best.name.includes(f.name))?.title;
  return [{ ...best, ...(title ? { title } : {}) }];
}

export const findOwnName: Finder = (text, clauses, ctx) =>
  ownNames(text, ctx.locale, ctx.asked).map((n): OwnNameFact => ({
    kind: 'own-name',
    name: n.name,
    ...(n.title ? { title: n.title } : {}),
    clause: clauseAt(clauses, n.start)?.text,
    confidence: 0.85,
  }));
