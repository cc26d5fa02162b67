import { ActivityTypes } from 'botbuilder';
import { TextPrompt, WaterfallDialog, WaterfallStepContext, DialogTurnResult } from 'botbuilder-dialogs';
import { choosePlaybook, interpretAnswer } from '../../domain/discovery';
import { detectCommand } from '../../domain/commands';
import { Line, productNounOf, registerWordsOf } from '../../domain/respond';
import { listen, memoryOf } from '../shared/listen';
import { BreadthResult, isBreadthResult } from '../shared/actions';
import { HandoffPort } from '../../services/ports';
import { HorizontalOptions } from './HorizontalDialog';
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
  /** The question the opening's responders chose, asked first in breadth. */
  question?: Line & { area?: string };
  /** The opening came with the first message: the short greeting goes with the reply to it. */
  greet?: boolean;
}

/** The handoff port, remembering the record's id in the conversation so later messages become notes on it. */
function remembering(deps: DialogDeps): HandoffPort {
  return {
    handOff: async (context, trigger) => {
      const id = await deps.handoff.handOff(context, trigger);
      (await deps.state.conversation(context)).handoffId ??= id;
      return id;
    },
    ...(deps.handoff.appendCustomerNote ? { appendCustomerNote: deps.handoff.appendCustomerNote.bind(deps.handoff) } : {}),
  };
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
      .addDialog(new HandoffDialog({ ...deps, handoff: remembering(deps) }))
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
    if (!step.options?.restarted && data.handoffId && text) return this.afterHandoff(step, text);
    // The short greeting is said with the reply to the opening, where it fits (askWhoIsBuyingStep).
    if (!step.options?.restarted && text && !isGreetingOnly(text)) {
      (step.values as MainValues).greet = true;
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
    // The opening decides the register: a family is asked as a family, a business as a business.
    const register = registerWordsOf(opening, locale);
    profile.buyingFor = buyingFor(opening, locale) ?? (register ? (register === 'person' ? 'self' : 'organization') : undefined);
    profile.customer.role = recognizeSelfRole(opening) ?? profile.customer.role;
    const product = productNounOf(opening, locale);
    if (product) profile.product = product;
    const greeting: Line | undefined = (step.values as MainValues).greet ? { key: 'discovery:greeting.short' } : undefined;
    const heard = await listen(this.deps, step.context, opening, playbook.openingArea, 'opening', greeting);
    const acted = await this.routed(step, heard.plan.action === 'handoff' ? { handoff: true } : heard.plan.action === 'stop' ? { stop: true } : undefined);
    if (acted) return acted;
    const unsure = !profile.buyingFor && !playbook.register && playbook.areas.some((a) => a.organizationOnly || a.register);
    if (!unsure || heard.plan.action === 'fast-lane') {
      (step.values as MainValues).question = heard.plan.question;
      return step.next();
    }
    // Whom the questions are for is asked first; the area the responders chose is asked after it.
    const memory = await memoryOf(this.deps, step.context);
    data.respond = { ...memory, asked: memory.asked.filter((a) => a !== heard.plan.question?.area) };
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
    if (await this.inFastLane(step)) return step.next();
    const question = (step.values as MainValues).question;
    const options: HorizontalOptions = question ? { question } : {};
    return step.beginDialog(HORIZONTAL_DIALOG, options);
  }

  private async chooseFocusStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
    const routed = await this.routed(step, step.result);
    if (routed) return routed;
    if (await this.inFastLane(step)) return step.next();
    return step.beginDialog(FOCUS_DIALOG);
  }

  private async probeDepthStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
    if (await this.inFastLane(step)) return step.next();
    return step.beginDialog(VERTICAL_DIALOG);
  }

  private async testHypothesisStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
    const routed = await this.routed(step, step.result);
    if (routed) return routed;
    return step.beginDialog(HYPOTHESIS_DIALOG);
  }

  private async reachConsensusStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
    // The fast lane: a confirmed hypothesis is the agreement; the read-back would be one more question.
    if (await this.inFastLane(step)) return step.next({ agreed: step.result === true });
    return step.beginDialog(CONSENSUS_DIALOG);
  }

  private async handOffStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
    const result = step.result as ConsensusResult | undefined;
    const options: HandoffDialogOptions = { trigger: 'discovery-complete', agreed: result?.agreed ?? false };
    return step.replaceDialog(HANDOFF_DIALOG, options);
  }

  private async inFastLane(step: WaterfallStepContext<MainDialogOptions>): Promise<boolean> {
    return !!(await memoryOf(this.deps, step.context)).fastLane;
  }

  /** A phase ended on the customer's word: a person now, or the end of the conversation. */
  private async routed(step: WaterfallStepContext<MainDialogOptions>, result: unknown): Promise<DialogTurnResult | undefined> {
    if (!isBreadthResult(result)) return undefined;
    const outcome: BreadthResult = result;
    if (outcome.stop) return step.endDialog();
    if (outcome.handoff) {
      const options: HandoffDialogOptions = { trigger: 'customer-asked' };
      return step.replaceDialog(HANDOFF_DIALOG, options);
    }
    return undefined;
  }

  /**
   * After the handoff a message is a note on the same record (or new contact details), acknowledged; it never
   * starts a new discovery.
   */
  private async afterHandoff(step: WaterfallStepContext<MainDialogOptions>, text: string): Promise<DialogTurnResult> {
    // Asking for a person again is answered with the handover (on the same record), not with a note.
    if (detectCommand(text) === 'human') {
      const options: HandoffDialogOptions = { trigger: 'customer-asked' };
      return step.replaceDialog(HANDOFF_DIALOG, options);
    }
    await listen(this.deps, step.context, text, undefined, 'after-handoff');
    await this.deps.handoff.appendCustomerNote?.(step.context, text);
    return step.endDialog();
  }
}
