import { randomBytes, randomUUID } from 'crypto';

export interface ChannelAccount {
  id: string;
  name?: string;
  role?: string;
}

/** An activity as the channel stores and delivers it: whatever fields the sender gave, plus an id. */
export interface StoredActivity {
  type: string;
  id: string;
  [field: string]: unknown;
}

/** An activity before the channel has numbered it (or one that keeps the id it had). */
export interface NewActivity {
  type: string;
  id?: string;
  [field: string]: unknown;
}

interface Entry {
  /** Position in the conversation's stream; a watermark is the next position a client has not seen. */
  seq: number;
  activity: StoredActivity;
}

export interface ConversationLimits {
  maxConversations: number;
  idleMs: number;
  maxActivities: number;
  /** Long polls waiting at once on one conversation; more are answered at once. */
  maxWaiters: number;
  /** How long news is held while the bot works on a client's activity (see turnStarted). */
  replyBatchMs: number;
}

export class DirectLineConversation {
  readonly id = randomUUID().replace(/-/g, '');
  readonly token = randomBytes(32).toString('base64url');
  /**
   * The user, decided here and bound to the conversation and its token: the bot keys a visitor's data
   * (a handoff, "delete my data") by user id, so a client must not be able to name another visitor's.
   */
  readonly userId = `dl_${randomBytes(12).toString('hex')}`;
  /** Set when the user first posts (with the display name they gave); the bot hears of them then. */
  user?: ChannelAccount;
  lastSeen: number;
  /** Activities reach the bot one at a time, in the order the client posted them. */
  forwarding: Promise<unknown> = Promise.resolve();
  private entries: Entry[] = [];
  private nextSeq = 0;
  /** Waiting polls, each with the watermark it has seen up to. */
  private readonly waiters = new Map<() => void, number>();
  private turns = 0;
  private held?: NodeJS.Timeout;

  constructor(
    now: number,
    private readonly limits: ConversationLimits,
  ) {
    this.lastSeen = now;
  }

  get watermark(): number {
    return this.nextSeq;
  }

  /** Stores an activity under a new id ("<conversation>|<position>", the shape Azure's Direct Line uses). */
  append(activity: NewActivity): StoredActivity {
    const seq = this.nextSeq++;
    const stored: StoredActivity = { ...activity, id: activity.id ?? `${this.id}|${String(seq).padStart(7, '0')}` };
    this.entries.push({ seq, activity: stored });
    if (this.entries.length > this.limits.maxActivities) this.entries.splice(0, this.entries.length - this.limits.maxActivities);
    this.announce();
    return stored;
  }

  find(id: string): StoredActivity | undefined {
    return this.entries.find((e) => e.activity.id === id)?.activity;
  }

  /**
   * An edited activity is delivered again under its old id, so clients that saw it replace it (Web Chat
   * upserts by id) and clients that had not seen it get only the new version.
   */
  replace(id: string, activity: NewActivity): StoredActivity | undefined {
    const index = this.entries.findIndex((e) => e.activity.id === id);
    if (index < 0) return undefined;
    this.entries.splice(index, 1);
    return this.append({ ...activity, id });
  }

  /** Deleting leaves a "messageDelete" under the same id: Web Chat replaces the message with it and shows nothing. */
  remove(id: string): boolean {
    const index = this.entries.findIndex((e) => e.activity.id === id);
    if (index < 0) return false;
    const [removed] = this.entries.splice(index, 1);
    this.append({ type: 'messageDelete', id, from: removed.activity.from, conversation: removed.activity.conversation, channelId: removed.activity.channelId });
    return true;
  }

  since(watermark: number): { activities: StoredActivity[]; watermark: number } {
    return { activities: this.entries.filter((e) => e.seq >= watermark).map((e) => e.activity), watermark: this.nextSeq };
  }

  /** Whether news is being held for the bot's replies; a poll then waits for them too. */
  get holding(): boolean {
    return this.held !== undefined;
  }

