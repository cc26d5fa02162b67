import * as restify from 'restify';
import { HandoffTrigger, Locale, NeedDefinition } from '../../domain/types';
import { isLocale, pickLocale } from '../../services/handoff/format';
import { HANDOFF_STATUSES, HandoffError, HandoffRecord, HandoffStatus, ListFilter, NeedConfirmation, StaffNote, DefinitionEdit } from '../../services/handoff/HandoffQueue';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;
const MAX_ID = 200;
const MAX_REP = 200;

export class BadRequest extends HandoffError {
  constructor(message: string) {
    super(message, 400);
  }
}

export function queryOf(req: restify.Request): Record<string, unknown> {
  const query: unknown = req.query;
  return typeof query === 'object' && query !== null ? (query as Record<string, unknown>) : {};
}

/** One query value: absent, or a single non-empty string (a repeated parameter is a mistake, not a list). */
function single(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw new BadRequest(`"${name}" must be given once, with a value`);
  return value;
}

const TRIGGERS: readonly HandoffTrigger[] = ['discovery-complete', 'customer-asked', 'bot-stuck'];
const LOCALES: readonly Locale[] = ['en', 'zh-CN'];
const MAX_TEXT = 4000;

function oneOf<T extends string>(query: Record<string, unknown>, name: string, allowed: readonly T[]): T | undefined {
  const value = single(query, name);
  if (value !== undefined && !(allowed as readonly string[]).includes(value)) throw new BadRequest(`"${name}" must be one of ${allowed.join(', ')}`);
  return value as T | undefined;
}

/**
 * An instant from a query: a date-time, or a plain date (YYYY-MM-DD, UTC) meaning the start of that day,
 * or with `endOfDay` its last millisecond, so `to=2026-12-05` includes the 5th.
 */
export function instant(query: Record<string, unknown>, name: string, endOfDay = false): string | undefined {
  const text = single(query, name);
  if (text === undefined) return undefined;
  const plainDate = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const ms = Date.parse(plainDate ? `${text}T00:00:00.000Z` : text);
  if (Number.isNaN(ms)) throw new BadRequest(`"${name}" must be a date or date-time such as 2026-11-23 or 2026-11-23T10:00:00Z`);
  return new Date(plainDate && endOfDay ? ms + 86_400_000 - 1 : ms).toISOString();
}

export function period(query: Record<string, unknown>): { from?: string; to?: string } {
  const from = instant(query, 'from');
  const to = instant(query, 'to', true);
  if (from && to && from > to) throw new BadRequest('"from" must not be after "to"');
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

export function playbookOf(query: Record<string, unknown>): string | undefined {
  const playbook = single(query, 'playbook');
  if (playbook !== undefined && !/^[a-z0-9][a-z0-9_-]{0,63}$/i.test(playbook)) throw new BadRequest('"playbook" must be a playbook id');
  return playbook;
}

export function listFilter(query: Record<string, unknown>): ListFilter & { limit: number } {
  const status = oneOf(query, 'status', HANDOFF_STATUSES);
  const conversationId = single(query, 'conversationId');
  if (conversationId !== undefined && conversationId.length > 1000) throw new BadRequest('"conversationId" is too long');
  const limitText = single(query, 'limit');
  const limit = limitText === undefined ? DEFAULT_LIMIT : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new BadRequest(`"limit" must be a whole number from 1 to ${MAX_LIMIT}`);
  const beforeText = single(query, 'before');
  const before = beforeText === undefined ? undefined : Date.parse(beforeText);
  if (before !== undefined && Number.isNaN(before)) throw new BadRequest('"before" must be a date-time such as 2026-11-23T10:00:00Z');
  const playbook = playbookOf(query);
  const locale = oneOf(query, 'locale', LOCALES);
  const trigger = oneOf(query, 'trigger', TRIGGERS);
  return {
    ...(status ? { status: status as HandoffStatus } : {}),
    ...(conversationId ? { conversationId } : {}),
    ...(playbook ? { playbook } : {}),
    ...(locale ? { locale } : {}),
    ...(trigger ? { trigger } : {}),
    ...period(query),
    limit,
    ...(before !== undefined ? { before: new Date(before).toISOString() } : {}),
  };
}

/**
 * The media type the caller prefers among `offers`, the first on a tie or when none is acceptable.
 * restify's req.accepts() returns negotiator's preferred type, though its typings say boolean.
 */
export function preferredType(req: restify.Request, offers: string[]): string {
  const preferred: unknown = req.accepts(offers);
  return typeof preferred === 'string' ? preferred : offers[0];
}

export function repLocale(req: restify.Request): Locale {
  const lang = queryOf(req).lang;
  if (isLocale(lang)) return lang;
  return pickLocale(typeof lang === 'string' ? lang : undefined, req.headers['accept-language']);
}

/** A handoff as staff tools see it: the need definition and the staff's work on it. */
export type StaffView = NeedDefinition & { notes: StaffNote[]; edits: DefinitionEdit[]; needConfirmation: NeedConfirmation };

/** What staff tools see: without the channel's user id and the conversation's address, which only the server uses. */
export function publicView(record: HandoffRecord): StaffView {
  const { userId: _userId, address: _address, notes, edits, needConfirmation, ...definition } = record;
  return { ...definition, notes: notes ?? [], edits: edits ?? [], needConfirmation: needConfirmation ?? { status: 'draft' } };
}

export function sendText(res: restify.Response, type: string, body: string): void {
  res.setHeader('Content-Type', `${type}; charset=utf-8`);
  res.sendRaw(200, body);
}

/** The JSON body as an object (restify hands it parsed, or as text when the type was not JSON). */
export function bodyOf(body: unknown): Record<string, unknown> {
  let parsed: unknown = body;
  if (typeof body === 'string' || Buffer.isBuffer(body)) {
    try {
      parsed = JSON.parse(body.toString());
    } catch {
      parsed = undefined;
    }
  }
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
}

export function repFrom(body: unknown): string {
  const rep = bodyOf(body).rep;
  const name = typeof rep === 'string' ? rep.trim() : '';
  if (!name || name.length > MAX_REP || /\p{Cc}/u.test(name)) {
    throw new BadRequest(`the body must be {"rep": "<name>"} with a name of 1 to ${MAX_REP} characters`);
  }
  return name;
}

/** A free text from the body: required, or (with `optional`) absent; 1 to 4000 characters either way. */
export function textFrom(body: unknown, name: string, optional = false): string | undefined {
  const value = bodyOf(body)[name];
  if (value === undefined && optional) return undefined;
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text || text.length > MAX_TEXT) throw new BadRequest(`"${name}" must be a text of 1 to ${MAX_TEXT} characters`);
  return text;
}

/** The `changes` object of a definition edit: `{"<dot path>": value}`. */
export function changesFrom(body: unknown): Record<string, unknown> {
  const changes = bodyOf(body).changes;
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) throw new BadRequest('the body must carry "changes": {"<field path>": value}');
  return changes as Record<string, unknown>;
}

export function idOf(req: restify.Request): string {
  const id: unknown = req.params?.id;
  if (typeof id !== 'string' || !id || id.length > MAX_ID) throw new HandoffError('no such handoff', 404);
  return id;
}
