import { randomUUID } from 'crypto';
import { ConversationState, StatePropertyAccessor, Storage, StoreItems, TurnContext, UserState } from 'botbuilder';
import { DialogState } from 'botbuilder-dialogs';
import { Locale, NeedProfile, TranscriptEntry } from '../domain/types';
import { PracticeSession } from '../domain/practice/engine';
import { StoreCorruptError } from '../storage/LowdbStorage';
import { Memory } from '../domain/respond/types';

/** What one conversation remembers between turns. */
export interface ConversationData {
  locale?: Locale;
  /** Set when the customer named a language ("English please", the page's toggle): it beats detection. */
  localeChosen?: boolean;
  playbook?: string;
  profile?: NeedProfile;
  /**
   * The last MAX_TRANSCRIPT entries, oldest first; push to it. Not part of the stored state: entries go to the
   * conversation's append-only transcript record (see TranscriptRecord), so the state hashed and rewritten every
   * turn stays small however long the talk runs.
   */
  transcript: TranscriptEntry[];
  /** Entries not yet sealed into a transcript chunk (fewer than TRANSCRIPT_CHUNK). */
  transcriptTail?: TranscriptEntry[];
  /** The sealed transcript chunks, oldest first: their ids and how many entries each holds. */
  transcriptChunks?: { id: string; n: number }[];
  /** Ids of the last activities handled, so a redelivered activity is answered once. */
  seenActivityIds: string[];
  /** Turns in a row the bot could not use; two lead to an offer of a person. */
  misunderstood: number;
  handoffId?: string;
  /** What the Respond stage remembers between turns (domain/respond): lines said, areas asked, the fast lane. */
  respond?: Memory;
  greeted?: boolean;
  /** Conversation the customer started with, kept for "start over". */
  startedAt?: string;
}

/** What we remember about a user across conversations. */
export interface UserData {
  locale?: Locale;
  name?: string;
}

export const MAX_TRANSCRIPT = 400;
export const MAX_SEEN_IDS = 50;
/** Entries sealed into one immutable chunk of the transcript record. */
export const TRANSCRIPT_CHUNK = 20;

/**
 * The change hash of a state: its JSON without the eTag. botbuilder's calculateChangeHash runs a replacer over
 * every key and then SHA-256; comparing the plain JSON is several times cheaper and just as exact.
 */
function changeHash(state: Record<string, unknown>): string {
  const { eTag: _eTag, ...rest } = state;
  return JSON.stringify(rest);
}

/**
 * botbuilder's BotState saves with eTag '*' (last writer wins). Two instances serving one conversation
 * would then overwrite each other; saving with the eTag the state was read with makes the second save
 * fail instead, and TanxunBot runs that turn again on fresh state. BotState keeps its cache under a
 * private key, so the hash of what was read is kept here beside it.
 */
class ReadETagSaver {
  private readonly readHash = Symbol('tanxun.readHash');
  private readonly stale = Symbol('tanxun.stale');

  /** Whether this turn must read afresh (after a conflict), and forgets that it must. */
  takeStale(context: TurnContext): boolean {
    const stale = context.turnState.get(this.stale) === true;
    if (stale) context.turnState.delete(this.stale);
    return stale;
  }

  loaded(context: TurnContext, state: Record<string, unknown>): Record<string, unknown> {
    if (!context.turnState.has(this.readHash)) context.turnState.set(this.readHash, changeHash(state));
    return state;
  }

  forget(context: TurnContext): void {
    context.turnState.set(this.stale, true);
    context.turnState.delete(this.readHash);
  }

  async save(context: TurnContext, state: (Record<string, unknown> & { eTag?: string }) | undefined, key: () => string | Promise<string>, write: (changes: StoreItems) => Promise<void>): Promise<void> {
    if (!state) return;
    const hash = changeHash(state);
    if (context.turnState.get(this.readHash) === hash) return;
    await write({ [await key()]: { ...state } });
    // Saved: anything else this turn writes is a continuation of our own write. The hash leaves the eTag out.
    state.eTag = '*';
    context.turnState.set(this.readHash, hash);
  }
}

