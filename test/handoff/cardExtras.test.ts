import { buildHandoffCard } from '../../services/handoff/card';
import { buildNeedDefinition } from '../../services/handoff/needDefinition';
import { ExtendedProfile } from '../../domain/synthesis';
import { meta, richProfile } from './fixtures';

/** The card a rep sees first carries what they need to call back well: when to call, and what the customer asked. */
describe.each(['en', 'zh-CN'] as const)('the handoff card in %s', (locale) => {
  const profile = richProfile('zh-CN') as ExtendedProfile;
  profile.contactPreference = { channel: 'phone', when: '下午两点到五点之间', avoid: '中午' };
  profile.questions = ['能上门培训吗？'];
  const json = JSON.stringify(buildHandoffCard(buildNeedDefinition(profile, meta()), locale));

  it('shows the calling hours and the customer questions', () => {
    expect(json).toContain('下午两点到五点之间');
    expect(json).toContain('中午');
    expect(json).toContain('能上门培训吗？');
    expect(json).toContain(locale === 'en' ? "The customer's questions" : '客户提出的问题');
  });
});
