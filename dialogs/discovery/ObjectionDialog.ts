import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { isDontKnow, isVague } from '../../domain/understand';
import { isNoContent } from '../../domain/lexicon';
import { Objection, YesNo } from '../../domain/types';
import { DialogDeps, profileOf, TEXT_PROMPT, YES_NO_PROMPT } from '../shared/deps';
import { promptOptions, say } from '../../services/render';
import { turnLocale } from '../../services/locale';

export const OBJECTION_DIALOG = 'objectionDialog';
const OBJECTION_WATERFALL = 'objectionWaterfall';

export interface ObjectionOptions {
  objection: Objection;
}

/**
 * Is the concern real? First the hypothetical test ("if that were solved, would you go ahead?");
 * when that does not settle it, the rhetorical one ("what would satisfy you?"): a specific answer means real.
 */
export class ObjectionDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(OBJECTION_DIALOG);
    this.addDialog(
      new WaterfallDialog(OBJECTION_WATERFALL, [
        this.askHypotheticalStep.bind(this),
        this.askRhetoricalStep.bind(this),
        this.recordRhetoricalStep.bind(this),
      ]),
    );
    this.initialDialogId = OBJECTION_WATERFALL;
  }

  private async stored(step: WaterfallStepContext<ObjectionOptions>): Promise<Objection | undefined> {
    const { profile } = await profileOf(this.deps, step.context);
    const { kind, text } = step.options.objection;
    return profile.objections.find((o) => o.kind === kind && o.text === text);
  }

  private async askHypotheticalStep(step: WaterfallStepContext<ObjectionOptions>): Promise<DialogTurnResult> {
    const { kind, text } = step.options.objection;
    const key = [`discovery:objection.hypothetical.${kind}`, 'discovery:objection.hypothetical.other'];
    return step.prompt(YES_NO_PROMPT, promptOptions(step.context, { key, params: { concern: { quote: text } } }, 'yesNo'));
  }

  private async askRhetoricalStep(step: WaterfallStepContext<ObjectionOptions>): Promise<DialogTurnResult> {
    const objection = await this.stored(step);
    if ((step.result as YesNo) === 'yes') {
      if (objection) Object.assign(objection, { real: true, test: 'hypothetical' });
      await say(step.context, 'discovery:objection.real');
      return step.endDialog();
    }
    const kind = step.options.objection.kind;
    return step.prompt(TEXT_PROMPT, promptOptions(step.context, { key: [`discovery:objection.rhetorical.${kind}`, 'discovery:objection.rhetorical.other'] }));
  }

  private async recordRhetoricalStep(step: WaterfallStepContext<ObjectionOptions>): Promise<DialogTurnResult> {
    const answer = String(step.result ?? '').trim();
    const locale = turnLocale(step.context);
    // "Hmm", "嗯", "okay": a sound or an acknowledgement names no condition, so it does not make the concern real.
    const specific = answer.length > 1 && !isNoContent(answer) && !isDontKnow(answer, locale) && !isVague(answer, locale);
    const objection = await this.stored(step);
    if (objection) Object.assign(objection, { real: specific, test: 'rhetorical', condition: specific ? answer : undefined });
    await say(step.context, specific ? 'discovery:objection.conditionNoted' : 'discovery:objection.notReal');
    return step.endDialog();
  }
}
