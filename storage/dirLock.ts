import * as fs from 'fs';
import * as path from 'path';

export class StoreLockedError extends Error {}

const LOCK_NAME = 'store.lock';
/** A lock file with no pid in it yet is being written by its creator unless it is older than this. */
const CREATION_GRACE_MS = 2000;
const RETRY_DELAY_MS = 25;
const MAX_ATTEMPTS = Math.ceil((2 * CREATION_GRACE_MS) / RETRY_DELAY_MS);

/** Lock files this process holds: a lock naming our own pid that is not here was left by an earlier process. */
const heldHere = new Set<string>();

interface SeenLock {
  text: string;
  pid: number | null;
  ageMs: number;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errorCode(err) === 'EPERM';
  }
}

/** Duck-typed: errors from Node's fs may come from another realm (jest's vm), where instanceof fails. */
function errorCode(err: unknown): unknown {
  return typeof err === 'object' && err !== null && 'code' in err ? err.code : undefined;
}

function parsePid(text: string): number | null {
  const pid = Number(text.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** Creates `file` only if it does not exist (O_EXCL) and writes our pid into it. */
function createExclusive(file: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx');
  } catch (err) {
    if (errorCode(err) === 'EEXIST') return false;
    throw err;
  }
  try {
    fs.writeSync(fd, String(process.pid));
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
    throw err;
  }
  fs.closeSync(fd);
  return true;
}

function look(file: string): SeenLock | null {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return { text, pid: parsePid(text), ageMs: Date.now() - fs.statSync(file).mtimeMs };
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return null;
    throw err;
  }
}

/**
 * Removes a dead owner's lock, but only the one we judged dead: two processes taking over at once must
 * not delete each other's fresh lock, so the check and the removal happen under a second, short-lived lock.
 */
async function removeStale(file: string, judged: SeenLock): Promise<void> {
  const guard = `${file}.takeover`;
  if (!createExclusive(guard)) {
    const other = look(guard);
    if (other && other.ageMs > CREATION_GRACE_MS) fs.rmSync(guard, { force: true });
    else await sleep(RETRY_DELAY_MS);
    return;
  }
  try {
    if (look(file)?.text === judged.text) fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

function lockedMessage(dir: string, file: string, pid: number): string {
  return (
    `the store ${dir} is in use by process ${pid}: stop that process, or set DATA_DIR to another folder ` +
    `(STORAGE=blobs lets several instances share data). If process ${pid} is not a Tanxun bot, delete ${file}.`
  );
}

/**
 * One process per store folder: two would each keep their own cache and overwrite each other's files.
 * The lock file holds the owner's pid; a lock whose owner is dead is taken over.
 */
export class DirLock {
  private constructor(private readonly file: string) {}

  static async acquire(dir: string): Promise<DirLock> {
    const file = path.join(dir, LOCK_NAME);
    if (heldHere.has(file)) throw new StoreLockedError(`the store ${dir} is already open in this process`);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (createExclusive(file)) {
        heldHere.add(file);
        return new DirLock(file);
      }
      const seen = look(file);
      if (!seen) continue;
      if (seen.pid !== null && seen.pid !== process.pid && isAlive(seen.pid)) {
        throw new StoreLockedError(lockedMessage(dir, file, seen.pid));
      }
      if (seen.pid === null && seen.ageMs < CREATION_GRACE_MS) {
        await sleep(RETRY_DELAY_MS);
        continue;
      }
      await removeStale(file, seen);
    }
    throw new StoreLockedError(`could not lock the store ${dir}: ${file} kept changing while we tried`);
  }

  release(): void {
    if (!heldHere.delete(this.file)) return;
    if (look(this.file)?.pid === process.pid) fs.rmSync(this.file, { force: true });
  }
}
