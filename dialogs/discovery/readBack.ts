import { Translate } from '../../services/i18n';
import { Locale, NeedProfile } from '../../domain/types';
import { joinList, renderMoney, renderQuantity, renderTimeline } from '../../services/render';

/** The lines of the read-back that follow the statement: only what the customer actually told us. */
export function readBackDetails(t: Translate, locale: Locale, profile: NeedProfile): string {
  const lines: string[] = [];
  if (profile.quantities.length) lines.push(t('discovery:readBack.quantities', { value: joinList(t, profile.quantities.map((q) => renderQuantity(t, q))) }));
  if (profile.people.length) lines.push(t('discovery:readBack.people', { value: joinList(t, profile.people) }));
  if (profile.timeline) lines.push(t('discovery:readBack.timeline', { value: renderTimeline(t, locale, profile.timeline) }));
  if (profile.budget) lines.push(t('discovery:readBack.budget', { value: renderMoney(t, locale, profile.budget) }));
  if (profile.decisionCriteria.length) lines.push(t('discovery:readBack.criteria', { value: joinList(t, profile.decisionCriteria) }));
  if (profile.decisionChain.length) {
    const chain = profile.decisionChain.map((r) => t('discovery:readBack.role', { who: r.who, role: t(`discovery:roles.${r.role}`) }));
    lines.push(t('discovery:readBack.decision', { value: joinList(t, chain) }));
  }
  const accepted = profile.latentNeeds.filter((n) => n.status === 'accepted');
  if (accepted.length) lines.push(t('discovery:readBack.latent', { value: joinList(t, accepted.map((n) => n.offer ?? n.text)) }));
  if (profile.objections.length) lines.push(t('discovery:readBack.objections', { value: joinList(t, profile.objections.map((o) => o.text)) }));
  return lines.map((l) => `- ${l}`).join('\n');
}
