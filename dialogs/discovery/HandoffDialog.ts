import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { recognizeContact, recognizeYesNo } from '../../domain/understand';
import { fileContactAnswer, readContactAnswer } from '../../domain/synthesis';
import { HandoffTrigger } from '../../domain/types';
import { DialogDeps, profileOf, TEXT_PROMPT } from '../shared/deps';
import { promptOptions, Renderable, say } from '../../services/render';
import { turnLocale } from '../../services/locale';

export const HANDOFF_DIALOG = 'handoffDialog';
const HANDOFF_WATERFALL = 'handoffWaterfall';

export interface HandoffDialogOptions {
  trigger: HandoffTrigger;
  /** The customer confirmed the need definition (discovery-complete). */
  agreed?: boolean;
  /** Set when a malformed phone or email is asked for once more. */
  reask?: boolean;
  /** Set when the answer to the consent question was neither yes, no nor contact details. */
  consentAgain?: boolean;
}

/** Consent is a yes or a no: no "partly" button on a question about calling someone. */
const CONSENT: Renderable = { key: 'discovery:handoff.consent', buttons: [{ key: 'synthesis:consent.yes' }, { key: 'synthesis:consent.no' }] };

/**
 * Contact with consent, then the need definition goes to a person. "No" is respected and recorded; contact
 * details given with the yes ("可以，打我电话138…，姓王，下午两点到五点之间方便") are taken at once, with the
 * name and the hours.
 */
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
    if (step.options.reask) return step.next({ consent: true });
    if (!step.options.consentAgain) {
      const intro = {
        'customer-asked': 'discovery:handoff.introAsked',
        'bot-stuck': 'discovery:handoff.introStuck',
        'discovery-complete': step.options.agreed ? 'discovery:handoff.introAgreed' : 'discovery:handoff.introNotAgreed',
      }[step.options.trigger];
      await say(step.context, intro);
    }
    return step.prompt(TEXT_PROMPT, promptOptions(step.context, CONSENT));
  }

  private async askContactStep(step: WaterfallStepContext<HandoffDialogOptions>): Promise<DialogTurnResult> {
    const { profile } = await profileOf(this.deps, step.context);
    if (typeof step.result === 'string') {
      const locale = turnLocale(step.context);
      const read = readContactAnswer(step.result, { locale, now: this.deps.clock() });
      const { contact } = recognizeContact(step.result);
      const found = { ...read, phone: read.phone ?? contact.phone, email: read.email ?? contact.email };
      // Details given are consent given: nothing more to ask.
      if (fileContactAnswer(profile, found)) {
        profile.customer.consentToContact = true;
        return step.next();
      }
      const answer = found.answer ?? recognizeYesNo(step.result, locale);
      if (answer === 'no') {
        profile.customer.consentToContact = false;
        await say(step.context, 'discovery:handoff.noContact');
        return step.next();
      }
      if (answer !== 'yes') {
        if (step.options.consentAgain) {
          profile.customer.consentToContact = false;
          await say(step.context, 'discovery:handoff.noContact');
          return step.next();
        }
        const options: HandoffDialogOptions = { ...step.options, consentAgain: true };
        return step.replaceDialog(HANDOFF_WATERFALL, options);
      }
    }
    profile.customer.consentToContact = true;
    const key = step.options.reask ? 'discovery:handoff.contactMalformed' : 'discovery:handoff.contactAsk';
    return step.prompt(TEXT_PROMPT, promptOptions(step.context, { key }));
  }

  private async checkContactStep(step: WaterfallStepContext<HandoffDialogOptions>): Promise<DialogTurnResult> {
    if (typeof step.result !== 'string') return step.next();
    const { profile } = await profileOf(this.deps, step.context);
    const found = readContactAnswer(step.result, { locale: turnLocale(step.context), now: this.deps.clock() });
    const { contact, malformed } = recognizeContact(step.result);
    const gave = fileContactAnswer(profile, { ...found, phone: found.phone ?? contact.phone, email: found.email ?? contact.email });
    if (!gave && malformed.length && !step.options.reask) {
      const options: HandoffDialogOptions = { ...step.options, reask: true };
      return step.replaceDialog(HANDOFF_WATERFALL, options);
    }
    if (!gave) {
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
