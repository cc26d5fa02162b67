import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { statementParts } from '../../domain/statement';
import { Hypothesis, NeedProfile, YesNo } from '../../domain/types';
import { DialogDeps, profileOf, TEXT_PROMPT, YES_NO_PROMPT } from '../shared/deps';
import { Param, promptOptions, renderParam, say } from '../../services/render';
import { Translate } from '../../services/i18n';
import { factParams } from './RepeatBackDialog';
import { tr, turnLocale } from '../../services/locale';

export const HYPOTHESIS_DIALOG = 'hypothesisDialog';
const HYPOTHESIS_WATERFALL = 'hypothesisWaterfall';

/** Tested at most this many times; after that the revision is kept and the conversation moves on. */
const MAX_TESTS = 2;

export interface HypothesisOptions {
  attempt?: number;
}

interface HypothesisValues {
  index: number;
}

/** The statement, in the customer's language, built from clauses for what the profile holds. */
export function composeStatement(t: Translate, profile: NeedProfile, render: (p: Param) => string): string {
  const parts = statementParts(profile);
  const clauses: string[] = [];
  if (parts.pain) clauses.push(t('discovery:statement.pain', { pain: parts.pain }));
  if (parts.want) clauses.push(t('discovery:statement.want', { want: parts.want }));
  if (parts.goal && parts.goal !== parts.pain) clauses.push(t('discovery:statement.goal', { goal: parts.goal }));
  const facts = factParams({ quantities: profile.quantities.slice(0, 2), timeline: profile.timeline, budget: profile.budget, people: profile.people });
  if (facts.length) clauses.push(t('discovery:statement.facts', { facts: render({ list: facts }) }));
  for (const offer of parts.acceptedOffers) clauses.push(t('discovery:statement.offer', { offer }));
  if (parts.revision) clauses.push(t('discovery:statement.revision', { revision: parts.revision }));
  if (!clauses.length) clauses.push(t('discovery:statement.fallback', { area: parts.focusArea ?? '' }));
  return clauses.join(t('discovery:statement.separator'));
}

/** "We think your need is ..., do you agree?": bold but suggestive; no and partly lead to a revision and a second test. */
export class HypothesisDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(HYPOTHESIS_DIALOG);
    this.addDialog(
      new WaterfallDialog(HYPOTHESIS_WATERFALL, [this.testHypothesisStep.bind(this), this.askWhatIsOffStep.bind(this), this.reviseStep.bind(this)]),
    );
    this.initialDialogId = HYPOTHESIS_WATERFALL;
  }

  private async testHypothesisStep(step: WaterfallStepContext<HypothesisOptions>): Promise<DialogTurnResult> {
    const { profile } = await profileOf(this.deps, step.context);
    const statement = composeStatement(tr(step.context), profile, (p) => renderFor(step, p));
    profile.hypotheses.push({ statement, outcome: 'unanswered' });
    (step.values as HypothesisValues).index = profile.hypotheses.length - 1;
    return step.prompt(YES_NO_PROMPT, promptOptions(step.context, { key: 'discovery:hypothesis.ask', params: { statement: { quote: statement } } }, 'yesNo'));
  }

  private async askWhatIsOffStep(step: WaterfallStepContext<HypothesisOptions>): Promise<DialogTurnResult> {
    const { profile } = await profileOf(this.deps, step.context);
    const hypothesis = profile.hypotheses[(step.values as HypothesisValues).index] as Hypothesis;
    const answer = step.result as YesNo;
    if (answer === 'yes') {
      hypothesis.outcome = 'confirmed';
      profile.statement = hypothesis.statement;
      await say(step.context, 'discovery:hypothesis.confirmed');
      return step.endDialog(true);
    }
    hypothesis.outcome = answer === 'partly' ? 'revised' : 'rejected';
    return step.prompt(TEXT_PROMPT, promptOptions(step.context, { key: answer === 'partly' ? 'discovery:hypothesis.whatIsMissing' : 'discovery:hypothesis.whatIsOff' }));
  }

  private async reviseStep(step: WaterfallStepContext<HypothesisOptions>): Promise<DialogTurnResult> {
    const { profile } = await profileOf(this.deps, step.context);
    const hypothesis = profile.hypotheses[(step.values as HypothesisValues).index] as Hypothesis;
    hypothesis.revision = String(step.result ?? '').trim();
    hypothesis.outcome = 'revised';
    const attempt = (step.options.attempt ?? 1) + 1;
    if (attempt > MAX_TESTS) {
      profile.statement = composeStatement(tr(step.context), profile, (p) => renderFor(step, p));
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
