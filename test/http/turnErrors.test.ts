import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MemoryStorage, StoreItems } from 'botbuilder';
import { createApp, App } from '../../host/index';
import { loadConfig } from '../../host/config';
import { createLogger } from '../../services/logger';
import { LowdbStorage } from '../../storage/LowdbStorage';
import { Chat, keysOf, startApp } from '../support/harness';

/** A real MemoryStorage whose next write can be made to fail, as a store outage would. */
class FlakyStorage extends MemoryStorage {
  failNextWrite = false;
  /** Writes of this key fail as if another instance had always saved it first. */
  contended?: string;
  forcedWrites = 0;
  override async write(changes: StoreItems): Promise<void> {
    if (this.failNextWrite) {
      this.failNextWrite = false;
      throw new Error('disk full');
    }
    for (const [key, item] of Object.entries(changes)) {
      if (key === this.contended && item.eTag === '*') this.forcedWrites += 1;
      else if (key === this.contended) throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
    }
    return super.write(changes);
  }
}

describe('turn errors', () => {
  let app: App;
  let url: string;
  const storage = new FlakyStorage();
  const logged: string[] = [];

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-errors-'));
    app = await createApp(loadConfig({ PORT: '0', DATA_DIR: dir }), {
      storage,
      logger: createLogger({ write: (line: string) => logged.push(line) } as unknown as NodeJS.WritableStream),
    });
    url = await app.start();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('tells the customer in their language, logs the conversation id, keeps the state and goes on', async () => {
    const chat = new Chat(url, 'zh-CN');
    const first = keysOf(await chat.send('你好,我们公司想找一个客户管理系统'));
    const pending = first[first.length - 1];
    storage.failNextWrite = true;
    const failed = await chat.send('大概二十个人');
    expect(keysOf(failed)).toEqual(['common:error.retry']);
    expect(failed[0].locale).toBe('zh-CN');
    expect(logged.some((l) => l.includes('"turn failed"') && l.includes('disk full'))).toBe(true);
    // The failed turn's changes were not saved: the same question is still pending and the answer works now.
    const again = keysOf(await chat.send('大概二十个人'));
    expect(again).toContain('respond:repeat.noted');
    expect(pending).toBe('playbook-general:areas.users.ask');
  });

  it('asks the customer to send the message again when another instance keeps saving first, and writes nothing', async () => {
    const chat = new Chat(url, 'zh-CN');
    await chat.send('你好,我们公司想找一个客户管理系统');
    const key = `test/conversations/${chat.conversationId}/`;
    const before = JSON.stringify((await storage.read([key]))[key]);
    storage.contended = key;
    const started = Date.now();
    const replies = await chat.send('大概二十个人');
    const second = await chat.send('大概二十个人');
    storage.contended = undefined;
    // Not answered as if recorded, no reset forced over the other instance's state: only "send it again".
    expect(keysOf(replies)).toEqual(['common:error.conflict']);
    expect(replies[0].locale).toBe('zh-CN');
    expect(keysOf(second)).toEqual(['common:error.conflict']);
    expect(storage.forcedWrites).toBe(0);
    const after = (await storage.read([key]))[key] as { conversationData: { transcript: { text: string }[] } };
    expect(JSON.stringify(after)).toBe(before);
    expect(logged.some((l) => l.includes('"state conflict retries ran out"') && l.includes('"attempts":8'))).toBe(true);
    // Backed off between attempts, but bounded: the customer is not left waiting for seconds.
    expect(Date.now() - started).toBeLessThan(8000);
    expect(keysOf(await chat.send('大概二十个人'))).toContain('respond:repeat.noted');
  });

  it('resets the dialog when the stored state itself is what breaks, and says so', async () => {
    const chat = new Chat(url, 'en');
    await chat.send('Hello, our company needs a CRM');
    const key = `test/conversations/${chat.conversationId}/`;
    const items = await storage.read([key]);
    const state = items[key] as { dialogState: { dialogStack: { id: string }[] } };
    state.dialogState.dialogStack[0].id = 'noSuchDialog';
    await storage.write({ [key]: { ...state, eTag: '*' } });
    expect(keysOf(await chat.send('about 20 people'))).toEqual(['common:error.retry']);
    expect(keysOf(await chat.send('about 20 people'))).toEqual(['common:error.reset']);
    const fresh = keysOf(await chat.send('hello'));
    expect(fresh).toContain('discovery:opening.ask');
  });
});

describe('a conversation whose store file is corrupt', () => {
  it('apologises once, moves the file aside (kept, not deleted) and goes on with a fresh conversation', async () => {
    const running = await startApp();
    try {
      const chat = new Chat(running.url, 'en');
      await chat.send('Hello, our company needs a CRM');
      const key = `test/conversations/${chat.conversationId}/`;
      const storage = running.app.storage as LowdbStorage;
      const file = storage.fileOf(key);
      await running.app.stop();
      fs.writeFileSync(file, '{"key": "garbage');
      const restarted = await startApp({ DATA_DIR: running.dataDir });
      try {
        const again = new Chat(restarted.url, 'en', chat.conversationId);
        expect(keysOf(await again.send('about 20 people'))).toEqual(['common:error.restarted']);
        const aside = fs.readdirSync(path.dirname(file)).filter((f) => f.startsWith(`${path.basename(file)}.corrupt-`));
        expect(aside).toHaveLength(1);
        expect(fs.readFileSync(path.join(path.dirname(file), aside[0]), 'utf8')).toBe('{"key": "garbage');
        const second = keysOf(await again.send('Hello, our company needs a CRM'));
        expect(second.length).toBeGreaterThan(0);
        expect(second.some((k) => k.startsWith('common:error.'))).toBe(false);
        const third = keysOf(await again.send('about 20 people'));
        expect(third.length).toBeGreaterThan(0);
        expect(third.some((k) => k.startsWith('common:error.'))).toBe(false);
      } finally {
        await restarted.close();
      }
    } finally {
      fs.rmSync(running.dataDir, { recursive: true, force: true });
    }
  });
});
