import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LowdbStorage } from '../../bot/storage/LowdbStorage';
import { runStorageContract } from './storageContract';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-store-'));
}

runStorageContract('LowdbStorage on real files', async () => {
  const dir = tempDir();
  const storage = await LowdbStorage.open({ dir });
  return {
    storage,
    cleanup: async () => {
      await storage.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});

runStorageContract('LowdbStorage with a tiny cache (every read from disk)', async () => {
  const dir = tempDir();
  const storage = await LowdbStorage.open({ dir, cacheSize: 1 });
  return {
    storage,
    cleanup: async () => {
      await storage.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});

function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** Runs a snippet in a fresh Node process that opens the store through the compiled-on-the-fly sources. */
function inChild(script: string): { status: number | null; stdout: string; stderr: string } {
  const register = path.join(__dirname, 'fixtures', 'register.js');
  const result = spawnSync(process.execPath, ['-r', register, '-e', script], { encoding: 'utf8', cwd: path.resolve(__dirname, '..', '..'), timeout: 20000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('LowdbStorage on disk', () => {
  it('keeps what was written across a restart of the store', async () => {
    const dir = tempDir();
    const first = await LowdbStorage.open({ dir });
    await first.write({ 'conv/1': { said: '你好', turns: 3 } });
    await first.close();
    const second = await LowdbStorage.open({ dir });
    expect((await second.read(['conv/1']))['conv/1']).toMatchObject({ said: '你好', turns: 3 });
    await second.close();
  });

  it('keeps what another process wrote (a real restart)', async () => {
    const dir = tempDir();
    const child = inChild(`
      const { LowdbStorage } = require('./bot/storage/LowdbStorage');
      LowdbStorage.open({ dir: ${JSON.stringify(dir)} }).then(async (s) => { await s.write({ k: { v: 42 } }); await s.close(); console.log('written'); });
    `);
    expect(child.stderr).toBe('');
    expect(child.stdout).toContain('written');
    const storage = await LowdbStorage.open({ dir });
    expect((await storage.read(['k'])).k).toMatchObject({ v: 42 });
    await storage.close();
  });

  it('refuses a second process on the same folder with a clear message', async () => {
    const dir = tempDir();
    const storage = await LowdbStorage.open({ dir });
    const child = inChild(`
      const { LowdbStorage } = require('./bot/storage/LowdbStorage');
      LowdbStorage.open({ dir: ${JSON.stringify(dir)} }).then(() => console.log('opened'), (e) => { console.log('refused: ' + e.message); });
    `);
    expect(child.stdout).toContain('refused');
    expect(child.stdout).toContain(`in use by process ${process.pid}`);
    await storage.close();
  });

  it('takes over a lock left by a process that died', async () => {
    const dir = tempDir();
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'store.lock'), '999999');
    const storage = await LowdbStorage.open({ dir });
    await storage.write({ k: { v: 1 } });
    await storage.close();
    expect(fs.existsSync(path.join(dir, 'store.lock'))).toBe(false);
  });

  it('stops with the path named when the store file is corrupt, and changes nothing', async () => {
    const dir = tempDir();
    await (await LowdbStorage.open({ dir })).close();
    fs.writeFileSync(path.join(dir, 'store.json'), '{"format": 1, ');
    await expect(LowdbStorage.open({ dir })).rejects.toThrow(path.join(dir, 'store.json'));
    expect(fs.readFileSync(path.join(dir, 'store.json'), 'utf8')).toBe('{"format": 1, ');
  });

  it('names the file when an item file is corrupt, never resetting it silently', async () => {
    const dir = tempDir();
    const storage = await LowdbStorage.open({ dir, cacheSize: 1 });
    await storage.write({ victim: { v: 1 } });
    const file = storage.fileOf('victim');
    fs.writeFileSync(file, '{"key": "victim", "eTag": ');
    await storage.write({ other: { v: 2 } });
    await expect(storage.read(['victim'])).rejects.toThrow(file);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"key": "victim", "eTag": ');
    await storage.close();
  });

  it('leaves only complete files: every file parses and no temp file stays behind', async () => {
    const dir = tempDir();
    const storage = await LowdbStorage.open({ dir });
    await Promise.all(Array.from({ length: 50 }, (_, i) => storage.write({ [`k${i % 10}`]: { i, blob: 'x'.repeat(2000) } })));
    await storage.close();
    const files = allFiles(dir).filter((f) => !f.endsWith('store.lock'));
    for (const file of files) expect(() => JSON.parse(fs.readFileSync(file, 'utf8'))).not.toThrow();
    expect(files.filter((f) => /\.tmp|~$/.test(path.basename(f)))).toEqual([]);
  });

  it('survives a process killed in the middle of writing', async () => {
    const dir = tempDir();
    const child = inChild(`
      const { LowdbStorage } = require('./bot/storage/LowdbStorage');
      LowdbStorage.open({ dir: ${JSON.stringify(dir)} }).then(async (s) => {
        let i = 0;
        for (;;) { await s.write({ ['k' + (i % 20)]: { i, blob: 'y'.repeat(50000) } }); i++; if (i === 200) process.kill(process.pid, 'SIGKILL'); }
      });
    `);
    expect(child.status).toBeNull();
    const storage = await LowdbStorage.open({ dir });
    const keys = Array.from({ length: 20 }, (_, i) => `k${i}`);
    const read = await storage.read(keys);
    expect(Object.keys(read)).toHaveLength(20);
    await storage.close();
  });

  it('touches only the written item\'s file however many items are stored', async () => {
    const dir = tempDir();
    const storage = await LowdbStorage.open({ dir });
    const seed: Record<string, object> = {};
    for (let i = 0; i < 2000; i++) seed[`conversation/${i}`] = { i };
    await storage.write(seed);
    const before = new Map(allFiles(dir).map((f) => [f, fs.statSync(f).mtimeMs]));
    await new Promise((r) => setTimeout(r, 20));
    await storage.write({ 'conversation/7': { i: 7, updated: true } });
    const changed = allFiles(dir).filter((f) => before.get(f) !== fs.statSync(f).mtimeMs);
    expect(changed).toEqual([storage.fileOf('conversation/7')]);
    await storage.close();
  });
});
