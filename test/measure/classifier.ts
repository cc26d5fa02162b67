import { classifyQuestion, QUESTION_TYPES } from '../../domain/practice/classify';
import { Locale } from '../../domain/types';
import { LabelledQuestion } from '../classifier/cases';
import { CASES_EN } from '../classifier/cases.en';
import { CASES_ZH } from '../classifier/cases.zh-CN';

/**
 * Accuracy of the rep-question classifier on its labelled tables, per language and per question type
 * (npm run measure:classifier). It reads the test tables, so it lives under test/, compiled by tsconfig.tools.json.
 */
function report(locale: Locale, cases: LabelledQuestion[]): void {
  const rows = QUESTION_TYPES.map((type) => {
    const of = cases.filter((c) => c.type === type);
    const right = of.filter((c) => classifyQuestion(c.text, locale).type === type).length;
    return { type, right, total: of.length };
  }).filter((r) => r.total > 0);
  const right = rows.reduce((s, r) => s + r.right, 0);
  process.stdout.write(`\n${locale}: ${right}/${cases.length} = ${((100 * right) / cases.length).toFixed(1)}%\n`);
  for (const r of rows) process.stdout.write(`  ${r.type.padEnd(16)} ${String(r.right).padStart(3)}/${String(r.total).padEnd(3)} ${((100 * r.right) / r.total).toFixed(1)}%\n`);
  for (const c of cases) {
    const got = classifyQuestion(c.text, locale).type;
    if (got !== c.type) process.stdout.write(`  miss: ${c.text} (${c.type} -> ${got})\n`);
  }
}

report('en', CASES_EN);
report('zh-CN', CASES_ZH);
