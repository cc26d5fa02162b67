import { createHmac } from 'crypto';
import * as restify from 'restify';
import { Locale, NeedDefinition } from '../domain/types';
import { Logger } from '../services/logger';

import { isLocale, pickLocale } from '../services/handoff/format';
import { HANDOFF_STATUSES, HandoffError, HandoffQueue, HandoffRecord, HandoffStatus } from '../services/handoff/HandoffQueue';
import { renderSummary } from '../services/handoff/summary';
import { renderTranscriptHtml, renderTranscriptMarkdown } from '../services/handoff/transcript';
import { isLoopbackAddress, isLoopbackHostname } from '../channels/addresses';
import { sameSecret } from '../channels/secrets';

export interface StaffApiDeps {
  queue: HandoffQueue;
  /** STAFF_API_KEY; without one the API serves loopback callers only. */
  apiKey?: string;
  /** Runs after a claim through the API (e.g. to update the Teams card); its failure does not undo the claim. */
  onClaimed?: (def: NeedDefinition) => Promise<void>;
  /** Who is calling; injectable so tests can play a caller from another machine. */
  remoteAddress?: (req: restify.Request) => string | undefined;
  logger?: Pick<Logger, 'warn' | 'error'>;
}

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;
const MAX_ID = 200;
const MAX_REP = 200;

class BadRequest extends HandoffError {
  constructor(message: string) {
    super(message, 400);
  }
}

type Handler = (req: restify.Request, res: restify.Response) => Promise<void>;

function bearer(header: string | undefined): string | undefined {
  return /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '')?.[1];
}

function signature(apiKey: string, id: string, expires: string): string {
  return createHmac('sha256', apiKey).update(`transcript\n${id}\n${expires}`).digest('base64url');
}

/**
 * A link to one transcript that a browser can open from a Teams card, where no Authorization header can be
 * added: signed with the staff key and valid until `expiresAt`. Without a key the API is loopback-only and
 * the link is plain.
 */
export function transcriptLink(baseUrl: string, id: string, apiKey: string | undefined, expiresAt: Date): string {
  const url = new URL(`/api/handoffs/${encodeURIComponent(id)}/transcript`, baseUrl);
  if (apiKey) {
    const expires = String(Math.floor(expiresAt.getTime() / 1000));
    url.searchParams.set('expires', expires);
    url.searchParams.set('sig', signature(apiKey, id, expires));
  }
  return url.toString();
}

function validSignature(apiKey: string, id: string, query: Record<string, unknown>, now: Date): boolean {
  const { expires, sig } = query;
  if (typeof expires !== 'string' || typeof sig !== 'string' || !/^\d{1,12}$/.test(expires)) return false;
  if (Number(expires) * 1000 < now.getTime()) return false;
  return sameSecret(sig, signature(apiKey, id, expires));
}

