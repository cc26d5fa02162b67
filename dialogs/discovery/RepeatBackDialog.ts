import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { applyCorrection, correctionFound, interpretAnswer } from '../../domain/discovery';
import { recognizeYesNo } from '../../domain/understand';
import { plainAnswer } from '../../domain/synthesis';
import { DialogDeps, profileOf, TEXT_PROMPT } from '../shared/deps';
import { Param, promptOptions, Renderable, say } from '../../services/render';
import { turnLocale } from '../../services/locale';
import { KeyFacts } from '../../domain/extractors';

export const REPEAT_BACK_DIALOG = 'repeatBackDialog';
const REPEAT_BACK_WATERFALL = 'repeatBackWaterfall';

/** A customer who corrects us twice gets their correction recorded without a third check. */
const MAX_CORRECTIONS = 2;

export interface RepeatBackOptions {
  facts: KeyFacts;
  corrections?: number;
}

export function factParams(facts: KeyFacts): Param[] {
  const parts: Param[] = [];
  if (facts.people.length) parts.push({ list: facts.people.map((p) => ({ quote: p })) });
  for (const quantity of facts.quantities) parts.push({ quantity });
  if (facts.timeline) parts.push({ date: facts.timeline });
  if (facts.budget) parts.push({ money: facts.budget });
  return parts;
}

export function repeatBackQuestion(facts: KeyFacts): Renderable {
  return { key: 'discovery:repeat.ask', params: { facts: { list: factParams(facts) } }, buttons: [{ key: 'common:buttons.yes' }, { key: 'common:buttons.no' }] };
}

/** "You mean three sales managers on the 15th, right?": built from what was recognised, corrected until right. */
export class RepeatBackDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(REPEAT_BACK_DIALOG);
    this.addDialog(
      new WaterfallDialog(REPEAT_BACK_WATERFALL, [
        this.repeatFactsStep.bind(this),
        this.checkAnswerStep.bind(this),
        this.applyCorrectionStep.bind(this),
      ]),
    );
    this.initialDialogId = REPEAT_BACK_WATERFALL;
  }

  private async repeatFactsStep(step: WaterfallStepContext<RepeatBackOptions>): Promise<DialogTurnResult> {
    return step.prompt(TEXT_PROMPT, promptOptions(step.context, repeatBackQuestion(step.options.facts)));
  }

  private async checkAnswerStep(step: WaterfallStepContext<RepeatBackOptions>): Promise<DialogTurnResult> {
    const text = String(step.result ?? '');
    const corrected = await this.correct(step, text);
    if (corrected) return corrected;
    // "大体对，不过……" is not a yes: only a plain yes confirms the figures.
    const answer = plainAnswer(text, { locale: turnLocale(step.context), now: this.deps.clock() }) ?? recognizeYesNo(text, turnLocale(step.context));
    if (answer === 'no' || answer === 'partly') {
      return step.prompt(TEXT_PROMPT, promptOptions(step.context, { key: 'discovery:repeat.whatIsRight' }));
    }
    if (answer === 'yes') await say(step.context, 'discovery:repeat.noted');
    else await this.keepWhatWasSaid(step, text);
    return step.endDialog(step.options.facts);
  }

  private async applyCorrectionStep(step: WaterfallStepContext<RepeatBackOptions>): Promise<DialogTurnResult> {
    const corrected = await this.correct(step, String(step.result ?? ''));
    return corrected ?? step.endDialog(step.options.facts);
  }

  /** Neither yes, no nor a correction: the customer moved on; keep what they said for the areas it fills. */
  private async keepWhatWasSaid(step: WaterfallStepContext<RepeatBackOptions>, text: string): Promise<void> {
    const { profile, playbook } = await profileOf(this.deps, step.context);
    interpretAnswer(profile, playbook, undefined, text, { now: this.deps.clock(), locale: turnLocale(step.context) }, this.deps.lists);
  }

  private async correct(step: WaterfallStepContext<RepeatBackOptions>, text: string): Promise<DialogTurnResult | undefined> {
    const { profile, playbook } = await profileOf(this.deps, step.context);
    const before = step.options.facts;
    const after = applyCorrection(profile, before, text, { now: this.deps.clock(), locale: turnLocale(step.context) }, playbook);
    if (!correctionFound(before, after)) return undefined;
    const corrections = (step.options.corrections ?? 0) + 1;
    if (corrections > MAX_CORRECTIONS) {
      await say(step.context, 'discovery:repeat.noted');
      return step.endDialog(after);
    }
    const options: RepeatBackOptions = { facts: after, corrections };
    return step.replaceDialog(REPEAT_BACK_WATERFALL, options);
  }
}
