import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MemoryStorage, StoreItems } from 'botbuilder';
import { createApp, App } from '../../bot/index';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { Chat, keysOf } from '../support/harness';

/** A real MemoryStorage whose next write can be made to fail, as a store outage would. */
class FlakyStorage extends MemoryStorage {
  failNextWrite = false;
  override async write(changes: StoreItems): Promise<void> {
    if (this.failNextWrite) {
      this.failNextWrite = false;
      throw new Error('disk full');
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
    expect(again).toContain('discovery:repeat.ask');
    expect(pending).toBe('playbook-general:areas.users.ask');
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
