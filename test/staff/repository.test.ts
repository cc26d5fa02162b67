import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MemoryStorage } from 'botbuilder';
import { HandoffQueue, HandoffRecord } from '../../services/handoff/HandoffQueue';
import { LowdbRepository } from '../../services/handoff/repository/LowdbRepository';
import { TableRepository } from '../../services/handoff/repository/TableRepository';
import { HandoffRepository } from '../../services/handoff/repository/types';
import { record } from '../handoff/fixtures';
import { Azurite, startAzurite } from '../../scripts/azurite';
import { quiet, tickingClock } from './support';

let azurite: Azurite;
let tableSeq = 0;

beforeAll(async () => {
  azurite = await startAzurite();
}, 30000);
afterAll(async () => {
  await azurite.stop();
});

interface RepoUnderTest {
  /** A fresh handle on the same records, as a restart (or, for the table, another instance) would have. */
  open(): Promise<HandoffRepository>;
  /**
   * What a second writer at the same time uses: another instance's handle on the table; on lowdb, whose
   * folder one process owns, the same handle under a second queue (two requests of one process).
   */
  concurrent(first: HandoffRepository): Promise<HandoffRepository>;
  close(): Promise<void>;
}

const REPOSITORIES: [string, () => RepoUnderTest][] = [
  [
    'the lowdb collection',
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-repo-'));
      return { open: () => LowdbRepository.open(dir), concurrent: async (first) => first, close: async () => fs.rmSync(dir, { recursive: true, force: true }) };
    },
  ],
  [
    'an Azure table on Azurite',
    () => {
      tableSeq += 1;
      const name = `handoffs${process.pid}x${tableSeq}`;
      return { open: () => TableRepository.open(azurite.connectionString, name), concurrent: () => TableRepository.open(azurite.connectionString, name), close: async () => undefined };
    },
  ],
];

const at = (iso: string) => ({ createdAt: iso });

