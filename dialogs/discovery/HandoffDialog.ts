import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { recognizeContact } from '../../domain/understand';
import { HandoffTrigger, YesNo } from '../../domain/types';
import { DialogDeps, profileOf, TEXT_PROMPT, YES_NO_PROMPT } from '../shared/deps';
import { promptOptions, say } from '../../services/render';

export const HANDOFF_DIALOG = 'handoffDialog';
const HANDOFF_WATERFALL = 'handoffWaterfall';

export interface HandoffDialogOptions {
  trigger: HandoffTrigger;
  /** The customer confirmed the need definition (discovery-complete). */
  agreed?: boolean;
  /** Set when a malformed phone or email is asked for once more. */
  reask?: boolean;
}

/** Contact with consent, then the need definition goes to a person. "No" is respected and recorded. */
export class HandoffDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(HANDOFF_DIALOG);
    this.addDialog(
      new WaterfallDialog(HANDOFF_WATERFALL, [
        this.askConsentStep.bind(this),
        this.askContactStep.bind(this),
        this.checkContactStep.bind(this),
        this.handOffStep.bind(this),
      ]),
    );
    this.initialDialogId = HANDOFF_WATERFALL;
  }

  private async askConsentStep(step: WaterfallStepContext<HandoffDialogOptions>): Promise<DialogTurnResult> {
    if (step.options.reask) return step.next('yes');
    const intro = {
      'customer-asked': 'discovery:handoff.introAsked',
      'bot-stuck': 'discovery:handoff.introStuck',
      'discovery-complete': step.options.agreed ? 'discovery:handoff.introAgreed' : 'discovery:handoff.introNotAgreed',
    }[step.options.trigger];
    await say(step.context, intro);
    return step.prompt(YES_NO_PROMPT, promptOptions(step.context, { key: 'discovery:handoff.consent' }, 'yesNo'));
  }

  private async askContactStep(step: WaterfallStepContext<HandoffDialogOptions>): Promise<DialogTurnResult> {
    const { profile } = await profileOf(this.deps, step.context);
    if ((step.result as YesNo) === 'no') {
      profile.customer.consentToContact = false;
      await say(step.context, 'discovery:handoff.noContact');
      return step.next();
    }
    profile.customer.consentToContact = true;
    const key = step.options.reask ? 'discovery:handoff.contactMalformed' : 'discovery:handoff.contactAsk';
    return step.prompt(TEXT_PROMPT, promptOptions(step.context, { key }));
  }

  private async checkContactStep(step: WaterfallStepContext<HandoffDialogOptions>): Promise<DialogTurnResult> {
    if (typeof step.result !== 'string') return step.next();
    const { profile } = await profileOf(this.deps, step.context);
    const { contact, malformed } = recognizeContact(step.result);
    const found = !!(contact.phone || contact.email);
    if (found) profile.customer.contact = { ...profile.customer.contact, ...contact };
    if (!found && malformed.length && !step.options.reask) {
      const options: HandoffDialogOptions = { ...step.options, reask: true };
      return step.replaceDialog(HANDOFF_WATERFALL, options);
    }
    if (!found) {
      profile.customer.consentToContact = false;
      await say(step.context, 'discovery:handoff.contactMissing');
    }
    return step.next();
  }

  private async handOffStep(step: WaterfallStepContext<HandoffDialogOptions>): Promise<DialogTurnResult> {
    await this.deps.handoff.handOff(step.context, step.options.trigger);
    const { profile } = await profileOf(this.deps, step.context);
    await say(step.context, profile.customer.consentToContact ? 'discovery:handoff.doneContact' : 'discovery:handoff.done');
    return step.endDialog();
  }
}
