import { timingSafeEqual } from 'crypto';
import * as restify from 'restify';
import { Locale } from '../domain/types';
import { isLoopbackAddress } from '../server';
import { HandoffConflictError, HandoffNotFoundError, HandoffQueue, HandoffRecord, HandoffStatus } from './HandoffQueue';
import { renderSummary, renderTranscript } from './summary';

export interface StaffApiOptions {
  queue: HandoffQueue;
  apiKey?: string;
  /** Who is calling; injectable so tests can play a caller from another machine. */
  remoteAddress?: (req: restify.Request) => string | undefined;
}

const STATUSES: HandoffStatus[] = ['open', 'claimed', 'completed'];

function fail(res: restify.Response, status: number, error: string): void {
  res.json(status, { error });
}

function keyMatches(header: string | undefined, key: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1].trim());
  const expected = Buffer.from(key);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function repLocale(req: restify.Request): Locale {
  const query = (req.query ?? {}) as Record<string, string>;
  const wanted = query.lang ?? req.headers['accept-language'] ?? 'en';
  return /^zh/i.test(String(wanted)) ? 'zh-CN' : 'en';
}

function wantsMarkdown(req: restify.Request): boolean {
  return /text\/markdown/i.test(String(req.headers.accept ?? ''));
}

/** The staff API of CONTRACT.md: list, get (JSON or Markdown), claim, complete; bearer key or loopback only. */
export function registerStaffApi(server: restify.Server, options: StaffApiOptions): void {
  const { queue, apiKey } = options;
  const remote = options.remoteAddress ?? ((req: restify.Request) => req.socket.remoteAddress);

  const guard = (handler: (req: restify.Request, res: restify.Response) => Promise<void>) => async (req: restify.Request, res: restify.Response) => {
    if (apiKey) {
      if (!keyMatches(req.headers.authorization, apiKey)) {
        res.header('WWW-Authenticate', 'Bearer');
        return fail(res, 401, 'a valid "Authorization: Bearer <STAFF_API_KEY>" header is required');
      }
    } else if (!isLoopbackAddress(remote(req))) {
      return fail(res, 401, 'no STAFF_API_KEY is configured, so the staff API answers only on this machine');
    }
    try {
      await handler(req, res);
    } catch (err) {
      if (err instanceof HandoffNotFoundError) return fail(res, 404, err.message);
      if (err instanceof HandoffConflictError) return fail(res, 409, err.message);
      fail(res, 500, 'the request could not be completed');
    }
  };

  const send = (req: restify.Request, res: restify.Response, record: HandoffRecord) => {
    if (wantsMarkdown(req)) {
      res.setHeader('content-type', 'text/markdown; charset=utf-8');
      res.sendRaw(200, renderSummary(record, repLocale(req)));
      return;
    }
    res.json(200, record);
  };

  server.get(
    '/api/handoffs',
    guard(async (req, res) => {
      const query = (req.query ?? {}) as Record<string, unknown>;
      const status = query.status;
      if (status !== undefined && (typeof status !== 'string' || !STATUSES.includes(status as HandoffStatus))) {
        return fail(res, 400, `"status" must be one of ${STATUSES.join(', ')}`);
      }
      const conversationId = query.conversationId;
      if (conversationId !== undefined && (typeof conversationId !== 'string' || !conversationId)) {
        return fail(res, 400, '"conversationId" must be a non-empty string');
      }
      const limitText = query.limit;
      const limit = limitText === undefined ? 100 : Number(limitText);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) return fail(res, 400, '"limit" must be an integer from 1 to 1000');
      const records = await queue.list({ status: status as HandoffStatus | undefined, conversationId: conversationId as string | undefined, limit });
      res.json(200, records);
    }),
  );

  server.get(
    '/api/handoffs/:id',
    guard(async (req, res) => {
      const record = await queue.get(String(req.params.id));
      if (!record) return fail(res, 404, `no handoff with id ${String(req.params.id)}`);
      send(req, res, record);
    }),
  );

  server.get(
    '/api/handoffs/:id/transcript',
    guard(async (req, res) => {
      const record = await queue.get(String(req.params.id));
      if (!record) return fail(res, 404, `no handoff with id ${String(req.params.id)}`);
      res.setHeader('content-type', 'text/markdown; charset=utf-8');
      res.sendRaw(200, renderTranscript(record, repLocale(req)));
    }),
  );

  server.post(
    '/api/handoffs/:id/claim',
    guard(async (req, res) => {
      const body = req.body as { rep?: unknown } | undefined;
      const rep = typeof body?.rep === 'string' ? body.rep.trim() : '';
      if (!rep || rep.length > 200) return fail(res, 400, 'the body must be {"rep": "<name>"} with a name of 1-200 characters');
      res.json(200, await queue.claim(String(req.params.id), rep));
    }),
  );

  server.post(
    '/api/handoffs/:id/complete',
    guard(async (req, res) => {
      res.json(200, await queue.complete(String(req.params.id)));
    }),
  );
}
