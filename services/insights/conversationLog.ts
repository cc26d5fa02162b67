import * as fs from 'fs';
import * as path from 'path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';

/**
 * Where one discovery conversation got to, for "started / handed off / abandoned at which step". Nothing
 * the customer said: a hash of the conversation, the playbook, times and the dialog step.
 */
export interface ConversationMark {
  key: string;
  playbook: string;
  startedAt: string;
  lastAt: string;
  step: string;
  handedOff: boolean;
}

export interface MarkQuery {
  playbook?: string;
  from?: string;
  to?: string;
}

export interface ConversationLogStore {
  write(marks: ConversationMark[]): Promise<void>;
  each(query: MarkQuery, visit: (mark: ConversationMark) => void): Promise<void>;
  close?(): Promise<void>;
}

export function markMatches(mark: ConversationMark, query: MarkQuery): boolean {
  return (!query.playbook || mark.playbook === query.playbook) && (!query.from || mark.startedAt >= query.from) && (!query.to || mark.startedAt <= query.to);
}

/** For the in-memory bot store of tests and the benchmark. */
export class MemoryConversationLogStore implements ConversationLogStore {
  private readonly marks = new Map<string, ConversationMark>();

  async write(marks: ConversationMark[]): Promise<void> {
    for (const mark of marks) this.marks.set(mark.key, { ...mark });
  }

  async each(query: MarkQuery, visit: (mark: ConversationMark) => void): Promise<void> {
    for (const mark of this.marks.values()) if (markMatches(mark, query)) visit({ ...mark });
  }
}

interface LogFile {
  conversations: Record<string, ConversationMark>;
}

export const CONVERSATION_LOG_FILE = 'conversations.json';

/** One lowdb file beside the handoff collection; the folder belongs to one process. */
export class LowdbConversationLogStore implements ConversationLogStore {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: Low<LogFile>) {}

  static async open(dir: string): Promise<LowdbConversationLogStore> {
    await fs.promises.mkdir(dir, { recursive: true });
    const db = new Low<LogFile>(new JSONFile<LogFile>(path.join(dir, CONVERSATION_LOG_FILE)), { conversations: {} });
    try {
      await db.read();
    } catch {
      // Counts only: a file that cannot be read starts over rather than stopping the bot.
      db.data = { conversations: {} };
    }
    if (typeof db.data.conversations !== 'object' || db.data.conversations === null) db.data = { conversations: {} };
    return new LowdbConversationLogStore(db);
  }

  write(marks: ConversationMark[]): Promise<void> {
    const run = this.queue.then(async () => {
      for (const mark of marks) this.db.data.conversations[mark.key] = { ...mark };
      await this.db.write();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  async each(query: MarkQuery, visit: (mark: ConversationMark) => void): Promise<void> {
    for (const mark of Object.values(this.db.data.conversations)) if (markMatches(mark, query)) visit({ ...mark });
  }
}

/**
 * Marks per conversation, kept in memory and written in one batch every few seconds: a turn never waits
 * for the log, and a busy bot writes the file (or the table) a few times a minute, not once a turn.
 */
export class ConversationLog {
  private readonly pending = new Map<string, ConversationMark>();
  private readonly known = new Map<string, ConversationMark>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: ConversationLogStore,
    private readonly onError: (err: unknown) => void = () => undefined,
    private readonly flushMs = 5000,
  ) {}

  /** Records where a conversation is now; only a change is queued for writing. */
  observe(mark: ConversationMark): void {
    const before = this.known.get(mark.key);
    const next: ConversationMark = before
      ? { ...mark, startedAt: before.startedAt, handedOff: before.handedOff || mark.handedOff, step: mark.step || before.step }
      : mark;
    if (before && before.step === next.step && before.handedOff === next.handedOff && before.playbook === next.playbook) {
      before.lastAt = next.lastAt;
      return;
    }
    this.known.set(mark.key, next);
    if (this.known.size > 50_000) this.known.delete(this.known.keys().next().value as string);
    this.pending.set(mark.key, next);
    if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.flushMs);
      this.timer.unref();
    }
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = [...this.pending.values()];
    this.pending.clear();
    if (!batch.length) return this.flushing;
    this.flushing = this.flushing.then(() => this.store.write(batch)).catch(this.onError);
    return this.flushing;
  }

  async each(query: MarkQuery, visit: (mark: ConversationMark) => void): Promise<void> {
    await this.flush();
    await this.store.each(query, visit);
  }

  async close(): Promise<void> {
    await this.flush();
    await this.store.close?.();
  }
}
