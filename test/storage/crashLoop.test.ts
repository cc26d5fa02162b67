import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LowdbStorage } from '../../storage/LowdbStorage';
import { Item, itemFor, KEYS } from './crashWriter';

/**
 * Issue #12 item 7: steno writes `.<name>.tmp` next to a file and renames it over; a process killed in
 * between leaves the temp file, which holds a whole conversation (its transcript) that "delete my data"
 * never reached. Opening the store must clear them, and every acknowledged write must survive the kill.
 */
const REPO_ROOT = path.resolve(__dirname, '..', '..');
const REGISTER = path.join(__dirname, 'fixtures', 'register.js');
const WRITER = path.join(__dirname, 'crashWriter.ts');
const CYCLES = 20;

function tempFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.tmp'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Starts the writer, kills it with SIGKILL a little after its first acknowledged write, returns the acks. */
function killWhileWriting(dir: string, delayMs: number): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', REGISTER, WRITER, dir], { cwd: REPO_ROOT });
    const acked = new Map<string, number>();
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [word, key, seq] = line.split(' ');
        if (word === 'ack') acked.set(key, Math.max(acked.get(key) ?? 0, Number(seq)));
        if (word === 'ack' && !timer) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (_status, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the writer stopped on its own: ${stderr}`));
      else resolve(acked);
    });
  });
}

it(`keeps every acknowledged write and leaves no temp file after ${CYCLES} SIGKILLs during writes`, async () => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-crash-')));
  let leftByKills = 0;
  let leftAfterOpen = 0;
  try {
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const acked = await killWhileWriting(dir, 30 + ((cycle * 37) % 120));
      leftByKills += tempFiles(dir).length;
      const storage = await LowdbStorage.open({ dir });
      leftAfterOpen += tempFiles(dir).length;
      const stored = await storage.read(KEYS);
      for (const [key, seq] of acked) {
        const item = stored[key] as (Item & { eTag: string }) | undefined;
        expect(item?.seq).toBeGreaterThanOrEqual(seq);
        if (item) expect({ seq: item.seq, transcript: item.transcript }).toEqual(itemFor(key, item.seq));
      }
      await storage.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`crash loop: ${CYCLES} kills left ${leftByKills} temp files; ${leftAfterOpen} remained after open` + '\n');
  expect(leftByKills).toBeGreaterThan(0);
  expect(leftAfterOpen).toBe(0);
}, 90000);
