import { Storage, StoreItem } from 'botbuilder';

export interface StorageUnderTest {
  storage: Storage;
  cleanup: () => Promise<void>;
}

const CRAZY_KEYS = ['!@#$%^&*()~/\\><,.?\';"`~', '探寻/客户:需求#1', 'a'.repeat(300), 'spaces and\ttabs\nnewline', '../../etc/passwd', '中文键值', 'emoji 😀 key'];

/**
 * The contract every botbuilder Storage is tested against (botbuilder's own StorageBaseTests, plus the
 * eTag rules BotState relies on), as jest cases, so it runs against any implementation.
 */
export function runStorageContract(name: string, make: () => Promise<StorageUnderTest>): void {
  describe(`Storage contract: ${name}`, () => {
    let subject: StorageUnderTest;
    let storage: Storage;
    beforeEach(async () => {
      subject = await make();
      storage = subject.storage;
    });
    afterEach(async () => {
      await subject.cleanup();
    });

    it('reads unknown keys as nothing', async () => {
      expect(await storage.read(['unknown', 'also/unknown'])).toEqual({});
    });

    it('reads no keys as nothing', async () => {
      expect(await storage.read([])).toEqual({});
    });

    it('creates objects and gives each an eTag', async () => {
      await storage.write({ createPoco: { id: 1 }, createPocoStoreItem: { id: 2, eTag: '*' } });
      const read = await storage.read(['createPoco', 'createPocoStoreItem']);
      expect(read.createPoco).toMatchObject({ id: 1 });
      expect(read.createPocoStoreItem).toMatchObject({ id: 2 });
      expect(typeof read.createPoco.eTag).toBe('string');
      expect(read.createPoco.eTag).not.toBe('*');
      expect(read.createPocoStoreItem.eTag).not.toBe(read.createPoco.eTag);
    });

    it('handles keys with any characters', async () => {
      const changes: Record<string, StoreItem> = {};
      CRAZY_KEYS.forEach((key, i) => (changes[key] = { id: i }));
      await storage.write(changes);
      const read = await storage.read(CRAZY_KEYS);
      CRAZY_KEYS.forEach((key, i) => expect(read[key]).toMatchObject({ id: i }));
    });

    it('updates objects and gives a fresh eTag on every write', async () => {
      await storage.write({ pocoItem: { id: 1, count: 1 }, pocoStoreItem: { id: 1, count: 1 } });
      const first = await storage.read(['pocoItem', 'pocoStoreItem']);
      await storage.write({ pocoItem: { ...first.pocoItem, count: 2 }, pocoStoreItem: { ...first.pocoStoreItem, count: 2 } });
      const second = await storage.read(['pocoItem', 'pocoStoreItem']);
      expect(second.pocoItem.count).toBe(2);
      expect(second.pocoStoreItem.count).toBe(2);
      expect(second.pocoItem.eTag).not.toBe(first.pocoItem.eTag);
    });

    it('rejects a write with a stale eTag', async () => {
      await storage.write({ item: { count: 1 } });
      const stale = (await storage.read(['item'])).item;
      await storage.write({ item: { ...stale, count: 2 } });
      await expect(storage.write({ item: { ...stale, count: 3 } })).rejects.toThrow();
      expect((await storage.read(['item'])).item.count).toBe(2);
    });

    it("overwrites with eTag '*' or without an eTag", async () => {
      await storage.write({ item: { count: 1 } });
      const stale = (await storage.read(['item'])).item;
      await storage.write({ item: { ...stale, count: 2 } });
      await storage.write({ item: { count: 3, eTag: '*' } });
      expect((await storage.read(['item'])).item.count).toBe(3);
      await storage.write({ item: { count: 4 } });
      expect((await storage.read(['item'])).item.count).toBe(4);
    });

    it('deletes objects', async () => {
      await storage.write({ delete1: { id: 1 }, keep: { id: 2 } });
      await storage.delete(['delete1']);
      const read = await storage.read(['delete1', 'keep']);
      expect(read.delete1).toBeUndefined();
      expect(read.keep).toMatchObject({ id: 2 });
    });

    it('deletes unknown keys without complaint', async () => {
      await expect(storage.delete(['unknown-key'])).resolves.toBeUndefined();
    });

    it('reads, writes and deletes in batches', async () => {
      const changes: Record<string, StoreItem> = {};
      for (let i = 0; i < 25; i++) changes[`batch-${i}`] = { i };
      await storage.write(changes);
      const read = await storage.read(Object.keys(changes));
      expect(Object.keys(read)).toHaveLength(25);
      await storage.delete(Object.keys(changes).slice(0, 10));
      expect(Object.keys(await storage.read(Object.keys(changes)))).toHaveLength(15);
    });

    it('stores copies: changing what was written or read does not change the store', async () => {
      const item = { nested: { list: [1, 2] } };
      await storage.write({ copy: item });
      item.nested.list.push(3);
      const read = await storage.read(['copy']);
      expect(read.copy.nested.list).toEqual([1, 2]);
      read.copy.nested.list.push(4);
      expect((await storage.read(['copy'])).copy.nested.list).toEqual([1, 2]);
    });

    it('keeps Chinese and other unicode values intact', async () => {
      await storage.write({ text: { quote: '我儿媳妇怀孕了,想吃酸的 😀', en: 'naïve café' } });
      expect((await storage.read(['text'])).text).toMatchObject({ quote: '我儿媳妇怀孕了,想吃酸的 😀', en: 'naïve café' });
    });

    it('lets exactly one of two concurrent writers with the same eTag win', async () => {
      await storage.write({ race: { n: 0 } });
      const read = (await storage.read(['race'])).race;
      const results = await Promise.allSettled([storage.write({ race: { ...read, n: 1 } }), storage.write({ race: { ...read, n: 2 } })]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect([1, 2]).toContain((await storage.read(['race'])).race.n);
    });
  });
}
