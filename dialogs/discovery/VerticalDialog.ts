import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { detectMotive, isNoMotive } from '../../domain/latent';
import { Playbook, playbookNamespace } from '../../domain/playbook';
import { isDontKnow } from '../../domain/understand';
import { DialogDeps, profileOf, TEXT_PROMPT } from '../shared/deps';
import { promptOptions, Renderable } from '../../services/render';
import { FOLLOW_UP_DIALOG, followUpOptions, FollowUpOptions } from './FollowUpDialog';
import { LATENT_PROBE_DIALOG, LatentProbeOptions } from './LatentProbeDialog';
import { turnLocale } from '../../services/locale';
import { listen } from '../shared/listen';
import { depthFor } from '../../domain/respond';
import { actOn } from '../shared/actions';

export const VERTICAL_DIALOG = 'verticalDialog';
const VERTICAL_WATERFALL = 'verticalWaterfall';

type Stage = 'describe' | 'why' | 'impactUnsolved' | 'impactSolved';

export interface VerticalOptions {
  stage?: Stage;
  /** Rungs of the why-ladder climbed so far. */
  whys?: number;
}

interface VerticalValues {
  stage: Stage;
  answer?: string;
  /** The answer named a motive a latent-need rule knows: the ladder has reached the need behind the need. */
  reachedMotive?: boolean;
}

function firstStage(vertical: Pick<Playbook['vertical'], 'describe' | 'maxWhys'>): Stage {
  if (vertical.describe) return 'describe';
  return vertical.maxWhys > 0 ? 'why' : 'impactUnsolved';
}

/**
 * Depth on the focus area: a description, a why-ladder to the need behind the need, and the two impact
 * questions (what it costs if it stays, what changes if it is solved). Vague answers get a clarifying
 * question through the follow-up dialog.
 */
export class VerticalDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(VERTICAL_DIALOG);
    this.addDialog(new WaterfallDialog(VERTICAL_WATERFALL, [this.askStageStep.bind(this), this.recordStageStep.bind(this), this.nextStageStep.bind(this)]));
    this.initialDialogId = VERTICAL_WATERFALL;
  }

  private async askStageStep(step: WaterfallStepContext<VerticalOptions>): Promise<DialogTurnResult> {
    const { profile, playbook } = await profileOf(this.deps, step.context);
    const focus = profile.focusArea ?? playbook.focusOrder[0];
    const depth = depthFor(profile, playbook, focus);
    const stage = step.options.stage ?? firstStage(depth);
    if ((stage === 'impactUnsolved' || stage === 'impactSolved') && !depth.impact) return step.endDialog();
    if (stage === 'impactSolved' && !depth.impactSolved) return step.endDialog();
    if (stage === 'why' && depth.maxWhys === 0) return step.replaceDialog(VERTICAL_WATERFALL, { stage: 'impactUnsolved' });
    (step.values as VerticalValues).stage = stage;
    const ns = playbookNamespace(playbook.id);
    const answers = [...(profile.answers[focus] ?? [])];
    const lastQuote = profile.motives[profile.motives.length - 1] ?? answers[answers.length - 1]?.quote ?? '';
    const rung = stage === 'why' ? `why${(step.options.whys ?? 0) + 1}` : stage;
    const question: Renderable = {
      key: [`${ns}:areas.${focus}.${rung}`, `playbook-general:areas.${focus}.${rung}`, `discovery:vertical.${rung}`],
      params: { area: { t: [`areas:${focus}`, 'discovery:area.unknown'], params: { area: focus } }, quote: { quote: lastQuote } },
    };
    return step.prompt(TEXT_PROMPT, promptOptions(step.context, question));
  }

  private async recordStageStep(step: WaterfallStepContext<VerticalOptions>): Promise<DialogTurnResult> {
    const { profile, playbook } = await profileOf(this.deps, step.context);
    const stage = (step.values as VerticalValues).stage;
    const text = String(step.result ?? '').trim();
    const locale = turnLocale(step.context);
    const focus = profile.focusArea ?? playbook.focusOrder[0];
    (step.values as VerticalValues).answer = text;
    const heard = await listen(this.deps, step.context, text, stage === 'describe' ? focus : undefined, 'depth');
    const acted = await actOn(step, heard.plan);
    if (acted) return acted;
    const aside = heard.plan.lines.length > 0 && !heard.plan.lines.every((l) => String(l.key).startsWith('respond:repeat.'));
    const felt = heard.plan.lines.some((l) => /^respond:feeling\.(loss|goodNews)\./.test(String(l.key)));
    // A turn spent on the customer's own question or feeling is not an answer to the impact question.
    if (stage === 'impactUnsolved' && !isDontKnow(text, locale) && !aside) profile.impact.ifUnsolved.push(text);
    if (stage === 'impactSolved' && !isDontKnow(text, locale) && !aside) profile.impact.ifSolved.push(text);
    const reading = heard.interpretation ?? { dontKnow: false, facts: { quantities: [], people: [] }, cues: [], filled: [], unusable: true };
    const rule = stage === 'why' ? detectMotive(text, locale, playbook.id)?.rule : undefined;
    // After a loss or good news the ladder stops: "and what's behind that?" would not be heard as kind.
    if (felt) (step.values as VerticalValues).reachedMotive = true;
    if (stage === 'why' && !reading.dontKnow && (rule || !isNoMotive(text, locale))) {
      profile.motives.push(text);
      (step.values as VerticalValues).reachedMotive ||= !!rule;
      if (rule && !felt && !profile.latentNeeds.some((n) => n.rule === rule.id)) {
        const options: LatentProbeOptions = { cue: { kind: 'emotion', area: focus, quote: text, turn: profile.turn }, motive: text };
        return step.beginDialog(LATENT_PROBE_DIALOG, options);
      }
    }
    // The key facts were said back by the responders; the follow-up keeps to cues and objections.
    const followUp: FollowUpOptions = { ...followUpOptions(reading, focus), facts: undefined };
    if (felt) return step.next();
    // An answer to a why or an impact question is the depth itself: asking what is behind it again would not be heard as listening.
    return step.beginDialog(FOLLOW_UP_DIALOG, stage !== 'describe' ? { ...followUp, cue: undefined, probe: false } : followUp);
  }

  private async nextStageStep(step: WaterfallStepContext<VerticalOptions>): Promise<DialogTurnResult> {
    const { playbook, profile } = await profileOf(this.deps, step.context);
    const depth = depthFor(profile, playbook, profile.focusArea ?? playbook.focusOrder[0]);
    const values = step.values as VerticalValues;
    const stage = values.stage;
    const whys = step.options.whys ?? 0;
    const locale = turnLocale(step.context);
    const lastAnswer = values.answer ?? '';
    const ladderDone =
      stage === 'why' &&
      (whys + 1 >= depth.maxWhys || isDontKnow(lastAnswer, locale) || isNoMotive(lastAnswer, locale) || !!values.reachedMotive);
    let next: VerticalOptions;
    if (stage === 'describe') next = { stage: depth.maxWhys > 0 ? 'why' : 'impactUnsolved', whys: 0 };
    else if (stage === 'why' && !ladderDone) next = { stage: 'why', whys: whys + 1 };
    else if (stage === 'why') next = { stage: 'impactUnsolved' };
    else if (stage === 'impactUnsolved') next = { stage: 'impactSolved' };
    else return step.endDialog();
    return step.replaceDialog(VERTICAL_WATERFALL, next);
  }
}
