import { Storage, StoreItem } from 'botbuilder';
import { NeedDefinition } from '../../domain/types';

/*
 * What the handoff records (HandoffQueue) and their index (HandoffIndex) both build on: the record type,
 * the errors, and the read / create / retry steps on a shared store. Kept apart so the two need not import
 * each other; HandoffQueue re-exports the public part.
 */

export type HandoffStatus = NeedDefinition['status'];
export const HANDOFF_STATUSES: readonly HandoffStatus[] = ['open', 'claimed', 'completed'];

export interface StaffNote {
  by: string;
  at: string;
  text: string;
}

/** One changed field of the need definition: a dot path (`explicitNeeds.0.text`) and its values before and after. */
export interface DefinitionEdit {
  by: string;
  at: string;
  field: string;
  from?: unknown;
  to?: unknown;
}

export const NEED_CONFIRMATION_STATUSES = ['draft', 'approved', 'sent', 'confirmed', 'change-requested'] as const;
export type NeedConfirmationStatus = (typeof NEED_CONFIRMATION_STATUSES)[number];

/** The need confirmation (需求确认书): reviewed and approved by staff, sent to the customer, answered by them. */
export interface NeedConfirmation {
  status: NeedConfirmationStatus;
  approvedBy?: string;
  approvedAt?: string;
  sentAt?: string;
  answeredAt?: string;
  change?: string;
}

/** Where the customer's conversation can be reached again (a Bot Framework conversation reference, trimmed). */
export interface CustomerAddress {
  channelId: string;
  serviceUrl: string;
  conversation: { id: string; tenantId?: string; conversationType?: string; isGroup?: boolean };
  bot: { id: string; name?: string };
  user?: { id: string; name?: string };
  locale?: string;
}

/**
 * The stored record: the need definition, the staff's work on it, and what only the server uses: the
 * channel's user id (so "delete my data" can find it) and the address of the customer's conversation.
 */
export type HandoffRecord = NeedDefinition & {
  userId?: string;
  address?: CustomerAddress;
  notes?: StaffNote[];
  edits?: DefinitionEdit[];
  needConfirmation?: NeedConfirmation;
};

export class HandoffError extends Error {
  constructor(
    message: string,
    readonly httpStatus: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class HandoffNotFoundError extends HandoffError {
  constructor(readonly id: string) {
    super(`no handoff with id ${id}`, 404);
  }
}

export class HandoffConflictError extends HandoffError {
  constructor(
    readonly id: string,
    readonly current: HandoffStatus,
    readonly claimedBy?: string,
  ) {
    super(`handoff ${id} is already ${current}${claimedBy ? ` (claimed by ${claimedBy})` : ''}`, 409);
  }
}

/** Other writers kept winning the same items; the caller may try again later. */
export class HandoffBusyError extends HandoffError {
  constructor(what: string) {
    super(`the handoff store is busy (${what}); try again`, 503);
  }
}

export type Stored<T> = T & StoreItem;

/** Records live under `handoff/<id>`; the index rebuilds itself from them when its head is lost. */
export const RECORD_PREFIX = 'handoff/';

/**
 * An eTag no store ever hands out. MemoryStorage and the lowdb store write it only when the key is absent,
 * which turns a plain write into "create unless someone else already did".
 */
export const CREATE_ONLY = 'tanxun-create-only';

/** Raised inside a read-modify-write when what was read is already out of date. */
export class StaleRead extends Error {}

export function isWriteConflict(err: unknown): boolean {
  if (err instanceof HandoffError) return false;
  return err instanceof StaleRead || (err instanceof Error && /etag|precondition|\b412\b/i.test(err.message));
}

export function unstored<T extends object>(item: Stored<T>): T {
  const { eTag: _eTag, ...value } = item;
  return value as unknown as T;
}

/** Reads, create-if-absent writes and conflict retries on one store. */
export class ItemStore {
  constructor(
    readonly storage: Storage,
    private readonly maxAttempts: number,
  ) {}

  async read<T>(key: string): Promise<Stored<T> | undefined> {
    return (await this.storage.read([key]))[key] as Stored<T> | undefined;
  }

  /**
   * Writes `value` unless the key exists; false when another writer was first. Stores that cannot make a write
   * conditional on absence (Azure blobs reject an If-Match on a missing blob) get a plain write instead.
   */
  async create(key: string, value: object): Promise<boolean> {
    try {
      await this.storage.write({ [key]: { ...value, eTag: CREATE_ONLY } });
      return true;
    } catch {
      if (await this.read(key)) return false;
      await this.storage.write({ [key]: { ...value, eTag: '*' } });
      return true;
    }
  }

  retrying<T>(what: string, task: () => Promise<T>): Promise<T> {
    return retrying(what, this.maxAttempts, task);
  }
}

/** Runs a read-modify-write again, after a short random pause, while other writers keep winning. */
export async function retrying<T>(what: string, maxAttempts: number, task: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (err) {
      if (!isWriteConflict(err)) throw err;
      if (attempt >= maxAttempts) throw new HandoffBusyError(what);
      const ceiling = Math.min(200, 4 * 2 ** attempt);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
    }
  }
}
