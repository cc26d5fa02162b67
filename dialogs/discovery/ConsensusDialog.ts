import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { isDontKnow } from '../../domain/understand';
import { playbookNamespace } from '../../domain/playbook';
import { YesNo } from '../../domain/types';
import { DialogDeps, profileOf, TEXT_PROMPT, YES_NO_PROMPT } from '../shared/deps';
import { promptOptions, say } from '../../services/render';
import { composeStatement, renderFor } from './HypothesisDialog';
import { readBackDetails } from './readBack';
import { tr, turnLocale } from '../../services/locale';

export const CONSENSUS_DIALOG = 'consensusDialog';
const CONSENSUS_WATERFALL = 'consensusWaterfall';

export interface ConsensusResult {
  agreed: boolean;
}

/**
 * The third level of digging: give the need a short memorable name, read the whole definition back
 * and ask the customer to confirm it. "What you want now is ..." said clearly, without hesitation.
 */
export class ConsensusDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(CONSENSUS_DIALOG);
    this.addDialog(
      new WaterfallDialog(CONSENSUS_WATERFALL, [this.readBackStep.bind(this), this.askWhatToChangeStep.bind(this), this.recordChangeStep.bind(this)]),
    );
    this.initialDialogId = CONSENSUS_WATERFALL;
  }

  private async readBackStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { profile, playbook } = await profileOf(this.deps, step.context);
    const t = tr(step.context);
    const focus = profile.focusArea ?? playbook.focusOrder[0];
    const areaName = t([`areas:${focus}`, 'discovery:area.unknown'], { area: focus });
    profile.needName = t([`${playbookNamespace(playbook.id)}:needNames.${focus}`, `playbook-general:needNames.${focus}`, 'discovery:consensus.defaultName'], { area: areaName });
    profile.statement ??= composeStatement(t, profile, (p) => renderFor(step, p));
    const details = readBackDetails(t, turnLocale(step.context), profile);
    await say(step.context, 'discovery:consensus.readBack', { name: profile.needName, statement: { quote: profile.statement }, details: { quote: details } });
    return step.prompt(YES_NO_PROMPT, promptOptions(step.context, { key: 'discovery:consensus.ask', params: { name: { quote: profile.needName } } }, 'yesNo'));
  }

  private async askWhatToChangeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { profile } = await profileOf(this.deps, step.context);
    if ((step.result as YesNo) === 'yes') {
      profile.confirmation = profile.hypotheses.some((h) => h.outcome === 'confirmed') ? 'confirmed' : 'revised';
      const result: ConsensusResult = { agreed: true };
      return step.endDialog(result);
    }
    return step.prompt(TEXT_PROMPT, promptOptions(step.context, { key: 'discovery:consensus.whatToChange' }));
  }

  private async recordChangeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { profile } = await profileOf(this.deps, step.context);
    const change = String(step.result ?? '').trim();
    if (!change || isDontKnow(change, turnLocale(step.context))) {
      profile.confirmation = 'rejected';
      const result: ConsensusResult = { agreed: false };
      return step.endDialog(result);
    }
    profile.hypotheses.push({ statement: profile.statement ?? '', outcome: 'revised', revision: change });
    profile.statement = `${profile.statement ?? ''}${tr(step.context)('discovery:statement.separator')}${change}`;
    profile.confirmation = 'revised';
    await say(step.context, 'discovery:consensus.revised');
    const result: ConsensusResult = { agreed: true };
    return step.endDialog(result);
  }
}
