import { detectMotive } from '../../domain/latent';
import { Locale } from '../../domain/types';
import { FRESH_EN } from './fresh.en';
import { FRESH_ZH } from './fresh.zh-CN';
import { describeScore, LatentCase, score } from './types';

const detect = (text: string, playbook: string, locale: Locale): string | undefined => detectMotive(text, locale, playbook)?.rule.id;

/** The fresh set, written after the rules: never a false fire; recall at least 85% (first score in SCORES.md). */
describe.each<[Locale, LatentCase[]]>([
  ['en', FRESH_EN],
  ['zh-CN', FRESH_ZH],
])('latent-need fresh set (%s)', (locale, cases) => {
  it.each(cases.filter((c) => c.expect === null))('nothing fires ($why): $text', (c) => {
    expect(detect(c.text, c.playbook, locale)).toBeUndefined();
  });

  it('recall at least 85%, no false fire', () => {
    const s = score(cases, locale, detect);
    process.stdout.write(`${describeScore(`fresh ${locale}`, s)}; missed ${JSON.stringify(s.missed)}; false ${JSON.stringify(s.falseFires)}\n`);
    expect(s.falseFires).toEqual([]);
    expect(s.found / s.positives).toBeGreaterThanOrEqual(0.85);
  });
});
