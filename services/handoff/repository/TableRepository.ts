import { createHash } from 'crypto';
import { odata, RestError, TableClient, TableEntity, TableEntityResult } from '@azure/data-tables';
import { HandoffRecord, StaleRead } from '../handoffStore';
import { HandoffRepository, matches, RecordQuery, Versioned } from './types';

/*
 * Layout in one table:
 *   PartitionKey "handoff",      RowKey "<inverted createdAt>_<id>": the record, newest first in key order;
 *   PartitionKey "id",           RowKey "<id>":                       the record's RowKey;
 *   PartitionKey "conversation", RowKey sha256(conversationId):        the conversation's record id.
 * Filtered columns (status, playbook, locale, trigger, createdAt, userId, conversationId) sit beside the JSON
 * of the record, which is cut into chunks because a string property holds at most 64 KiB.
 */
const RECORDS = 'handoff';
const IDS = 'id';
const CONVERSATIONS = 'conversation';
const CONVERSATION_LOG = 'conversation-log';
const CHUNK = 30000;
/** An entity holds at most 1 MiB, strings counted two bytes a character. */
const MAX_CHUNKS = 15;
const LATEST = 9_999_999_999_999;

interface RecordEntity extends TableEntity {
  id: string;
  conversationId: string;
  userId?: string;
  status: string;
  playbook?: string;
  locale: string;
  trigger: string;
  createdAt: string;
  chunks: number;
  [chunk: `d${number}`]: string;
}