function queryOf(req: restify.Request): Record<string, unknown> {
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

function listFilter(query: Record<string, unknown>): { status?: HandoffStatus; conversationId?: string; limit: number; before?: string } {
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
function preferredType(req: restify.Request, offers: string[]): string {
  const preferred: unknown = req.accepts(offers);
  return typeof preferred === 'string' ? preferred : offers[0];
}

function repLocale(req: restify.Request): Locale {
  const lang = queryOf(req).lang;
  if (isLocale(lang)) return lang;
  return pickLocale(typeof lang === 'string' ? lang : undefined, req.headers['accept-language']);
}

/** What staff tools see: the need definition, without the channel's user id kept for deletion requests. */
function publicView(record: HandoffRecord): NeedDefinition {
  const { userId: _userId, ...definition } = record;
  return definition;
}

function sendText(res: restify.Response, type: string, body: string): void {
  res.setHeader('Content-Type', `${type}; charset=utf-8`);
  res.sendRaw(200, body);
}

function repFrom(body: unknown): string {
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

function idOf(req: restify.Request): string {
  const id: unknown = req.params?.id;
  if (typeof id !== 'string' || !id || id.length > MAX_ID) throw new HandoffError('no such handoff', 404);
  return id;
}

type Refusal = { status: number; error: string };

function header(req: restify.Request, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/** The Host header names this machine: a DNS-rebinding page reaches 127.0.0.1 under its own name. */
function loopbackHost(req: restify.Request): boolean {
  const host = header(req, 'host');
  if (!host) return false;
  try {
    return isLoopbackHostname(new URL(`http://${host}`).hostname);
  } catch {
    return false;
  }
}

/**
 * A browser request made by another site's page (fetch, form post): such a page must not drive the API
 * with the rep's network position or cookies. Top-level GET navigations stay allowed, since the signed
 * transcript link is opened from a Teams card and the navigating page cannot read the answer.
 */
function crossSite(req: restify.Request): Refusal | undefined {
  const site = header(req, 'sec-fetch-site')?.toLowerCase();
  const navigation = (req.method === 'GET' || req.method === 'HEAD') && header(req, 'sec-fetch-mode')?.toLowerCase() === 'navigate';
  if ((site === 'cross-site' || site === 'same-site') && !navigation) return { status: 403, error: 'cross-site requests are not accepted' };
  const origin = header(req, 'origin');
  if (origin === undefined) return undefined;
  let originHost: string | undefined;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = undefined;
  }
  if (!originHost || originHost !== (header(req, 'host') ?? '').toLowerCase()) return { status: 403, error: 'cross-origin requests are not accepted' };
  return undefined;
}

/** A POST body must be JSON: text/plain and form posts are what a foreign page can send without a preflight. */
function notJson(req: restify.Request): Refusal | undefined {
  if (req.method !== 'POST') return undefined;
  const length = Number(header(req, 'content-length') ?? 0);
  const chunked = header(req, 'transfer-encoding') !== undefined;
  if (length === 0 && !chunked) return undefined;
  const type = (header(req, 'content-type') ?? '').split(';')[0].trim().toLowerCase();
  return type === 'application/json' ? undefined : { status: 415, error: 'the body must be application/json' };
}

/**
 * The staff API of CONTRACT.md, plus `GET /api/handoffs/:id/transcript`. Relies on restify's queryParser and
 * bodyParser (with mapParams off) being installed by the server. Every answer is JSON or the requested text;
 * every error is `{"error": "..."}`, never a stack trace.
 */
export function registerStaffApi(server: restify.Server, deps: StaffApiDeps): void {
  const { queue, apiKey, onClaimed, logger } = deps;
  const remote = deps.remoteAddress ?? ((req: restify.Request) => req.socket?.remoteAddress);

  const fail = (res: restify.Response, status: number, error: string): void => {
    if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="tanxun-staff"');
    res.json(status, { error });
  };

  /** Undefined when the caller may proceed, else the refusal. */
  // Before the body parsers: a foreign page's request is refused unread.
  server.pre((req, res, next) => {
    if (!/^\/api\/handoffs(\/|$)/.test(req.getPath())) return next();
    const refused = crossSite(req) ?? (apiKey ? undefined : notJson(req));
    if (!refused) return next();
    res.setHeader('Cache-Control', 'no-store');
    fail(res, refused.status, refused.error);
    return next(false);
  });

  const refusal = (req: restify.Request, signedFor?: string): Refusal | undefined => {
    if (apiKey) {
      const given = bearer(req.headers.authorization);
      if (given !== undefined && sameSecret(given, apiKey)) return undefined;
      if (signedFor !== undefined && validSignature(apiKey, signedFor, queryOf(req), new Date())) return undefined;
      return { status: 401, error: 'a valid "Authorization: Bearer <STAFF_API_KEY>" header is required' };
    }
    // A proxy on this machine would make every outside caller look local, so forwarded requests are outsiders.
    const forwarded = req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined;
    if (forwarded || !isLoopbackAddress(remote(req))) {
      return { status: 401, error: 'STAFF_API_KEY is not set, so the staff API answers only requests from this machine' };
    }
    if (!loopbackHost(req)) return { status: 421, error: 'STAFF_API_KEY is not set, so the staff API answers only requests addressed to localhost or 127.0.0.1' };
    return undefined;
  };

  const route = (handler: Handler, signed = false): Handler => {
    return async (req, res) => {
      res.setHeader('Cache-Control', 'no-store');
      try {
        const refused = refusal(req, signed ? String(req.params?.id ?? '') : undefined);
        if (refused) return fail(res, refused.status, refused.error);
        await handler(req, res);
      } catch (err) {
        if (err instanceof HandoffError) return fail(res, err.httpStatus, err.message);
        logger?.error('staff API request failed', { path: req.path(), error: err instanceof Error ? err.message : String(err) });
        fail(res, 500, 'internal error');
      }
    };
  };

  const found = async (req: restify.Request): Promise<HandoffRecord> => {
    const id = idOf(req);
    const record = await queue.get(id);
    if (!record) throw new HandoffError(`no handoff with id ${id}`, 404);
    return record;
  };

  server.get(
    '/api/handoffs',
    route(async (req, res) => {
      const filter = listFilter(queryOf(req));
      const records = await queue.list(filter);
      if (records.length === filter.limit) res.setHeader('X-Next-Before', records[records.length - 1].createdAt);
      res.json(200, records.map(publicView));
    }),
  );

  server.get(
    '/api/handoffs/:id',
    route(async (req, res) => {
      const record = await found(req);
      res.setHeader('Vary', 'Accept, Accept-Language');
      if (preferredType(req, ['application/json', 'text/markdown']) === 'text/markdown') {
        return sendText(res, 'text/markdown', renderSummary(record, repLocale(req)));
      }
      res.json(200, publicView(record));
    }),
  );

  server.get(
    '/api/handoffs/:id/transcript',
    route(async (req, res) => {
      const record = await found(req);
      res.setHeader('Vary', 'Accept, Accept-Language');
      const locale = repLocale(req);
      if (preferredType(req, ['text/markdown', 'text/html']) === 'text/html') {
        res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
        return sendText(res, 'text/html', renderTranscriptHtml(record, locale));
      }
      sendText(res, 'text/markdown', renderTranscriptMarkdown(record, locale));
    }, true),
  );

  server.post(
    '/api/handoffs/:id/claim',
    route(async (req, res) => {
      const id = idOf(req);
      const rep = repFrom(req.body);
      const claimed = await queue.claim(id, rep);
      if (onClaimed) {
        try {
          await onClaimed(publicView(claimed));
        } catch (err) {
          logger?.warn('after-claim step failed', { id, error: err instanceof Error ? err.message : String(err) });
        }
      }
      res.json(200, publicView(claimed));
    }),
  );

  server.post(
    '/api/handoffs/:id/complete',
    route(async (req, res) => {
      res.json(200, publicView(await queue.complete(idOf(req))));
    }),
  );
}
