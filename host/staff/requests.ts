import * as restify from 'restify';
import { Locale, NeedDefinition } from '../../domain/types';
import { isLocale, pickLocale } from '../../services/handoff/format';
import { HANDOFF_STATUSES, HandoffError, HandoffRecord, HandoffStatus } from '../../services/handoff/HandoffQueue';

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

export function listFilter(query: Record<string, unknown>): { status?: HandoffStatus; conversationId?: string; limit: number; before?: string } {
  const status = single(query, 'status');
  if (status !== undefined && !(HANDOFF_STATUSES as readonly string[]).includes(status)) {
    throw new BadRequest(`"status" must be one of ${HANDOFF_STATUSES.join(', ')}`);
  }
  const conversationId = single(query, 'conversationId');
  if (conversationId !== undefined && conversationId.length > 1000) throw new BadRequest('"conversationId" is too long');
  const limitText = single(query, 'limit');
  const limit = limitText === undefined ? DEFAULT_LIMIT : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new BadRequest(`"limit" must be a whole number from 1 to ${MAX_LIMIT}`);
  const beforeText = single(query, 'before');
  const before = beforeText === undefined ? undefined : Date.parse(beforeText);
  if (before !== undefined && Number.isNaN(before)) throw new BadRequest('"before" must be a date-time such as 2026-11-23T10:00:00Z');
  return {
    ...(status ? { status: status as HandoffStatus } : {}),
    ...(conversationId ? { conversationId } : {}),
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

/** What staff tools see: the need definition, without the channel's user id kept for deletion requests. */
export function publicView(record: HandoffRecord): NeedDefinition {
  const { userId: _userId, ...definition } = record;
  return definition;
}

export function sendText(res: restify.Response, type: string, body: string): void {
  res.setHeader('Content-Type', `${type}; charset=utf-8`);
  res.sendRaw(200, body);
}

export function repFrom(body: unknown): string {
  let parsed: unknown = body;
  if (typeof body === 'string' || Buffer.isBuffer(body)) {
    try {
      parsed = JSON.parse(body.toString());
    } catch {
      parsed = undefined;
    }
  }
  const rep = typeof parsed === 'object' && parsed !== null ? (parsed as { rep?: unknown }).rep : undefined;
  const name = typeof rep === 'string' ? rep.trim() : '';
  if (!name || name.length > MAX_REP || /\p{Cc}/u.test(name)) {
    throw new BadRequest(`the body must be {"rep": "<name>"} with a name of 1 to ${MAX_REP} characters`);
  }
  return name;
}

export function idOf(req: restify.Request): string {
  const id: unknown = req.params?.id;
  if (typeof id !== 'string' || !id || id.length > MAX_ID) throw new HandoffError('no such handoff', 404);
  return id;
}
