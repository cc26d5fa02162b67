import { ActivityTypes, TurnContext } from 'botbuilder';
import { recognizeYesNo } from '../../domain/understand';
import { BotStateSet } from '../../services/state';
import { CHANGE_INPUT, isConfirmationSubmit } from '../../services/confirmation/card';
import { NeedConfirmationPort } from '../../services/confirmation/port';
import { turnLocale } from '../../services/locale';
import { say } from '../../services/render';

const MAX_CHANGE = 2000;

/** A customer's line that asks something rather than answering: left to the conversation. */
function asksSomething(text: string): boolean {
  return /[?？]\s*$/u.test(text) || /[吗呢][。.]?\s*$/u.test(text);
}

/**
 * The customer's answer to the need confirmation staff sent into their conversation: the card's buttons
 * ("confirm" / "ask for a change", with an optional text), or, while the confirmation waits, a typed
 * yes or the change in their own words. Runs before the conversation's dialogs; a turn it does not claim
 * goes on to them unchanged.
 */
export class NeedConfirmationDialog {
  constructor(
    private readonly state: BotStateSet,
    private readonly confirmations: NeedConfirmationPort,
  ) {}

  /** True when this turn was the customer's answer (and has been replied to). */
  async handle(context: TurnContext): Promise<boolean> {
    const activity = context.activity;
    if (activity.type !== ActivityTypes.Message) return false;
    const conversationId = activity.conversation.id;
    if (isConfirmationSubmit(activity.value)) {
      const submitted = activity.value;
      const change = typeof submitted[CHANGE_INPUT] === 'string' ? submitted[CHANGE_INPUT].trim().slice(0, MAX_CHANGE) : '';
      if (submitted.answer === 'change' && !change) {
        const waiting = await this.confirmations.awaiting(conversationId);
        await say(context, waiting?.id === submitted.id ? 'staff-confirm:askChange' : 'staff-confirm:expired');
        return true;
      }
      const recorded = await this.confirmations.answer(submitted.id, conversationId, submitted.answer === 'confirm' ? { kind: 'confirmed' } : { kind: 'change-requested', text: change });
      await say(context, !recorded ? 'staff-confirm:expired' : submitted.answer === 'confirm' ? 'staff-confirm:confirmed' : 'staff-confirm:changeNoted');
      return true;
    }
    const text = (activity.text ?? '').trim();
    if (!text || asksSomething(text)) return false;
    // Only a conversation that was handed over can have a confirmation waiting: the others cost no lookup.
    if (!(await this.state.conversation(context)).handoffId) return false;
    const waiting = await this.confirmations.awaiting(conversationId);
    if (!waiting) return false;
    const yesNo = recognizeYesNo(text, turnLocale(context));
    if (yesNo === 'yes') {
      await this.confirmations.answer(waiting.id, conversationId, { kind: 'confirmed' });
      await say(context, 'staff-confirm:confirmed');
      return true;
    }
    // A bare "no" says something is wrong but not what: ask, and keep waiting for the words.
    if (yesNo === 'no' && text.length <= 12) {
      await say(context, 'staff-confirm:askChange');
      return true;
    }
    await this.confirmations.answer(waiting.id, conversationId, { kind: 'change-requested', text: text.slice(0, MAX_CHANGE) });
    await say(context, 'staff-confirm:changeNoted');
    return true;
  }
}
