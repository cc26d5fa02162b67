import { BlobsStorage } from 'botbuilder-azure-blobs';
import { startAzurite, Azurite } from '../../scripts/azurite';
import { runStorageContract } from '../storage/storageContract';
import { Chat, conversationDataOf, keysOf, RunningApp, startApp } from '../support/harness';
import { HandoffRecord } from '../../services/handoff/HandoffQueue';

let azurite: Azurite;
let containerSeq = 0;

beforeAll(async () => {
  azurite = await startAzurite();
}, 30000);
afterAll(async () => {
  await azurite.stop();
});

runStorageContract('BlobsStorage on Azurite', async () => {
  containerSeq += 1;
  const storage = new BlobsStorage(azurite.connectionString, `contract-${process.pid}-${containerSeq}`);
  return { storage, cleanup: async () => undefined };
});

describe('two bot instances sharing one Azure Blob container', () => {
  let a: RunningApp;
  let b: RunningApp;
  beforeAll(async () => {
    const env = { STORAGE: 'blobs', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: `shared-${process.pid}` };
    a = await startApp(env);
    b = await startApp(env);
  }, 30000);
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('carries one conversation across both instances, turn by turn, to a complete handoff', async () => {
    const conversationId = `alt-${Date.now()}`;
    const onA = new Chat(a.url, 'zh-CN', conversationId);
    const onB = new Chat(b.url, 'zh-CN', conversationId);
    const lines = ['你好,我想买点李子', '酸的', '我儿媳妇怀孕了', '好啊', '两斤', '对', '给儿媳妇', '对', '对', '不用了'];
    let keys: string[] = [];
    for (const [i, line] of lines.entries()) keys = keysOf(await (i % 2 === 0 ? onA : onB).send(line));
    expect(keys).toContain('discovery:handoff.done');
    const [record] = await b.app.queue.list({ conversationId });
    expect(record.latentNeeds[0]).toMatchObject({ status: 'accepted' });
    expect(record.quantities[0]).toMatchObject({ value: 2 });
  });

  it('answers concurrent messages of one conversation sent to both instances and loses neither', async () => {
    const conversationId = `race-${Date.now()}`;
    const onA = new Chat(a.url, 'en', conversationId);
    const onB = new Chat(b.url, 'en', conversationId);
    await onA.send('Hello, our company needs a CRM');
    const [ra, rb] = await Promise.all([onA.send('About 20 people will use it'), onB.send('We use spreadsheets today and it is a mess')]);
    expect(ra.length).toBeGreaterThan(0);
    expect(rb.length).toBeGreaterThan(0);
    const said = (await conversationDataOf(a, onA)).transcript.filter((t) => t.from === 'customer').map((t) => t.text);
    expect(said).toEqual(expect.arrayContaining(['About 20 people will use it', 'We use spreadsheets today and it is a mess']));
  });

  it('runs a practice session across both instances and keeps the rep\'s history in the shared container', async () => {
    const conversationId = `practice-${Date.now()}`;
    const onA = new Chat(a.url, 'en', conversationId);
    const onB = new Chat(b.url, 'en', conversationId);
    const lines = ['practice plums', 'Do you like them sweet or sour?', 'Most people want sweet ones. Why sour?', 'end practice'];
    let keys: string[] = [];
    for (const [i, line] of lines.entries()) keys = keysOf(await (i % 2 === 0 ? onA : onB).send(line));
    expect(keys).toEqual(['persona-plums:endings.bought', 'practice:session.ended', 'practice:score.total']);
    const later = new Chat(a.url, 'en', `${conversationId}-2`);
    Object.defineProperty(later, 'userId', { value: onA.userId });
    const replies = await later.send('my progress');
    expect(keysOf(replies)).toEqual(['practice:progress.title']);
    expect((replies[0].activity.channelData as { tanxun: { sessions: number } }).tanxun.sessions).toBe(1);
  });

  it('lets staff claim on one instance a handoff created on the other', async () => {
    const chat = new Chat(a.url, 'en');
    await chat.send('Hello, our company needs a CRM');
    await chat.send('talk to a human');
    await chat.send('no');
    const list = (await (await fetch(`${b.url}/api/handoffs?conversationId=${encodeURIComponent(chat.conversationId)}`)).json()) as HandoffRecord[];
    expect(list).toHaveLength(1);
    const claimed = await fetch(`${b.url}/api/handoffs/${list[0].id}/claim`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rep: 'Zhao' }) });
    expect(claimed.status).toBe(200);
    const again = await fetch(`${a.url}/api/handoffs/${list[0].id}/claim`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rep: 'Qian' }) });
    expect(again.status).toBe(409);
  });
});