  /** Resolves when there is news past `watermark` to deliver, after `ms`, or when `cancelled` fires. */
  waitForActivity(watermark: number, ms: number, cancelled: (stop: () => void) => void): Promise<void> {
    if (this.waiters.size >= this.limits.maxWaiters) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.set(done, watermark);
      cancelled(done);
    });
  }

  /**
   * While the bot works on a client's activity, news is held (up to replyBatchMs) so the activity, the
   * typing indicator and the replies reach the client in one answer. directlinejs spaces its polls at
   * least 200 ms apart, so each extra answer would hold the reply back by that much.
   */
  turnStarted(): void {
    this.turns += 1;
  }

  turnEnded(): void {
    this.turns -= 1;
    if (this.turns > 0) return;
    clearTimeout(this.held);
    this.held = undefined;
    this.notify();
  }

  /** Answers every waiting poll (shutdown, or the conversation is dropped). */
  release(): void {
    clearTimeout(this.held);
    this.held = undefined;
    for (const waiter of [...this.waiters.keys()]) waiter();
  }

  private announce(): void {
    if (this.turns === 0) return this.notify();
    this.held ??= setTimeout(() => {
      this.held = undefined;
      this.notify();
    }, this.limits.replyBatchMs);
  }

  private notify(): void {
    for (const [waiter, watermark] of [...this.waiters]) if (watermark < this.nextSeq) waiter();
  }
}

/**
 * The channel's conversations, in memory: each is a delivery queue, not a record (the bot keeps its own
 * state in its store). Bounded two ways: an idle expiry (no client call for `idleMs` and it is gone: its
 * token stops working, the page starts afresh, and the bot's proactive messages to it get 404) and at
 * most `maxConversations`. A full store refuses new conversations rather than dropping a live one: else
 * whoever starts enough conversations cuts every other visitor off.
 */
export class ConversationStore {
  /** Kept in least-recently-used order: touching moves a conversation to the end. */
  private readonly byId = new Map<string, DirectLineConversation>();
  private readonly byToken = new Map<string, DirectLineConversation>();

  constructor(
    private readonly limits: ConversationLimits,
    private readonly now: () => number,
  ) {}

  get size(): number {
    return this.byId.size;
  }

  /** A new conversation, or undefined when the store is full of live ones (see retryAfterMs). */
  create(): DirectLineConversation | undefined {
    if (this.byId.size >= this.limits.maxConversations) this.sweep();
    if (this.byId.size >= this.limits.maxConversations) return undefined;
    const conversation = new DirectLineConversation(this.now(), this.limits);
    this.byId.set(conversation.id, conversation);
    this.byToken.set(conversation.token, conversation);
    return conversation;
  }

  /** For the bot's side: looking a conversation up does not keep it alive. */
  get(id: string): DirectLineConversation | undefined {
    const conversation = this.byId.get(id);
    if (conversation && this.expired(conversation)) {
      this.drop(conversation);
      return undefined;
    }
    return conversation;
  }

  withToken(token: string): DirectLineConversation | undefined {
    const conversation = this.byToken.get(token);
    return conversation && this.get(conversation.id);
  }

  /** A client call: the conversation is in use. */
  touch(conversation: DirectLineConversation): void {
    conversation.lastSeen = this.now();
    this.byId.delete(conversation.id);
    this.byId.set(conversation.id, conversation);
  }

  /** How long until the least recently used conversation expires and makes room. */
  retryAfterMs(): number {
    const oldest = this.byId.values().next().value as DirectLineConversation | undefined;
    return oldest ? Math.max(0, oldest.lastSeen + this.limits.idleMs - this.now()) + 1 : 0;
  }

  sweep(): void {
    for (const conversation of [...this.byId.values()]) if (this.expired(conversation)) this.drop(conversation);
  }

  /** Answers every waiting long poll, for a prompt shutdown. */
  releaseAll(): void {
    for (const conversation of this.byId.values()) conversation.release();
  }

  private expired(conversation: DirectLineConversation): boolean {
    return this.now() - conversation.lastSeen > this.limits.idleMs;
  }

  private drop(conversation: DirectLineConversation): void {
    this.byId.delete(conversation.id);
    this.byToken.delete(conversation.token);
    conversation.release();
  }
}
