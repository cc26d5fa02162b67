import { MemoryStorage, Storage, StoreItem, StoreItems } from 'botbuilder';
import { NeedDefinition } from '../domain/types';
import { KeyedQueue } from '../keyedQueue';
import { createLogger, Logger } from '../logger';
import { StoreCorruptError } from '../storage/LowdbStorage';
import { validateNeedDefinition, withSummaries } from './needDefinition';

export type HandoffStatus = NeedDefinition['status'];
export const HANDOFF_STATUSES: readonly HandoffStatus[] = ['open', 'claimed', 'completed'];

/** The stored record: the need definition plus the channel's user id, so "delete my data" can find it. */
export type HandoffRecord = NeedDefinition & { userId?: string };

export class HandoffError extends Error {
  constructor(
    message: string,
    readonly httpStatus: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class HandoffNotFoundError extends HandoffError {
  constructor(readonly id: string) {
    super(`no handoff with id ${id}`, 404);
  }
}

export class HandoffConflictError extends HandoffError {
  constructor(
    readonly id: string,
    readonly current: HandoffStatus,
    readonly claimedBy?: string,
  ) {
    super(`handoff ${id} is already ${current}${claimedBy ? ` (claimed by ${claimedBy})` : ''}`, 409);
  }
}

/** Other writers kept winning the same items; the caller may try again later. */
export class HandoffBusyError extends HandoffError {
  constructor(what: string) {
    super(`the handoff store is busy (${what}); try again`, 503);
  }
}

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

interface IndexRow {
  id: string;
  conversationId: string;
  userId?: string;
  status: HandoffStatus;
  createdAt: string;
}

interface PageRef {
  key: string;
  first: string;
  last: string;
}

/** The newest rows plus the list of sealed pages; pages hold older rows, oldest page first. */
interface IndexHead {
  rows: IndexRow[];
  pages: PageRef[];
}

interface IndexPage {
  rows: IndexRow[];
}

interface ConversationPointer {
  id: string;
}

type Stored<T> = T & StoreItem;

const KEYS = {
  record: (id: string) => `handoff/${id}`,
  conversation: (conversationId: string) => `handoff-conversation/${conversationId}`,
  head: 'handoff-index/head',
  page: (n: number) => `handoff-index/page/${n}`,
};

/**
 * An eTag no store ever hands out. MemoryStorage and the lowdb store write it only when the key is absent,
 * which turns a plain write into "create unless someone else already did".
 */
const CREATE_ONLY = 'tanxun-create-only';
const DEFAULT_PAGE_SIZE = 200;
const DEFAULT_MAX_ATTEMPTS = 12;
const PAGES_PER_READ = 4;
const MAX_LIMIT = 1000;

/** Raised inside a read-modify-write when what was read is already out of date. */
class StaleRead extends Error {}

function isWriteConflict(err: unknown): boolean {
  if (err instanceof HandoffError) return false;
  return err instanceof StaleRead || (err instanceof Error && /etag|precondition|\b412\b/i.test(err.message));
}

/** An index row and where it sits: later pages and later positions were stored later. */
interface Ranked {
  row: IndexRow;
  page: number;
  position: number;
}

/** Newest first; among equal times (one clock tick, a fixed test clock) the later stored first. */
function byRecency(a: Ranked, b: Ranked): number {
  return b.row.createdAt.localeCompare(a.row.createdAt) || b.page - a.page || b.position - a.position;
}

function isIndexRow(value: unknown): value is IndexRow {
  const row = value as Partial<IndexRow> | null;
  return typeof row === 'object' && row !== null && typeof row.id === 'string' && typeof row.conversationId === 'string' && typeof row.createdAt === 'string' && HANDOFF_STATUSES.includes(row.status as HandoffStatus);
}

function isPageRef(value: unknown): value is PageRef {
  const ref = value as Partial<PageRef> | null;
  return typeof ref === 'object' && ref !== null && typeof ref.key === 'string' && typeof ref.first === 'string' && typeof ref.last === 'string';
}

function isIndexHead(value: unknown): value is Stored<IndexHead> {
  const head = value as Partial<IndexHead> | null;
  return typeof head === 'object' && head !== null && Array.isArray(head.rows) && head.rows.every(isIndexRow) && Array.isArray(head.pages) && head.pages.every(isPageRef);
}

/** Stores that can list their keys (the lowdb store; MemoryStorage through its map): they let a lost head be rebuilt from the records. */
async function storedKeys(storage: Storage, prefix: string): Promise<string[]> {
  const lister = storage as Storage & { keysWithPrefix?: (prefix: string) => Promise<string[]> };
  if (typeof lister.keysWithPrefix === 'function') return lister.keysWithPrefix(prefix);
  if (storage instanceof MemoryStorage) return Object.keys((storage as unknown as { memory: Record<string, string> }).memory).filter((k) => k.startsWith(prefix));
  return [];
}

function rowOf(record: HandoffRecord): IndexRow {
  return { id: record.id, conversationId: record.conversationId, ...(record.userId ? { userId: record.userId } : {}), status: record.status, createdAt: record.createdAt };
}

function sameRow(a: IndexRow, b: IndexRow): boolean {
  return a.id === b.id && a.conversationId === b.conversationId && a.userId === b.userId && a.status === b.status && a.createdAt === b.createdAt;
}

function unstored<T extends object>(item: Stored<T>): T {
  const { eTag: _eTag, ...value } = item;
  return value as unknown as T;
}

type Matchable = Pick<IndexRow, 'status' | 'createdAt' | 'conversationId'>;

function matcher(filter: ListFilter): (r: Matchable) => boolean {
  return (r) =>
    (!filter.status || r.status === filter.status) && (!filter.before || r.createdAt < filter.before) && (!filter.conversationId || r.conversationId === filter.conversationId);
}

/**
 * Walks the index newest first without reading every page: a page is read only while it could still hold a
 * row newer than the n-th newest row already known (pages are mostly, not strictly, in time order).
 */
class IndexScan {
  private readonly candidates: Ranked[] = [];
  private readonly unread: { ref: PageRef; page: number }[];
  private readonly taken = new Set<string>();

  constructor(
    head: IndexHead,
    private readonly keep: (r: Matchable) => boolean,
    before: string | undefined,
    private readonly readItems: (keys: string[]) => Promise<StoreItems>,
  ) {
    this.add(head.rows, head.pages.length);
    this.unread = head.pages.map((ref, page) => ({ ref, page })).filter(({ ref }) => !before || ref.first < before);
  }

  /** The next `n` newest matching rows not handed out before. */
  async newest(n: number): Promise<Ranked[]> {
    for (;;) {
      const pool = this.pool();
      const cutoff = pool.length >= n ? pool[n - 1].row.createdAt : undefined;
      const pending = this.unread.filter(({ ref }) => cutoff === undefined || ref.last >= cutoff).reverse().slice(0, PAGES_PER_READ);
      if (!pending.length) break;
      const items = await this.readItems(pending.map(({ ref }) => ref.key));
      for (const entry of pending) {
        this.unread.splice(this.unread.indexOf(entry), 1);
        this.add((items[entry.ref.key] as IndexPage | undefined)?.rows ?? [], entry.page);
      }
    }
    const next = this.pool().slice(0, n);
    next.forEach((c) => this.taken.add(c.row.id));
    return next;
  }

  private pool(): Ranked[] {
    return this.candidates.filter((c) => !this.taken.has(c.row.id)).sort(byRecency);
  }

  private add(rows: IndexRow[], page: number): void {
    rows.forEach((row, position) => {
      if (this.keep(row)) this.candidates.push({ row, page, position });
    });
  }
}

/**
 * The handoff queue on any botbuilder Storage (MemoryStorage, the lowdb store, Azure blobs shared by several
 * instances). One record per conversation under `handoff/<id>`, a pointer per conversation, and a paged index
 * (`handoff-index/head` with the newest rows, `handoff-index/page/<n>` for older ones) so that listing reads a
 * few small items instead of every record. Every shared item is written with the eTag it was read with and
 * retried on conflict, so concurrent instances lose nothing; within one instance, writes to the same item
 * queue up instead of colliding.
 */
export class HandoffQueue {
  private readonly local = new KeyedQueue();
  private readonly logger: Pick<Logger, 'warn'>;
  private readonly pageSize: number;
  private readonly maxAttempts: number;

  constructor(
    private readonly storage: Storage,
    private readonly clock: () => Date = () => new Date(),
    options: HandoffQueueOptions = {},
  ) {
    this.logger = options.logger ?? createLogger();
    this.pageSize = Math.max(1, options.pageSize ?? DEFAULT_PAGE_SIZE);
    this.maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
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
      this.retrying('storing a handoff', async () => {
        const existing = await this.read<HandoffRecord>(key);
        const now = this.clock().toISOString();
        const next = this.summarized(existing ? merged(unstored(existing), definition, now) : { ...definition, id, updatedAt: now });
        this.check(next);
        if (existing) await this.storage.write({ [key]: { ...next, eTag: existing.eTag } });
        else if (!(await this.create(key, next))) throw new StaleRead();
        return { record: next, created: !existing };
      }),
    );
    if (created) await this.appendRow(rowOf(record));
    else await this.changeRow(record.id, record.createdAt, () => rowOf(record), rowOf(record));
    return record;
  }

  async get(id: string): Promise<HandoffRecord | undefined> {
    const item = await this.read<HandoffRecord>(KEYS.record(id));
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
      const pointer = await this.read<ConversationPointer>(KEYS.conversation(filter.conversationId));
      const record = pointer ? await this.get(pointer.id) : undefined;
      return record && keep(record) ? [record] : [];
    }
    const head = await this.readHead();
    if (!head) return [];
    const scan = new IndexScan(head, keep, filter.before, (keys) => this.storage.read(keys));
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
    const rows = (await this.allRows()).filter((r) => r.conversationId === conversationId);
    const pointer = await this.read<ConversationPointer>(KEYS.conversation(conversationId));
    const ids = new Set([...rows.map((r) => r.id), ...(pointer ? [pointer.id] : [])]);
    return this.remove([...ids].map((id) => ({ id, conversationId, createdAt: rows.find((r) => r.id === id)?.createdAt })));
  }

