import * as fs from 'fs';
import * as path from 'path';

export class StoreLockedError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One process per store folder: two would each keep their own cache and overwrite each other's files.
 * The lock file holds the owner's pid; a lock left by a dead process is taken over.
 */
export class DirLock {
  private constructor(private readonly file: string) {}

  static acquire(dir: string): DirLock {
    const file = path.join(dir, 'store.lock');
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = fs.openSync(file, 'wx');
        fs.writeSync(fd, String(process.pid));
        fs.closeSync(fd);
        return new DirLock(file);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const owner = Number(fs.readFileSync(file, 'utf8').trim());
        if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
          throw new StoreLockedError(
            `the store ${dir} is in use by process ${owner}; stop it or set DATA_DIR to another folder (STORAGE=blobs lets several instances share data)`,
          );
        }
        if (owner === process.pid) {
          throw new StoreLockedError(`the store ${dir} is already open in this process`);
        }
        fs.rmSync(file, { force: true });
      }
    }
    throw new StoreLockedError(`could not lock the store ${dir}`);
  }

  release(): void {
    try {
      if (Number(fs.readFileSync(this.file, 'utf8').trim()) === process.pid) fs.rmSync(this.file, { force: true });
    } catch {
      // already gone
    }
  }
}
