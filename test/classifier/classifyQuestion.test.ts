import * as fs from 'fs';
import * as path from 'path';
import { Classification, classifyQuestion, NEED_AREAS, QUESTION_TYPES, QuestionType } from '../../domain/practice/classify';
import { Locale } from '../../domain/types';
import { LabelledQuestion } from './cases';
import { CASES_EN } from './cases.en';
import { CASES_ZH } from './cases.zh-CN';

const MIN_ACCURACY = 0.9;
/** No single type may collapse behind a good overall figure. */
const MIN_TYPE_ACCURACY = 0.8;

interface TypeScore {
  total: number;
  right: number;
  misses: string[];
}

interface Report {
  results: { labelled: LabelledQuestion; got: Classification }[];
  accuracy: number;
  byType: Map<QuestionType, TypeScore>;
  whyAccuracy: number;
  rudeAccuracy: number;
  areaRecall: number;
}

function ratio(right: number, total: number): number {
  return total === 0 ? 1 : right / total;
}

function evaluate(cases: LabelledQuestion[], locale: Locale): Report {
  const byType = new Map<QuestionType, TypeScore>(QUESTION_TYPES.map((t) => [t, { total: 0, right: 0, misses: [] }]));
  let right = 0;
  const flags = { why: [0, 0], rude: [0, 0], areas: [0, 0] };
  const results = cases.map((labelled) => ({ labelled, got: classifyQuestion(labelled.text, locale) }));
  for (const { labelled: c, got } of results) {
    const score = byType.get(c.type);
    if (!score) throw new Error(`unknown type ${c.type}`);
    score.total++;
    if (got.type === c.type) {
      score.right++;
      right++;
    } else {
      score.misses.push(`${c.text}  ->  ${got.type} [${got.matched.join(' | ')}]`);
    }
    if (c.why !== undefined) {
      flags.why[1]++;
      if (got.why === c.why) flags.why[0]++;
    }
    flags.rude[1]++;
    if (got.rude === (c.rude ?? false)) flags.rude[0]++;
    for (const area of c.areas ?? []) {
      flags.areas[1]++;
      if (got.areas.includes(area)) flags.areas[0]++;
    }
  }
  return {
    results,
    accuracy: ratio(right, cases.length),
    byType,
    whyAccuracy: ratio(flags.why[0], flags.why[1]),
    rudeAccuracy: ratio(flags.rude[0], flags.rude[1]),
    areaRecall: ratio(flags.areas[0], flags.areas[1]),
  };
}

function printReport(locale: Locale, count: number, report: Report): void {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const rows = [...report.byType].map(([type, s]) => `  ${type.padEnd(16)} ${String(s.right).padStart(3)}/${String(s.total).padEnd(3)} ${pct(ratio(s.right, s.total))}`);
  const misses = [...report.byType.values()].flatMap((s) => s.misses).map((m) => `  miss: ${m}`);
  // stdout, not console.log: jest prints a console call with a stack frame, which reads like a failure.
  process.stdout.write(
    [
      `classifier ${locale}: ${count} cases, accuracy ${pct(report.accuracy)} (why ${pct(report.whyAccuracy)}, rude ${pct(report.rudeAccuracy)}, area recall ${pct(report.areaRecall)})`,
      ...rows,
      ...misses,
    ].join('\n') + '\n',
  );
}

describe.each([
  ['en', CASES_EN],
  ['zh-CN', CASES_ZH],
] as [Locale, LabelledQuestion[]][])('question classifier, labelled table (%s)', (locale, cases) => {
  const report = evaluate(cases, locale);

  it('has at least 150 cases and cases for every type', () => {
    printReport(locale, cases.length, report);
    expect(cases.length).toBeGreaterThanOrEqual(150);
    const empty = QUESTION_TYPES.filter((t) => (report.byType.get(t)?.total ?? 0) === 0);
    expect(empty).toEqual([]);
  });

  it(`classifies at least ${MIN_ACCURACY * 100}% of the table correctly`, () => {
    expect(report.accuracy).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });

  it(`classifies at least ${MIN_TYPE_ACCURACY * 100}% of every type correctly`, () => {
    const weak = [...report.byType].filter(([, s]) => ratio(s.right, s.total) < MIN_TYPE_ACCURACY).map(([type]) => type);
    expect(weak).toEqual([]);
  });

  it('flags why-questions and rudeness', () => {
    expect(report.whyAccuracy).toBeGreaterThanOrEqual(MIN_ACCURACY);
    expect(report.rudeAccuracy).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });

  it('finds the need areas the questions touch', () => {
    expect(report.areaRecall).toBeGreaterThanOrEqual(0.85);
  });

  it('explains every decision except "other" with the cue words that decided it', () => {
    for (const { labelled, got } of report.results) {
      if (got.type !== 'other') expect({ text: labelled.text, matched: got.matched.length > 0 }).toEqual({ text: labelled.text, matched: true });
      for (const area of got.areas) expect(NEED_AREAS).toContain(area);
    }
  });
});