/** Conversation state saved with the eTag it was read with (see ReadETagSaver). */
export class ConcurrentConversationState extends ConversationState {
  private readonly saver = new ReadETagSaver();

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const stale = this.saver.takeStale(context);
    return this.saver.loaded(context, (await super.load(context, force || stale)) as Record<string, unknown>);
  }

  override async saveChanges(context: TurnContext): Promise<void> {
    await this.saver.save(context, this.get(context), () => this.storageKey(context), (changes) => this.storage.write(changes));
  }

  /** The next read this turn comes fresh from the store. */
  forget(context: TurnContext): void {
    this.saver.forget(context);
  }

  keyOf(context: TurnContext): string | Promise<string> {
    return this.storageKey(context);
  }
}

/** User state saved with the eTag it was read with (see ReadETagSaver). */
export class ConcurrentUserState extends UserState {
  private readonly saver = new ReadETagSaver();

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const stale = this.saver.takeStale(context);
    return this.saver.loaded(context, (await super.load(context, force || stale)) as Record<string, unknown>);
  }

  override async saveChanges(context: TurnContext): Promise<void> {
    await this.saver.save(context, this.get(context), () => this.storageKey(context), (changes) => this.storage.write(changes));
  }

  forget(context: TurnContext): void {
    this.saver.forget(context);
  }

  keyOf(context: TurnContext): string | Promise<string> {
    return this.storageKey(context);
  }
}

export function isETagConflict(err: unknown): boolean {
  return /etag|precondition|conflict/i.test((err as Error)?.message ?? '');
}

/** The in-memory transcript of one turn: what was there at load, and what the turn pushed. */
class TranscriptWindow extends Array<TranscriptEntry> {
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  added: TranscriptEntry[] = [];

  override push(...items: TranscriptEntry[]): number {
    this.added.push(...items);
    return super.push(...items);
  }
}

const TRANSCRIPT = 'transcript';

/**
 * A conversation's transcript as an append-only record beside its state. Entries gather in the state's small
 * tail; every TRANSCRIPT_CHUNK of them are sealed into an immutable chunk stored under its own key
 * (`<conversation key>transcript/<id>`), and the state lists the chunks. The state stays the one truth of what
 * the transcript holds: a chunk written by a turn whose save then failed on a conflict is not listed (and is
 * deleted), so two instances can never interleave their lines. Chunks never change, so they are cached by id;
 * an active conversation reads none from the store.
 */
class TranscriptRecord {
  private readonly chunks = new Map<string, TranscriptEntry[]>();
  private static readonly CACHED_CHUNKS = 4096;

  constructor(private readonly storage: Storage) {}

  static keyOf(conversationKey: string, id: string): string {
    return `${conversationKey}transcript/${id}`;
  }

  /** Gives `data` its transcript window (non-enumerable, so it is neither hashed nor stored with the state). */
  async attach(data: ConversationData, conversationKey: string): Promise<void> {
    if (data.transcript instanceof TranscriptWindow) return;
    // State saved before the record existed carries its transcript inline: it becomes the tail, sealed at the next save.
    const legacy = Array.isArray(data.transcript) ? data.transcript : [];
    const window = new TranscriptWindow();
    for (const entries of await this.read(conversationKey, data.transcriptChunks ?? [])) for (const e of entries) Array.prototype.push.call(window, e);
    for (const e of [...legacy, ...(data.transcriptTail ?? [])]) Array.prototype.push.call(window, e);
    if (legacy.length) data.transcriptTail = [...legacy, ...(data.transcriptTail ?? [])];
    Object.defineProperty(data, TRANSCRIPT, { value: window, enumerable: false, writable: true, configurable: true });
  }

