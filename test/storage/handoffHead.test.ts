import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MemoryStorage, Storage } from 'botbuilder';
import { HandoffQueue } from '../../services/handoff/HandoffQueue';
import { LowdbStorage } from '../../storage/LowdbStorage';
import { record } from '../handoff/fixtures';

/**
 * Issue #12 item 9: a handoff index head that is null or malformed made every record invisible to the
 * staff list, and the next handoff wrote a fresh head over it, orphaning the records for good.
 */
const HEAD = 'handoff-index/head';
const quiet = { warn: () => undefined };
const clock = () => new Date('2026-11-23T10:00:00Z');

interface Damage {
  name: string;
  apply(storage: Storage, dir: string | undefined): Promise<void>;
}

const damages: Damage[] = [
  {
    name: 'a head holding null',
    async apply(storage, dir) {
      if (dir) fs.writeFileSync((storage as LowdbStorage).fileOf(HEAD), 'null');
      else (storage as unknown as { memory: Record<string, string> }).memory[HEAD] = 'null';
    },
  },
  {
    name: 'a head without rows or pages',
    async apply(storage) {
      await storage.write({ [HEAD]: { rows: 'lost', eTag: '*' } });
    },
  },
];

const stores: [string, () => Promise<{ storage: Storage; dir?: string; close(): Promise<void> }>][] = [
  ['MemoryStorage', async () => ({ storage: new MemoryStorage(), close: async () => undefined })],
  [
    'LowdbStorage',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-head-'));
      const storage = await LowdbStorage.open({ dir, cacheSize: 1 });
      return {
        storage,
        dir,
        close: async () => {
          await storage.close();
          fs.rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  ],
];

describe.each(stores)('the handoff index on %s', (_store, open) => {
  it.each(damages.map((d) => [d.name, d] as const))('lists every record despite %s, and repairs the head on the next write', async (_name, damage) => {
    const { storage, dir, close } = await open();
    try {
      const queue = new HandoffQueue(storage, clock, { logger: quiet, pageSize: 2 });
      for (let n = 1; n <= 5; n++) await queue.upsert(record(n));
      await storage.read(['something-else']);
      await damage.apply(storage, dir);
      expect((await queue.list()).map((r) => r.id).sort()).toEqual(['h-1', 'h-2', 'h-3', 'h-4', 'h-5']);
      await queue.upsert(record(6));
      expect((await queue.list()).map((r) => r.id).sort()).toEqual(['h-1', 'h-2', 'h-3', 'h-4', 'h-5', 'h-6']);
      const head = (await storage.read([HEAD]))[HEAD] as { rows: unknown; pages: unknown };
      expect(Array.isArray(head.rows) && Array.isArray(head.pages)).toBe(true);
      expect(await queue.deleteForUser('user-4')).toBe(1);
      expect((await queue.list()).map((r) => r.id).sort()).toEqual(['h-1', 'h-2', 'h-3', 'h-5', 'h-6']);
    } finally {
      await close();
    }
  });
});
