import * as fs from 'fs';
import * as path from 'path';
import { translator } from '../../services/i18n';
import { labels } from '../../services/handoff/format';
import { loadPersonas, Persona } from '../../domain/practice/persona';
import { respond, startSession } from '../../domain/practice/engine';
import { scoreSession } from '../../domain/practice/score';
import { scorecardCard } from '../../dialogs/practice/cards';
import { renderReply } from '../../dialogs/practice/text';
import { LOCALES } from '../../domain/types';
import { fromRoot } from '../../domain/paths';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`)));
}

function keysOf(locale: string): Map<string, string[]> {
  const dir = fromRoot('locales', locale);
  return new Map(fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [f.replace(/\.json$/, ''), leaves(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Tree)]));
}

describe('counted strings agree with their number', () => {
  test.each([
    ['practice:score.repeat.detail', {}, 'used 1 time', 'used 2 times', '用了 1 次', '用了 2 次'],
    ['practice:score.pitching.detail', { closes: 0 }, '1 product claim before the need was known; pushes to close before it was met: 0', '2 product claims before the need was known; pushes to close before it was met: 0', '在了解需求之前介绍产品 1 次；需求没满足就催单 0 次', '在了解需求之前介绍产品 2 次；需求没满足就催单 0 次'],
    ['practice:score.rudeness.detail', {}, '1 line judged rude, not counted', '2 lines judged rude, not counted', '1 句被判为不礼貌，不计入得分', '2 句被判为不礼貌，不计入得分'],
    ['practice:score.objection.detail', { tested: 0, verdict: '' }, '0 of 1 objection tested', '0 of 2 objections tested', '1 个异议中测试了 0 个', '2 个异议中测试了 0 个'],
    ['practice:score.mix.detail', { closed: 1, share: 50 }, '1 closed of 1 question (50%)', '1 closed of 2 questions (50%)', '1 个问题中有 1 个封闭式（50%）', '2 个问题中有 1 个封闭式（50%）'],
    ['practice:score.depth.detail', { climbed: 1, rungs: 2 }, '1 of 2 rungs climbed with 1 why question', '1 of 2 rungs climbed with 2 why questions', '用 1 个“为什么”问到了 2 层中的 1 层', '用 2 个“为什么”问到了 2 层中的 1 层'],
    ['practice:progress.persona', { title: 'T', best: 80, latest: 70 }, '**T**: 1 session, best 80, latest 70', '**T**: 2 sessions, best 80, latest 70', '**T**：1 次，最高 80 分，最近 70 分', '**T**：2 次，最高 80 分，最近 70 分'],
    ['handoff:card.earlierOmitted', {}, '1 earlier message is not shown here.', '2 earlier messages are not shown here.', '前面还有 1 条消息未在此显示。', '前面还有 2 条消息未在此显示。'],
  ])('%s', (key, params, enOne, enTwo, zhOne, zhTwo) => {
    const en = translator('en');
    const zh = translator('zh-CN');
    expect([en(key, { ...params, count: 1 }), en(key, { ...params, count: 2 })]).toEqual([enOne, enTwo]);
    expect([zh(key, { ...params, count: 1 }), zh(key, { ...params, count: 2 })]).toEqual([zhOne, zhTwo]);
  });

  test('every plural key has its "one" and "other" form in both languages, and no counted string lacks them', () => {
    const problems: string[] = [];
    for (const locale of LOCALES) {
      for (const [ns, keys] of keysOf(locale)) {
        for (const key of keys.filter((k) => k.endsWith('_one'))) if (!keys.includes(key.replace(/_one$/, '_other'))) problems.push(`${locale} ${ns}:${key} has no _other`);
        for (const key of keys.filter((k) => k.endsWith('_other'))) if (!keys.includes(key.replace(/_other$/, '_one'))) problems.push(`${locale} ${ns}:${key} has no _one`);
      }
    }
    expect(problems).toEqual([]);
  });
});

test('the scorecard of a one-question session says "1 question", in the singular', () => {
  const plums = loadPersonas().get('plums') as Persona;
  const session = startSession(plums, new Date('2026-11-23T09:00:00Z'));
  respond(plums, session, 'What brings you to the stall today?', 'en', renderReply);
  const json = JSON.stringify(scorecardCard(scoreSession(plums, session), plums, 'en').content);
  expect(json).toMatch(/\d closed of 1 question \(/);
  expect(json).toContain('0 of 0 objections tested');
  expect(json).toContain('with 0 why questions');
});

test('the handoff labels pick the plural form too', () => {
  expect(labels('en')('handoff:card.earlierOmitted', { count: 1 })).toBe('1 earlier message is not shown here.');
  expect(labels('en')('handoff:card.earlierOmitted', { count: 2 })).toBe('2 earlier messages are not shown here.');
  expect(labels('zh-CN')('handoff:card.earlierOmitted', { count: 1 })).toBe('前面还有 1 条消息未在此显示。');
  expect(labels('en')('handoff:card.more', { count: 1 })).toBe('and 1 more, see the summary');
});
