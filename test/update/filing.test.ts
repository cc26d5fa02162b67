import { interpretAnswer } from '../../domain/discovery';
import { matchingData } from '../../domain/lexicon';
import { loadPlaybooks, Playbook } from '../../domain/playbook';
import { emptyProfile, Locale, NeedProfile } from '../../domain/types';
import { FILING_CASES_EN } from './cases.en';
import { FILING_CASES_ZH } from './cases.zh-CN';
import { Filed, FilingCase } from './types';

const TODAY = new Date('2026-11-23T10:00:00+08:00');
const playbooks = loadPlaybooks();
const lists = { listFillers: matchingData().listFillers };

function playbookOf(id: string): Playbook {
  const found = playbooks.get(id);
  if (!found) throw new Error(`no playbook ${id}`);
  return found;
}

/** What the profile holds for one filed area, in the shape the table states it. */
function expectFiled(profile: NeedProfile, filed: Filed): void {
  if (filed === true) return;
  if ('money' in filed) {
    expect(profile.budget).toBeDefined();
    const { amount, max, bound } = filed.money;
    expect(profile.budget?.amount).toBe(amount);
    expect(profile.budget?.max).toBe(max);
    if (bound) expect((profile.budget as unknown as Record<string, unknown>).bound).toBe(bound);
  } else if ('date' in filed) {
    expect(profile.timeline).toBeDefined();
    if (filed.date.start) expect(profile.timeline?.start).toBe(filed.date.start);
    if (filed.date.end) expect(profile.timeline?.end).toBe(filed.date.end);
  } else if ('quantity' in filed) {
    expect(profile.quantities.map((q) => q.value)).toContain(filed.quantity.value);
  } else if ('people' in filed) {
    const who = profile.decisionChain.map((r) => r.who);
    for (const name of filed.people) expect(who.some((w) => w.includes(name))).toBe(true);
  } else {
    expect([...profile.competitors].sort()).toEqual([...filed.names].sort());
  }
}

function run(c: FilingCase, locale: Locale): void {
  const playbook = playbookOf(c.playbook);
  const profile = emptyProfile(playbook.id, locale);
  for (const earlier of c.before ?? []) interpretAnswer(profile, playbook, earlier.asked, earlier.text, { now: TODAY, locale }, lists);
  const result = interpretAnswer(profile, playbook, c.asked, c.text, { now: TODAY, locale }, lists);
  for (const name of c.gone ?? []) {
    expect({ name, people: profile.people.filter((p) => p.includes(name)) }).toEqual({ name, people: [] });
    expect({ name, chain: profile.decisionChain.filter((r) => r.who.includes(name)) }).toEqual({ name, chain: [] });
  }
  for (const name of c.kept ?? []) expect({ name, held: profile.decisionChain.some((r) => r.who === name) }).toEqual({ name, held: true });
  for (const [area, filed] of Object.entries(c.fills)) {
    expect({ area, filled: result.filled.includes(area) }).toEqual({ area, filled: true });
    expectFiled(profile, filed);
  }
  const kindFilled = (kind: string): boolean => Object.keys(c.fills).some((id) => playbook.areas.find((a) => a.id === id)?.kind === kind);
  const absent = new Set(c.absent ?? []);
  for (const area of c.not) {
    expect({ area, filled: result.filled.includes(area) }).toEqual({ area, filled: false });
    const kind = playbook.areas.find((a) => a.id === area)?.kind;
    if (kind === 'money') absent.add('budget');
    if (kind === 'date') absent.add('timeline');
    if (kind === 'quantity' && !kindFilled('quantity')) absent.add('quantities');
    if (kind === 'alternatives') absent.add('competitors');
    if (kind === 'decision') expect(profile.decisionChain).toEqual([]);
  }
  if (absent.has('budget')) expect(profile.budget).toBeUndefined();
  if (absent.has('timeline')) expect(profile.timeline).toBeUndefined();
  if (absent.has('quantities')) expect(profile.quantities).toEqual([]);
  if (absent.has('competitors')) expect(profile.competitors).toEqual([]);
}

describe.each<[Locale, FilingCase[]]>([
  ['en', FILING_CASES_EN],
  ['zh-CN', FILING_CASES_ZH],
])('filing by content (%s)', (locale, cases) => {
  test('the table is large enough to mean something', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });
  for (const c of cases) {
    const name = `[${c.playbook}, asked ${c.asked ?? '-'}] ${c.text}`;
    if (c.readerGap) test.failing(`${name} (reader gap: ${c.readerGap})`, () => run(c, locale));
    else test(name, () => run(c, locale));
  }
});
