import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { notesOf, plainAnswer } from '../../domain/synthesis';
import { Hypothesis, YesNo } from '../../domain/types';
import { DialogDeps, profileOf, TEXT_PROMPT, YES_NO_PROMPT } from '../shared/deps';
import { Param, promptOptions, renderParam, say } from '../../services/render';
import { tr, turnLocale } from '../../services/locale';
import { applyCustomerChange, synthesisOf } from './readBack';

export const HYPOTHESIS_DIALOG = 'hypothesisDialog';
const HYPOTHESIS_WATERFALL = 'hypothesisWaterfall';

/** Tested at most this many times; after that the changes are kept and the conversation moves on. */
const MAX_TESTS = 2;

export interface HypothesisOptions {
  attempt?: number;
}

interface HypothesisValues {
  index: number;
}

/** The customer's own answer: a yes with anything after it is not a plain yes, whatever the prompt recognised. */
export function answerOf(step: WaterfallStepContext<object>, now: Date): YesNo | undefined {
  const text = step.context.activity.text ?? '';
  return plainAnswer(text, { locale: turnLocale(step.context), now }) ?? (step.result as YesNo | undefined);
}

/** "We think your need is ..., do you agree?": bold but suggestive; no and partly lead to a change and a second test. */
export class HypothesisDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(HYPOTHESIS_DIALOG);
    this.addDialog(
      new WaterfallDialog(HYPOTHESIS_WATERFALL, [this.testHypothesisStep.bind(this), this.askWhatIsOffStep.bind(this), this.reviseStep.bind(this)]),
    );
    this.initialDialogId = HYPOTHESIS_WATERFALL;
  }

  private async testHypothesisStep(step: WaterfallStepContext<HypothesisOptions>): Promise<DialogTurnResult> {
    const { profile, playbook } = await profileOf(this.deps, step.context);
    const { statement } = synthesisOf(this.deps, step.context, profile, playbook);
    profile.hypotheses.push({ statement, outcome: 'unanswered' });
    notesOf(profile).offered.push({ step: 'hypothesis', statement, answer: 'none' });
    (step.values as HypothesisValues).index = profile.hypotheses.length - 1;
    return step.prompt(YES_NO_PROMPT, promptOptions(step.context, { key: 'discovery:hypothesis.ask', params: { statement: { quote: statement } } }, 'yesNo'));
  }

  private async askWhatIsOffStep(step: WaterfallStepContext<HypothesisOptions>): Promise<DialogTurnResult> {
    const { profile, playbook } = await profileOf(this.deps, step.context);
    const hypothesis = profile.hypotheses[(step.values as HypothesisValues).index] as Hypothesis;
    const answer = answerOf(step, this.deps.clock()) ?? 'no';
    const offered = notesOf(profile).offered;
    offered[offered.length - 1].answer = answer;
    if (answer === 'yes') {
      hypothesis.outcome = 'confirmed';
      profile.statement = hypothesis.statement;
      await say(step.context, 'discovery:hypothesis.confirmed');
      return step.endDialog(true);
    }
    hypothesis.outcome = answer === 'partly' ? 'revised' : 'rejected';
    // "Mostly, but the budget is 30k": the change came with the answer, so it is applied and tested again at once.
    const text = step.context.activity.text ?? '';
    if (applyCustomerChange(this.deps, step.context, profile, playbook, text).changed.length) return this.revised(step, text);
    return step.prompt(TEXT_PROMPT, promptOptions(step.context, { key: answer === 'partly' ? 'discovery:hypothesis.whatIsMissing' : 'discovery:hypothesis.whatIsOff' }));
  }

  private async reviseStep(step: WaterfallStepContext<HypothesisOptions>): Promise<DialogTurnResult> {
    const { profile, playbook } = await profileOf(this.deps, step.context);
    const text = String(step.result ?? '').trim();
    applyCustomerChange(this.deps, step.context, profile, playbook, text, true);
    return this.revised(step, text);
  }

  private async revised(step: WaterfallStepContext<HypothesisOptions>, change: string): Promise<DialogTurnResult> {
    const { profile, playbook } = await profileOf(this.deps, step.context);
    const hypothesis = profile.hypotheses[(step.values as HypothesisValues).index] as Hypothesis;
    hypothesis.revision = change.trim();
    hypothesis.outcome = 'revised';
    const attempt = (step.options.attempt ?? 1) + 1;
    if (attempt > MAX_TESTS) {
      profile.statement = synthesisOf(this.deps, step.context, profile, playbook).statement;
      await say(step.context, 'discovery:hypothesis.keepRevision');
      return step.endDialog(false);
    }
    await say(step.context, 'discovery:hypothesis.thanks');
    return step.replaceDialog(HYPOTHESIS_WATERFALL, { attempt });
  }
}

export function renderFor(step: WaterfallStepContext<object>, param: Param): string {
  return renderParam(tr(step.context), turnLocale(step.context), param);
}
