import { ActivityTypes, MemoryStorage, TestAdapter, TurnContext } from 'botbuilder';
import { BotStateSet, MAX_TRANSCRIPT, storedTranscript, TRANSCRIPT_CHUNK } from '../../services/state';
import { TranscriptEntry } from '../../domain/types';

/**
 * The transcript lives beside the conversation state, not in it: the state that is hashed and rewritten every
 * turn stays small however long the conversation, the record keeps every line (up to MAX_TRANSCRIPT), and a
 * turn whose save fails leaves no line of its own behind.
 */
const KEY = 'test/conversations/c1/';

function context(): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: ActivityTypes.Message,
    channelId: 'test',
    conversation: { id: 'c1', isGroup: false, conversationType: '', name: '' },
    from: { id: 'u1', name: 'Customer' },
    recipient: { id: 'bot', name: 'Tanxun' },
  });
}

const line = (i: number, from: TranscriptEntry['from'] = i % 2 ? 'bot' : 'customer'): TranscriptEntry => ({ from, text: `line ${i}`, timestamp: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() });

/** One turn that pushes `count` lines starting at `from`, saved like TanxunBot saves. */
async function turn(state: BotStateSet, from: number, count: number): Promise<void> {
  const ctx = context();
  const data = await state.conversation(ctx);
  for (let i = from; i < from + count; i++) data.transcript.push(line(i));
  await state.saveAll(ctx);
}

/** Keys that hold something (MemoryStorage deletes by setting a key to undefined). */
function liveKeys(storage: MemoryStorage): string[] {
  const memory = (storage as unknown as { memory: Record<string, string | undefined> }).memory;
  return Object.keys(memory).filter((k) => memory[k] !== undefined).sort();
}

async function storedState(storage: MemoryStorage): Promise<string> {
  return JSON.stringify((await storage.read([KEY]))[KEY] ?? {});
}

describe('the transcript record', () => {
  it.each([
    ['a short talk', 7],
    ['exactly one chunk', TRANSCRIPT_CHUNK],
    ['several chunks and a tail', TRANSCRIPT_CHUNK * 3 + 5],
    ['more than the window keeps', MAX_TRANSCRIPT + TRANSCRIPT_CHUNK * 2 + 3],
  ])('keeps every line in order, read back in a new process (%s)', async (_name, lines) => {
    const storage = new MemoryStorage();
    const state = new BotStateSet(storage);
    for (let i = 0; i < lines; i += 3) await turn(state, i, Math.min(3, lines - i));
    const read = await storedTranscript(storage, KEY);
    const kept = Math.min(lines, read.length);
    expect(read.length).toBeGreaterThanOrEqual(Math.min(lines, MAX_TRANSCRIPT));
    expect(read.length).toBeLessThan(MAX_TRANSCRIPT + TRANSCRIPT_CHUNK + 3);
    expect(read.map((e) => e.text)).toEqual(Array.from({ length: kept }, (_, k) => `line ${lines - kept + k}`));
    // The same through the bot's accessor on a fresh BotStateSet (another instance, nothing cached).
    const fresh = await new BotStateSet(storage).conversation(context());
    expect([...fresh.transcript]).toEqual(read);
  });

  it('keeps the stored state small however long the conversation', async () => {
    const storage = new MemoryStorage();
    const state = new BotStateSet(storage);
    for (let i = 0; i < 300; i += 3) await turn(state, i, 3);
    const size = (await storedState(storage)).length;
    expect(size).toBeLessThan(TRANSCRIPT_CHUNK * 100 + 4000);
    expect(await storedState(storage)).not.toContain('line 0"');
  });

  it('drops chunks that fell out of the window from the store', async () => {
    const storage = new MemoryStorage();
    const state = new BotStateSet(storage);
    const lines = MAX_TRANSCRIPT + TRANSCRIPT_CHUNK * 4;
    for (let i = 0; i < lines; i += 4) await turn(state, i, 4);
    const chunkKeys = liveKeys(storage).filter((k) => k.startsWith(`${KEY}transcript/`));
    expect(chunkKeys.length).toBeLessThanOrEqual(Math.ceil(MAX_TRANSCRIPT / TRANSCRIPT_CHUNK) + 1);
  });

  it('moves a transcript stored inline by an older version into the record', async () => {
    const storage = new MemoryStorage();
    const legacy = Array.from({ length: TRANSCRIPT_CHUNK + 2 }, (_, i) => line(i));
    await storage.write({ [KEY]: { conversationData: { transcript: legacy, seenActivityIds: [], misunderstood: 0 }, eTag: '*' } });
    const state = new BotStateSet(storage);
    await turn(state, TRANSCRIPT_CHUNK + 2, 1);
    expect(await storedState(storage)).not.toContain('"transcript":[');
    expect((await storedTranscript(storage, KEY)).map((e) => e.text)).toEqual(Array.from({ length: TRANSCRIPT_CHUNK + 3 }, (_, i) => `line ${i}`));
  });

  it('leaves nothing of a turn whose state save fails on a conflict', async () => {
    const storage = new MemoryStorage();
    const state = new BotStateSet(storage);
    await turn(state, 0, TRANSCRIPT_CHUNK - 1);
    const before = await storedTranscript(storage, KEY);
    const keysBefore = liveKeys(storage);
    // Another instance saves the conversation between this turn's read and its save.
    const ctx = context();
    const data = await state.conversation(ctx);
    data.transcript.push(line(100), line(101));
    const otherContext = context();
    const otherState = new BotStateSet(storage);
    (await otherState.conversation(otherContext)).misunderstood = 1;
    await otherState.saveAll(otherContext);
    await expect(state.saveAll(ctx)).rejects.toThrow(/etag/i);
    expect(await storedTranscript(storage, KEY)).toEqual(before);
    expect(liveKeys(storage)).toEqual(keysBefore);
  });

  it('deletes every chunk with the conversation ("delete my data")', async () => {
    const storage = new MemoryStorage();
    const state = new BotStateSet(storage);
    for (let i = 0; i < TRANSCRIPT_CHUNK * 3; i += 5) await turn(state, i, 5);
    const ctx = context();
    await state.clearAll(ctx);
    expect(liveKeys(storage).filter((k) => k.startsWith(KEY))).toEqual([]);
  });
});
