import { createHash, randomUUID } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { Low } from 'lowdb';
import { JSONFile, TextFile } from 'lowdb/node';
import { DirLock } from './dirLock';

type JsonObject = Record<string, unknown>;

/** One key's file. `value` is the item as JSON carries it, without its eTag. */
interface StoredEntry {
  key: string;
  eTag: string;
  value: JsonObject;
}

/**
 * A key's entry as the cache holds it: the value as compact JSON, so a read hands out a fresh copy with one
 * JSON.parse (cheaper than structuredClone of the parsed tree) and the cache cannot be changed through it.
 */
interface CachedEntry {
  key: string;
  eTag: string;
  json: string;
}

interface StoreMeta {
  format: number;
  createdAt: string;
}

export interface LowdbStorageOptions {
  dir: string;
  /** Parsed items kept in memory; the files stay the truth. */
  cacheSize?: number;
}

const FORMAT = 1;
const META_FILE = 'store.json';
const ITEMS_DIR = 'items';
/**
 * A conversation's state with its transcript runs to tens of kilobytes, so the cache holds the
 * conversations active right now, not the store: memory stays flat however much history piles up.
 */
const DEFAULT_CACHE_SIZE = 512;

export class StoreCorruptError extends Error {
  constructor(
    message: string,
    /** The file that could not be used. */
    readonly file: string,
    /** The key whose file it is, when an item (not the store's own file) is corrupt. */
    readonly key?: string,
  ) {
    super(message);
    this.name = 'StoreCorruptError';
  }
}

/** steno's temp file for `file` (`/dir/.name.tmp`): written first, then renamed over `file`. */
function tempFileOf(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
}

function isTempFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStoredEntry(value: unknown): value is StoredEntry {
  return isObject(value) && typeof value.key === 'string' && typeof value.eTag === 'string' && isObject(value.value);
}

/** The item without its eTag, checked to be an object. */
function withoutETag(key: string, item: unknown): JsonObject {
  if (!isObject(item)) throw new TypeError(`Storage: the item written under "${key}" must be an object`);
  const rest: JsonObject = { ...item };
  delete rest.eTag;
  return rest;
}

/** The path of `key`'s file in the store folder `dir` (the key's SHA-256, sharded into 256 folders). */
export function storedFileOf(dir: string, key: string): string {
  const hash = createHash('sha256').update(key, 'utf8').digest('hex');
  return path.join(dir, ITEMS_DIR, hash.slice(0, 2), `${hash}.json`);
}

/**
 * The text of one key's file from the value's JSON, so a write serialises the value once for both the file
 * and the cache. Stored values go through JSON, as they would to a remote store: what a restart reads back
 * is what the cache held.
 */
export function storedFileText(key: string, eTag: string, valueJson: string): string {
  return `{"key":${JSON.stringify(key)},"eTag":${JSON.stringify(eTag)},"value":${valueJson}}`;
}

/**
 * The parsed file, or `undefined` when there is no file. A file holding `null` is not "no file": lowdb's
 * JSONFile reads both as `null`, which let a damaged file pass for a missing one and reset what it held.
 */
async function readJson(file: string, key?: string): Promise<unknown> {
  const text = await new TextFile(file).read();
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new StoreCorruptError(`the store file ${file} is not valid JSON (${(err as Error).message}); fix or move it aside, nothing was changed`, file, key);
  }
}

async function checkMeta(dir: string): Promise<void> {
  const file = path.join(dir, META_FILE);
  const meta = await readJson(file);
  if (meta === undefined) {
    const db = new Low<StoreMeta>(new JSONFile<StoreMeta>(file), { format: FORMAT, createdAt: new Date().toISOString() });
    await db.write();
    return;
  }
  if (!isObject(meta) || meta.format !== FORMAT) {
    throw new StoreCorruptError(`the store file ${file} does not describe a format-${FORMAT} Tanxun store; nothing was changed`, file);
  }
}

