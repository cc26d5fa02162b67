import { randomUUID } from 'crypto';
import { Activity, ActivityTypes, CloudAdapter, ConversationReference, EventFactory, MessageFactory, TurnContext } from 'botbuilder';
import { BotStateSet } from './state';
import { HandoffTrigger, NeedDefinition } from '../domain/types';
import { buildNeedDefinition } from './handoff/needDefinition';
import { ConfirmationAnswer, HandoffQueue, HandoffRecord } from './handoff/HandoffQueue';
import { CustomerAddress } from './handoff/handoffStore';
import { buildHandoffCard } from './handoff/card';
import { buildNeedConfirmationCard } from './confirmation/card';
import { NeedConfirmationPort } from './confirmation/port';
import { Logger } from './logger';
import { SubscriptionStore } from './SubscriptionStore';
import { PracticeHistory } from './PracticeHistory';
import { say } from './render';

import { isStaff } from './staffAccess';
import { DATA_DELETED, HandoffPort, StaffPort } from './ports';
import { StaffAccess } from './staffAccess';

export interface HandoffServiceOptions {
  state: BotStateSet;
  queue: HandoffQueue;
  subscriptions: SubscriptionStore;
  adapter: CloudAdapter;
  appId: string;
  logger: Logger;
  clock: () => Date;
  /** Who may subscribe and claim: checked again here, since these are the calls that hand out customers' details. */
  staff: StaffAccess;
  /** "Delete my data" also removes the practice history of whoever asks. */
  practiceHistory?: PracticeHistory;
}

/**
 * Turns a conversation into a stored, announced need definition: the queue record (one per
 * conversation), the Bot Framework handoff.initiate event with the transcript attached, and a card to
 * every subscribed staff chat.
 */
/** Where the customer can be reached again: the conversation reference without anything the reply does not need. */
function addressOf(activity: Activity): CustomerAddress | undefined {
  const reference = TurnContext.getConversationReference(activity);
  if (!reference.serviceUrl || !reference.conversation?.id || !reference.bot?.id || !reference.channelId) return undefined;
  const { id, tenantId, conversationType, isGroup } = reference.conversation;
  return {
    channelId: reference.channelId,
    serviceUrl: reference.serviceUrl,
    conversation: { id, ...(tenantId ? { tenantId } : {}), ...(conversationType ? { conversationType } : {}), ...(isGroup !== undefined ? { isGroup } : {}) },
    bot: { id: reference.bot.id, ...(reference.bot.name ? { name: reference.bot.name } : {}) },
    ...(reference.user?.id ? { user: { id: reference.user.id } } : {}),
    ...(activity.locale ? { locale: activity.locale } : {}),
  };
}

export class HandoffService implements HandoffPort, StaffPort, NeedConfirmationPort {
  constructor(private readonly options: HandoffServiceOptions) {}

  async handOff(context: TurnContext, trigger: HandoffTrigger): Promise<string> {
    const { state, queue, clock } = this.options;
    const data = await state.conversation(context);
    const profile = data.profile;
    if (!profile) throw new Error('handoff without a profile');
    const activity = context.activity;
    const definition = buildNeedDefinition(profile, {
      id: data.handoffId ?? randomUUID(),
      conversationId: activity.conversation.id,
      channelId: activity.channelId,
      trigger,
      now: clock(),
      transcript: data.transcript,
    });
    const address = addressOf(activity as Activity);
    const stored = await queue.upsert({ ...definition, userId: activity.from?.id, ...(address ? { address } : {}) });
    data.handoffId = stored.id;
    const transcript = {
      activities: data.transcript.map((entry) => {
        const message: Partial<Activity> = {
          type: ActivityTypes.Message,
          text: entry.text,
          timestamp: new Date(entry.timestamp),
          from: entry.from === 'customer' ? activity.from : activity.recipient,
        };
        return message as Activity;
      }),
    };
    await context.sendActivity(EventFactory.createHandoffInitiation(context, stored, transcript));
    await this.notifyStaff(stored);
    return stored.id;
  }

  /**
   * A message the customer sent after the handoff goes on the same record: the note among the open questions
   * for the rep, new contact details, the transcript and the update time. Status and claim stay as they are.
   */
  async appendCustomerNote(context: TurnContext, note: string): Promise<void> {
    const { state, queue, clock } = this.options;
    const data = await state.conversation(context);
    const stored = data.handoffId ? await queue.get(data.handoffId) : undefined;
    if (!stored) return;
    const contact = data.profile?.customer.contact;
    await queue.upsert({
      ...stored,
      customer: contact ? { ...stored.customer, contact: { ...stored.customer.contact, ...contact } } : stored.customer,
      openQuestions: [...stored.openQuestions, note],
      transcript: data.transcript.length ? data.transcript : stored.transcript,
      updatedAt: clock().toISOString(),
    });
  }