  /** Deletes every handoff of a channel user (all their conversations); returns how many records were removed. */
  async deleteForUser(userId: string): Promise<number> {
    const rows = (await this.allRows()).filter((r) => r.userId === userId);
    return this.remove(rows);
  }

  private async remove(targets: { id: string; conversationId: string; createdAt?: string }[]): Promise<number> {
    let removed = 0;
    for (const target of targets) {
      const record = await this.get(target.id);
      if (record) removed += 1;
      await this.storage.delete([KEYS.record(target.id), KEYS.conversation(target.conversationId)]);
      await this.changeRow(target.id, target.createdAt ?? record?.createdAt, () => undefined);
    }
    return removed;
  }

  private async transition(id: string, change: (record: HandoffRecord) => HandoffRecord): Promise<HandoffRecord> {
    const key = KEYS.record(id);
    const next = await this.local.run(key, () =>
      this.retrying('updating a handoff', async () => {
        const item = await this.read<HandoffRecord>(key);
        if (!item) throw new HandoffNotFoundError(id);
        const updated = this.summarized({ ...change(unstored(item)), updatedAt: this.clock().toISOString() });
        await this.storage.write({ [key]: { ...updated, eTag: item.eTag } });
        return updated;
      }),
    );
    await this.changeRow(next.id, next.createdAt, () => rowOf(next), rowOf(next));
    return next;
  }

