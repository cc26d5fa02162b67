import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MemoryStorage, Storage, StoreItems } from 'botbuilder';
import { LowdbStorage } from '../../storage/LowdbStorage';
import { HandoffConflictError, HandoffError, HandoffNotFoundError, HandoffQueue, HandoffRecord } from '../../services/handoff/HandoffQueue';
import { validateNeedDefinition } from '../../services/handoff/needDefinition';
import { NOW, record } from './fixtures';

const quiet = { warn: () => undefined };
const clock = () => new Date('2026-11-24T08:00:00.000Z');

/** Counts which keys a queue reads, to show that listing touches the index and a page of records only. */
class CountingStorage implements Storage {
  readonly reads: string[] = [];
  constructor(private readonly inner: Storage) {}
  read(keys: string[]): Promise<StoreItems> {
    this.reads.push(...keys);
    return this.inner.read(keys);
  }
  write(changes: StoreItems): Promise<void> {
    return this.inner.write(changes);
  }
  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

/**
 * Azure blobs' behaviour: a write carrying an eTag fails when the blob does not exist (If-Match on a missing
 * blob), so "create unless it exists" has to fall back to a plain write.
 */
class IfMatchOnlyStorage extends MemoryStorage {
  override async write(changes: StoreItems): Promise<void> {
    const existing = await this.read(Object.keys(changes));
    for (const [key, item] of Object.entries(changes)) {
      const eTag = (item as { eTag?: string }).eTag;
      if (eTag && eTag !== '*' && !existing[key]) throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
    }
    return super.write(changes);
  }
}

interface StoreUnderTest {
  storage: Storage;
  close(): Promise<void>;
}

const stores: [string, () => Promise<StoreUnderTest>][] = [
  ['MemoryStorage', async () => ({ storage: new MemoryStorage(), close: async () => undefined })],
  ['a store without conditional create (like Azure blobs)', async () => ({ storage: new IfMatchOnlyStorage(), close: async () => undefined })],
  [
    'LowdbStorage',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-handoff-'));
      const storage = await LowdbStorage.open({ dir });
      return {
        storage,
        close: async () => {
          await storage.close();
          fs.rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  ],
];

describe.each(stores)('HandoffQueue on %s', (_name, open) => {
  let store: StoreUnderTest;
  let queue: HandoffQueue;
  beforeEach(async () => {
    store = await open();
    queue = new HandoffQueue(store.storage, clock, { logger: quiet, pageSize: 3 });
  });
  afterEach(async () => {
    await store.close();
  });

  it('stores a handoff and reads it back, valid and with its summaries', async () => {
    const stored = await queue.upsert(record(1));
    const read = await queue.get('h-1');
    expect(read).toEqual(stored);
    expect(read).toMatchObject({ id: 'h-1', conversationId: 'conv-1', userId: 'user-1', status: 'open', createdAt: '2026-11-23T02:01:00.000Z', updatedAt: clock().toISOString() });
    expect(validateNeedDefinition(read).valid).toBe(true);
    expect(read?.summary?.en).toContain('Getting regional information flowing');
    expect(await queue.get('nope')).toBeUndefined();
  });

  it('keeps one record per conversation: a second handoff updates it and keeps id, createdAt, status and claimant', async () => {
    await queue.upsert(record(1));
    await queue.claim('h-1', 'Wang Fang');
    const again = await queue.upsert(record(1, { id: 'h-other', needName: 'A better name', createdAt: '2026-11-30T00:00:00.000Z', status: 'open' }));
    expect(again).toMatchObject({ id: 'h-1', createdAt: '2026-11-23T02:01:00.000Z', status: 'claimed', claimedBy: 'Wang Fang', needName: 'A better name' });
    expect(again.summary?.en).toContain('Wang Fang');
    expect(await queue.get('h-other')).toBeUndefined();
    expect((await queue.list()).map((r) => r.id)).toEqual(['h-1']);
    expect(await queue.list({ status: 'claimed' })).toHaveLength(1);
  });

  it('reopens a completed handoff when the customer asks again', async () => {
    await queue.upsert(record(1));
    await queue.complete('h-1');
    const again = await queue.upsert(record(1));
    expect(again).toMatchObject({ id: 'h-1', status: 'open' });
    expect(again.claimedBy).toBeUndefined();
    expect((await queue.list({ status: 'open' })).map((r) => r.id)).toEqual(['h-1']);
    expect(await queue.list({ status: 'completed' })).toEqual([]);
  });

  it('lists newest first across index pages, filtered by status and conversation, in pages by `before`', async () => {
    for (const n of [3, 1, 7, 2, 8, 5, 4, 6]) await queue.upsert(record(n));
    await queue.claim('h-2', 'rep');
    await queue.claim('h-7', 'rep');
    await queue.complete('h-5');
    const ids = (records: HandoffRecord[]) => records.map((r) => r.id);
    expect(ids(await queue.list())).toEqual(['h-8', 'h-7', 'h-6', 'h-5', 'h-4', 'h-3', 'h-2', 'h-1']);
    expect(ids(await queue.list({ status: 'open' }))).toEqual(['h-8', 'h-6', 'h-4', 'h-3', 'h-1']);
    expect(ids(await queue.list({ status: 'claimed' }))).toEqual(['h-7', 'h-2']);
    expect(ids(await queue.list({ status: 'completed' }))).toEqual(['h-5']);
    expect(ids(await queue.list({ conversationId: 'conv-4' }))).toEqual(['h-4']);
    expect(ids(await queue.list({ conversationId: 'conv-4', status: 'claimed' }))).toEqual([]);
    expect(ids(await queue.list({ conversationId: 'unknown' }))).toEqual([]);
    const pages: string[][] = [];
    let before: string | undefined;
    for (;;) {
      const page = await queue.list({ limit: 3, before });
      if (!page.length) break;
      pages.push(ids(page));
      before = page[page.length - 1].createdAt;
    }
    expect(pages).toEqual([['h-8', 'h-7', 'h-6'], ['h-5', 'h-4', 'h-3'], ['h-2', 'h-1']]);
  });

  it('claims once: a second claim, or claiming a completed handoff, is a conflict', async () => {
    await queue.upsert(record(1));
    const claimed = await queue.claim('h-1', '  Wang Fang ');
    expect(claimed).toMatchObject({ status: 'claimed', claimedBy: 'Wang Fang' });
    const second = await queue.claim('h-1', 'Li Lei').catch((err: unknown) => err);
    expect(second).toBeInstanceOf(HandoffConflictError);
    expect(second).toMatchObject({ httpStatus: 409, current: 'claimed', claimedBy: 'Wang Fang' });
    expect((await queue.get('h-1'))?.claimedBy).toBe('Wang Fang');
    const completed = await queue.complete('h-1');
    expect(completed.status).toBe('completed');
    await expect(queue.complete('h-1')).rejects.toBeInstanceOf(HandoffConflictError);
    await expect(queue.claim('h-1', 'Li Lei')).rejects.toMatchObject({ httpStatus: 409, current: 'completed' });
    await expect(queue.claim('missing', 'Li Lei')).rejects.toBeInstanceOf(HandoffNotFoundError);
    await expect(queue.complete('missing')).rejects.toMatchObject({ httpStatus: 404 });
    await expect(queue.claim('h-1', '   ')).rejects.toEqual(expect.any(HandoffError));
  });

  it('deletes by conversation and by user, wherever the index rows are', async () => {
    for (const n of [1, 2, 3, 4, 5, 6, 7]) await queue.upsert(record(n, { userId: n % 2 ? 'alice' : 'bob' }));
    expect(await queue.deleteForConversation('conv-2')).toBe(1);
    expect(await queue.get('h-2')).toBeUndefined();
    expect(await queue.deleteForConversation('conv-2')).toBe(0);
    expect(await queue.deleteForUser('alice')).toBe(4);
    expect((await queue.list()).map((r) => r.id)).toEqual(['h-6', 'h-4']);
    for (const id of ['h-1', 'h-3', 'h-5', 'h-7']) expect(await queue.get(id)).toBeUndefined();
    const fresh = await queue.upsert(record(2, { id: 'h-2-new' }));
    expect(fresh.id).toBe('h-2-new');
  });

  it('stores an invalid record all the same and logs what is wrong without contact details', async () => {
    const warnings: { message: string; fields?: Record<string, unknown> }[] = [];
    const logged = new HandoffQueue(store.storage, clock, { logger: { warn: (message, fields) => warnings.push({ message, fields }) } });
    const broken = record(1, { trigger: 'unknown' as HandoffRecord['trigger'], customer: { consentToContact: true, contact: { phone: '13812345678', email: 'li@example.com' }, name: 42 as unknown as string } });
    const stored = await logged.upsert(broken);
    expect(await logged.get(stored.id)).toMatchObject({ trigger: 'unknown', customer: { contact: { phone: '13812345678' } } });
    expect(warnings).toHaveLength(1);
    expect(warnings[0].fields).toMatchObject({ id: 'h-1', errors: expect.stringContaining('/trigger') });
    expect(JSON.stringify(warnings)).not.toMatch(/13812345678|li@example\.com/);
  });

  it('heals an index that lost a row (an instance stopped between record and index)', async () => {
    await queue.upsert(record(1));
    await store.storage.delete(['handoff-index/head']);
    expect(await queue.list()).toEqual([]);
    await queue.claim('h-1', 'rep');
    expect((await queue.list({ status: 'claimed' })).map((r) => r.id)).toEqual(['h-1']);
  });
});

describe('HandoffQueue with several instances on one store', () => {
  it('loses no handoff when two instances store many at once', async () => {
    const storage = new MemoryStorage();
    const a = new HandoffQueue(storage, clock, { logger: quiet, pageSize: 4 });
    const b = new HandoffQueue(storage, clock, { logger: quiet, pageSize: 4 });
    const numbers = Array.from({ length: 30 }, (_, i) => i + 1);
    await Promise.all(numbers.map((n) => (n % 2 ? a : b).upsert(record(n))));
    const listed = await b.list({ limit: 100 });
    expect(listed.map((r) => r.id)).toEqual(numbers.map((n) => `h-${n}`).reverse());
  });

  it('keeps one record when both instances hand over the same conversation at once', async () => {
    const storage = new MemoryStorage();
    const a = new HandoffQueue(storage, clock, { logger: quiet });
    const b = new HandoffQueue(storage, clock, { logger: quiet });
    const [first, second] = await Promise.all([a.upsert(record(1, { id: 'from-a' })), b.upsert(record(1, { id: 'from-b' }))]);
    expect(first.id).toBe(second.id);
    expect(await a.list()).toHaveLength(1);
  });

  it('lets exactly one of two simultaneous claims win', async () => {
    const storage = new MemoryStorage();
    const a = new HandoffQueue(storage, clock, { logger: quiet });
    const b = new HandoffQueue(storage, clock, { logger: quiet });
    await a.upsert(record(1));
    const results = await Promise.allSettled([a.claim('h-1', 'Wang Fang'), b.claim('h-1', 'Li Lei')]);
    const won = results.filter((r): r is PromiseFulfilledResult<HandoffRecord> => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(HandoffConflictError);
    expect((await b.get('h-1'))?.claimedBy).toBe(won[0].value.claimedBy);
  });

  it('keeps every status change while other instances add handoffs and seal index pages', async () => {
    const storage = new MemoryStorage();
    const a = new HandoffQueue(storage, clock, { logger: quiet, pageSize: 3 });
    const b = new HandoffQueue(storage, clock, { logger: quiet, pageSize: 3 });
    for (const n of [1, 2, 3, 4, 5, 6]) await a.upsert(record(n));
    await Promise.all([
      ...[7, 8, 9, 10, 11, 12].map((n) => a.upsert(record(n))),
      ...[1, 3, 5, 6].map((n) => b.claim(`h-${n}`, 'rep')),
      b.complete('h-2'),
    ]);
    expect((await a.list({ status: 'claimed' })).map((r) => r.id)).toEqual(['h-6', 'h-5', 'h-3', 'h-1']);
    expect((await a.list({ status: 'completed' })).map((r) => r.id)).toEqual(['h-2']);
    expect(await a.list({ status: 'open', limit: 100 })).toHaveLength(7);
  });
});

describe('HandoffQueue listing cost', () => {
  it('reads the index and only as many records as it returns', async () => {
    const counting = new CountingStorage(new MemoryStorage());
    const queue = new HandoffQueue(counting, clock, { logger: quiet, pageSize: 50 });
    for (let n = 1; n <= 260; n++) await queue.upsert(record(n));
    for (const n of [3, 90, 180, 250]) await queue.claim(`h-${n}`, 'rep');
    counting.reads.length = 0;
    const newest = await queue.list({ limit: 10 });
    expect(newest[0].id).toBe('h-260');
    expect(counting.reads.filter((k) => k.startsWith('handoff/'))).toHaveLength(10);
    counting.reads.length = 0;
    const claimed = await queue.list({ status: 'claimed' });
    expect(claimed.map((r) => r.id)).toEqual(['h-250', 'h-180', 'h-90', 'h-3']);
    expect(counting.reads.filter((k) => k.startsWith('handoff/'))).toHaveLength(4);
    expect(counting.reads.filter((k) => k.startsWith('handoff-index/')).length).toBeLessThanOrEqual(7);
  });
});

describe('HandoffQueue defaults', () => {
  it('uses the real clock and stores the builder time as createdAt', async () => {
    const queue = new HandoffQueue(new MemoryStorage(), undefined, { logger: quiet });
    const before = Date.now();
    const stored = await queue.upsert(record(1));
    expect(stored.createdAt).toBe(new Date(NOW.getTime() + 60_000).toISOString());
    expect(Date.parse(stored.updatedAt ?? '')).toBeGreaterThanOrEqual(before);
  });
});