  private async read(conversationKey: string, list: { id: string; n: number }[]): Promise<TranscriptEntry[][]> {
    const missing = list.filter((c) => !this.chunks.has(c.id)).map((c) => TranscriptRecord.keyOf(conversationKey, c.id));
    if (missing.length) {
      const items = await this.storage.read(missing);
      for (const c of list) {
        const item = items[TranscriptRecord.keyOf(conversationKey, c.id)] as { entries?: TranscriptEntry[] } | undefined;
        if (item?.entries) this.remember(c.id, item.entries);
      }
    }
    return list.map((c) => this.chunks.get(c.id) ?? []);
  }

  private remember(id: string, entries: TranscriptEntry[]): void {
    this.chunks.delete(id);
    this.chunks.set(id, entries);
    if (this.chunks.size > TranscriptRecord.CACHED_CHUNKS) this.chunks.delete(this.chunks.keys().next().value as string);
  }

  /**
   * Moves what the turn pushed into the state's tail and seals a full tail into a new chunk (written now, before
   * the state). Returns what to do once the state is saved (forget chunks that fell out of the window) or was not
   * (delete the chunk this turn wrote).
   */
  async beforeSave(data: ConversationData, conversationKey: string): Promise<{ saved(): Promise<void>; failed(): Promise<void> }> {
    const window = data.transcript;
    const nothing = { saved: async () => undefined, failed: async () => undefined };
    if (!(window instanceof TranscriptWindow) || !window.added.length) return nothing;
    const tail = [...(data.transcriptTail ?? []), ...window.added];
    window.added = [];
    const chunks = [...(data.transcriptChunks ?? [])];
    let sealed: string | undefined;
    if (tail.length >= TRANSCRIPT_CHUNK) {
      sealed = randomUUID();
      await this.storage.write({ [TranscriptRecord.keyOf(conversationKey, sealed)]: { entries: tail, eTag: '*' } });
      this.remember(sealed, tail);
      chunks.push({ id: sealed, n: tail.length });
      data.transcriptTail = [];
    } else {
      data.transcriptTail = tail;
    }
    // Whole chunks that the window no longer needs leave the record.
    const dropped: string[] = [];
    let total = chunks.reduce((n, c) => n + c.n, 0) + data.transcriptTail.length;
    while (chunks.length && total - chunks[0].n >= MAX_TRANSCRIPT) {
      const old = chunks.shift() as { id: string; n: number };
      total -= old.n;
      dropped.push(old.id);
    }
    data.transcriptChunks = chunks;
    return {
      saved: async () => {
        if (dropped.length) await this.storage.delete(dropped.map((id) => TranscriptRecord.keyOf(conversationKey, id)));
        for (const id of dropped) this.chunks.delete(id);
      },
      failed: async () => {
        if (!sealed) return;
        this.chunks.delete(sealed);
        await this.storage.delete([TranscriptRecord.keyOf(conversationKey, sealed)]);
      },
    };
  }

  /** Every chunk of the conversation, for "delete my data". */
  async deleteAll(data: ConversationData | undefined, conversationKey: string): Promise<void> {
    const ids = (data?.transcriptChunks ?? []).map((c) => c.id);
    for (const id of ids) this.chunks.delete(id);
    if (ids.length) await this.storage.delete(ids.map((id) => TranscriptRecord.keyOf(conversationKey, id)));
  }
}

/** The stored transcript of a conversation (tests and tools), read the way the bot reads it. */
export async function storedTranscript(storage: Storage, conversationKey: string): Promise<TranscriptEntry[]> {
  const item = (await storage.read([conversationKey]))[conversationKey] as { conversationData?: ConversationData } | undefined;
  const data = item?.conversationData;
  if (!data) return [];
  await new TranscriptRecord(storage).attach(data, conversationKey);
  return [...data.transcript];
}

