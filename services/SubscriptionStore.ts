import { ConversationReference, Storage, StoreItem } from 'botbuilder';

import { Logger } from './logger';
import { isDeliverableReference } from './staffAccess';
import { StaffAccess } from './staffAccess';

const KEY = 'staff/subscriptions';
const MAX_RETRIES = 5;

interface SubscriptionItem extends StoreItem {
  references: Partial<ConversationReference>[];
}

export interface SubscriptionStoreOptions {
  staff: StaffAccess;
  /** Without credentials only loopback serviceUrls are trusted (see isAllowedServiceUrl). */
  localMode: boolean;
  logger: Logger;
}

/**
 * Teams channels and chats that receive new handoff cards. Kept in the bot's Storage so that every
 * instance sees the same list; updates use the item's eTag so two instances never drop each other's entry.
 */
export class SubscriptionStore {
  constructor(
    private readonly storage: Storage,
    private readonly options: SubscriptionStoreOptions,
  ) {}

  async list(): Promise<Partial<ConversationReference>[]> {
    const items = await this.storage.read([KEY]);
    return (items[KEY] as SubscriptionItem | undefined)?.references ?? [];
  }

  /** Whether handoff cards may be posted to this reference (Teams, our tenant, a trusted serviceUrl). */
  isDeliverable(reference: Partial<ConversationReference>): boolean {
    return isDeliverableReference(reference, this.options.staff, this.options.localMode);
  }

  /**
   * Stores the reference unless cards could not lawfully go there: a serviceUrl we do not trust would turn
   * every later handoff into a request to wherever the subscriber pointed. Returns whether it was stored.
   */
  async add(reference: Partial<ConversationReference>): Promise<boolean> {
    if (!this.isDeliverable(reference)) {
      this.options.logger.warn('refused to store a staff subscription', { conversationId: reference.conversation?.id, channelId: reference.channelId, serviceUrl: String(reference.serviceUrl ?? '').slice(0, 200) });
      return false;
    }
    await this.update((refs) => [...refs.filter((r) => r.conversation?.id !== reference.conversation?.id), reference]);
    return true;
  }

  async remove(conversationId: string): Promise<void> {
    await this.update((refs) => refs.filter((r) => r.conversation?.id !== conversationId));
  }

  private async update(change: (refs: Partial<ConversationReference>[]) => Partial<ConversationReference>[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const items = await this.storage.read([KEY]);
      const current = items[KEY] as SubscriptionItem | undefined;
      const next: SubscriptionItem = { references: change(current?.references ?? []), eTag: current?.eTag ?? '*' };
      try {
        await this.storage.write({ [KEY]: next });
        return;
      } catch (err) {
        if (attempt >= MAX_RETRIES) throw err;
      }
    }
  }
}
