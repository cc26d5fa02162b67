import { createHash, randomUUID } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { Storage, StoreItem, StoreItems } from 'botbuilder';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { DirLock } from './dirLock';

interface StoredFile {
  key: string;
  eTag: string;
  value: StoreItem;
}

export interface LowdbStorageOptions {
  dir: string;
  /** Parsed items kept in memory; the files stay the truth. */
  cacheSize?: number;
}

const FORMAT = 1;
/**
 * Parsed items kept in memory. A conversation's state with its transcript runs to tens of kilobytes, so
 * the cache holds the conversations active right now, not the store: memory stays flat as history grows.
 */
const DEFAULT_CACHE = 512;

export class StoreCorruptError extends Error {}

/**
 * botbuilder's Storage on lowdb files, one small file per key (named by the key's SHA-256, sharded in
 * 256 folders), so a turn reads and rewrites only its own conversation's and user's files whatever the
 * store holds. steno (under lowdb) writes to a temp file and renames, so a killed process leaves either
 * the old or the new file, never half of one. A lock file keeps a second process out of the folder.
 */
export class LowdbStorage implements Storage {
  private readonly cache = new Map<string, StoredFile | null>();
  private readonly chains = new Map<string, Promise<unknown>>();
  private closed = false;

  private constructor(
    private readonly dir: string,
    private readonly lock: DirLock,
    private readonly cacheSize: number,
  ) {}

  static async open(options: LowdbStorageOptions): Promise<LowdbStorage> {
    const dir = path.resolve(options.dir);
    fs.mkdirSync(path.join(dir, 'items'), { recursive: true });
    const lock = DirLock.acquire(dir);
    try {
      await LowdbStorage.checkMeta(dir);
    } catch (err) {
      lock.release();
      throw err;
    }
    return new LowdbStorage(dir, lock, options.cacheSize ?? DEFAULT_CACHE);
  }

  private static async checkMeta(dir: string): Promise<void> {
    const file = path.join(dir, 'store.json');
    const db = new Low<{ format: number; createdAt: string }>(new JSONFile(file), { format: FORMAT, createdAt: new Date().toISOString() });
    try {
      await db.read();
    } catch (err) {
      throw new StoreCorruptError(`the store file ${file} is not valid JSON (${(err as Error).message}); fix or move it, nothing was changed`);
    }
    if (db.data.format !== FORMAT) throw new StoreCorruptError(`the store file ${file} has format ${String(db.data.format)}, expected ${FORMAT}`);
    if (!fs.existsSync(file)) await db.write();
  }

  fileOf(key: string): string {
    const hash = createHash('sha256').update(key, 'utf8').digest('hex');
    return path.join(this.dir, 'items', hash.slice(0, 2), `${hash}.json`);
  }

  private remember(key: string, entry: StoredFile | null): void {
    this.cache.delete(key);
    this.cache.set(key, entry);
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value as string);
  }

  private async load(key: string): Promise<StoredFile | null> {
    if (this.cache.has(key)) {
      const hit = this.cache.get(key) ?? null;
      this.remember(key, hit);
      return hit;
    }
    const file = this.fileOf(key);
    const db = new Low<StoredFile | null>(new JSONFile(file), null);
    try {
      await db.read();
    } catch (err) {
      throw new StoreCorruptError(`the store file ${file} (key "${key}") is not valid JSON: ${(err as Error).message}`);
    }
    const entry = db.data && db.data.key === key ? db.data : null;
    this.remember(key, entry);
    return entry;
  }

  /** Same-key operations run one after the other so the eTag check and the write cannot interleave. */
  private serial<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.chains.get(key) ?? Promise.resolve();
    const run = previous.then(task, task);
    const tail = run.catch(() => undefined);
    this.chains.set(key, tail);
    void tail.then(() => {
      if (this.chains.get(key) === tail) this.chains.delete(key);
    });
    return run;
  }

  private ensureOpen(): void {
    if (this.closed) throw new Error('the store is closed');
  }

  async read(keys: string[]): Promise<StoreItems> {
    this.ensureOpen();
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const entry = await this.serial(key, () => this.load(key));
        if (entry) items[key] = { ...structuredClone(entry.value), eTag: entry.eTag };
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    this.ensureOpen();
    await Promise.all(
      Object.entries(changes).map(([key, item]) =>
        this.serial(key, async () => {
          const current = await this.load(key);
          const wanted = (item as StoreItem | undefined)?.eTag;
          if (current && wanted && wanted !== '*' && wanted !== current.eTag) {
            throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
          }
          const value = structuredClone(item) as StoreItem;
          delete value.eTag;
          const entry: StoredFile = { key, eTag: randomUUID(), value };
          const file = this.fileOf(key);
          fs.mkdirSync(path.dirname(file), { recursive: true });
          const db = new Low<StoredFile>(new JSONFile(file), entry);
          db.data = entry;
          await db.write();
          this.remember(key, entry);
        }),
      ),
    );
  }

  async delete(keys: string[]): Promise<void> {
    this.ensureOpen();
    await Promise.all(
      keys.map((key) =>
        this.serial(key, async () => {
          await fs.promises.rm(this.fileOf(key), { force: true });
          this.remember(key, null);
        }),
      ),
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await Promise.all([...this.chains.values()]);
    this.closed = true;
    this.cache.clear();
    this.lock.release();
  }
}
