import type { HandoffRecord, HandoffStatus } from '../handoffStore';
import type { HandoffTrigger, Locale } from '../../../domain/types';

/** What staff and insights ask the repository for; every field narrows, none widens. */
export interface RecordQuery {
  status?: HandoffStatus;
  playbook?: string;
  locale?: Locale;
  trigger?: HandoffTrigger;
  /** createdAt at or after this instant (ISO date-time). */
  from?: string;
  /** createdAt at or before this instant (ISO date-time). */
  to?: string;
  /** createdAt strictly before this instant: the cursor for the next page. */
  before?: string;
  conversationId?: string;
  userId?: string;
}

/** A record with the tag of the version read, for writing it back only if nobody wrote it meanwhile. */
export interface Versioned {
  record: HandoffRecord;
  etag: string;
}

/**
 * Where handoff records live: one lowdb collection locally, an Azure table when STORAGE=blobs, the
 * key-value bot storage (with its paged index) for the in-memory store of tests. The queue above it does
 * the read-modify-write retries; the repository only promises that `replace` fails (with StaleRead) when
 * the record changed since it was read, and that `create` never overwrites.
 */
export interface HandoffRepository {
  get(id: string): Promise<Versioned | undefined>;
  /** The id of the conversation's record, when it has one. */
  idForConversation(conversationId: string): Promise<string | undefined>;
  /** Stores a new record; false when its id or its conversation already has one. */
  create(record: HandoffRecord): Promise<boolean>;
  /** Writes `record` over the version tagged `etag`; throws StaleRead when that is no longer the current one. */
  replace(record: HandoffRecord, etag: string): Promise<void>;
  /** Newest first (createdAt descending, later stored first on a tie), at most `limit`. */
  list(query: RecordQuery, limit: number): Promise<HandoffRecord[]>;
  /** Every record that matches, in no promised order: for insights and deletion. */
  each(query: RecordQuery, visit: (record: HandoffRecord) => void): Promise<void>;
  remove(id: string): Promise<void>;
  close?(): Promise<void>;
}

export function isRepository(value: unknown): value is HandoffRepository {
  const repo = value as Partial<HandoffRepository> | null;
  return typeof repo === 'object' && repo !== null && typeof repo.idForConversation === 'function' && typeof repo.replace === 'function' && typeof repo.each === 'function';
}

/** The query as a predicate, for stores that filter in memory (and to re-check what a server filtered). */
export function matches(record: HandoffRecord, query: RecordQuery): boolean {
  return (
    (!query.status || record.status === query.status) &&
    (!query.playbook || record.playbook === query.playbook) &&
    (!query.locale || record.locale === query.locale) &&
    (!query.trigger || record.trigger === query.trigger) &&
    (!query.from || record.createdAt >= query.from) &&
    (!query.to || record.createdAt <= query.to) &&
    (!query.before || record.createdAt < query.before) &&
    (!query.conversationId || record.conversationId === query.conversationId) &&
    (!query.userId || record.userId === query.userId)
  );
}
