import { EventEmitter } from 'events';
import { Storage } from 'botbuilder';
import { KeyedQueue } from '../../domain/keyedQueue';
import { createLogger, Logger } from '../logger';
import {
  DefinitionEdit,
  HandoffConflictError,
  HandoffError,
  HandoffNotFoundError,
  HandoffRecord,
  HandoffStatus,
  NeedConfirmation,
  retrying,
  StaleRead,
} from './handoffStore';
import { validateNeedDefinition, withSummaries } from './needDefinition';
import { applyChanges, EditRefused } from './repository/edits';
import { KeyValueRepository } from './repository/KeyValueRepository';
import { HandoffRepository, isRepository, RecordQuery } from './repository/types';

export { HANDOFF_STATUSES, HandoffBusyError, HandoffConflictError, HandoffError, HandoffNotFoundError } from './handoffStore';
export type { HandoffRecord, HandoffStatus, NeedConfirmation, StaffNote, DefinitionEdit } from './handoffStore';
export type { RecordQuery } from './repository/types';

export interface ListFilter extends RecordQuery {
  /** At most this many records (1-1000, default 50). */
  limit?: number;
}

export interface HandoffQueueOptions {
  logger?: Pick<Logger, 'warn'> & Partial<Pick<Logger, 'info'>>;
  /** Index rows per page item of the key-value store; small values only make sense in tests. */
  pageSize?: number;
  /** Attempts per read-modify-write when other instances write the same item at the same time. */
  maxAttempts?: number;
}

/** What the updates route answers: the ids changed after a version, and the version now. */
export interface ChangesAfter {
  version: number;
  ids: string[];
  /** The version asked about is older than what this process remembers: reload everything. */
  reset?: boolean;
}

/** The customer's answer to the need confirmation. */
export type ConfirmationAnswer = { kind: 'confirmed' } | { kind: 'change-requested'; text: string };

const DEFAULT_PAGE_SIZE = 200;
const DEFAULT_MAX_ATTEMPTS = 12;
const MAX_LIMIT = 1000;
const REMEMBERED_CHANGES = 2000;

/**
 * The handoff queue: one record per conversation in a HandoffRepository (a lowdb collection, an Azure
 * table, or the key-value bot storage), every change a read-modify-write that is retried when another
 * writer got there first; within one instance, writes to the same record queue up instead of colliding.
 * It also keeps a numbered list of the changes it made, which the staff page long-polls.
 */
export class HandoffQueue {
  private readonly local = new KeyedQueue();
  private readonly logger: Pick<Logger, 'warn'> & Partial<Pick<Logger, 'info'>>;
  private readonly repo: HandoffRepository;
  private readonly maxAttempts: number;
  private readonly changes: { version: number; id: string }[] = [];
  private readonly changed = new EventEmitter();
  private version = 0;

  constructor(
    source: Storage | HandoffRepository,
    private readonly clock: () => Date = () => new Date(),
    options: HandoffQueueOptions = {},
  ) {
    this.logger = options.logger ?? createLogger();
    this.maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
    this.repo = isRepository(source)
      ? source
      : new KeyValueRepository(source, { pageSize: Math.max(1, options.pageSize ?? DEFAULT_PAGE_SIZE), maxAttempts: this.maxAttempts, logger: this.logger });
    this.changed.setMaxListeners(0);
  }

  get repository(): HandoffRepository {
    return this.repo;
  }

