import { MemoryStorage, Storage, StoreItem } from 'botbuilder';
import { KeyedQueue } from '../../domain/keyedQueue';
import { Logger } from '../logger';
import { StoreCorruptError } from '../../storage/LowdbStorage';
import { IndexHead, IndexPage, IndexRow, IndexScan, Matchable, PAGES_PER_READ, PageRef } from './IndexScan';
import { CREATE_ONLY, HANDOFF_STATUSES, HandoffRecord, HandoffStatus, isWriteConflict, ItemStore, RECORD_PREFIX, StaleRead, Stored } from './handoffStore';

const KEYS = {
  head: 'handoff-index/head',
  page: (n: number) => `handoff-index/page/${n}`,
};

export function rowOf(record: HandoffRecord): IndexRow {
  return { id: record.id, conversationId: record.conversationId, ...(record.userId ? { userId: record.userId } : {}), status: record.status, createdAt: record.createdAt };
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

function sameRow(a: IndexRow, b: IndexRow): boolean {
  return a.id === b.id && a.conversationId === b.conversationId && a.userId === b.userId && a.status === b.status && a.createdAt === b.createdAt;
}

/** The date range of a page's rows, for deciding which pages a search must read. */
function pageRef(key: string, rows: IndexRow[]): PageRef {
  const dates = rows.map((r) => r.createdAt).sort();
  return { key, first: dates[0] ?? '', last: dates[dates.length - 1] ?? '' };
}

export interface HandoffIndexOptions {
  /** Index rows per page item. */
  pageSize: number;
  /** Attempts per read-modify-write when other instances write the same item at the same time. */
  maxAttempts: number;
  logger: Pick<Logger, 'warn'>;
}

/**
 * A paged index of the handoff records on the key-value store: `handoff-index/head` holds the newest rows,
 * `handoff-index/page/<n>` the older ones, so that listing reads a few small items instead of every record.
 * The head is written with the eTag it was read with and retried on conflict; within one instance, writes
 * to it queue up instead of colliding.
 */
export class HandoffIndex {
  private readonly local = new KeyedQueue();
  private readonly items: ItemStore;
  private readonly pageSize: number;
  private readonly logger: Pick<Logger, 'warn'>;

  constructor(
    private readonly storage: Storage,
    options: HandoffIndexOptions,
  ) {
    this.items = new ItemStore(storage, options.maxAttempts);
    this.pageSize = options.pageSize;
    this.logger = options.logger;
  }

  /** A newest-first walk over the rows `keep` accepts, or undefined while nothing was ever indexed. */
  async scan(keep: (r: Matchable) => boolean, before: string | undefined): Promise<IndexScan | undefined> {
    const head = await this.readHead();
    return head ? new IndexScan(head, keep, before, (keys) => this.storage.read(keys)) : undefined;
  }

  async append(row: IndexRow): Promise<void> {
    await this.local.run(KEYS.head, () => this.items.retrying('indexing a handoff', () => this.appendOnce(row)));
  }

  /** Rewrites the row of `row.id`, adding it back if missing: an instance that stopped between record and index heals here. */
  async update(row: IndexRow): Promise<void> {
    await this.change(row.id, row.createdAt, () => row, row);
  }

  async remove(id: string, createdAt: string | undefined): Promise<void> {
    await this.change(id, createdAt, () => undefined);
  }

  async allRows(): Promise<IndexRow[]> {
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

  private async appendOnce(row: IndexRow): Promise<void> {
    const head = await this.readHead();
    if (!head) {
      if (!(await this.items.create(KEYS.head, { rows: [row], pages: [] }))) throw new StaleRead();
      // On a store that could only write blindly, another first writer may have landed just after us.
      const created = await this.items.read<IndexHead>(KEYS.head);
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
  }

  /** Moves the head's full set of rows to the next page item; the head still names it only once this returns. */
  private async seal(head: Stored<IndexHead>): Promise<PageRef> {
    const key = KEYS.page(head.pages.length);
    const dates = head.rows.map((r) => r.createdAt).sort();
    if (!(await this.items.create(key, { rows: head.rows }))) {
      // A page the head does not name yet: an instance sealed it and stopped before moving the head on.
      const stale = await this.items.read<IndexPage>(key);
      await this.storage.write({ [key]: { rows: head.rows, eTag: stale?.eTag ?? '*' } });
    }
    return { key, first: dates[0], last: dates[dates.length - 1] };
  }

  /**
   * Rewrites (or with `undefined`, removes) one row wherever it lives. A row missing from the index is
   * added back when `repair` is given.
   */
  private async change(id: string, createdAt: string | undefined, change: (row: IndexRow) => IndexRow | undefined, repair?: IndexRow): Promise<void> {
    const found = await this.local.run(KEYS.head, () =>
      this.items.retrying('updating the handoff index', async () => {
        const head = await this.readHead();
        if (!head) return false;
        if (await this.changeIn(KEYS.head, head, id, change, (rows) => ({ rows, pages: head.pages }))) return true;
        const likely = head.pages.filter((p) => createdAt !== undefined && p.first <= createdAt && createdAt <= p.last);
        const rest = head.pages.filter((p) => !likely.includes(p));
        for (const ref of [...likely, ...rest].reverse()) {
          const page = await this.items.read<IndexPage>(ref.key);
          if (page && (await this.changeIn(ref.key, page, id, change, (rows) => ({ rows })))) return true;
        }
        return false;
      }),
    );
    if (!found && repair) await this.append(repair);
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

  /**
   * The index head, rebuilt when it is null or malformed: a broken head must not hide the records from
   * staff, nor be replaced by a fresh one that forgets them. The rebuilt head is written back at once with
   * the broken one's eTag, so it replaces the broken head only if nobody else repaired it first.
   */
  private async readHead(): Promise<Stored<IndexHead> | undefined> {
    let item: unknown;
    try {
      item = await this.items.read<unknown>(KEYS.head);
    } catch (err) {
      return this.recoverUnreadableHead(err);
    }
    if (item === undefined) return undefined;
    if (isIndexHead(item)) return item;
    this.logger.warn('the handoff index head is malformed; rebuilt from the pages and records', {});
    const eTag = typeof item === 'object' && item !== null ? (item as StoreItem).eTag : undefined;
    return this.repairHead(await this.rebuildHead(item), typeof eTag === 'string' ? eTag : '*');
  }

  /** A head file the store cannot parse: moved aside (when the store can) and rebuilt; any other error is rethrown. */
  private async recoverUnreadableHead(err: unknown): Promise<Stored<IndexHead> | undefined> {
    const moveAside = (this.storage as Storage & { moveAside?: (key: string) => Promise<string | undefined> }).moveAside;
    if (!(err instanceof StoreCorruptError) || err.key !== KEYS.head || typeof moveAside !== 'function') throw err;
    // Moved aside, not deleted: the head is rebuilt from the pages and records, the old file stays for a person to read.
    const movedTo = await moveAside.call(this.storage, KEYS.head);
    this.logger.warn('the handoff index head could not be read; moved aside and rebuilt', { movedTo });
    return this.repairHead(await this.rebuildHead(undefined), CREATE_ONLY);
  }

  private async repairHead(head: IndexHead, eTag: string): Promise<Stored<IndexHead> | undefined> {
    try {
      await this.storage.write({ [KEYS.head]: { ...head, eTag } });
    } catch (err) {
      // Someone else wrote the head meanwhile: theirs is the one to use.
      if (!isWriteConflict(err)) throw err;
    }
    const stored = await this.items.read<unknown>(KEYS.head);
    return isIndexHead(stored) ? stored : { ...head };
  }

  /** The pages still in the store, the broken head's usable rows, and rows for every other record found. */
  private async rebuildHead(broken: unknown): Promise<IndexHead> {
    const known = new Set<string>();
    const pages = await this.storedPages(known);
    const salvaged = (broken as { rows?: unknown } | null)?.rows;
    const rows = (Array.isArray(salvaged) ? salvaged : []).filter(isIndexRow).filter((r) => !known.has(r.id));
    rows.forEach((r) => known.add(r.id));
    rows.push(...(await this.unindexedRecordRows(known)));
    rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return { rows, pages };
  }

  /** The pages numbered from 0, read until one is missing; the ids of their rows are added to `known`. */
  private async storedPages(known: Set<string>): Promise<PageRef[]> {
    const pages: PageRef[] = [];
    for (;;) {
      const keys = Array.from({ length: PAGES_PER_READ }, (_, i) => KEYS.page(pages.length + i));
      const items = await this.storage.read(keys);
      for (const key of keys) {
        const rows = (items[key] as Partial<IndexPage> | undefined)?.rows;
        if (!Array.isArray(rows)) return pages;
        const valid = rows.filter(isIndexRow);
        valid.forEach((r) => known.add(r.id));
        pages.push(pageRef(key, valid));
      }
    }
  }

  /** Rows for the stored records whose ids are not in `known`. */
  private async unindexedRecordRows(known: Set<string>): Promise<IndexRow[]> {
    const rows: IndexRow[] = [];
    const missing = (await storedKeys(this.storage, RECORD_PREFIX)).filter((key) => !known.has(key.slice(RECORD_PREFIX.length)));
    for (let i = 0; i < missing.length; i += PAGES_PER_READ) {
      const items = await this.storage.read(missing.slice(i, i + PAGES_PER_READ));
      for (const item of Object.values(items)) if (isIndexRow(item)) rows.push(rowOf(item as unknown as HandoffRecord));
    }
    return rows;
  }
}
