import { randomUUID } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { HandoffRecord, StaleRead } from '../handoffStore';
import { HandoffRepository, matches, RecordQuery, Versioned } from './types';

interface Row {
  etag: string;
  /** Order of creation, for a stable newest-first order among records created in the same millisecond. */
  seq: number;
  record: HandoffRecord;
}

interface Collection {
  format: 1;
  seq: number;
  handoffs: Row[];
}

export const LOWDB_FILE = 'handoffs.json';

/**
 * The handoff records as one lowdb collection (one JSON file next to the bot's store). One process owns
 * the store folder (LowdbStorage locks it), so writes only need to queue up inside this process; each
 * write replaces the file atomically.
 */
export class LowdbRepository implements HandoffRepository {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: Low<Collection>) {}

  static async open(dir: string): Promise<LowdbRepository> {
    await fs.promises.mkdir(dir, { recursive: true });
    const db = new Low<Collection>(new JSONFile<Collection>(path.join(dir, LOWDB_FILE)), { format: 1, seq: 0, handoffs: [] });
    try {
      await db.read();
    } catch (err) {
      throw new Error(`${LOWDB_FILE} in ${dir} cannot be read (${(err as Error).message}); move it aside to start with an empty inbox`);
    }
    if (!Array.isArray(db.data.handoffs)) throw new Error(`${LOWDB_FILE} in ${dir} is not a handoff collection`);
    return new LowdbRepository(db);
  }

  /** Runs `task` after every earlier write of this process: a read-check-write here cannot interleave. */
  private serial<T>(task: () => Promise<T> | T): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private rows(): Row[] {
    return this.db.data.handoffs;
  }

  async get(id: string): Promise<Versioned | undefined> {
    const row = this.rows().find((r) => r.record.id === id);
    return row ? { record: structuredClone(row.record), etag: row.etag } : undefined;
  }

  async idForConversation(conversationId: string): Promise<string | undefined> {
    return this.rows().find((r) => r.record.conversationId === conversationId)?.record.id;
  }

  create(record: HandoffRecord): Promise<boolean> {
    return this.serial(async () => {
      if (this.rows().some((r) => r.record.id === record.id || r.record.conversationId === record.conversationId)) return false;
      this.db.data.seq += 1;
      this.rows().push({ etag: randomUUID(), seq: this.db.data.seq, record: structuredClone(record) });
      await this.db.write();
      return true;
    });
  }

  replace(record: HandoffRecord, etag: string): Promise<void> {
    return this.serial(async () => {
      const row = this.rows().find((r) => r.record.id === record.id);
      if (!row || row.etag !== etag) throw new StaleRead();
      row.record = structuredClone(record);
      row.etag = randomUUID();
      await this.db.write();
    });
  }

  async list(query: RecordQuery, limit: number): Promise<HandoffRecord[]> {
    return this.rows()
      .filter((r) => matches(r.record, query))
      .sort((a, b) => b.record.createdAt.localeCompare(a.record.createdAt) || b.seq - a.seq)
      .slice(0, limit)
      .map((r) => structuredClone(r.record));
  }

  async each(query: RecordQuery, visit: (record: HandoffRecord) => void): Promise<void> {
    for (const row of this.rows()) if (matches(row.record, query)) visit(structuredClone(row.record));
  }

  remove(id: string): Promise<void> {
    return this.serial(async () => {
      const before = this.rows().length;
      this.db.data.handoffs = this.rows().filter((r) => r.record.id !== id);
      if (this.rows().length !== before) await this.db.write();
    });
  }
}