/**
 * Deletes the temp files killed writes left behind (steno's `.<name>.tmp`). They hold whole items, often a
 * conversation with its transcript, that nothing reads and "delete my data" would not find. Run at open,
 * under the lock, so no write of ours can be in flight.
 */
async function removeTempFiles(dir: string): Promise<number> {
  const folders = [dir, path.join(dir, ITEMS_DIR)];
  const shards = await fs.promises.readdir(path.join(dir, ITEMS_DIR), { withFileTypes: true });
  folders.push(...shards.filter((e) => e.isDirectory()).map((e) => path.join(dir, ITEMS_DIR, e.name)));
  let removed = 0;
  for (const folder of folders) {
    const names = await fs.promises.readdir(folder);
    for (const name of names.filter(isTempFileName)) {
      await fs.promises.rm(path.join(folder, name), { force: true });
      removed += 1;
    }
  }
  return removed;
}

/**
 * botbuilder's Storage on lowdb files, one small file per key (named by the key's SHA-256, sharded into
 * 256 folders), so a turn reads and rewrites only its own conversation's and user's files however much
 * the store holds. steno (under lowdb) writes a temp file and renames it over the old one, so a killed
 * process leaves the old or the new file, never half of one. A lock file keeps a second process out.
 */
export class LowdbStorage implements Storage {
  /** Most recently used last; `null` remembers that a key has no file. */
  private readonly cache = new Map<string, CachedEntry | null>();
  private readonly chains = new Map<string, Promise<void>>();
  private readonly shards = new Set<string>();
  private readonly files = new Map<string, string>();
  private closed = false;

  private constructor(
    private readonly dir: string,
    private readonly lock: DirLock,
    private readonly cacheSize: number,
  ) {}

  static async open(options: LowdbStorageOptions): Promise<LowdbStorage> {
    await fs.promises.mkdir(path.join(options.dir, ITEMS_DIR), { recursive: true });
    // The real path, so one folder reached through a symlink is still one lock.
    const dir = await fs.promises.realpath(options.dir);
    const lock = await DirLock.acquire(dir);
    try {
      await checkMeta(dir);
      await removeTempFiles(dir);
    } catch (err) {
      lock.release();
      throw err;
    }
    return new LowdbStorage(dir, lock, options.cacheSize ?? DEFAULT_CACHE_SIZE);
  }

  /** The store's folder (its real path). */
  get directory(): string {
    return this.dir;
  }

  /** The file that holds `key`, whether or not it exists yet. */
  fileOf(key: string): string {
    // A turn asks for its keys' files several times; the SHA-256 behind a path is worth remembering a while.
    let file = this.files.get(key);
    if (!file) {
      if (this.files.size >= this.cacheSize * 4) this.files.clear();
      file = storedFileOf(this.dir, key);
      this.files.set(key, file);
    }
    return file;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    this.ensureOpen();
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const entry = await this.serial(key, () => this.load(key));
        if (entry) items[key] = { ...(JSON.parse(entry.json) as JsonObject), eTag: entry.eTag };
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    this.ensureOpen();
    await Promise.all(Object.entries(changes).map(([key, item]) => this.serial(key, () => this.writeOne(key, item))));
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    this.ensureOpen();
    await Promise.all(
      keys.map((key) =>
        this.serial(key, async () => {
          const file = this.fileOf(key);
          // A temp file left by a killed write holds the item too: "delete my data" must reach it.
          await Promise.all([fs.promises.rm(file, { force: true }), fs.promises.rm(tempFileOf(file), { force: true })]);
          this.remember(key, null);
        }),
      ),
    );
  }

