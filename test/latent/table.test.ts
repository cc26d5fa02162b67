import { detectMotive } from '../../domain/latent';
import { Locale } from '../../domain/types';
import { CASES_EN } from './cases.en';
import { CASES_ZH } from './cases.zh-CN';
import { describeScore, LatentCase, score } from './types';

const detect = (text: string, playbook: string, locale: Locale): string | undefined => detectMotive(text, locale, playbook)?.rule.id;

/**
 * The latent-need table (issue 17), written before the rules: nothing may fire where the motive is denied,
 * hedged, imagined or belongs to another playbook; every rule fired must be the expected one; recall at
 * least 85%.
 */
describe.each<[Locale, LatentCase[]]>([
  ['en', CASES_EN],
  ['zh-CN', CASES_ZH],
])('latent-need table (%s)', (locale, cases) => {
  it.each(cases.filter((c) => c.expect === null))('nothing fires ($why): $text', (c) => {
    expect(detect(c.text, c.playbook, locale)).toBeUndefined();
  });

  it.each(cases.filter((c) => c.expect !== null))('no other rule fires: $text ($expect)', (c) => {
    expect([undefined, c.expect]).toContain(detect(c.text, c.playbook, locale));
  });

  it('recall of expected motives is at least 85% with no false fire', () => {
    const s = score(cases, locale, detect);
    process.stdout.write(`${describeScore(`table ${locale}`, s)}; missed ${JSON.stringify(s.missed)}\n`);
    expect(s.falseFires).toEqual([]);
    expect(s.found / s.positives).toBeGreaterThanOrEqual(0.85);
  });
});
