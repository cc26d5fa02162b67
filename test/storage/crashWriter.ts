/**
 * Run by crashLoop.test.ts in a child process (node -r fixtures/register.js): writes conversation-like items
 * to the store in `argv[2]` in a loop and prints `ack <key> <seq>` only after `await write` resolved, until
 * the parent kills it with SIGKILL. It carries on from what the store holds, so the sequence keeps growing.
 */
import { LowdbStorage } from '../../storage/LowdbStorage';

export const KEYS = ['test/conversations/a/', 'test/conversations/b/', 'test/conversations/c/', 'test/users/u'];

export interface Item {
  seq: number;
  transcript: { from: string; text: string }[];
}

export function itemFor(key: string, seq: number): Item {
  // A transcript that grows with seq (capped), as a real conversation's does: tens of kilobytes per write.
  const length = 20 + (seq % 60);
  return { seq, transcript: Array.from({ length }, (_, i) => ({ from: i % 2 ? 'bot' : 'customer', text: `${key} ${seq} line ${i} ${'x'.repeat(400)}` })) };
}

async function main(): Promise<void> {
  const storage = await LowdbStorage.open({ dir: process.argv[2] });
  const stored = await storage.read(KEYS);
  const seqs = KEYS.map((k) => ((stored[k] as Item | undefined)?.seq ?? 0) + 1);
  process.stdout.write('ready\n');
  for (;;) {
    await Promise.all(
      KEYS.map(async (key, i) => {
        const seq = seqs[i]++;
        await storage.write({ [key]: itemFor(key, seq) });
        process.stdout.write(`ack ${key} ${seq}\n`);
      }),
    );
  }
}

if (require.main === module) void main();
