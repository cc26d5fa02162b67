import { ActivityTypes } from 'botbuilder';
import { TextPrompt, WaterfallDialog, WaterfallStepContext, DialogTurnResult } from 'botbuilder-dialogs';
import { choosePlaybook, interpretAnswer } from '../../domain/discovery';
import { buyingFor, isGreetingOnly } from '../../domain/lexicon';
import { GENERAL_PLAYBOOK } from '../../domain/playbook';
import { emptyProfile } from '../../domain/types';
import { recognizeSelfRole } from '../../domain/understand';
import { DiscoveryBaseDialog } from './DiscoveryBaseDialog';
import { DialogDeps, profileOf, TEXT_PROMPT, YES_NO_PROMPT } from '../shared/deps';
import { promptOptions, say } from '../../services/render';
import { YesNoPrompt } from '../shared/prompts/YesNoPrompt';
import { textValidator, yesNoValidator } from '../shared/prompts/validators';
import { HorizontalDialog, HORIZONTAL_DIALOG } from './HorizontalDialog';
import { FocusDialog, FOCUS_DIALOG } from './FocusDialog';
import { VerticalDialog, VERTICAL_DIALOG } from './VerticalDialog';
import { HypothesisDialog, HYPOTHESIS_DIALOG } from './HypothesisDialog';
import { ConsensusDialog, CONSENSUS_DIALOG, ConsensusResult } from './ConsensusDialog';
import { HandoffDialog, HANDOFF_DIALOG, HandoffDialogOptions } from './HandoffDialog';
import { FollowUpDialog } from './FollowUpDialog';
import { RepeatBackDialog } from './RepeatBackDialog';
import { LatentProbeDialog } from './LatentProbeDialog';
import { ObjectionDialog } from './ObjectionDialog';
import { turnLocale } from '../../services/locale';

export const MAIN_DIALOG = 'mainDialog';
const MAIN_WATERFALL = 'mainWaterfall';

export interface MainDialogOptions {
  restarted?: boolean;
  /** A page or Teams app may pin the business domain. */
  playbook?: string;
}

interface MainValues {
  opening?: string;
}

/** Rapport and qualification, then the three levels of digging: breadth, depth, consensus; then a person. */
export class MainDialog extends DiscoveryBaseDialog {
  constructor(deps: DialogDeps) {
    super(MAIN_DIALOG, deps);
    this.addDialog(new TextPrompt(TEXT_PROMPT, textValidator(deps)))
      .addDialog(new YesNoPrompt(YES_NO_PROMPT, yesNoValidator(deps)))
      .addDialog(new FollowUpDialog(deps))
      .addDialog(new RepeatBackDialog(deps))
      .addDialog(new LatentProbeDialog(deps))
      .addDialog(new ObjectionDialog(deps))
      .addDialog(new HorizontalDialog(deps))
      .addDialog(new FocusDialog(deps))
      .addDialog(new VerticalDialog(deps))
      .addDialog(new HypothesisDialog(deps))
      .addDialog(new ConsensusDialog(deps))
      .addDialog(new HandoffDialog(deps))
      .addDialog(
        new WaterfallDialog(MAIN_WATERFALL, [
          this.askWhatBringsYouStep.bind(this),
          this.askWhoIsBuyingStep.bind(this),
          this.recordBuyerStep.bind(this),
          this.probeBreadthStep.bind(this),
          this.chooseFocusStep.bind(this),
          this.probeDepthStep.bind(this),
          this.testHypothesisStep.bind(this),
          this.reachConsensusStep.bind(this),
          this.handOffStep.bind(this),
        ]),
      );
    this.initialDialogId = MAIN_WATERFALL;
  }

  private async askWhatBringsYouStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
    const { data } = await profileOf(this.deps, step.context);
    const pinned = step.options?.playbook;
    if (pinned && this.deps.playbooks.has(pinned)) data.playbook = pinned;
    const activity = step.context.activity;
    const text = activity.type === ActivityTypes.Message ? activity.text?.trim() ?? '' : '';
    if (!step.options?.restarted && text && !isGreetingOnly(text)) {
      await say(step.context, 'discovery:greeting.short');
      return step.next(text);
    }
    const key = step.options?.restarted ? 'discovery:opening.askAgain' : 'discovery:opening.ask';
    if (!step.options?.restarted) await say(step.context, 'discovery:greeting.full');
    return step.prompt(TEXT_PROMPT, promptOptions(step.context, { key }));
  }

  private async askWhoIsBuyingStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
    const opening = String(step.result ?? '');
    (step.values as MainValues).opening = opening;
    const data = await this.deps.state.conversation(step.context);
    const locale = turnLocale(step.context);
    data.playbook ??= choosePlaybook(opening, locale, this.deps.playbooks.values(), GENERAL_PLAYBOOK);
    data.profile = emptyProfile(data.playbook, locale);
    const { profile, playbook } = await profileOf(this.deps, step.context);
    interpretAnswer(profile, playbook, playbook.openingArea, opening, { now: this.deps.clock(), locale }, this.deps.lists);
    profile.buyingFor = buyingFor(opening, locale);
    profile.customer.role = recognizeSelfRole(opening) ?? profile.customer.role;
    if (profile.buyingFor || !playbook.areas.some((a) => a.organizationOnly)) return step.next();
    return step.prompt(
      TEXT_PROMPT,
      promptOptions(step.context, {
        key: 'discovery:qualify.ask',
        buttons: [{ key: 'discovery:qualify.self' }, { key: 'discovery:qualify.organization' }],
      }),
    );
  }

  private async recordBuyerStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
    if (typeof step.result === 'string') {
      const { profile, playbook } = await profileOf(this.deps, step.context);
      const locale = turnLocale(step.context);
      profile.buyingFor = buyingFor(step.result, locale) ?? profile.buyingFor;
      profile.customer.role = recognizeSelfRole(step.result) ?? profile.customer.role;
      interpretAnswer(profile, playbook, undefined, step.result, { now: this.deps.clock(), locale }, this.deps.lists);
    }
    return step.next();
  }

  private async probeBreadthStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
    return step.beginDialog(HORIZONTAL_DIALOG);
  }

  private async chooseFocusStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
    return step.beginDialog(FOCUS_DIALOG);
  }

  private async probeDepthStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
    return step.beginDialog(VERTICAL_DIALOG);
  }

  private async testHypothesisStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
    return step.beginDialog(HYPOTHESIS_DIALOG);
  }

  private async reachConsensusStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
    return step.beginDialog(CONSENSUS_DIALOG);
  }

  private async handOffStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
    const result = step.result as ConsensusResult | undefined;
    const options: HandoffDialogOptions = { trigger: 'discovery-complete', agreed: result?.agreed ?? false };
    return step.replaceDialog(HANDOFF_DIALOG, options);
  }
}
