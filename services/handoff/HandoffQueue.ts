import { Storage } from 'botbuilder';
import { KeyedQueue } from '../../domain/keyedQueue';
import { createLogger, Logger } from '../logger';
import { HandoffIndex, rowOf } from './HandoffIndex';
import { byRecency, Matchable, Ranked } from './IndexScan';
import { HandoffError, HandoffConflictError, HandoffNotFoundError, HandoffRecord, HandoffStatus, ItemStore, RECORD_PREFIX, StaleRead, Stored, unstored } from './handoffStore';
import { validateNeedDefinition, withSummaries } from './needDefinition';

export { HANDOFF_STATUSES, HandoffBusyError, HandoffConflictError, HandoffError, HandoffNotFoundError } from './handoffStore';
export type { HandoffRecord, HandoffStatus } from './handoffStore';

export interface ListFilter {
  status?: HandoffStatus;
  conversationId?: string;
  /** At most this many records (1-1000, default 50). */
  limit?: number;
  /** Only records created before this instant (ISO date-time): the cursor for the next page. */
  before?: string;
}

export interface HandoffQueueOptions {
  logger?: Pick<Logger, 'warn'>;
  /** Index rows per page item; small values only make sense in tests. */
  pageSize?: number;
  /** Attempts per read-modify-write when other instances write the same item at the same time. */
  maxAttempts?: number;
}

interface ConversationPointer {
  id: string;
}

const KEYS = {
  record: (id: string) => `${RECORD_PREFIX}${id}`,
  conversation: (conversationId: string) => `handoff-conversation/${conversationId}`,
};

const DEFAULT_PAGE_SIZE = 200;
const DEFAULT_MAX_ATTEMPTS = 12;
const MAX_LIMIT = 1000;

function matcher(filter: ListFilter): (r: Matchable) => boolean {
  return (r) =>
    (!filter.status || r.status === filter.status) && (!filter.before || r.createdAt < filter.before) && (!filter.conversationId || r.conversationId === filter.conversationId);
}

/**
 * The handoff queue on any botbuilder Storage (MemoryStorage, the lowdb store, Azure blobs shared by several
 * instances). One record per conversation under `handoff/<id>`, a pointer per conversation, and a paged index
 * (HandoffIndex) so that listing reads a few small items instead of every record. Every shared item is
 * written with the eTag it was read with and retried on conflict, so concurrent instances lose nothing;
 * within one instance, writes to the same item queue up instead of colliding.
 */
export class HandoffQueue {
  private readonly local = new KeyedQueue();
  private readonly logger: Pick<Logger, 'warn'>;
  private readonly items: ItemStore;
  private readonly index: HandoffIndex;

  constructor(
    private readonly storage: Storage,
    private readonly clock: () => Date = () => new Date(),
    options: HandoffQueueOptions = {},
  ) {
    this.logger = options.logger ?? createLogger();
    const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
    this.items = new ItemStore(storage, maxAttempts);
    this.index = new HandoffIndex(storage, { pageSize: Math.max(1, options.pageSize ?? DEFAULT_PAGE_SIZE), maxAttempts, logger: this.logger });
  }

  /**
   * Stores a handoff. A conversation handed over again updates its record, keeping id, createdAt, status
   * and claimant; a completed one is reopened, since the customer is asking again. A record that does not
   * match the schema is logged (without its content) and stored all the same: a handoff is never dropped.
   */
  async upsert(definition: HandoffRecord): Promise<HandoffRecord> {
    const id = await this.idForConversation(definition.conversationId, definition.id);
    const key = KEYS.record(id);
    const { record, created } = await this.local.run(key, () =>
      this.items.retrying('storing a handoff', async () => {
        const existing = await this.items.read<HandoffRecord>(key);
        const now = this.clock().toISOString();
        const next = this.summarized(existing ? merged(unstored(existing), definition, now) : { ...definition, id, updatedAt: now });
        this.check(next);
        if (existing) await this.storage.write({ [key]: { ...next, eTag: existing.eTag } });
        else if (!(await this.items.create(key, next))) throw new StaleRead();
        return { record: next, created: !existing };
      }),
    );
    if (created) await this.index.append(rowOf(record));
    else await this.index.update(rowOf(record));
    return record;
  }

  async get(id: string): Promise<HandoffRecord | undefined> {
    const item = await this.items.read<HandoffRecord>(KEYS.record(id));
    return item ? unstored(item) : undefined;
  }

