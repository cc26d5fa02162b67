import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { isDontKnow } from '../../domain/understand';
import { isNoMotive, matchLatentRule, recordLatentNeed, rulesFor } from '../../domain/latent';
import { LatentRule, Playbook, playbookNamespace } from '../../domain/playbook';
import { Cue, LatentNeed } from '../../domain/types';
import { DialogDeps, generalPlaybook, profileOf, TEXT_PROMPT, YES_NO_PROMPT } from '../shared/deps';
import { promptOptions, say } from '../../services/render';
import { YesNo } from '../../domain/types';
import { tr, turnLocale } from '../../services/locale';

export const LATENT_PROBE_DIALOG = 'latentProbeDialog';
const LATENT_PROBE_WATERFALL = 'latentProbeWaterfall';

export interface LatentProbeOptions {
  cue: Cue;
  /** Already known motive (from the why-ladder): skip the why and link it straight away. */
  motive?: string;
}

interface LatentValues {
  rule?: string;
  index?: number;
}

function ruleKeys(playbook: Playbook, general: Playbook, rule: LatentRule, part: string): string[] {
  const owner = playbook.latentRules.includes(rule) ? playbook.id : general.id;
  return [`${playbookNamespace(owner)}:latent.${rule.id}.${part}`];
}

/**
 * The third fruit seller: ask tactfully about a deviation or a complaint, take the answer as the motive,
 * acknowledge the human side first, then link the motive to a latent need with a question, never a pitch.
 */
export class LatentProbeDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(LATENT_PROBE_DIALOG);
    this.addDialog(
      new WaterfallDialog(LATENT_PROBE_WATERFALL, [
        this.askWhyStep.bind(this),
        this.linkMotiveStep.bind(this),
        this.recordOutcomeStep.bind(this),
      ]),
    );
    this.initialDialogId = LATENT_PROBE_WATERFALL;
  }

  private async askWhyStep(step: WaterfallStepContext<LatentProbeOptions>): Promise<DialogTurnResult> {
    const { cue, motive } = step.options;
    if (motive !== undefined) return step.next(motive);
    const { playbook } = await profileOf(this.deps, step.context);
    const ns = playbookNamespace(playbook.id);
    const key = [
      ...(cue.norm ? [`${ns}:norms.${cue.norm}.why`] : []),
      ...(cue.area ? [`${ns}:areas.${cue.area}.why`] : []),
      `discovery:latent.why.${cue.kind}`,
      'discovery:latent.why.deviation',
    ];
    return step.prompt(TEXT_PROMPT, promptOptions(step.context, { key, params: { quote: { quote: cue.quote } } }));
  }

  private async linkMotiveStep(step: WaterfallStepContext<LatentProbeOptions>): Promise<DialogTurnResult> {
    const motive = String(step.result ?? '').trim();
    const locale = turnLocale(step.context);
    const { profile, playbook } = await profileOf(this.deps, step.context);
    const cue = step.options.cue;
    const evidence = { quote: motive, turn: profile.turn };
    const general = generalPlaybook(this.deps);
    const rule = matchLatentRule(motive, locale, rulesFor(playbook, general)) ?? matchLatentRule(cue.quote, locale, rulesFor(playbook, general).filter((r) => r.onComplaint));
    // A stated reason wins over "just because" words in the same answer ("she's pregnant, she likes sour things").
    if (!rule && (!motive || isDontKnow(motive, locale) || isNoMotive(motive, locale))) {
      if (step.options.motive === undefined) await say(step.context, 'discovery:latent.noMotive');
      return step.endDialog();
    }
    if (step.options.motive === undefined) profile.motives.push(motive);
    const t = tr(step.context);
    if (!rule) {
      if (!profile.latentNeeds.some((n) => n.motive === motive)) {
        recordLatentNeed(profile, { text: motive, cue: cue.quote, motive, status: 'noted' }, evidence);
        profile.openQuestions.push(t('discovery:latent.followUp', { motive }));
      }
      if (step.options.motive === undefined) await say(step.context, 'discovery:latent.noted');
      return step.endDialog();
    }
    if (profile.latentNeeds.some((n) => n.rule === rule.id)) {
      if (step.options.motive === undefined) await say(step.context, 'discovery:latent.alreadyNoted');
      return step.endDialog();
    }
    const need: Omit<LatentNeed, 'evidence'> = {
      rule: rule.id,
      text: t(ruleKeys(playbook, general, rule, 'need')),
      cue: cue.quote,
      motive,
      offer: t(ruleKeys(playbook, general, rule, 'offer')),
      status: 'suggested',
    };
    recordLatentNeed(profile, need, evidence);
    (step.values as LatentValues).rule = rule.id;
    await say(step.context, ruleKeys(playbook, general, rule, 'acknowledge'));
    return step.prompt(YES_NO_PROMPT, promptOptions(step.context, { key: ruleKeys(playbook, general, rule, 'suggest') }, 'yesNo'));
  }

  private async recordOutcomeStep(step: WaterfallStepContext<LatentProbeOptions>): Promise<DialogTurnResult> {
    const answer = step.result as YesNo;
    const { profile } = await profileOf(this.deps, step.context);
    const need = profile.latentNeeds.find((n) => n.rule === (step.values as LatentValues).rule);
    if (need) {
      need.status = answer === 'no' ? 'declined' : 'accepted';
      need.evidence.push({ quote: step.context.activity.text ?? '', turn: profile.turn });
    }
    await say(step.context, answer === 'no' ? 'discovery:latent.declined' : 'discovery:latent.accepted');
    return step.endDialog();
  }
}