  /** The conversation's record id: the one already stored, else ours, decided once even between instances. */
  private async idForConversation(conversationId: string, proposed: string): Promise<string> {
    const key = KEYS.conversation(conversationId);
    const pointer = await this.read<ConversationPointer>(key);
    if (pointer) return pointer.id;
    await this.create(key, { id: proposed });
    return (await this.read<ConversationPointer>(key))?.id ?? proposed;
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

  private async appendRow(row: IndexRow): Promise<void> {
    await this.local.run(KEYS.head, () =>
      this.retrying('indexing a handoff', async () => {
        const head = await this.readHead();
        if (!head) {
          if (!(await this.create(KEYS.head, { rows: [row], pages: [] }))) throw new StaleRead();
          // On a store that could only write blindly, another first writer may have landed just after us.
          const created = await this.read<IndexHead>(KEYS.head);
          if (!created?.rows.some((r) => r.id === row.id)) throw new StaleRead();
          return;
        }
        if (head.rows.some((r) => r.id === row.id)) return;
        if (head.rows.length < this.pageSize) {
          await this.storage.write({ [KEYS.head]: { rows: [...head.rows, row], pages: head.pages, eTag: head.eTag } });
          return;
        }
        const sealed = await this.seal(head);
        await this.storage.write({ [KEYS.head]: { rows: [row], pages: [...head.pages, sealed], eTag: head.eTag } });
      }),
    );
  }

  /** Moves the head's full set of rows to the next page item; the head still names it only once this returns. */
  private async seal(head: Stored<IndexHead>): Promise<PageRef> {
    const key = KEYS.page(head.pages.length);
    const dates = head.rows.map((r) => r.createdAt).sort();
    if (!(await this.create(key, { rows: head.rows }))) {
      // A page the head does not name yet: an instance sealed it and stopped before moving the head on.
      const stale = await this.read<IndexPage>(key);
      await this.storage.write({ [key]: { rows: head.rows, eTag: stale?.eTag ?? '*' } });
    }
    return { key, first: dates[0], last: dates[dates.length - 1] };
  }

  /**
   * Rewrites (or with `undefined`, removes) one row wherever it lives. A row missing from the index is
   * added back when `repair` is given, so an instance that stopped between record and index heals here.
   */
  private async changeRow(id: string, createdAt: string | undefined, change: (row: IndexRow) => IndexRow | undefined, repair?: IndexRow): Promise<void> {
    const found = await this.local.run(KEYS.head, () =>
      this.retrying('updating the handoff index', async () => {
        const head = await this.readHead();
        if (!head) return false;
        if (await this.changeIn(KEYS.head, head, id, change, (rows) => ({ rows, pages: head.pages }))) return true;
        const likely = head.pages.filter((p) => createdAt !== undefined && p.first <= createdAt && createdAt <= p.last);
        const rest = head.pages.filter((p) => !likely.includes(p));
        for (const ref of [...likely, ...rest].reverse()) {
          const page = await this.read<IndexPage>(ref.key);
          if (page && (await this.changeIn(ref.key, page, id, change, (rows) => ({ rows })))) return true;
        }
        return false;
      }),
    );
    if (!found && repair) await this.appendRow(repair);
  }

  private async changeIn<T extends { rows: IndexRow[] }>(
    key: string,
    item: Stored<T>,
    id: string,
    change: (row: IndexRow) => IndexRow | undefined,
    rebuild: (rows: IndexRow[]) => object,
  ): Promise<boolean> {
    const index = item.rows.findIndex((r) => r.id === id);
    if (index < 0) return false;
    const replacement = change(item.rows[index]);
    if (replacement && sameRow(replacement, item.rows[index])) return true;
    const rows = [...item.rows.slice(0, index), ...(replacement ? [replacement] : []), ...item.rows.slice(index + 1)];
    await this.storage.write({ [key]: { ...rebuild(rows), eTag: item.eTag } });
    return true;
  }

  private async allRows(): Promise<IndexRow[]> {
    const head = await this.readHead();
    if (!head) return [];
    const rows = [...head.rows];
    for (let i = 0; i < head.pages.length; i += PAGES_PER_READ) {
      const keys = head.pages.slice(i, i + PAGES_PER_READ).map((p) => p.key);
      const items = await this.storage.read(keys);
      for (const key of keys) rows.push(...((items[key] as IndexPage | undefined)?.rows ?? []));
    }
    return rows;
  }

  /**
   * The index head, rebuilt when it is null or malformed: a broken head must not hide the records from
   * staff, nor be replaced by a fresh one that forgets them. The rebuilt head is written back at once with
   * the broken one's eTag, so it replaces the broken head only if nobody else repaired it first.
   */
  private async readHead(): Promise<Stored<IndexHead> | undefined> {
    let item: unknown;
    try {
      item = await this.read<unknown>(KEYS.head);
    } catch (err) {
      const moveAside = (this.storage as Storage & { moveAside?: (key: string) => Promise<string | undefined> }).moveAside;
      if (!(err instanceof StoreCorruptError) || err.key !== KEYS.head || typeof moveAside !== 'function') throw err;
      // Moved aside, not deleted: the head is rebuilt from the pages and records, the old file stays for a person to read.
      const movedTo = await moveAside.call(this.storage, KEYS.head);
      this.logger.warn('the handoff index head could not be read; moved aside and rebuilt', { movedTo });
      return this.repairHead(await this.rebuildHead(undefined), CREATE_ONLY);
    }
    if (item === undefined) return undefined;
    if (isIndexHead(item)) return item;
    this.logger.warn('the handoff index head is malformed; rebuilt from the pages and records', {});
    const eTag = typeof item === 'object' && item !== null ? (item as StoreItem).eTag : undefined;
    return this.repairHead(await this.rebuildHead(item), typeof eTag === 'string' ? eTag : '*');
  }

  private async repairHead(head: IndexHead, eTag: string): Promise<Stored<IndexHead> | undefined> {
    try {
      await this.storage.write({ [KEYS.head]: { ...head, eTag } });
    } catch (err) {
      // Someone else wrote the head meanwhile: theirs is the one to use.
      if (!isWriteConflict(err)) throw err;
    }
    const stored = await this.read<unknown>(KEYS.head);
    return isIndexHead(stored) ? stored : { ...head };
  }

  /** The pages still in the store (numbered from 0, read until one is missing), the broken head's usable rows, and rows for every other record found. */
  private async rebuildHead(broken: unknown): Promise<IndexHead> {
    const pages: PageRef[] = [];
    const known = new Set<string>();
    for (let done = false; !done; ) {
      const keys = Array.from({ length: PAGES_PER_READ }, (_, i) => KEYS.page(pages.length + i));
      const items = await this.storage.read(keys);
      for (const key of keys) {
        const rows = (items[key] as Partial<IndexPage> | undefined)?.rows;
        if (!Array.isArray(rows)) {
          done = true;
          break;
        }
        const dates = rows.filter(isIndexRow).map((r) => r.createdAt).sort();
        rows.filter(isIndexRow).forEach((r) => known.add(r.id));
        pages.push({ key, first: dates[0] ?? '', last: dates[dates.length - 1] ?? '' });
      }
    }
    const salvaged = (broken as { rows?: unknown } | null)?.rows;
    const rows = (Array.isArray(salvaged) ? salvaged : []).filter(isIndexRow).filter((r) => !known.has(r.id));
    rows.forEach((r) => known.add(r.id));
    const missing = (await storedKeys(this.storage, KEYS.record(''))).filter((key) => !known.has(key.slice(KEYS.record('').length)));
    for (let i = 0; i < missing.length; i += PAGES_PER_READ) {
      const items = await this.storage.read(missing.slice(i, i + PAGES_PER_READ));
      for (const item of Object.values(items)) if (isIndexRow(item)) rows.push(rowOf(item as unknown as HandoffRecord));
    }
    rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return { rows, pages };
  }

  private async read<T>(key: string): Promise<Stored<T> | undefined> {
    return (await this.storage.read([key]))[key] as Stored<T> | undefined;
  }

  /**
   * Writes `value` unless the key exists; false when another writer was first. Stores that cannot make a write
   * conditional on absence (Azure blobs reject an If-Match on a missing blob) get a plain write instead.
   */
  private async create(key: string, value: object): Promise<boolean> {
    try {
      await this.storage.write({ [key]: { ...value, eTag: CREATE_ONLY } });
      return true;
    } catch {
      if (await this.read(key)) return false;
      await this.storage.write({ [key]: { ...value, eTag: '*' } });
      return true;
    }
  }

  private async retrying<T>(what: string, task: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await task();
      } catch (err) {
        if (!isWriteConflict(err)) throw err;
        if (attempt >= this.maxAttempts) throw new HandoffBusyError(what);
        const ceiling = Math.min(200, 4 * 2 ** attempt);
        await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
      }
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
