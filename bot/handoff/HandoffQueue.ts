import { Storage, StoreItem } from 'botbuilder';
import { NeedDefinition } from '../domain/types';
import { validateNeedDefinition } from './needDefinition';

export type HandoffStatus = NeedDefinition['status'];

/** The stored record: the need definition plus who the customer is, for "delete my data". */
export type HandoffRecord = NeedDefinition & { userId?: string };

export class HandoffConflictError extends Error {}
export class HandoffNotFoundError extends Error {}

interface IndexRow {
  id: string;
  conversationId: string;
  userId?: string;
  status: HandoffStatus;
  createdAt: string;
}

interface IndexItem extends StoreItem {
  rows: IndexRow[];
}

interface ConversationPointer extends StoreItem {
  id: string;
}

export interface ListFilter {
  status?: HandoffStatus;
  conversationId?: string;
  limit?: number;
}

const MAX_RETRIES = 8;
const INDEX_MONTHS_SCANNED = 24;

const recordKey = (id: string) => `handoffs/records/${id}`;
const pointerKey = (conversationId: string) => `handoffs/by-conversation/${conversationId}`;
const indexKey = (createdAt: string) => `handoffs/index/${createdAt.slice(0, 7)}`;

/**
 * The handoff queue on any botbuilder Storage (lowdb files, Azure blobs). One record per conversation;
 * a small index per month lets the staff API list without reading every record. Index and record updates
 * carry the eTag they were read with and retry on conflict, so several bot instances lose nothing.
 */
export class HandoffQueue {
  constructor(
    private readonly storage: Storage,
    private readonly clock: () => Date = () => new Date(),
    private readonly onInvalid: (id: string, errors: string[]) => void = () => undefined,
  ) {}

  private async retry<T>(task: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await task();
      } catch (err) {
        if (!/etag|precondition|conflict/i.test((err as Error).message) || attempt >= MAX_RETRIES) throw err;
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * (attempt + 1)));
      }
    }
  }

  private async updateIndex(createdAt: string, change: (rows: IndexRow[]) => IndexRow[]): Promise<void> {
    const key = indexKey(createdAt);
    await this.retry(async () => {
      const items = await this.storage.read([key]);
      const current = items[key] as IndexItem | undefined;
      await this.storage.write({ [key]: { rows: change(current?.rows ?? []), eTag: current?.eTag ?? '*' } });
    });
  }

  /**
   * Stores a handoff; a conversation handed over again updates its open record (same id, createdAt and
   * status) instead of creating another. Invalid records are reported and stored all the same: a handoff
   * is never dropped.
   */
  async upsert(definition: HandoffRecord): Promise<HandoffRecord> {
    return this.retry(async () => {
      const pointer = (await this.storage.read([pointerKey(definition.conversationId)]))[pointerKey(definition.conversationId)] as ConversationPointer | undefined;
      const existing = pointer ? await this.get(pointer.id) : undefined;
      const now = this.clock().toISOString();
      const record: HandoffRecord = existing
        ? { ...definition, id: existing.id, createdAt: existing.createdAt, status: existing.status, ...(existing.claimedBy ? { claimedBy: existing.claimedBy } : {}), updatedAt: now }
        : { ...definition, updatedAt: now };
      const { valid, errors } = validateNeedDefinition(stripExtras(record));
      if (!valid) this.onInvalid(record.id, errors);
      await this.storage.write({ [recordKey(record.id)]: { ...record, eTag: '*' } });
      if (!existing) {
        await this.storage.write({ [pointerKey(record.conversationId)]: { id: record.id, eTag: '*' } });
        await this.updateIndex(record.createdAt, (rows) => [
          ...rows.filter((r) => r.id !== record.id),
          { id: record.id, conversationId: record.conversationId, userId: record.userId, status: record.status, createdAt: record.createdAt },
        ]);
      }
      return record;
    });
  }

  async get(id: string): Promise<HandoffRecord | undefined> {
    const item = (await this.storage.read([recordKey(id)]))[recordKey(id)] as (HandoffRecord & StoreItem) | undefined;
    if (!item) return undefined;
    const { eTag: _eTag, ...record } = item;
    return record as HandoffRecord;
  }

  private monthsBack(count: number): string[] {
    const now = this.clock();
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
      out.push(d.toISOString());
    }
    return out;
  }

  private async rows(): Promise<IndexRow[]> {
    const keys = this.monthsBack(INDEX_MONTHS_SCANNED).map(indexKey);
    const items = await this.storage.read(keys);
    return keys.flatMap((k) => (items[k] as IndexItem | undefined)?.rows ?? []);
  }

  async list(filter: ListFilter = {}): Promise<HandoffRecord[]> {
    const rows = (await this.rows())
      .filter((r) => (!filter.status || r.status === filter.status) && (!filter.conversationId || r.conversationId === filter.conversationId))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, filter.limit ?? 100);
    const records = await Promise.all(rows.map((r) => this.get(r.id)));
    return records.filter((r): r is HandoffRecord => !!r);
  }

  private async transition(id: string, change: (record: HandoffRecord) => HandoffRecord): Promise<HandoffRecord> {
    return this.retry(async () => {
      const item = (await this.storage.read([recordKey(id)]))[recordKey(id)] as (HandoffRecord & StoreItem) | undefined;
      if (!item) throw new HandoffNotFoundError(`no handoff with id ${id}`);
      const { eTag, ...current } = item;
      const next = { ...change(current as HandoffRecord), updatedAt: this.clock().toISOString() };
      await this.storage.write({ [recordKey(id)]: { ...next, eTag } });
      await this.updateIndex(next.createdAt, (rows) => rows.map((r) => (r.id === id ? { ...r, status: next.status } : r)));
      return next;
    });
  }

  async claim(id: string, rep: string): Promise<HandoffRecord> {
    return this.transition(id, (record) => {
      if (record.status !== 'open') throw new HandoffConflictError(`handoff ${id} is already ${record.status}${record.claimedBy ? ` by ${record.claimedBy}` : ''}`);
      return { ...record, status: 'claimed', claimedBy: rep };
    });
  }

  async complete(id: string): Promise<HandoffRecord> {
    return this.transition(id, (record) => {
      if (record.status === 'completed') throw new HandoffConflictError(`handoff ${id} is already completed`);
      return { ...record, status: 'completed' };
    });
  }

  private async remove(rows: IndexRow[]): Promise<number> {
    for (const row of rows) {
      await this.storage.delete([recordKey(row.id), pointerKey(row.conversationId)]);
      await this.updateIndex(row.createdAt, (all) => all.filter((r) => r.id !== row.id));
    }
    return rows.length;
  }

  async deleteForConversation(conversationId: string): Promise<number> {
    return this.remove((await this.rows()).filter((r) => r.conversationId === conversationId));
  }

  async deleteForUser(userId: string): Promise<number> {
    return this.remove((await this.rows()).filter((r) => r.userId === userId));
  }
}

/** The schema allows extra properties, but validation checks the record as a consumer sees it. */
function stripExtras(record: HandoffRecord): NeedDefinition {
  const { userId: _userId, ...definition } = record;
  return definition;
}
