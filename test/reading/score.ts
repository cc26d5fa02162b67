import { Fact, FactKind } from '../../domain/reading/types';
import { ReadContext } from '../../domain/reading/read';
import { read } from '../../domain/reading/read';
import { ReadingCase } from './types';

/** Monday 2026-11-23, noon in Shanghai: the tables' "today". */
export const TABLE_TODAY = new Date('2026-11-23T12:00:00+08:00');

const norm = (v: unknown): string => (typeof v === 'string' ? v.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ') : String(v ?? ''));

/**
 * The fields that must agree for a found fact to count as the labelled one. Free-text fields (a clause, an
 * `about`, a `when`) are not compared word for word: a reader that finds the right kind of thing in the right
 * place is right, whatever words it quotes.
 */
const KEY_FIELDS: Record<FactKind, string[]> = {
  money: ['amount', 'max', 'currency', 'context'],
  date: ['role', 'start', 'end'],
  quantity: ['value', 'max', 'unit'],
  person: ['name', 'relation'],
  organisation: ['name', 'relation'],
  contact: ['phone', 'email'],
  'own-name': ['name'],
  'contact-preference': ['channel'],
  answer: ['value'],
  correction: ['target', 'to'],
  question: ['topic'],
  request: ['request'],
  feeling: ['feeling'],
  cue: ['cue'],
  filler: [],
};

export function sameFact(found: Fact, expected: Fact): boolean {
  if (found.kind !== expected.kind) return false;
  const a = found as unknown as Record<string, unknown>;
  const b = expected as unknown as Record<string, unknown>;
  return KEY_FIELDS[expected.kind].every((field) => norm(a[field]) === norm(b[field]));
}

export interface KindScore {
  kind: FactKind;
  expected: number;
  found: number;
  right: number;
  precision: number;
  recall: number;
}

export interface TableScore {
  cases: number;
  perKind: KindScore[];
  overall: { expected: number; found: number; right: number; precision: number; recall: number };
  /** Every case with a wrong or missing fact, for reading. */
  misses: { text: string; missing: Fact[]; wrong: Fact[] }[];
}

/** Matches found facts to labelled ones one to one (a fact counts once), then counts per kind. */
export function scoreTable(cases: readonly ReadingCase[], locale: ReadContext['locale']): TableScore {
  const tally = new Map<FactKind, { expected: number; found: number; right: number }>();
  const bump = (kind: FactKind, field: 'expected' | 'found' | 'right'): void => {
    const row = tally.get(kind) ?? { expected: 0, found: 0, right: 0 };
    row[field] += 1;
    tally.set(kind, row);
  };
  const misses: TableScore['misses'] = [];
  for (const c of cases) {
    const found = read(c.text, { locale, now: TABLE_TODAY, asked: c.asked }).facts.filter((f) => f.kind !== 'filler');
    const unmatched = [...c.facts];
    const wrong: Fact[] = [];
    for (const f of found) {
      bump(f.kind, 'found');
      const i = unmatched.findIndex((e) => sameFact(f, e));
      if (i >= 0) {
        bump(f.kind, 'right');
        unmatched.splice(i, 1);
      } else wrong.push(f);
    }
    for (const e of c.facts) bump(e.kind, 'expected');
    if (unmatched.length || wrong.length) misses.push({ text: c.text, missing: unmatched, wrong });
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  const perKind = [...tally.entries()]
    .map(([kind, t]) => ({ kind, ...t, precision: ratio(t.right, t.found), recall: ratio(t.right, t.expected) }))
    .sort((x, y) => y.expected - x.expected);
  const sum = (field: 'expected' | 'found' | 'right'): number => perKind.reduce((n, k) => n + k[field], 0);
  const overall = { expected: sum('expected'), found: sum('found'), right: sum('right'), precision: 0, recall: 0 };
  overall.precision = ratio(overall.right, overall.found);
  overall.recall = ratio(overall.right, overall.expected);
  return { cases: cases.length, perKind, overall, misses };
}

export function formatScore(name: string, score: TableScore): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const lines = [`${name}: ${score.cases} messages, precision ${pct(score.overall.precision)} (${score.overall.right}/${score.overall.found}), recall ${pct(score.overall.recall)} (${score.overall.right}/${score.overall.expected})`];
  for (const k of score.perKind) lines.push(`  ${k.kind.padEnd(20)} P ${pct(k.precision).padStart(6)} (${k.right}/${k.found})  R ${pct(k.recall).padStart(6)} (${k.right}/${k.expected})`);
  return lines.join('\n');
}
