import * as restify from 'restify';
import { NeedDefinition } from '../domain/types';
import { Logger } from '../services/logger';
import { HandoffError, HandoffQueue, HandoffRecord } from '../services/handoff/HandoffQueue';
import { renderSummary } from '../services/handoff/summary';
import { renderTranscriptHtml, renderTranscriptMarkdown } from '../services/handoff/transcript';
import { crossSite, notJson, staffRefusal } from './staff/access';
import { idOf, listFilter, preferredType, publicView, queryOf, repFrom, repLocale, sendText } from './staff/requests';

export { transcriptLink } from './staff/access';

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

type Handler = (req: restify.Request, res: restify.Response) => Promise<void>;

function fail(res: restify.Response, status: number, error: string): void {
  if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="tanxun-staff"');
  res.json(status, { error });
}

/** The routes of the staff API, one method each; `guarded` checks the caller and turns errors into JSON. */
class StaffRoutes {
  constructor(private readonly deps: StaffApiDeps) {}

  register(server: restify.Server): void {
    // Before the body parsers: a foreign page's request is refused unread.
    server.pre((req, res, next) => {
      if (!/^\/api\/handoffs(\/|$)/.test(req.getPath())) return next();
      const refused = crossSite(req) ?? (this.deps.apiKey ? undefined : notJson(req));
      if (!refused) return next();
      res.setHeader('Cache-Control', 'no-store');
      fail(res, refused.status, refused.error);
      return next(false);
    });
    server.get('/api/handoffs', this.guarded((req, res) => this.list(req, res)));
    server.get('/api/handoffs/:id', this.guarded((req, res) => this.one(req, res)));
    server.get('/api/handoffs/:id/transcript', this.guarded((req, res) => this.transcript(req, res), true));
    server.post('/api/handoffs/:id/claim', this.guarded((req, res) => this.claim(req, res)));
    server.post('/api/handoffs/:id/complete', this.guarded((req, res) => this.complete(req, res)));
  }

  private guarded(handler: Handler, signed = false): Handler {
    return async (req, res) => {
      res.setHeader('Cache-Control', 'no-store');
      try {
        const remote = this.deps.remoteAddress ? this.deps.remoteAddress(req) : req.socket?.remoteAddress;
        const refused = staffRefusal(req, this.deps.apiKey, remote, signed ? String(req.params?.id ?? '') : undefined);
        if (refused) return fail(res, refused.status, refused.error);
        await handler(req, res);
      } catch (err) {
        if (err instanceof HandoffError) return fail(res, err.httpStatus, err.message);
        this.deps.logger?.error('staff API request failed', { path: req.path(), error: err instanceof Error ? err.message : String(err) });
        fail(res, 500, 'internal error');
      }
    };
  }

  private async found(req: restify.Request): Promise<HandoffRecord> {
    const id = idOf(req);
    const record = await this.deps.queue.get(id);
    if (!record) throw new HandoffError(`no handoff with id ${id}`, 404);
    return record;
  }

  private async list(req: restify.Request, res: restify.Response): Promise<void> {
    const filter = listFilter(queryOf(req));
    const records = await this.deps.queue.list(filter);
    if (records.length === filter.limit) res.setHeader('X-Next-Before', records[records.length - 1].createdAt);
    res.json(200, records.map(publicView));
  }

  private async one(req: restify.Request, res: restify.Response): Promise<void> {
    const record = await this.found(req);
    res.setHeader('Vary', 'Accept, Accept-Language');
    if (preferredType(req, ['application/json', 'text/markdown']) === 'text/markdown') {
      return sendText(res, 'text/markdown', renderSummary(record, repLocale(req)));
    }
    res.json(200, publicView(record));
  }

  private async transcript(req: restify.Request, res: restify.Response): Promise<void> {
    const record = await this.found(req);
    res.setHeader('Vary', 'Accept, Accept-Language');
    const locale = repLocale(req);
    if (preferredType(req, ['text/markdown', 'text/html']) === 'text/html') {
      res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
      return sendText(res, 'text/html', renderTranscriptHtml(record, locale));
    }
    sendText(res, 'text/markdown', renderTranscriptMarkdown(record, locale));
  }

  private async claim(req: restify.Request, res: restify.Response): Promise<void> {
    const id = idOf(req);
    const claimed = await this.deps.queue.claim(id, repFrom(req.body));
    if (this.deps.onClaimed) {
      try {
        await this.deps.onClaimed(publicView(claimed));
      } catch (err) {
        this.deps.logger?.warn('after-claim step failed', { id, error: err instanceof Error ? err.message : String(err) });
      }
    }
    res.json(200, publicView(claimed));
  }

  private async complete(req: restify.Request, res: restify.Response): Promise<void> {
    res.json(200, publicView(await this.deps.queue.complete(idOf(req))));
  }
}

/**
 * The staff API of CONTRACT.md, plus `GET /api/handoffs/:id/transcript`. Relies on restify's queryParser and
 * bodyParser (with mapParams off) being installed by the server. Every answer is JSON or the requested text;
 * every error is `{"error": "..."}`, never a stack trace.
 */
export function registerStaffApi(server: restify.Server, deps: StaffApiDeps): void {
  new StaffRoutes(deps).register(server);
}
