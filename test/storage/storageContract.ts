import { AutoSaveStateMiddleware, ConversationState, MessageFactory, Storage, StoreItem, StoreItems, TestAdapter } from 'botbuilder';
import { Dialog, DialogSet, TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';

export interface StorageUnderTest {
  storage: Storage;
  cleanup: () => Promise<void>;
}

const ETAG_CONFLICT = /eTag conflict/;

const CRAZY_KEYS = [
  '!@#$%^&*()~/\\><,.?\';"`~',
  '探寻/客户:需求#1',
  '中文键值',
  'emoji 😀 key',
  'spaces and\ttabs\nnewline',
  '../../etc/passwd',
  'Key',
  'key',
  'a'.repeat(1000),
  '长'.repeat(300),
];

function withoutETag(item: StoreItem): StoreItem {
  const copy = { ...item };
  delete copy.eTag;
  return copy;
}

/** The "names longer than 3 characters" waterfall from botbuilder's storage tests: state must survive every turn. */
async function runWaterfall(storage: Storage): Promise<void> {
  const conversationState = new ConversationState(storage);
  const dialogs = new DialogSet(conversationState.createProperty('dialogState'));
  dialogs.add(
    new TextPrompt('namePrompt', async (prompt) => {
      const name = prompt.recognized.value ?? '';
      if (name.length > 3) {
        await prompt.context.sendActivity(`accepted on try ${prompt.attemptCount}`);
        return true;
      }
      await prompt.context.sendActivity(`too short ${prompt.attemptCount}`);
      return false;
    }),
  );
  dialogs.add(
    new WaterfallDialog('steps', [
      async (step) => {
        await step.context.sendActivity('step1');
        return Dialog.EndOfTurn;
      },
      async (step) => step.prompt('namePrompt', { prompt: MessageFactory.text('your name?') }),
      async (step) => {
        await step.context.sendActivity('step3');
        return Dialog.EndOfTurn;
      },
    ]),
  );
  const adapter = new TestAdapter(async (context) => {
    const dc = await dialogs.createContext(context);
    await dc.continueDialog();
    if (!context.responded) await dc.beginDialog('steps');
  }).use(new AutoSaveStateMiddleware(conversationState));

  await adapter
    .send('hello')
    .assertReply('step1')
    .send('hello')
    .assertReply('your name?')
    .send('hi')
    .assertReply('too short 1')
    .send('hi')
    .assertReply('too short 2')
    .send('hi')
    .assertReply('too short 3')
    .send('Kyle')
    .assertReply('accepted on try 4')
    .assertReply('step3')
    .startTest();
}

/**
 * The contract every botbuilder Storage meets (the cases of botbuilder's own StorageBaseTests, plus the
 * eTag and copy rules BotState relies on), as jest cases, so it runs against any implementation.
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

    it('reads unknown keys as no entry (readUnknownTest)', async () => {
      expect(await storage.read(['unknown'])).toEqual({});
      expect(await storage.read(['unknown', 'also/unknown', '未知'])).toEqual({});
    });

    it('reads an empty key list as no entries', async () => {
      expect(await storage.read([])).toEqual({});
    });

    it('rejects a read or a write without keys (handleNullKeysWhenReading/Writing)', async () => {
      await expect(storage.read(null as unknown as string[])).rejects.toThrow();
      await expect(storage.write(null as unknown as StoreItems)).rejects.toThrow();
    });

    it('accepts a write of no items (doesNotThrowWhenWritingNoItems)', async () => {
      await expect(storage.write({})).resolves.toBeUndefined();
    });

    it('creates objects and gives each its own eTag (createObjectTest)', async () => {
      await storage.write({ createPoco: { id: 1 }, createPocoStoreItem: { id: 2, eTag: '*' } });
      const read = await storage.read(['createPoco', 'createPocoStoreItem']);
      expect(read.createPoco).toMatchObject({ id: 1 });
      expect(read.createPocoStoreItem).toMatchObject({ id: 2 });
      for (const item of Object.values(read)) {
        expect(typeof item.eTag).toBe('string');
        expect(item.eTag).not.toBe('');
        expect(item.eTag).not.toBe('*');
      }
      expect(read.createPocoStoreItem.eTag).not.toBe(read.createPoco.eTag);
    });

    it('handles keys with any characters, Chinese and very long keys (handleCrazyKeys)', async () => {
      const changes: StoreItems = {};
      CRAZY_KEYS.forEach((key, i) => (changes[key] = { id: i }));
      await storage.write(changes);
      const read = await storage.read(CRAZY_KEYS);
      expect(Object.keys(read).sort()).toEqual([...CRAZY_KEYS].sort());
      CRAZY_KEYS.forEach((key, i) => expect(read[key]).toMatchObject({ id: i }));
    });

    it('updates objects: fresh eTag per write, stale eTag rejected, no eTag or * overwrites (updateObjectTest)', async () => {
      await storage.write({ pocoItem: { id: 1, count: 1 }, pocoStoreItem: { id: 1, count: 1 } });
      const loaded = await storage.read(['pocoItem', 'pocoStoreItem']);
      const poco = withoutETag(loaded.pocoItem);
      const storeItem = loaded.pocoStoreItem;
      poco.count++;
      storeItem.count++;
      await storage.write({ pocoItem: poco, pocoStoreItem: storeItem });

      const reloaded = await storage.read(['pocoItem', 'pocoStoreItem']);
      expect(reloaded.pocoItem.count).toBe(2);
      expect(reloaded.pocoStoreItem.count).toBe(2);
      expect(typeof reloaded.pocoItem.eTag).toBe('string');
      expect(reloaded.pocoStoreItem.eTag).not.toBe(storeItem.eTag);

      poco.count = 123;
      await expect(storage.write({ pocoItem: poco })).resolves.toBeUndefined();
      storeItem.count = 123;
      await expect(storage.write({ pocoStoreItem: storeItem })).rejects.toThrow(ETAG_CONFLICT);

      const afterConflict = await storage.read(['pocoItem', 'pocoStoreItem']);
      expect(afterConflict.pocoItem.count).toBe(123);
      expect(afterConflict.pocoStoreItem.count).toBe(2);

      await storage.write({
        pocoItem: { ...withoutETag(afterConflict.pocoItem), count: 100 },
        pocoStoreItem: { ...afterConflict.pocoStoreItem, count: 100, eTag: '*' },
      });
      const final = await storage.read(['pocoItem', 'pocoStoreItem']);
      expect(final.pocoItem.count).toBe(100);
      expect(final.pocoStoreItem.count).toBe(100);
    });

    it('rejects a stale eTag with an eTag-conflict error and keeps the newer value', async () => {
      await storage.write({ item: { count: 1 } });
      const stale = (await storage.read(['item'])).item;
      await storage.write({ item: { ...stale, count: 2 } });
      await expect(storage.write({ item: { ...stale, count: 3 } })).rejects.toThrow(ETAG_CONFLICT);
      expect((await storage.read(['item'])).item.count).toBe(2);
    });

    it('accepts the eTag it handed out last, once', async () => {
      await storage.write({ item: { count: 1 } });
      const first = (await storage.read(['item'])).item;
      await storage.write({ item: { ...first, count: 2 } });
      const second = (await storage.read(['item'])).item;
      await storage.write({ item: { ...second, count: 3 } });
      await expect(storage.write({ item: { ...second, count: 4 } })).rejects.toThrow(ETAG_CONFLICT);
      expect((await storage.read(['item'])).item.count).toBe(3);
    });

    it('deletes objects (deleteObjectTest)', async () => {
      await storage.write({ delete1: { id: 1, count: 1 }, keep: { id: 2 } });
      expect((await storage.read(['delete1'])).delete1).toMatchObject({ count: 1 });
      await storage.delete(['delete1']);
      const read = await storage.read(['delete1', 'keep']);
      expect(read.delete1).toBeUndefined();
      expect(read.keep).toMatchObject({ id: 2 });
    });

    it('deletes unknown keys without complaint (deleteUnknownObjectTest)', async () => {
      await expect(storage.delete(['unknown_key'])).resolves.toBeUndefined();
    });

    it('writes again after a delete, as a new item', async () => {
      await storage.write({ again: { n: 1 } });
      await storage.delete(['again']);
      await storage.write({ again: { n: 2 } });
      expect((await storage.read(['again'])).again).toMatchObject({ n: 2 });
    });

    it('reads, writes and deletes in batches (batchCreateObjectTest)', async () => {
      const changes: StoreItems = {};
      for (let i = 0; i < 25; i++) changes[`batch-${i}`] = { count: i + 1 };
      await storage.write(changes);
      const read = await storage.read(Object.keys(changes));
      expect(Object.keys(read)).toHaveLength(25);
      for (const [key, item] of Object.entries(read)) {
        expect(item.count).toBe(changes[key].count);
        expect(typeof item.eTag).toBe('string');
      }
      await storage.delete(Object.keys(changes).slice(0, 10));
      const left = await storage.read(Object.keys(changes));
      expect(Object.keys(left).sort()).toEqual(Object.keys(changes).slice(10).sort());
    });

    it('stores copies: changing what was written or read does not change the store', async () => {
      const item = { nested: { list: [1, 2] } };
      await storage.write({ copy: item });
      item.nested.list.push(3);
      const read = await storage.read(['copy']);
      expect(read.copy.nested.list).toEqual([1, 2]);
      read.copy.nested.list.push(4);
      read.copy.added = true;
      const again = (await storage.read(['copy'])).copy;
      expect(again.nested.list).toEqual([1, 2]);
      expect(again.added).toBeUndefined();
    });

    it('stores values as JSON carries them', async () => {
      const when = new Date('2024-05-01T08:00:00.000Z');
      await storage.write({ json: { when, gone: undefined, n: 1.5, list: [null, true, 'x'] } });
      const read = (await storage.read(['json'])).json;
      expect(read.when).toBe(when.toISOString());
      expect('gone' in read).toBe(false);
      expect(read).toMatchObject({ n: 1.5, list: [null, true, 'x'] });
    });

    it('keeps Chinese and other unicode values intact', async () => {
      await storage.write({ text: { quote: '我儿媳妇怀孕了,想吃酸的 😀', en: 'naïve café' } });
      expect((await storage.read(['text'])).text).toMatchObject({ quote: '我儿媳妇怀孕了,想吃酸的 😀', en: 'naïve café' });
    });

    it('lets exactly one of two concurrent writers with the same eTag win', async () => {
      await storage.write({ race: { n: 0 } });
      const read = (await storage.read(['race'])).race;
      const results = await Promise.allSettled([storage.write({ race: { ...read, n: 1 } }), storage.write({ race: { ...read, n: 2 } })]);
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected).toHaveLength(1);
      expect(String(rejected[0].reason)).toMatch(ETAG_CONFLICT);
      const winner = results[0].status === 'fulfilled' ? 1 : 2;
      expect((await storage.read(['race'])).race.n).toBe(winner);
    });

    it('carries dialog state through a waterfall with a re-prompting prompt (proceedsThroughWaterfall)', async () => {
      await expect(runWaterfall(storage)).resolves.toBeUndefined();
    });
  });
}