  /**
   * Stores a handoff. A conversation handed over again updates its record, keeping id, createdAt, status,
   * claimant and the staff's notes, edits and confirmation; a completed one is reopened, since the customer
   * is asking again. A record that does not match the schema is logged (without its content) and stored
   * all the same: a handoff is never dropped.
   */
  async upsert(definition: HandoffRecord): Promise<HandoffRecord> {
    const { record, created } = await this.local.run(`conversation/${definition.conversationId}`, () =>
      retrying('storing a handoff', this.maxAttempts, async () => {
        const now = this.clock().toISOString();
        const existingId = await this.repo.idForConversation(definition.conversationId);
        const existing = existingId ? await this.repo.get(existingId) : undefined;
        if (existing) {
          const next = this.summarized(merged(existing.record, definition, now));
          this.check(next);
          await this.repo.replace(next, existing.etag);
          return { record: next, created: false };
        }
        const next = this.summarized({ ...definition, id: existingId ?? definition.id, updatedAt: now });
        this.check(next);
        if (!(await this.repo.create(next))) throw new StaleRead();
        return { record: next, created: true };
      }),
    );
    // Ids and categories only: the record itself holds the customer's words and contact details.
    if (created) this.logger.info?.('handoff created', { id: record.id, playbook: record.playbook, trigger: record.trigger });
    this.noteChange(record.id);
    return record;
  }

  async get(id: string): Promise<HandoffRecord | undefined> {
    return (await this.repo.get(id))?.record;
  }

  /** The conversation's record: two point reads, cheap enough for a turn. */
  async getByConversation(conversationId: string): Promise<HandoffRecord | undefined> {
    const id = await this.repo.idForConversation(conversationId);
    return id ? this.get(id) : undefined;
  }

