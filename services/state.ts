import { calculateChangeHash, ConversationState, StatePropertyAccessor, Storage, StoreItems, TurnContext, UserState } from 'botbuilder';
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
  transcript: TranscriptEntry[];
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
    if (!context.turnState.has(this.readHash)) context.turnState.set(this.readHash, calculateChangeHash(state));
    return state;
  }

  forget(context: TurnContext): void {
    context.turnState.set(this.stale, true);
    context.turnState.delete(this.readHash);
  }

  async save(context: TurnContext, state: (Record<string, unknown> & { eTag?: string }) | undefined, key: () => string | Promise<string>, write: (changes: StoreItems) => Promise<void>): Promise<void> {
    if (!state) return;
    const hash = calculateChangeHash(state);
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

  constructor(private readonly storage: Storage) {
    this.conversationState = new ConcurrentConversationState(storage);
    this.userState = new ConcurrentUserState(storage);
    this.dialogState = this.conversationState.createProperty<DialogState>('dialogState');
    this.practiceDialogState = this.conversationState.createProperty<DialogState>('practiceDialogState');
    this.practice = this.conversationState.createProperty<PracticeSession | undefined>('practiceSession');
    this.conversationData = this.conversationState.createProperty<ConversationData>('conversationData');
    this.userData = this.userState.createProperty<UserData>('userData');
  }

  async conversation(context: TurnContext): Promise<ConversationData> {
    return this.conversationData.get(context, { transcript: [], seenActivityIds: [], misunderstood: 0 });
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
    await this.conversationState.saveChanges(context);
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
    await Promise.all([this.conversationState.delete(context), this.userState.delete(context)]);
  }
}