  /**
   * Posts the approved need definition into the customer's conversation (Web Chat through the embedded
   * Direct Line, or Teams) as a card in the customer's language. Throws when the conversation cannot be reached.
   */
  async sendConfirmation(record: HandoffRecord): Promise<void> {
    const { adapter, appId } = this.options;
    if (!record.address) throw new Error('this handoff was stored without the address of its conversation');
    const reference = record.address as Partial<ConversationReference>;
    const card = buildNeedConfirmationCard(record, record.locale, record.needConfirmation?.approvedBy);
    await adapter.continueConversationAsync(appId, reference, async (ctx) => {
      const message = MessageFactory.attachment(card);
      message.locale = record.locale;
      message.channelData = { tanxun: { key: 'staff-confirm:card', locale: record.locale } };
      await ctx.sendActivity(message);
    });
  }

  async awaiting(conversationId: string): Promise<{ id: string } | undefined> {
    const record = await this.options.queue.getByConversation(conversationId);
    return record?.needConfirmation?.status === 'sent' ? { id: record.id } : undefined;
  }

  async answer(id: string, conversationId: string, answer: ConfirmationAnswer): Promise<boolean> {
    const record = await this.options.queue.get(id);
    if (!record || record.conversationId !== conversationId) return false;
    return (await this.options.queue.recordAnswer(id, answer)) !== undefined;
  }

  private async notifyStaff(definition: NeedDefinition): Promise<void> {
    const { subscriptions, adapter, appId, logger } = this.options;
    for (const reference of await subscriptions.list()) {
      // References stored before staff and serviceUrls were checked may point at Web Chat or anywhere at all.
      if (!subscriptions.isDeliverable(reference)) {
        logger.warn('skipped a staff subscription that may not receive handoffs', {
          conversationId: reference.conversation?.id,
          channelId: reference.channelId,
          serviceUrl: String(reference.serviceUrl ?? '').slice(0, 200),
        });
        continue;
      }
      try {
        await adapter.continueConversationAsync(appId, reference, async (ctx) => {
          const locale = reference.locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
          // The staff API needs a bearer key a browser link cannot carry, so the transcript travels inside the card.
          const card = buildHandoffCard(definition, locale, {});
          await ctx.sendActivity(MessageFactory.attachment(card));
        });
      } catch (err) {
        logger.warn('could not post a handoff card', { conversationId: reference.conversation?.id, error: (err as Error).message });
      }
    }
  }

  /** Staff commands and card actions come only from configured Teams staff; anyone else is told so. */
  private async refusedAsNotStaff(context: TurnContext): Promise<boolean> {
    if (isStaff(context.activity, this.options.staff)) return false;
    await say(context, 'common:staff.notStaff');
    return true;
  }

  async subscribe(context: TurnContext): Promise<void> {
    if (await this.refusedAsNotStaff(context)) return;
    const reference: Partial<ConversationReference> = TurnContext.getConversationReference(context.activity);
    const stored = await this.options.subscriptions.add({ ...reference, locale: context.activity.locale });
    await say(context, stored ? 'common:staff.subscribed' : 'common:staff.unreachable');
  }

  async unsubscribe(context: TurnContext): Promise<void> {
    if (await this.refusedAsNotStaff(context)) return;
    await this.options.subscriptions.remove(context.activity.conversation.id);
    await say(context, 'common:staff.unsubscribed');
  }

  async deleteCustomerData(context: TurnContext): Promise<void> {
    const { state, queue } = this.options;
    await queue.deleteForConversation(context.activity.conversation.id);
    if (context.activity.from?.id) await queue.deleteForUser(context.activity.from.id);
    await state.clearAll(context);
    await this.options.practiceHistory?.remove(PracticeHistory.keyOf(context.activity));
    context.turnState.set(DATA_DELETED, true);
    await say(context, 'common:dataDeleted');
  }

  async claimFromCard(context: TurnContext, id: string): Promise<void> {
    if (await this.refusedAsNotStaff(context)) return;
    // The name comes from Teams, never from the card's submitted value, which the client controls.
    const rep = context.activity.from?.name || context.activity.from?.id || 'staff';
    try {
      const claimed = await this.options.queue.claim(id, rep);
      await say(context, 'common:staff.claimed', { rep: { quote: rep }, name: { quote: claimed.needName } });
    } catch (err) {
      await say(context, 'common:staff.claimFailed', { reason: { quote: (err as Error).message } });
    }
  }
}