  /**
   * Renames `key`'s corrupt file to `<file>.corrupt-<time>` and returns the new path; the key then reads as
   * missing. Moved aside, not deleted: what the file held may still be read by a person, and a store must
   * never throw data away on its own judgement that it is unusable.
   */
  async moveAside(key: string): Promise<string | undefined> {
    this.ensureOpen();
    return this.serial(key, async () => {
      const file = this.fileOf(key);
      const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      try {
        await fs.promises.rename(file, aside);
      } catch (err) {
        if (isObject(err) && err.code === 'ENOENT') return undefined;
        throw err;
      }
      this.remember(key, null);
      return aside;
    });
  }

  /**
   * Every stored key that starts with `prefix`, found by reading every item file: a recovery tool (the
   * handoff index rebuilding itself), not something a turn should ever need. Unreadable files are skipped.
   */
  async keysWithPrefix(prefix: string): Promise<string[]> {
    this.ensureOpen();
    const root = path.join(this.dir, ITEMS_DIR);
    const keys: string[] = [];
    for (const shard of await fs.promises.readdir(root, { withFileTypes: true })) {
      if (!shard.isDirectory()) continue;
      for (const name of await fs.promises.readdir(path.join(root, shard.name))) {
        if (!name.endsWith('.json') || isTempFileName(name)) continue;
        const data = await readJson(path.join(root, shard.name, name)).catch(() => undefined);
        if (isStoredEntry(data) && data.key.startsWith(prefix)) keys.push(data.key);
      }
    }
    return keys;
  }

  /** Finishes the reads and writes already started, then lets another process open the folder. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.chains.values());
    this.cache.clear();
    this.lock.release();
  }

  private async writeOne(key: string, item: StoreItem): Promise<void> {
    const rest = withoutETag(key, item);
    // Serialised now, before any await, so the file and the cache hold the item as it was passed.
    const json = JSON.stringify(rest);
    const eTag = randomUUID();
    const text = storedFileText(key, eTag, json);
    const current = await this.load(key);
    const wanted: unknown = item.eTag;
    if (current && typeof wanted === 'string' && wanted !== '' && wanted !== '*' && wanted !== current.eTag) {
      throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
    }
    const file = this.fileOf(key);
    await this.ensureShard(path.dirname(file));
    // steno under TextFile, as lowdb's JSONFile uses it: a temp file renamed over the old one.
    await new TextFile(file).write(text);
    this.remember(key, { key, eTag, json });
  }

  /** At most 256 shard folders: remembering which exist saves a syscall on every write. */
  private async ensureShard(shard: string): Promise<void> {
    if (this.shards.has(shard)) return;
    await fs.promises.mkdir(shard, { recursive: true });
    this.shards.add(shard);
  }

  private async load(key: string): Promise<CachedEntry | null> {
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      this.remember(key, cached);
      return cached;
    }
    const file = this.fileOf(key);
    const data = await readJson(file, key);
    if (data === undefined) {
      this.remember(key, null);
      return null;
    }
    if (!isStoredEntry(data)) {
      throw new StoreCorruptError(`the store file ${file} is not a stored item (expected key, eTag and an object value); nothing was changed`, file, key);
    }
    if (data.key !== key) {
      throw new StoreCorruptError(`the store file ${file} holds the key "${data.key}", not "${key}"; nothing was changed`, file, key);
    }
    const entry: CachedEntry = { key, eTag: data.eTag, json: JSON.stringify(data.value) };
    this.remember(key, entry);
    return entry;
  }

  private remember(key: string, entry: CachedEntry | null): void {
    this.cache.delete(key);
    this.cache.set(key, entry);
    if (this.cache.size > this.cacheSize) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
  }

  /** Operations on one key run one after the other, so the eTag check and the write cannot interleave. */
  private serial<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.chains.get(key) ?? Promise.resolve();
    const run = previous.then(task);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    this.chains.set(key, tail);
    void tail.then(() => {
      if (this.chains.get(key) === tail) this.chains.delete(key);
    });
    return run;
  }

  private ensureOpen(): void {
    if (this.closed) throw new Error(`the store ${this.dir} is closed`);
  }
}
