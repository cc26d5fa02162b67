import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { StoreLockedError } from '../../storage/dirLock';
import { LowdbStorage, StoreCorruptError } from '../../storage/LowdbStorage';
import { runStorageContract } from './storageContract';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const REGISTER = path.join(__dirname, 'fixtures', 'register.js');

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-store-')));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

runStorageContract('LowdbStorage on real files', async () => {
  const storage = await LowdbStorage.open({ dir: tempDir() });
  return { storage, cleanup: () => storage.close() };
});

runStorageContract('LowdbStorage with a one-item cache (reads come from disk)', async () => {
  const storage = await LowdbStorage.open({ dir: tempDir(), cacheSize: 1 });
  return { storage, cleanup: () => storage.close() };
});

function allFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

function lockFile(dir: string): string {
  return path.join(dir, 'store.lock');
}

/** A script run by a fresh Node process that loads the TypeScript store sources through swc. */
function childArgs(script: string): string[] {
  return ['-r', REGISTER, '-e', `const { LowdbStorage } = require('./storage/LowdbStorage');\n${script}`];
}

interface ChildResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function runChild(script: string): ChildResult {
  const result = spawnSync(process.execPath, childArgs(script), { encoding: 'utf8', cwd: REPO_ROOT, timeout: 15000 });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

function startChild(script: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, childArgs(script), { cwd: REPO_ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

/** A pid that certainly belonged to a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('LowdbStorage on disk', () => {
  it('creates the folder it is given, however deep', async () => {
    const dir = path.join(tempDir(), 'a', 'b', 'store');
    const storage = await LowdbStorage.open({ dir });
    await storage.write({ k: { v: 1 } });
    expect(fs.existsSync(storage.fileOf('k'))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'store.json'), 'utf8'))).toMatchObject({ format: 1 });
    await storage.close();
  });

  it('lays out one file per key, named by the SHA-256 of the key and sharded by its first two hex digits', async () => {
    const dir = tempDir();
    const storage = await LowdbStorage.open({ dir });
    await storage.write({ 'conv/1': { said: '你好' } });
    const file = storage.fileOf('conv/1');
    expect(path.relative(dir, file)).toMatch(/^items[/\\]([0-9a-f]{2})[/\\]\1[0-9a-f]{62}\.json$/);
    const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(stored).toEqual({ key: 'conv/1', eTag: expect.any(String), value: { said: '你好' } });
    expect((await storage.read(['conv/1']))['conv/1'].eTag).toBe(stored.eTag);
    await storage.close();
  });

  it('keeps what was written across a close and a new open', async () => {
    const dir = tempDir();
    const first = await LowdbStorage.open({ dir });
    await first.write({ 'conv/1': { said: '你好', turns: 3 } });
    const eTag = (await first.read(['conv/1']))['conv/1'].eTag;
    await first.close();
    const second = await LowdbStorage.open({ dir });
    expect((await second.read(['conv/1']))['conv/1']).toEqual({ said: '你好', turns: 3, eTag });
    await expect(second.write({ 'conv/1': { said: 'again', eTag: 'stale' } })).rejects.toThrow(/eTag conflict/);
    await second.close();
  });

  it('finishes writes already started when closed, and refuses work afterwards', async () => {
    const dir = tempDir();
    const storage = await LowdbStorage.open({ dir });
    const pending = storage.write({ late: { v: 1 } });
    await storage.close();
    await pending;
    await expect(storage.read(['late'])).rejects.toThrow(/closed/);
    await expect(storage.write({ late: { v: 2 } })).rejects.toThrow(/closed/);
    const reopened = await LowdbStorage.open({ dir });
    expect((await reopened.read(['late'])).late).toMatchObject({ v: 1 });
    await reopened.close();
  });

  it('reads what another process wrote', async () => {
    const dir = tempDir();
    const child = runChild(`
      LowdbStorage.open({ dir: ${JSON.stringify(dir)} }).then(async (s) => { await s.write({ k: { v: 42 } }); await s.close(); console.log('written'); });
    `);
    expect(child.stderr).toBe('');
    expect(child.stdout).toContain('written');
    const storage = await LowdbStorage.open({ dir });
    expect((await storage.read(['k'])).k).toMatchObject({ v: 42 });
    await storage.close();
  });

  it('refuses a second process on the same folder, naming the owner', async () => {
    const dir = tempDir();
    const storage = await LowdbStorage.open({ dir });
    const child = runChild(`
      LowdbStorage.open({ dir: ${JSON.stringify(dir)} }).then(
        () => console.log('opened'),
        (e) => console.log(e.constructor.name + ': ' + e.message),
      );
    `);
    expect(child.stdout).not.toContain('opened');
    expect(child.stdout).toContain('StoreLockedError');
    expect(child.stdout).toContain(`the store ${dir} is in use by process ${process.pid}`);
    expect(fs.readFileSync(lockFile(dir), 'utf8')).toBe(String(process.pid));
    await storage.close();
    expect(fs.existsSync(lockFile(dir))).toBe(false);
  });

  it('refuses to open the same folder twice in one process, also through a symlink', async () => {
    const dir = tempDir();
    const link = path.join(tempDir(), 'link');
    fs.symlinkSync(dir, link);
    const storage = await LowdbStorage.open({ dir });
    await expect(LowdbStorage.open({ dir })).rejects.toThrow(StoreLockedError);
    await expect(LowdbStorage.open({ dir: link })).rejects.toThrow(/already open in this process/);
    await storage.close();
    const throughLink = await LowdbStorage.open({ dir: link });
    await throughLink.close();
  });

  it('takes over a lock left by a process that has exited', async () => {
    const dir = tempDir();
    fs.writeFileSync(lockFile(dir), String(deadPid()));
    const storage = await LowdbStorage.open({ dir });
    expect(fs.readFileSync(lockFile(dir), 'utf8')).toBe(String(process.pid));
    await storage.write({ k: { v: 1 } });
    await storage.close();
    expect(fs.existsSync(lockFile(dir))).toBe(false);
  });

  it('takes over a lock naming its own pid that an earlier process left (a restarted container)', async () => {
    const dir = tempDir();
    fs.writeFileSync(lockFile(dir), String(process.pid));
    const storage = await LowdbStorage.open({ dir });
    await storage.write({ k: { v: 1 } });
    await storage.close();
    expect(fs.existsSync(lockFile(dir))).toBe(false);
  });

  it('takes over an empty lock file only once it is too old to be one being written', async () => {
    const dir = tempDir();
    fs.writeFileSync(lockFile(dir), '');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockFile(dir), old, old);
    const storage = await LowdbStorage.open({ dir });
    expect(fs.readFileSync(lockFile(dir), 'utf8')).toBe(String(process.pid));
    await storage.close();
  });

  it('lets exactly one of two processes racing for a dead lock open the store', async () => {
    const dir = tempDir();
    fs.writeFileSync(lockFile(dir), String(deadPid()));
    const release = path.join(dir, 'release');
    const script = `
      const fs = require('fs');
      LowdbStorage.open({ dir: ${JSON.stringify(dir)} }).then(
        async (s) => {
          console.log('opened');
          const giveUp = Date.now() + 10000;
          while (!fs.existsSync(${JSON.stringify(release)}) && Date.now() < giveUp) await new Promise((r) => setTimeout(r, 20));
          await s.close();
        },
        (e) => console.log('refused: ' + e.message),
      );
    `;
    const children = [startChild(script), startChild(script)];
    await Promise.race(children);
    fs.writeFileSync(release, '');
    const results = await Promise.all(children);
    expect(results.map((r) => r.stderr)).toEqual(['', '']);
    expect(results.filter((r) => r.stdout.includes('opened'))).toHaveLength(1);
    expect(results.filter((r) => r.stdout.includes('refused: ') && r.stdout.includes('is in use by process'))).toHaveLength(1);
    expect(fs.existsSync(lockFile(dir))).toBe(false);
  });

  it('stops at open with the path named when the store file is not JSON, changing nothing', async () => {
    const dir = tempDir();
    await (await LowdbStorage.open({ dir })).close();
    const meta = path.join(dir, 'store.json');
    fs.writeFileSync(meta, '{"format": 1, ');
    const opening = LowdbStorage.open({ dir });
    await expect(opening).rejects.toThrow(StoreCorruptError);
    await expect(LowdbStorage.open({ dir })).rejects.toThrow(meta);
    expect(fs.readFileSync(meta, 'utf8')).toBe('{"format": 1, ');
    expect(fs.existsSync(lockFile(dir))).toBe(false);
  });

  it('stops at open with the path named when the store file describes another format', async () => {
    const dir = tempDir();
    const meta = path.join(dir, 'store.json');
    fs.writeFileSync(meta, JSON.stringify({ format: 99 }));
    await expect(LowdbStorage.open({ dir })).rejects.toThrow(meta);
    expect(fs.readFileSync(meta, 'utf8')).toBe(JSON.stringify({ format: 99 }));
  });

  it('names the file when an item file is not JSON, and neither reads nor overwrites it', async () => {
    const dir = tempDir();
    const storage = await LowdbStorage.open({ dir, cacheSize: 1 });
    await storage.write({ victim: { v: 1 } });
    const file = storage.fileOf('victim');
    fs.writeFileSync(file, '{"key": "victim", "eTag": ');
    await storage.write({ other: { v: 2 } });
    await expect(storage.read(['victim'])).rejects.toThrow(StoreCorruptError);
    await expect(storage.read(['victim', 'other'])).rejects.toThrow(file);
    await expect(storage.write({ victim: { v: 3 } })).rejects.toThrow(file);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"key": "victim", "eTag": ');
    expect((await storage.read(['other'])).other).toMatchObject({ v: 2 });
    await storage.close();
  });

  it('names the file when an item file parses but is not a stored item, or holds another key', async () => {
    const dir = tempDir();
    const storage = await LowdbStorage.open({ dir, cacheSize: 1 });
    await storage.write({ shape: { v: 1 }, moved: { v: 1 }, filler: { v: 1 } });
    fs.writeFileSync(storage.fileOf('shape'), JSON.stringify({ hello: 'world' }));
    fs.writeFileSync(storage.fileOf('moved'), JSON.stringify({ key: 'elsewhere', eTag: 'x', value: {} }));
    await storage.read(['filler']);
    await expect(storage.read(['shape'])).rejects.toThrow(storage.fileOf('shape'));
    await expect(storage.read(['moved'])).rejects.toThrow(/holds the key "elsewhere"/);
    await storage.close();
  });

  it('leaves only complete files: every file parses and no temp file stays behind', async () => {
    const dir = tempDir();
    const storage = await LowdbStorage.open({ dir });
    await Promise.all(Array.from({ length: 60 }, (_, i) => storage.write({ [`k${i % 10}`]: { i, blob: 'x'.repeat(2000) } })));
    await storage.close();
    const files = allFiles(dir);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.json'))).toHaveLength(11);
    for (const file of files) expect(() => JSON.parse(fs.readFileSync(file, 'utf8'))).not.toThrow();
  });

  it('leaves every store file whole when the process is killed while writing, and the next process takes over', async () => {
    const dir = tempDir();
    const child = runChild(`
      LowdbStorage.open({ dir: ${JSON.stringify(dir)} }).then(async (s) => {
        console.log(process.pid);
        setTimeout(() => process.kill(process.pid, 'SIGKILL'), 400);
        for (let round = 0; ; round++) {
          const batch = {};
          for (let k = 0; k < 20; k++) batch['k' + k] = { i: round * 20 + k, blob: 'y'.repeat(50000) };
          await s.write(batch);
        }
      });
    `);
    expect(child.signal).toBe('SIGKILL');
    expect(fs.readFileSync(lockFile(dir), 'utf8')).toBe(child.stdout.trim());
    const storeFiles = allFiles(dir).filter((f) => f.endsWith('.json'));
    expect(storeFiles).toHaveLength(21);
    for (const file of storeFiles) expect(() => JSON.parse(fs.readFileSync(file, 'utf8'))).not.toThrow();
    const storage = await LowdbStorage.open({ dir });
    const keys = Array.from({ length: 20 }, (_, i) => `k${i}`);
    const read = await storage.read(keys);
    expect(Object.keys(read)).toHaveLength(20);
    for (const [key, item] of Object.entries(read)) expect(item.i % 20).toBe(Number(key.slice(1)));
    await storage.close();
  });

  it("rewrites only the written item's file with 2,000 items stored", async () => {
    const dir = tempDir();
    const storage = await LowdbStorage.open({ dir });
    const seed: Record<string, object> = {};
    for (let i = 0; i < 2000; i++) seed[`conversation/${i}`] = { i };
    await storage.write(seed);
    const before = new Map(allFiles(dir).map((f) => [f, fs.statSync(f).mtimeMs]));
    expect(before.size).toBe(2002);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await storage.write({ 'conversation/7': { i: 7, updated: true } });
    const after = allFiles(dir);
    expect(after).toHaveLength(2002);
    expect(after.filter((f) => before.get(f) !== fs.statSync(f).mtimeMs)).toEqual([storage.fileOf('conversation/7')]);
    await storage.close();
  });
});
