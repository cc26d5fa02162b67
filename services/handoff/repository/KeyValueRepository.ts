import { Storage } from 'botbuilder';
import { Logger } from '../../logger';
import { HandoffIndex, rowOf } from '../HandoffIndex';
import { byRecency, Matchable, Ranked } from '../IndexScan';
import { HandoffRecord, ItemStore, RECORD_PREFIX, StaleRead, Stored, unstored } from '../handoffStore';
import { HandoffRepository, matches, RecordQuery, Versioned } from './types';

interface ConversationPointer {
  id: string;
}

export const KV_KEYS = {
  record: (id: string) => `${RECORD_PREFIX}${id}`,
  conversation: (conversationId: string) => `handoff-conversation/${conversationId}`,
};

export interface KeyValueRepositoryOptions {
  logger: Pick<Logger, 'warn'>;
  pageSize: number;
  maxAttempts: number;
}

/** The part of a query the index rows can answer; the rest is checked on the records. */
function rowMatcher(query: RecordQuery): (r: Matchable) => boolean {
  return (r) => (!query.status || r.status === query.status) && (!query.before || r.createdAt < query.before) && (!query.conversationId || r.conversationId === query.conversationId);
}

/**
 * Handoff records on a botbuilder key-value Storage: `handoff/<id>`, a pointer per conversation, and the
 * paged HandoffIndex so that listing reads a few small items. Used for the in-memory store, and read once
 * at start-up to move records written before the repository existed into the lowdb collection or table.
 */
export class KeyValueRepository implements HandoffRepository {
  private readonly items: ItemStore;
  private readonly index: HandoffIndex;

  constructor(
    private readonly storage: Storage,
    options: KeyValueRepositoryOptions,
  ) {
    this.items = new ItemStore(storage, options.maxAttempts);
    this.index = new HandoffIndex(storage, { pageSize: options.pageSize, maxAttempts: options.maxAttempts, logger: options.logger });
  }

  async get(id: string): Promise<Versioned | undefined> {
    const item = await this.items.read<HandoffRecord>(KV_KEYS.record(id));
    return item ? { record: unstored(item), etag: item.eTag ?? '*' } : undefined;
  }

  async idForConversation(conversationId: string): Promise<string | undefined> {
    return (await this.items.read<ConversationPointer>(KV_KEYS.conversation(conversationId)))?.id;
  }

  async create(record: HandoffRecord): Promise<boolean> {
    const pointerKey = KV_KEYS.conversation(record.conversationId);
    await this.items.create(pointerKey, { id: record.id });
    if ((await this.items.read<ConversationPointer>(pointerKey))?.id !== record.id) return false;
    if (!(await this.items.create(KV_KEYS.record(record.id), record))) return false;
    await this.index.append(rowOf(record));
    return true;
  }

  async replace(record: HandoffRecord, etag: string): Promise<void> {
    const key = KV_KEYS.record(record.id);
    const current = await this.items.read<HandoffRecord>(key);
    if (!current) throw new StaleRead();
    await this.storage.write({ [key]: { ...record, eTag: etag } });
    await this.index.update(rowOf(record));
  }

  async list(query: RecordQuery, limit: number): Promise<HandoffRecord[]> {
    if (query.conversationId) {
      const id = await this.idForConversation(query.conversationId);
      const found = id ? await this.get(id) : undefined;
      return found && matches(found.record, query) ? [found.record] : [];
    }
    const scan = await this.index.scan(rowMatcher(query), query.before);
    if (!scan) return [];
    const found: { ranked: Ranked; record: HandoffRecord }[] = [];
    while (found.length < limit) {
      const next = await scan.newest(limit - found.length);
      if (!next.length) break;
      const items = await this.storage.read(next.map((c) => KV_KEYS.record(c.row.id)));
      for (const ranked of next) {
        const item = items[KV_KEYS.record(ranked.row.id)] as Stored<HandoffRecord> | undefined;
        // The record is the truth; its index row may lag behind a status change or a deletion.
        if (item && matches(item, query)) found.push({ ranked: { ...ranked, row: { ...ranked.row, createdAt: item.createdAt } }, record: unstored(item) });
      }
    }
    return found.sort((a, b) => byRecency(a.ranked, b.ranked)).map((f) => f.record);
  }

  async each(query: RecordQuery, visit: (record: HandoffRecord) => void): Promise<void> {
    const rows = (await this.index.allRows()).filter((r) => rowMatcher(query)(r) && (!query.userId || r.userId === query.userId));
    for (let i = 0; i < rows.length; i += 50) {
      const keys = rows.slice(i, i + 50).map((r) => KV_KEYS.record(r.id));
      const items = await this.storage.read(keys);
      for (const key of keys) {
        const item = items[key] as Stored<HandoffRecord> | undefined;
        if (item && matches(item, query)) visit(unstored(item));
      }
    }
  }

  async remove(id: string): Promise<void> {
    const found = await this.get(id);
    const rows = found ? [] : (await this.index.allRows()).filter((r) => r.id === id);
    const conversationId = found?.record.conversationId ?? rows[0]?.conversationId;
    await this.storage.delete([KV_KEYS.record(id), ...(conversationId ? [KV_KEYS.conversation(conversationId)] : [])]);
    await this.index.remove(id, found?.record.createdAt ?? rows[0]?.createdAt);
  }
}
