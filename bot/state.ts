import { BotState, calculateChangeHash, ConversationState, StatePropertyAccessor, Storage, TurnContext, UserState } from 'botbuilder';
import { DialogState } from 'botbuilder-dialogs';
import { Locale, NeedProfile, TranscriptEntry } from './domain/types';
import { PracticeSession } from './domain/practice/engine';
import { StoreCorruptError } from './storage/LowdbStorage';

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
  greeted?: boolean;
  /** The rep's practice session while the bot plays a customer. */
  practice?: PracticeSession;
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

interface CachedState {
  state: Record<string, unknown> & { eTag?: string };
  hash: string;
}

/**
 * botbuilder's BotState saves with eTag '*' (last writer wins). Two instances serving one conversation
 * would then overwrite each other; saving with the eTag the state was read with makes the second save
 * fail instead, and TanxunBot runs that turn again on fresh state.
 */
async function saveWithReadETag(state: BotState, storage: Storage, context: TurnContext): Promise<void> {
  const internals = state as unknown as { stateKey: symbol; storageKey(context: TurnContext): string | Promise<string> };
  const cached = context.turnState.get(internals.stateKey) as CachedState | undefined;
  if (!cached) return;
  const hash = calculateChangeHash(cached.state);
  if (cached.hash === hash) return;
  const key = await internals.storageKey(context);
  await storage.write({ [key]: { ...cached.state } });
  // Saved: anything else this turn writes is a continuation of our own write. The hash leaves the eTag out.
  cached.state.eTag = '*';
  cached.hash = hash;
}

export function isETagConflict(err: unknown): boolean {
  return /etag|precondition|conflict/i.test((err as Error)?.message ?? '');
}

/** The one place state accessors are created. Saved once per turn by TanxunBot. */
export class BotStateSet {
  readonly conversationState: ConversationState;
  readonly userState: UserState;
  readonly dialogState: StatePropertyAccessor<DialogState>;
  readonly conversationData: StatePropertyAccessor<ConversationData>;
  readonly userData: StatePropertyAccessor<UserData>;

  constructor(private readonly storage: Storage) {
    this.conversationState = new ConversationState(storage);
    this.userState = new UserState(storage);
    this.dialogState = this.conversationState.createProperty<DialogState>('dialogState');
    this.conversationData = this.conversationState.createProperty<ConversationData>('conversationData');
    this.userData = this.userState.createProperty<UserData>('userData');
  }

  async conversation(context: TurnContext): Promise<ConversationData> {
    return this.conversationData.get(context, { transcript: [], seenActivityIds: [], misunderstood: 0 });
  }

  async user(context: TurnContext): Promise<UserData> {
    return this.userData.get(context, {});
  }

  /**
   * The conversation last: it is the write that records the turn, so when it fails on a conflict nothing
   * of the turn's conversation was saved and running the turn again cannot answer it twice or not at all.
   */
  async saveAll(context: TurnContext): Promise<void> {
    await saveWithReadETag(this.userState, this.storage, context);
    await saveWithReadETag(this.conversationState, this.storage, context);
  }

  /** Drops what this turn loaded so the next read comes fresh from the store. */
  forget(context: TurnContext): void {
    for (const state of [this.conversationState, this.userState]) {
      context.turnState.delete((state as unknown as { stateKey: symbol }).stateKey);
    }
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
    const ours = await Promise.all([this.conversationState, this.userState].map((s) => (s as unknown as { storageKey(c: TurnContext): string | Promise<string> }).storageKey(context)));
    if (!ours.includes(err.key)) return undefined;
    const movedTo = await store.moveAside(err.key);
    this.forget(context);
    return movedTo ? { key: err.key, movedTo } : undefined;
  }

  async clearAll(context: TurnContext): Promise<void> {
    await Promise.all([this.conversationState.delete(context), this.userState.delete(context)]);
  }
}