describe('question classifier, behaviour', () => {
  it('tells a why-question from a suggestion that starts with why', () => {
    expect(classifyQuestion('Why do you prefer sour plums?', 'en')).toMatchObject({ type: 'open', why: true });
    expect(classifyQuestion("Why don't we start with two seats?", 'en')).toMatchObject({ type: 'consultative', why: false });
    expect(classifyQuestion('您为什么想要酸的?', 'zh-CN')).toMatchObject({ type: 'open', why: true });
    expect(classifyQuestion('怎么会突然想换供应商?', 'zh-CN').why).toBe(true);
  });

  it('treats "how many" as closed and an offered choice as closed', () => {
    expect(classifyQuestion('How many people will use it?', 'en').type).toBe('closed');
    expect(classifyQuestion('What do you prefer, red or white?', 'en').type).toBe('closed');
    expect(classifyQuestion('What do you and your partner usually drink?', 'en').type).toBe('open');
    expect(classifyQuestion('你们办公室有几台电脑?', 'zh-CN').type).toBe('closed');
    expect(classifyQuestion('您喜欢红的还是白的?', 'zh-CN').type).toBe('closed');
  });

  it('reads a yes/no particle over an indefinite wh-word in Chinese', () => {
    expect(classifyQuestion('您还有什么顾虑吗?', 'zh-CN').type).toBe('closed');
    expect(classifyQuestion('您还有什么顾虑?', 'zh-CN').type).toBe('open');
  });

  it('does not read 几 inside 几乎 as a number question', () => {
    expect(classifyQuestion('网络几乎每天晚上都卡,是吗?', 'zh-CN').type).not.toBe('closed');
  });

  it('keeps a claim outside the question as a pitch, but not a discount asked about', () => {
    expect(classifyQuestion('Our mops are the best on the market. Want one?', 'en').type).toBe('pitch');
    expect(classifyQuestion('Would a discount make a difference for you?', 'en').type).not.toBe('pitch');
    expect(classifyQuestion('打折对您来说重要吗?', 'zh-CN').type).not.toBe('pitch');
  });

  it('tells impact questions apart by the condition', () => {
    expect(classifyQuestion('If the leads keep going cold, what will that cost the team?', 'en').type).toBe('impact-unsolved');
    expect(classifyQuestion('If the leads were followed up the same day, what would change for the team?', 'en').type).toBe('impact-solved');
    expect(classifyQuestion('如果配送一直这么慢,会有什么影响?', 'zh-CN').type).toBe('impact-unsolved');
    expect(classifyQuestion('如果配送问题解决了,会有什么变化?', 'zh-CN').type).toBe('impact-solved');
  });

  it('sets rude without changing the type of the question', () => {
    expect(classifyQuestion('Hurry up, who signs the contract?', 'en')).toMatchObject({ type: 'open', rude: true });
    expect(classifyQuestion('别废话,你们有没有预算?', 'zh-CN')).toMatchObject({ type: 'closed', rude: true });
    expect(classifyQuestion('What matters most to you?', 'en').rude).toBe(false);
  });

  it('classifies greetings and thanks as other, with no areas', () => {
    expect(classifyQuestion('Thanks so much, have a nice day!', 'en')).toMatchObject({ type: 'other', areas: [], why: false });
    expect(classifyQuestion('', 'en').type).toBe('other');
    expect(classifyQuestion('谢谢您,再见!', 'zh-CN').type).toBe('other');
  });

  it('uses the rules of the language the rep actually wrote in', () => {
    expect(classifyQuestion('Do you have broadband at home now?', 'zh-CN').type).toBe('closed');
    expect(classifyQuestion('您家里现在有宽带吗?', 'en').type).toBe('closed');
  });

  it('reports the need areas a question touches', () => {
    expect(classifyQuestion("What's your budget, and who signs off on it?", 'en').areas).toEqual(expect.arrayContaining(['budget', 'decision']));
    expect(classifyQuestion('你们预算多少,什么时候要?', 'zh-CN').areas).toEqual(expect.arrayContaining(['budget', 'timing']));
  });

  it('keeps Chinese text out of the classifier source', () => {
    const dir = path.join(__dirname, '../../domain/practice/classify');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect([file, /\p{Script=Han}/u.test(fs.readFileSync(path.join(dir, file), 'utf8'))]).toEqual([file, false]);
  });
});
