import { StoreItems } from 'botbuilder';
import type { HandoffStatus } from './handoffStore';

export interface IndexRow {
  id: string;
  conversationId: string;
  userId?: string;
  status: HandoffStatus;
  createdAt: string;
}

export interface PageRef {
  key: string;
  first: string;
  last: string;
}

/** The newest rows plus the list of sealed pages; pages hold older rows, oldest page first. */
export interface IndexHead {
  rows: IndexRow[];
  pages: PageRef[];
}

export interface IndexPage {
  rows: IndexRow[];
}

/** Index page items read in one storage call. */
export const PAGES_PER_READ = 4;

/** An index row and where it sits: later pages and later positions were stored later. */
export interface Ranked {
  row: IndexRow;
  page: number;
  position: number;
}

export type Matchable = Pick<IndexRow, 'status' | 'createdAt' | 'conversationId'>;

/** Newest first; among equal times (one clock tick, a fixed test clock) the later stored first. */
export function byRecency(a: Ranked, b: Ranked): number {
  return b.row.createdAt.localeCompare(a.row.createdAt) || b.page - a.page || b.position - a.position;
}

/**
 * Walks the index newest first without reading every page: a page is read only while it could still hold a
 * row newer than the n-th newest row already known (pages are mostly, not strictly, in time order).
 */
export class IndexScan {
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
