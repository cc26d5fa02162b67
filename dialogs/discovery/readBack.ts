import { TurnContext } from 'botbuilder';
import { Translate } from '../../services/i18n';
import { Locale, NeedProfile } from '../../domain/types';
import { Playbook } from '../../domain/playbook';
import { AppliedChange, applyChange, needCatalogues, notesOf, Synthesis, synthesise } from '../../domain/synthesis';
import { joinList } from '../../services/render';
import { synthesisContext } from '../../services/handoff/format';
import { tr, turnLocale } from '../../services/locale';
import { DialogDeps } from '../shared/deps';

/** The lines of the read-back that follow the statement: who decides, what else they took up, their concerns. */
export function readBackDetails(t: Translate, _locale: Locale, profile: NeedProfile): string {
  const lines: string[] = [];
  if (profile.decisionChain.length) {
    const chain = profile.decisionChain.map((r) => t('discovery:readBack.role', { who: r.who, role: t(`discovery:roles.${r.role}`) }));
    lines.push(t('discovery:readBack.decision', { value: joinList(t, chain) }));
  }
  const accepted = profile.latentNeeds.filter((n) => n.status === 'accepted');
  if (accepted.length) lines.push(t('discovery:readBack.latent', { value: joinList(t, accepted.map((n) => n.offer ?? n.text)) }));
  if (profile.objections.length) lines.push(t('discovery:readBack.objections', { value: joinList(t, profile.objections.map((o) => o.text)) }));
  return lines.map((l) => `- ${l}`).join('\n');
}

/** The need as the synthesis puts it now, in the turn's language, with the playbook's catalogue when it has one. */
export function synthesisOf(deps: DialogDeps, context: TurnContext, profile: NeedProfile, playbook: Playbook): Synthesis {
  const catalogue = needCatalogues(deps.playbooks).get(playbook.id);
  return synthesise(profile, playbook, catalogue, synthesisContext(turnLocale(context), deps.clock()));
}

/** Applies a change the customer asked for at a confirmation step and logs it against the last version offered. */
export function applyCustomerChange(
  deps: DialogDeps,
  context: TurnContext,
  profile: NeedProfile,
  playbook: Playbook,
  text: string,
  /** The text answers "what should I change?": logged even when nothing could be applied. */
  asked = false,
): AppliedChange {
  const t = tr(context);
  const applied = applyChange(profile, playbook, text, {
    locale: turnLocale(context),
    now: deps.clock(),
    whom: (relation) => t('synthesis:whom.relation', { who: relation }),
  });
  const offered = notesOf(profile).offered;
  const last = offered[offered.length - 1];
  if (last && (applied.changed.length || asked)) last.change = text.trim();
  return applied;
}
