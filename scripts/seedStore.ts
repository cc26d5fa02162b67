import { randomUUID } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { LowdbStorage, storedFileOf, storedFileText } from '../storage/LowdbStorage';

/**
 * Fills a lowdb store with finished conversations for the benchmark, writing each key's file directly in the
 * format LowdbStorage writes (same path, same JSON, a fresh eTag), which is many times faster than going
 * through write() for 100,000 conversations. The store is opened first, so its lock and format file are the
 * real ones. Run as `node dist/scripts/seedStore.js <dir> <count> <template.json>`, where the template holds
 * one finished conversation's stored values as `{ "conversation": {...}, "user": {...} }`.
 */
export interface SeedTemplate {
  conversation: object;
  user: object;
}

export async function seedStore(dir: string, count: number, template: SeedTemplate): Promise<void> {
  const storage = await LowdbStorage.open({ dir });
  try {
    const root = storage.directory;
    const made = new Set<string>();
    const put = (key: string, valueJson: string): void => {
      const file = storedFileOf(root, key);
      const shard = path.dirname(file);
      if (!made.has(shard)) {
        fs.mkdirSync(shard, { recursive: true });
        made.add(shard);
      }
      fs.writeFileSync(file, storedFileText(key, randomUUID(), valueJson));
    };
    // The same two values for every seeded conversation: serialised once, not 2 x count times.
    const conversation = JSON.stringify(template.conversation);
    const user = JSON.stringify(template.user);
    for (let i = 0; i < count; i++) {
      put(`bench/conversations/seeded-${i}/`, conversation);
      put(`bench/users/u-seeded-${i}/`, user);
    }
  } finally {
    await storage.close();
  }
}

if (require.main === module) {
  const [dir, count, templateFile] = process.argv.slice(2);
  const template = JSON.parse(fs.readFileSync(templateFile, 'utf8')) as SeedTemplate;
  seedStore(dir, Number(count), template).catch((err: Error) => {
    process.stderr.write(`seeding failed: ${err.stack ?? err.message}\n`);
    process.exit(1);
  });
}