/** Characters a RowKey may not hold (/ \ # ? and control characters) are percent-encoded. */
function keyOf(id: string): string {
  return encodeURIComponent(id).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function inverted(createdAt: string): string {
  const ms = Date.parse(createdAt);
  return String(LATEST - (Number.isNaN(ms) ? 0 : ms)).padStart(13, '0');
}

function conversationKey(conversationId: string): string {
  return createHash('sha256').update(conversationId).digest('hex');
}

function statusOf(err: unknown): number | undefined {
  return err instanceof RestError ? err.statusCode : (err as { statusCode?: number } | null)?.statusCode;
}

/**
 * The record as JSON in ASCII only (other characters as \\u escapes, which JSON.parse reads back). Azurite's
 * table service decodes each network chunk of a request body on its own, so a Chinese character that
 * straddles two chunks is stored as U+FFFD (Azure/Azurite#2670); ASCII cannot straddle. Azure itself is
 * not affected, and the cost is size only.
 */
function asciiJson(record: HandoffRecord): string {
  return JSON.stringify(record).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The JSON, cut to fit one entity: a record too large keeps its newest transcript lines (never dropped whole). */
function fittingJson(record: HandoffRecord): string {
  let json = asciiJson(record);
  let transcript = record.transcript;
  while (json.length > CHUNK * MAX_CHUNKS && transcript.length) {
    transcript = transcript.slice(Math.ceil(transcript.length / 2));
    json = asciiJson({ ...record, transcript });
  }
  if (json.length > CHUNK * MAX_CHUNKS) throw new Error(`handoff ${record.id} is too large for a table entity (${json.length} characters)`);
  return json;
}

function toEntity(record: HandoffRecord): RecordEntity {
  const json = fittingJson(record);
  const chunks = Math.max(1, Math.ceil(json.length / CHUNK));
  const entity: RecordEntity = {
    partitionKey: RECORDS,
    rowKey: `${inverted(record.createdAt)}_${keyOf(record.id)}`,
    id: record.id,
    conversationId: record.conversationId,
    ...(record.userId ? { userId: record.userId } : {}),
    status: record.status,
    ...(record.playbook ? { playbook: record.playbook } : {}),
    locale: record.locale,
    trigger: record.trigger,
    createdAt: record.createdAt,
    chunks,
  };
  for (let i = 0; i < chunks; i++) entity[`d${i}`] = json.slice(i * CHUNK, (i + 1) * CHUNK);
  return entity;
}

function fromEntity(entity: Record<string, unknown>): HandoffRecord {
  const chunks = Number(entity.chunks);
  let json = '';
  for (let i = 0; i < chunks; i++) json += String(entity[`d${i}`] ?? '');
  return JSON.parse(json) as HandoffRecord;
}

function filterOf(query: RecordQuery): string {
  const parts = [odata`PartitionKey eq ${RECORDS}`];
  if (query.status) parts.push(odata`status eq ${query.status}`);
  if (query.playbook) parts.push(odata`playbook eq ${query.playbook}`);
  if (query.locale) parts.push(odata`locale eq ${query.locale}`);
  if (query.trigger) parts.push(odata`trigger eq ${query.trigger}`);
  if (query.conversationId) parts.push(odata`conversationId eq ${query.conversationId}`);
  if (query.userId) parts.push(odata`userId eq ${query.userId}`);
  if (query.from) parts.push(odata`createdAt ge ${query.from}`);
  if (query.to) parts.push(odata`createdAt le ${query.to}`);
  if (query.before) {
    // The key order is the time order, so the cursor is a key range the service can seek to.
    const lastMs = Date.parse(query.before) - 1;
    parts.push(odata`RowKey ge ${inverted(new Date(lastMs).toISOString())}`);
    parts.push(odata`createdAt lt ${query.before}`);
  }
  return parts.join(' and ');
}

/**
 * The handoff records in an Azure table (STORAGE=blobs), so the inbox and the insights are queries the
 * service answers instead of a scan of the key-value store. Writes carry the entity's ETag: two instances
 * claiming the same handoff cannot both win.
 */
export class TableRepository implements HandoffRepository {
  private constructor(private readonly table: TableClient) {}

  static async open(connectionString: string, tableName: string): Promise<TableRepository> {
    const table = TableClient.fromConnectionString(connectionString, tableName, { allowInsecureConnection: /UseDevelopmentStorage=true|http:\/\//i.test(connectionString) });
    try {
      await table.createTable();
    } catch (err) {
      if (statusOf(err) !== 409) throw err;
    }
    return new TableRepository(table);
  }

  private async entity<T extends object>(partition: string, row: string): Promise<TableEntityResult<T> | undefined> {
    try {
      return await this.table.getEntity<T>(partition, row);
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw err;
    }
  }

  /** Inserts; false when the key is taken. */
  private async insert(entity: TableEntity): Promise<boolean> {
    try {
      await this.table.createEntity(entity);
      return true;
    } catch (err) {
      if (statusOf(err) === 409) return false;
      throw err;
    }
  }

  async get(id: string): Promise<Versioned | undefined> {
    const pointer = await this.entity<{ row: string }>(IDS, keyOf(id));
    if (!pointer) return undefined;
    const found = await this.entity<RecordEntity>(RECORDS, pointer.row);
    return found ? { record: fromEntity(found), etag: found.etag } : undefined;
  }

  async idForConversation(conversationId: string): Promise<string | undefined> {
    return (await this.entity<{ id: string }>(CONVERSATIONS, conversationKey(conversationId)))?.id;
  }

  async create(record: HandoffRecord): Promise<boolean> {
    const entity = toEntity(record);
    // The conversation's pointer decides which record a conversation has, even between instances.
    if (!(await this.insert({ partitionKey: CONVERSATIONS, rowKey: conversationKey(record.conversationId), id: record.id }))) {
      if ((await this.idForConversation(record.conversationId)) !== record.id) return false;
    }
    if (!(await this.insert({ partitionKey: IDS, rowKey: keyOf(record.id), row: entity.rowKey }))) {
      const pointer = await this.entity<{ row: string }>(IDS, keyOf(record.id));
      if (pointer?.row !== entity.rowKey) return false;
    }
    return this.insert(entity);
  }

  async replace(record: HandoffRecord, etag: string): Promise<void> {
    try {
      await this.table.updateEntity(toEntity(record), 'Replace', { etag });
    } catch (err) {
      if (statusOf(err) === 412 || statusOf(err) === 404) throw new StaleRead();
      throw err;
    }
  }

  async list(query: RecordQuery, limit: number): Promise<HandoffRecord[]> {
    const found: HandoffRecord[] = [];
    const pages = this.table.listEntities<RecordEntity>({ queryOptions: { filter: filterOf(query) } }).byPage({ maxPageSize: Math.min(1000, limit) });
    for await (const page of pages) {
      for (const entity of page) {
        const record = fromEntity(entity);
        if (matches(record, query)) found.push(record);
        if (found.length >= limit) return found;
      }
    }
    return found;
  }

  async each(query: RecordQuery, visit: (record: HandoffRecord) => void): Promise<void> {
    for await (const entity of this.table.listEntities<RecordEntity>({ queryOptions: { filter: filterOf(query) } })) {
      const record = fromEntity(entity);
      if (matches(record, query)) visit(record);
    }
  }

  async remove(id: string): Promise<void> {
    const pointer = await this.entity<{ row: string }>(IDS, keyOf(id));
    if (!pointer) return;
    const found = await this.entity<RecordEntity>(RECORDS, pointer.row);
    const removals: [string, string][] = [[RECORDS, pointer.row], [IDS, keyOf(id)]];
    if (found) removals.push([CONVERSATIONS, conversationKey(String(found.conversationId))]);
    for (const [partition, row] of removals) {
      try {
        await this.table.deleteEntity(partition, row);
      } catch (err) {
        if (statusOf(err) !== 404) throw err;
      }
    }
  }
}

/** The conversation log of the insights in the same table, one entity per conversation. */
export class TableConversationLogStore {
  private constructor(private readonly table: TableClient) {}

  static async open(connectionString: string, tableName: string): Promise<TableConversationLogStore> {
    const table = TableClient.fromConnectionString(connectionString, tableName, { allowInsecureConnection: /UseDevelopmentStorage=true|http:\/\//i.test(connectionString) });
    try {
      await table.createTable();
    } catch (err) {
      if (statusOf(err) !== 409) throw err;
    }
    return new TableConversationLogStore(table);
  }

  async write(marks: { key: string; playbook: string; startedAt: string; lastAt: string; step: string; handedOff: boolean }[]): Promise<void> {
    for (const mark of marks) await this.table.upsertEntity({ partitionKey: CONVERSATION_LOG, rowKey: mark.key, ...mark }, 'Replace');
  }

  async each(query: { playbook?: string; from?: string; to?: string }, visit: (mark: { key: string; playbook: string; startedAt: string; lastAt: string; step: string; handedOff: boolean }) => void): Promise<void> {
    const parts = [odata`PartitionKey eq ${CONVERSATION_LOG}`];
    if (query.playbook) parts.push(odata`playbook eq ${query.playbook}`);
    if (query.from) parts.push(odata`startedAt ge ${query.from}`);
    if (query.to) parts.push(odata`startedAt le ${query.to}`);
    for await (const e of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter: parts.join(' and ') } })) {
      visit({ key: String(e.key), playbook: String(e.playbook), startedAt: String(e.startedAt), lastAt: String(e.lastAt), step: String(e.step), handedOff: e.handedOff === true });
    }
  }
}