describe.each(REPOSITORIES)('handoff repository on %s', (_name, make) => {
  let under: RepoUnderTest;
  let repo: HandoffRepository;
  let queue: HandoffQueue;
  beforeEach(async () => {
    under = make();
    repo = await under.open();
    queue = new HandoffQueue(repo, tickingClock(), { logger: quiet });
    await queue.upsert(record(1, { playbook: 'training', locale: 'en', trigger: 'discovery-complete', ...at('2026-11-20T08:00:00.000Z') }));
    await queue.upsert(record(2, { playbook: 'training', locale: 'zh-CN', trigger: 'customer-asked', ...at('2026-11-21T08:00:00.000Z') }));
    await queue.upsert(record(3, { playbook: 'fruit', locale: 'zh-CN', trigger: 'bot-stuck', ...at('2026-11-22T08:00:00.000Z') }));
    await queue.upsert(record(4, { playbook: 'fruit', locale: 'en', trigger: 'discovery-complete', ...at('2026-11-22T08:00:00.000Z'), id: 'h/4#?' }));
  });
  afterEach(async () => {
    await under.close();
  });

  const ids = (records: HandoffRecord[]) => records.map((r) => r.id);

  it.each([
    ['nothing', {}, ['h/4#?', 'h-3', 'h-2', 'h-1']],
    ['playbook', { playbook: 'fruit' }, ['h/4#?', 'h-3']],
    ['locale and trigger', { locale: 'zh-CN' as const, trigger: 'customer-asked' as const }, ['h-2']],
    ['period', { from: '2026-11-21T00:00:00.000Z', to: '2026-11-21T23:59:59.999Z' }, ['h-2']],
    ['before', { before: '2026-11-22T08:00:00.000Z' }, ['h-2', 'h-1']],
    ['conversation', { conversationId: 'conv-3' }, ['h-3']],
    ['limit', { limit: 2 }, ['h/4#?', 'h-3']],
  ])('lists newest first, filtered by %s', async (_label, filter, expected) => {
    const listed = ids(await queue.list(filter));
    // Two records of the same millisecond may come in either order; everything else is by time.
    expect([...listed].sort()).toEqual([...expected].sort());
    expect(listed.filter((id) => !['h/4#?', 'h-3'].includes(id))).toEqual(expected.filter((id) => !['h/4#?', 'h-3'].includes(id)));
  });

  it('keeps one record per conversation, with every field, readable by a second handle', async () => {
    const again = await queue.upsert(record(1, { needName: 'Renamed by the bot', ...at('2026-11-29T00:00:00.000Z') }));
    expect(again).toMatchObject({ id: 'h-1', createdAt: '2026-11-20T08:00:00.000Z', needName: 'Renamed by the bot' });
    const other = new HandoffQueue(await under.open(), tickingClock(), { logger: quiet });
    expect(await other.get('h-1')).toEqual(again);
    expect((await other.list({ conversationId: 'conv-1' })).length).toBe(1);
  });

  it('stores a record far larger than one table property', async () => {
    const long = record(9, { transcript: Array.from({ length: 400 }, (_, i) => ({ from: 'customer' as const, text: `词语 ${i} `.repeat(40), timestamp: '2026-11-23T02:00:00.000Z' })) });
    expect(JSON.stringify(long).length).toBeGreaterThan(100_000);
    await queue.upsert(long);
    expect((await queue.get('h-9'))?.transcript).toEqual(long.transcript);
  });

  it('lets exactly one of two simultaneous claims from two instances win', async () => {
    const a = queue;
    const b = new HandoffQueue(await under.concurrent(repo), tickingClock(), { logger: quiet });
    const results = await Promise.allSettled([a.claim('h-2', 'Wang Fang'), b.claim('h-2', 'Li Lei')]);
    const won = results.filter((r): r is PromiseFulfilledResult<HandoffRecord> => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost[0].reason).toMatchObject({ httpStatus: 409, claimedBy: won[0].value.claimedBy });
  });

  it('deletes by conversation and by user', async () => {
    expect(await queue.deleteForConversation('conv-1')).toBe(1);
    expect(await queue.deleteForUser('user-2')).toBe(1);
    expect(ids(await queue.list({}))).not.toEqual(expect.arrayContaining(['h-1']));
    expect(await queue.get('h-2')).toBeUndefined();
    // The conversation can hand over again after its record was deleted.
    await queue.upsert(record(1, { id: 'h-1b' }));
    expect(ids(await queue.list({ conversationId: 'conv-1' }))).toEqual(['h-1b']);
  });

  it('moves records an earlier version kept in the bot storage, once, and removes the old copies', async () => {
    const storage = new MemoryStorage();
    const legacy = new HandoffQueue(storage, tickingClock(), { logger: quiet });
    await legacy.upsert(record(20, { playbook: 'tea' }));
    await legacy.upsert(record(1, { needName: 'older copy of conversation 1' }));
    expect(await queue.importFrom(storage)).toBe(1);
    expect((await queue.get('h-20'))?.playbook).toBe('tea');
    expect((await queue.get('h-1'))?.needName).not.toBe('older copy of conversation 1');
    expect(await legacy.list({})).toEqual([]);
    expect(await queue.importFrom(storage)).toBe(0);
  });
});

describe('handoff records in an Azure table beyond the size of one entity', () => {
  it('keeps the record and its newest transcript lines, every Chinese character intact', async () => {
    tableSeq += 1;
    const repo = await TableRepository.open(azurite.connectionString, `huge${process.pid}x${tableSeq}`);
    const transcript = Array.from({ length: 400 }, (_, i) => ({ from: 'customer' as const, text: `第${i}句：${'需求确认'.repeat(60)}`, timestamp: '2026-11-23T02:00:00.000Z' }));
    const huge = record(30, { transcript });
    expect(await repo.create(huge)).toBe(true);
    const stored = (await repo.get('h-30'))?.record as HandoffRecord;
    expect(stored.needName).toBe(huge.needName);
    expect(stored.transcript.length).toBeLessThan(400);
    expect(stored.transcript.length).toBeGreaterThan(0);
    expect(stored.transcript).toEqual(transcript.slice(400 - stored.transcript.length));
  });
});
