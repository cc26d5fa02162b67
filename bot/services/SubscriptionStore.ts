import { ConversationReference, Storage, StoreItem } from 'botbuilder';

const KEY = 'staff/subscriptions';
const MAX_RETRIES = 5;

interface SubscriptionItem extends StoreItem {
  references: Partial<ConversationReference>[];
}

/**
 * Teams channels and chats that receive new handoff cards. Kept in the bot's Storage so that every
 * instance sees the same list; updates use the item's eTag so two instances never drop each other's entry.
 */
export class SubscriptionStore {
  constructor(private readonly storage: Storage) {}

  async list(): Promise<Partial<ConversationReference>[]> {
    const items = await this.storage.read([KEY]);
    return (items[KEY] as SubscriptionItem | undefined)?.references ?? [];
  }

  async add(reference: Partial<ConversationReference>): Promise<void> {
    await this.update((refs) => [...refs.filter((r) => r.conversation?.id !== reference.conversation?.id), reference]);
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
