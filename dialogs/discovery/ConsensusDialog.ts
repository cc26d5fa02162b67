import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { isDontKnow } from '../../domain/understand';
import { notesOf } from '../../domain/synthesis';
import { DialogDeps, profileOf, TEXT_PROMPT, YES_NO_PROMPT } from '../shared/deps';
import { promptOptions, say } from '../../services/render';
import { answerOf } from './HypothesisDialog';
import { applyCustomerChange, readBackDetails, synthesisOf } from './readBack';
import { tr, turnLocale } from '../../services/locale';
import { joinList } from '../../services/render';

export const CONSENSUS_DIALOG = 'consensusDialog';
const CONSENSUS_WATERFALL = 'consensusWaterfall';

/** Read back at most this many times; a customer still changing things then is handed over with the changes. */
const MAX_READ_BACKS = 3;

export interface ConsensusResult {
  agreed: boolean;
}

export interface ConsensusOptions {
  round?: number;
}

/**
 * The third level of digging: give the need a short memorable name, read the whole definition back and ask the
 * customer to confirm it. Partly or no asks what to change; the change is applied and the definition read back
 * again; only a plain yes to the version read last confirms it.
 */
export class ConsensusDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(CONSENSUS_DIALOG);
    this.addDialog(
      new WaterfallDialog(CONSENSUS_WATERFALL, [
        this.readBackStep.bind(this),
        this.askWhatToChangeStep.bind(this),
        this.recordChangeStep.bind(this),
        this.recordSecondTryStep.bind(this),
      ]),
    );
    this.initialDialogId = CONSENSUS_WATERFALL;
  }

  private async readBackStep(step: WaterfallStepContext<ConsensusOptions>): Promise<DialogTurnResult> {
    const { profile, playbook } = await profileOf(this.deps, step.context);
    const t = tr(step.context);
    const { statement, need } = synthesisOf(this.deps, step.context, profile, playbook);
    const notes = notesOf(profile);
    profile.needName = need.name;
    profile.statement = statement;
    notes.needNameSource = need.source;
    notes.needReasons = need.reasons;
    if (need.id) notes.needId = need.id;
    else delete notes.needId;
    notes.offered.push({ step: 'read-back', name: need.name, statement, answer: 'none' });
    if ((step.options.round ?? 1) > 1) await say(step.context, 'synthesis:change.again');
    const details = readBackDetails(t, turnLocale(step.context), profile);
    await say(step.context, 'discovery:consensus.readBack', { name: need.name, statement: { quote: statement }, details: { quote: details } });
    if (need.source === 'customer') await say(step.context, 'synthesis:named.yours', { name: need.name });
    else if (need.reasons.length) await say(step.context, 'synthesis:named.because', { name: need.name, reasons: joinList(t, need.reasons.map((r) => `“${r}”`)) });
    return step.prompt(YES_NO_PROMPT, promptOptions(step.context, { key: 'discovery:consensus.ask', params: { name: { quote: need.name } } }, 'yesNo'));
  }

  private async askWhatToChangeStep(step: WaterfallStepContext<ConsensusOptions>): Promise<DialogTurnResult> {
    const { profile, playbook } = await profileOf(this.deps, step.context);
    const answer = answerOf(step, this.deps.clock()) ?? 'no';
    const offered = notesOf(profile).offered;
    offered[offered.length - 1].answer = answer;
    if (answer === 'yes') {
      profile.confirmation = 'confirmed';
      const result: ConsensusResult = { agreed: true };
      return step.endDialog(result);
    }
    const text = step.context.activity.text ?? '';
    if (applyCustomerChange(this.deps, step.context, profile, playbook, text).changed.length) return this.readAgain(step);
    return step.prompt(TEXT_PROMPT, promptOptions(step.context, { key: 'discovery:consensus.whatToChange' }));
  }

  private async recordChangeStep(step: WaterfallStepContext<ConsensusOptions>): Promise<DialogTurnResult> {
    const { profile, playbook } = await profileOf(this.deps, step.context);
    const change = String(step.result ?? '').trim();
    if (!change || isDontKnow(change, turnLocale(step.context))) {
      profile.confirmation = notesOf(profile).offered.some((o) => o.change) ? 'revised' : 'rejected';
      const result: ConsensusResult = { agreed: false };
      return step.endDialog(result);
    }
    if (applyCustomerChange(this.deps, step.context, profile, playbook, change, true).changed.length) return this.readAgain(step);
    // Nothing in it could be applied: reading the same version back would look like it was ignored.
    return step.prompt(TEXT_PROMPT, promptOptions(step.context, { key: 'synthesis:change.noChange' }));
  }

  private async recordSecondTryStep(step: WaterfallStepContext<ConsensusOptions>): Promise<DialogTurnResult> {
    const { profile, playbook } = await profileOf(this.deps, step.context);
    const change = String(step.result ?? '').trim();
    if (change && !isDontKnow(change, turnLocale(step.context))) applyCustomerChange(this.deps, step.context, profile, playbook, change, true);
    return this.readAgain(step);
  }

  /** The definition with the change in it, read back for a yes; after the last round the changes are kept unconfirmed. */
  private async readAgain(step: WaterfallStepContext<ConsensusOptions>): Promise<DialogTurnResult> {
    const { profile, playbook } = await profileOf(this.deps, step.context);
    const round = (step.options.round ?? 1) + 1;
    if (round > MAX_READ_BACKS) {
      const { statement, need } = synthesisOf(this.deps, step.context, profile, playbook);
      profile.statement = statement;
      profile.needName = need.name;
      profile.confirmation = 'revised';
      await say(step.context, 'discovery:consensus.revised');
      const result: ConsensusResult = { agreed: false };
      return step.endDialog(result);
    }
    const options: ConsensusOptions = { round };
    return step.replaceDialog(CONSENSUS_WATERFALL, options);
  }
}
