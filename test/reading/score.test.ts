import { READING_CASES_EN } from './cases.en';
import { READING_CASES_ZH } from './cases.zh-CN';
import { formatScore, scoreTable } from './score';

/**
 * The reader measured on the labelled tables (written before its rules). Each floor is the score the reader
 * has reached, so a change that loses precision or recall fails here; the targets are 98% precision and 90%
 * recall per language.
 */
const FLOORS = {
  en: { precision: 0.998, recall: 0.985 },
  'zh-CN': { precision: 0.992, recall: 0.982 },
} as const;

describe.each([
  ['en', READING_CASES_EN],
  ['zh-CN', READING_CASES_ZH],
] as const)('the reader on the %s table', (locale, cases) => {
  const score = scoreTable(cases, locale);
  it('reports precision and recall per kind', () => {
    process.stdout.write(`${formatScore(`reading ${locale}`, score)}\n`);
    // READING_MISSES=money,date (or "all") prints the cases where those kinds were missed or wrong.
    const wanted = process.env.READING_MISSES?.split(',');
    if (wanted) {
      const shown = score.misses.filter((m) => wanted.includes('all') || [...m.missing, ...m.wrong].some((f) => wanted.includes(f.kind)));
      for (const m of shown) process.stdout.write(`${JSON.stringify(m.text)}\n  missing ${JSON.stringify(m.missing)}\n  wrong   ${JSON.stringify(m.wrong)}\n`);
    }
    expect(score.cases).toBeGreaterThanOrEqual(250);
  });
  it('keeps its precision and recall floors', () => {
    expect(score.overall.precision).toBeGreaterThanOrEqual(FLOORS[locale].precision);
    expect(score.overall.recall).toBeGreaterThanOrEqual(FLOORS[locale].recall);
  });
});