  /**
   * Newest first. Reads the index head, only the pages that could hold rows newer than what it already has,
   * and only the records it returns (plus any whose index row turned out to be out of date).
   */
  async list(filter: ListFilter = {}): Promise<HandoffRecord[]> {
    const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(filter.limit ?? 50)));
    const keep = matcher(filter);
    if (filter.conversationId) {
      const pointer = await this.items.read<ConversationPointer>(KEYS.conversation(filter.conversationId));
      const record = pointer ? await this.get(pointer.id) : undefined;
      return record && keep(record) ? [record] : [];
    }
    const scan = await this.index.scan(keep, filter.before);
    if (!scan) return [];
    const found: { ranked: Ranked; record: HandoffRecord }[] = [];
    while (found.length < limit) {
      const next = await scan.newest(limit - found.length);
      if (!next.length) break;
      const items = await this.storage.read(next.map((c) => KEYS.record(c.row.id)));
      for (const ranked of next) {
        const item = items[KEYS.record(ranked.row.id)] as Stored<HandoffRecord> | undefined;
        // The record is the truth; its index row may lag behind a status change or a deletion.
        if (item && keep(item)) found.push({ ranked: { ...ranked, row: { ...ranked.row, createdAt: item.createdAt } }, record: unstored(item) });
      }
    }
    return found.sort((a, b) => byRecency(a.ranked, b.ranked)).map((f) => f.record);
  }

  async claim(id: string, rep: string): Promise<HandoffRecord> {
    const name = rep.trim();
    if (!name) throw new HandoffError('a rep name is required to claim a handoff', 400);
    return this.transition(id, (record) => {
      if (record.status !== 'open') throw new HandoffConflictError(id, record.status, record.claimedBy);
      return { ...record, status: 'claimed', claimedBy: name };
    });
  }

  async complete(id: string): Promise<HandoffRecord> {
    return this.transition(id, (record) => {
      if (record.status === 'completed') throw new HandoffConflictError(id, record.status, record.claimedBy);
      return { ...record, status: 'completed' };
    });
  }

  /** Deletes every handoff of a conversation; returns how many records were removed. */
  async deleteForConversation(conversationId: string): Promise<number> {
    const rows = (await this.index.allRows()).filter((r) => r.conversationId === conversationId);
    const pointer = await this.items.read<ConversationPointer>(KEYS.conversation(conversationId));
    const ids = new Set([...rows.map((r) => r.id), ...(pointer ? [pointer.id] : [])]);
    return this.remove([...ids].map((id) => ({ id, conversationId, createdAt: rows.find((r) => r.id === id)?.createdAt })));
  }

  /** Deletes every handoff of a channel user (all their conversations); returns how many records were removed. */
  async deleteForUser(userId: string): Promise<number> {
    const rows = (await this.index.allRows()).filter((r) => r.userId === userId);
    return this.remove(rows);
  }

  private async remove(targets: { id: string; conversationId: string; createdAt?: string }[]): Promise<number> {
    let removed = 0;
    for (const target of targets) {
      const record = await this.get(target.id);
      if (record) removed += 1;
      await this.storage.delete([KEYS.record(target.id), KEYS.conversation(target.conversationId)]);
      await this.index.remove(target.id, target.createdAt ?? record?.createdAt);
    }
    return removed;
  }

  private async transition(id: string, change: (record: HandoffRecord) => HandoffRecord): Promise<HandoffRecord> {
    const key = KEYS.record(id);
    const next = await this.local.run(key, () =>
      this.items.retrying('updating a handoff', async () => {
        const item = await this.items.read<HandoffRecord>(key);
        if (!item) throw new HandoffNotFoundError(id);
        const updated = this.summarized({ ...change(unstored(item)), updatedAt: this.clock().toISOString() });
        await this.storage.write({ [key]: { ...updated, eTag: item.eTag } });
        return updated;
      }),
    );
    await this.index.update(rowOf(next));
    return next;
  }

  /** The conversation's record id: the one already stored, else ours, decided once even between instances. */
  private async idForConversation(conversationId: string, proposed: string): Promise<string> {
    const key = KEYS.conversation(conversationId);
    const pointer = await this.items.read<ConversationPointer>(key);
    if (pointer) return pointer.id;
    await this.items.create(key, { id: proposed });
    return (await this.items.read<ConversationPointer>(key))?.id ?? proposed;
  }

  /** Summaries follow the record; a record too broken to summarise is still stored, with the summaries it came with. */
  private summarized(record: HandoffRecord): HandoffRecord {
    try {
      return withSummaries(record);
    } catch (err) {
      this.logger.warn('could not render handoff summaries', { id: record.id, error: err instanceof Error ? err.message : String(err) });
      return record;
    }
  }

  private check(record: HandoffRecord): void {
    const { valid, errors } = validateNeedDefinition(record);
    if (!valid) {
      this.logger.warn('handoff does not match need-definition.schema.json; stored anyway', {
        id: record.id,
        conversationId: record.conversationId,
        errors: errors.join('; '),
      });
    }
  }
}

/** A second handoff of the same conversation: new content, the record's identity and progress kept. */
function merged(existing: HandoffRecord, incoming: HandoffRecord, now: string): HandoffRecord {
  const reopened = existing.status === 'completed';
  const { claimedBy: _ignored, ...content } = incoming;
  const userId = incoming.userId ?? existing.userId;
  return {
    ...content,
    id: existing.id,
    createdAt: existing.createdAt,
    updatedAt: now,
    status: reopened ? 'open' : existing.status,
    ...(existing.claimedBy && !reopened ? { claimedBy: existing.claimedBy } : {}),
    ...(userId ? { userId } : {}),
  };
}