/** The one place state accessors are created. Saved once per turn by TanxunBot. */
export class BotStateSet {
  readonly conversationState: ConcurrentConversationState;
  readonly userState: ConcurrentUserState;
  /** The discovery dialogs' stack. */
  readonly dialogState: StatePropertyAccessor<DialogState>;
  /** The practice dialog's stack: a rep's session never shares a stack with a prospect's discovery. */
  readonly practiceDialogState: StatePropertyAccessor<DialogState>;
  /** The rep's practice session while the bot plays a customer. */
  readonly practice: StatePropertyAccessor<PracticeSession | undefined>;
  readonly conversationData: StatePropertyAccessor<ConversationData>;
  readonly userData: StatePropertyAccessor<UserData>;

  private readonly transcripts: TranscriptRecord;

  constructor(private readonly storage: Storage) {
    this.transcripts = new TranscriptRecord(storage);
    this.conversationState = new ConcurrentConversationState(storage);
    this.userState = new ConcurrentUserState(storage);
    this.dialogState = this.conversationState.createProperty<DialogState>('dialogState');
    this.practiceDialogState = this.conversationState.createProperty<DialogState>('practiceDialogState');
    this.practice = this.conversationState.createProperty<PracticeSession | undefined>('practiceSession');
    this.conversationData = this.conversationState.createProperty<ConversationData>('conversationData');
    this.userData = this.userState.createProperty<UserData>('userData');
  }

  async conversation(context: TurnContext): Promise<ConversationData> {
    const data = await this.conversationData.get(context, { seenActivityIds: [], misunderstood: 0 } as Omit<ConversationData, 'transcript'> as ConversationData);
    await this.transcripts.attach(data, await this.conversationState.keyOf(context));
    return data;
  }

  async practiceSession(context: TurnContext): Promise<PracticeSession | undefined> {
    return this.practice.get(context);
  }

  async startPracticeSession(context: TurnContext, session: PracticeSession): Promise<void> {
    await this.practice.set(context, session);
  }

  async endPracticeSession(context: TurnContext): Promise<void> {
    await this.practice.delete(context);
  }

  async user(context: TurnContext): Promise<UserData> {
    return this.userData.get(context, {});
  }

  /**
   * The conversation last: it is the write that records the turn, so when it fails on a conflict nothing
   * of the turn's conversation was saved and running the turn again cannot answer it twice or not at all.
   */
  async saveAll(context: TurnContext): Promise<void> {
    await this.userState.saveChanges(context);
    const data = this.conversationState.get(context)?.conversationData as ConversationData | undefined;
    const after = data ? await this.transcripts.beforeSave(data, await this.conversationState.keyOf(context)) : undefined;
    try {
      await this.conversationState.saveChanges(context);
    } catch (err) {
      await after?.failed().catch(() => undefined);
      throw err;
    }
    await after?.saved();
  }

  /** Drops what this turn loaded so the next read comes fresh from the store. */
  forget(context: TurnContext): void {
    this.conversationState.forget(context);
    this.userState.forget(context);
  }

  /**
   * When `err` is this turn's conversation or user file being unusable, moves that file aside (on stores
   * that can) so the conversation starts fresh instead of failing every turn from now on. Returns where the
   * file went, or undefined when there was nothing to recover.
   */
  async recoverCorrupt(context: TurnContext, err: unknown): Promise<{ key: string; movedTo: string } | undefined> {
    if (!(err instanceof StoreCorruptError) || !err.key) return undefined;
    const store = this.storage as Storage & { moveAside?: (key: string) => Promise<string | undefined> };
    if (typeof store.moveAside !== 'function') return undefined;
    const ours = await Promise.all([this.conversationState.keyOf(context), this.userState.keyOf(context)]);
    if (!ours.includes(err.key)) return undefined;
    const movedTo = await store.moveAside(err.key);
    this.forget(context);
    return movedTo ? { key: err.key, movedTo } : undefined;
  }

  async clearAll(context: TurnContext): Promise<void> {
    const data = (await this.conversationState.load(context)).conversationData as ConversationData | undefined;
    await this.transcripts.deleteAll(data, await this.conversationState.keyOf(context));
    await Promise.all([this.conversationState.delete(context), this.userState.delete(context)]);
  }
}