  /** Newest first. */
  async list(filter: ListFilter = {}): Promise<HandoffRecord[]> {
    const { limit: wanted, ...query } = filter;
    const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(wanted ?? 50)));
    return this.repo.list(query, limit);
  }

  /** Every record matching `query`, for counting across customers. */
  async each(query: RecordQuery, visit: (record: HandoffRecord) => void): Promise<void> {
    await this.repo.each(query, visit);
  }

  /** Claims for `rep`; claiming again by the same rep is a no-op, by anyone else a conflict naming the holder. */
  async claim(id: string, rep: string): Promise<HandoffRecord> {
    const name = rep.trim();
    if (!name) throw new HandoffError('a rep name is required to claim a handoff', 400);
    return this.transition(id, (record) => {
      if (record.status === 'claimed' && record.claimedBy === name) return undefined;
      if (record.status !== 'open') throw new HandoffConflictError(id, record.status, record.claimedBy);
      return { ...record, status: 'claimed', claimedBy: name };
    });
  }

  async complete(id: string, rep?: string, note?: string): Promise<HandoffRecord> {
    return this.transition(id, (record) => {
      if (record.status === 'completed') throw new HandoffConflictError(id, record.status, record.claimedBy);
      const notes = rep && note ? [...(record.notes ?? []), { by: rep, at: this.now(), text: note }] : record.notes;
      return { ...record, status: 'completed', ...(notes ? { notes } : {}) };
    });
  }

  async addNote(id: string, rep: string, text: string): Promise<HandoffRecord> {
    return this.transition(id, (record) => ({ ...record, notes: [...(record.notes ?? []), { by: rep, at: this.now(), text }] }));
  }

  /**
   * Applies staff edits to the need definition. The result must still match the schema, else nothing is
   * kept (EditRefused, a 400). Every changed path is recorded; an edit after approval withdraws the approval.
   */
  async editDefinition(id: string, rep: string, changes: Record<string, unknown>): Promise<HandoffRecord> {
    return this.transition(id, (record) => {
      const { result, changed } = applyChanges(record, changes);
      if (!changed.length) return undefined;
      const { valid, errors } = validateNeedDefinition(result);
      if (!valid) throw new EditRefused(`the edited need definition is not valid: ${errors.slice(0, 5).join('; ')}`);
      const at = this.now();
      const edits: DefinitionEdit[] = changed.map((c) => ({ by: rep, at, field: c.field, ...(c.from !== undefined ? { from: c.from } : {}), ...(c.to !== undefined ? { to: c.to } : {}) }));
      const confirmation = record.needConfirmation;
      const withdrawn = confirmation && confirmation.status !== 'draft' ? { needConfirmation: { status: 'draft' as const } } : {};
      return { ...result, edits: [...(record.edits ?? []), ...edits], ...withdrawn };
    });
  }

  async approve(id: string, rep: string): Promise<HandoffRecord> {
    return this.transition(id, (record) => ({ ...record, needConfirmation: { status: 'approved', approvedBy: rep, approvedAt: this.now() } }));
  }

  /**
   * Sends the approved definition through `deliver` and records it as sent. Not approved: a conflict.
   * A delivery that fails leaves the record approved, so staff can try again.
   */
  async send(id: string, deliver: (record: HandoffRecord) => Promise<void>): Promise<HandoffRecord> {
    const current = await this.get(id);
    if (!current) throw new HandoffNotFoundError(id);
    const status = current.needConfirmation?.status ?? 'draft';
    if (status !== 'approved') throw new HandoffError(`the need confirmation is ${status}; approve it before sending`, 409);
    await deliver(current);
    return this.transition(id, (record) => {
      const latest = record.needConfirmation;
      // Edited while it was on its way: the customer still got the approved version, but staff must approve again.
      if (latest?.status !== 'approved') return undefined;
      return { ...record, needConfirmation: { ...latest, status: 'sent', sentAt: this.now() } };
    });
  }

  /** The customer's answer, recorded only on a confirmation that was sent (or answered, to change their mind); undefined when not recorded. */
  async recordAnswer(id: string, answer: ConfirmationAnswer): Promise<HandoffRecord | undefined> {
    let applied = false;
    try {
      const record = await this.transition(id, (current) => {
        const latest = current.needConfirmation;
        if (!latest || !['sent', 'confirmed', 'change-requested'].includes(latest.status)) return undefined;
        applied = true;
        const { change: _previous, ...kept } = latest;
        const next: NeedConfirmation =
          answer.kind === 'confirmed' ? { ...kept, status: 'confirmed', answeredAt: this.now() } : { ...kept, status: 'change-requested', answeredAt: this.now(), change: answer.text };
        return { ...current, needConfirmation: next };
      });
      return applied ? record : undefined;
    } catch (err) {
      if (err instanceof HandoffNotFoundError) return undefined;
      throw err;
    }
  }

  /** Deletes every handoff of a conversation; returns how many records were removed. */
  async deleteForConversation(conversationId: string): Promise<number> {
    const ids = new Set<string>();
    await this.repo.each({ conversationId }, (r) => ids.add(r.id));
    const pointed = await this.repo.idForConversation(conversationId);
    if (pointed) ids.add(pointed);
    return this.remove([...ids]);
  }

  /** Deletes every handoff of a channel user (all their conversations); returns how many records were removed. */
  async deleteForUser(userId: string): Promise<number> {
    const ids: string[] = [];
    await this.repo.each({ userId }, (r) => ids.push(r.id));
    return this.remove(ids);
  }

  /** The current change number. */
  currentVersion(): number {
    return this.version;
  }

  /** The records changed after `after`, at once. */
  changesAfter(after: number): ChangesAfter {
    const oldest = this.changes[0]?.version;
    if (after > this.version || (oldest !== undefined && after < oldest - 1)) return { version: this.version, ids: [], reset: true };
    const ids = [...new Set(this.changes.filter((c) => c.version > after).map((c) => c.id))];
    return { version: this.version, ids };
  }

  /** Waits until something changes after `after`, or `timeoutMs` passes, or `abort` fires. */
  async waitForChanges(after: number, timeoutMs: number, abort?: AbortSignal): Promise<ChangesAfter> {
    const now = this.changesAfter(after);
    if (now.ids.length || now.reset || timeoutMs <= 0) return now;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.changed.off('change', done);
        abort?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.changed.on('change', done);
      abort?.addEventListener('abort', done);
    });
    return this.changesAfter(after);
  }

  /**
   * Moves records kept on the key-value bot storage (before the repository existed) into this queue's
   * repository: a record whose conversation already has one there is dropped. Returns how many moved.
   */
  async importFrom(storage: Storage): Promise<number> {
    const legacy = new KeyValueRepository(storage, { pageSize: DEFAULT_PAGE_SIZE, maxAttempts: this.maxAttempts, logger: this.logger });
    const records: HandoffRecord[] = [];
    await legacy.each({}, (r) => records.push(r));
    let moved = 0;
    for (const record of records) {
      const kept = await this.repo.idForConversation(record.conversationId);
      if (!kept && (await this.repo.create(record))) moved += 1;
      // Removed once the repository holds the conversation: a copy left behind would come back after "delete my data".
      if (kept || (await this.repo.idForConversation(record.conversationId))) await legacy.remove(record.id);
    }
    if (moved) this.logger.info?.('moved handoffs into the handoff repository', { moved });
    return moved;
  }

  private async remove(ids: string[]): Promise<number> {
    let removed = 0;
    for (const id of ids) {
      if (await this.repo.get(id)) removed += 1;
      await this.repo.remove(id);
      this.noteChange(id);
    }
    return removed;
  }

  private now(): string {
    return this.clock().toISOString();
  }

  private noteChange(id: string): void {
    this.version += 1;
    this.changes.push({ version: this.version, id });
    if (this.changes.length > REMEMBERED_CHANGES) this.changes.splice(0, this.changes.length - REMEMBERED_CHANGES);
    this.changed.emit('change');
  }

  /** `change` returns the next record, or undefined to leave it as it is. */
  private async transition(id: string, change: (record: HandoffRecord) => HandoffRecord | undefined): Promise<HandoffRecord> {
    const result = await this.local.run(`record/${id}`, () =>
      retrying('updating a handoff', this.maxAttempts, async () => {
        const found = await this.repo.get(id);
        if (!found) throw new HandoffNotFoundError(id);
        const changed = change(found.record);
        if (!changed) return { record: found.record, written: false };
        const updated = this.summarized({ ...changed, updatedAt: this.now() });
        await this.repo.replace(updated, found.etag);
        return { record: updated, written: true };
      }),
    );
    if (result.written) this.noteChange(id);
    return result.record;
  }

  /** Summaries follow the record; a record too broken to summarise is still stored, with the summaries it came with. */
  private summarized(record: HandoffRecord): HandoffRecord {
    try {
      return withSummaries(record);
    } catch (err) {
      this.logger.warn('could not render handoff summaries', { id: record.id, error: err instanceof Error ? err.message : String(err) });
      return record;
    }
  }

  private check(record: HandoffRecord): void {
    const { valid, errors } = validateNeedDefinition(record);
    if (!valid) {
      this.logger.warn('handoff does not match need-definition.schema.json; stored anyway', {
        id: record.id,
        conversationId: record.conversationId,
        errors: errors.join('; '),
      });
    }
  }
}

/** A second handoff of the same conversation: new content, the record's identity, progress and staff work kept. */
function merged(existing: HandoffRecord, incoming: HandoffRecord, now: string): HandoffRecord {
  const reopened = existing.status === 'completed';
  const { claimedBy: _ignored, notes: _n, edits: _e, needConfirmation: _c, ...content } = incoming;
  const userId = incoming.userId ?? existing.userId;
  const status: HandoffStatus = reopened ? 'open' : existing.status;
  return {
    ...content,
    id: existing.id,
    createdAt: existing.createdAt,
    updatedAt: now,
    status,
    ...(existing.claimedBy && !reopened ? { claimedBy: existing.claimedBy } : {}),
    ...(userId ? { userId } : {}),
    ...(existing.notes ? { notes: existing.notes } : {}),
    ...(existing.edits ? { edits: existing.edits } : {}),
    ...(existing.needConfirmation ? { needConfirmation: existing.needConfirmation } : {}),
  };
}
