import * as restify from 'restify';
import { NeedDefinition } from '../domain/types';
import { Logger } from '../services/logger';
import { HandoffConflictError, HandoffError, HandoffQueue, HandoffRecord } from '../services/handoff/HandoffQueue';
import { renderSummary } from '../services/handoff/summary';
import { renderTranscriptHtml, renderTranscriptMarkdown } from '../services/handoff/transcript';
import { InsightsService } from '../services/insights/insights';
import { PracticeOverview } from '../services/insights/practiceOverview';
import { crossSite, notJson, staffRefusal } from './staff/access';
import { BadRequest, bodyOf, changesFrom, idOf, listFilter, period, playbookOf, preferredType, publicView, queryOf, repFrom, repLocale, sendText, textFrom } from './staff/requests';

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
  /** Posts an approved need confirmation into the customer's conversation; without it sending is 503. */
  sendConfirmation?: (record: HandoffRecord) => Promise<void>;
  insights?: InsightsService;
  practice?: PracticeOverview;
  /** How long GET /api/handoffs/updates waits for a change (25 s). */
  updatesWaitMs?: number;
}

const UPDATES_WAIT_MS = 25_000;
const STAFF_PATHS = /^\/api\/(handoffs|insights|practice)(\/|$)/;

type Handler = (req: restify.Request, res: restify.Response) => Promise<void>;

function fail(res: restify.Response, status: number, error: string, extra: Record<string, string> = {}): void {
  if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="tanxun-staff"');
  res.json(status, { error, ...extra });
}

/** The conversation could not be reached; the confirmation stays approved. */
class DeliveryFailed extends HandoffError {
  constructor() {
    super("the customer's conversation could not be reached; try again later", 502);
  }
}

/** The routes of the staff API, one method each; `guarded` checks the caller and turns errors into JSON. */
class StaffRoutes {
  constructor(private readonly deps: StaffApiDeps) {}

  register(server: restify.Server): void {
    // Before the body parsers: a foreign page's request is refused unread.
    server.pre((req, res, next) => {
      if (!STAFF_PATHS.test(req.getPath())) return next();
      const refused = crossSite(req) ?? (this.deps.apiKey ? undefined : notJson(req));
      if (!refused) return next();
      res.setHeader('Cache-Control', 'no-store');
      fail(res, refused.status, refused.error);
      return next(false);
    });
    server.get('/api/handoffs', this.guarded((req, res) => this.list(req, res)));
    server.get('/api/handoffs/updates', this.guarded((req, res) => this.updates(req, res)));
    server.get('/api/handoffs/:id', this.guarded((req, res) => this.one(req, res)));
    server.get('/api/handoffs/:id/transcript', this.guarded((req, res) => this.transcript(req, res), true));
    server.post('/api/handoffs/:id/claim', this.guarded((req, res) => this.claim(req, res)));
    server.post('/api/handoffs/:id/complete', this.guarded((req, res) => this.complete(req, res)));
    server.post('/api/handoffs/:id/notes', this.guarded((req, res) => this.note(req, res)));
    server.patch('/api/handoffs/:id/definition', this.guarded((req, res) => this.edit(req, res)));
    server.post('/api/handoffs/:id/approve', this.guarded((req, res) => this.approve(req, res)));
    server.post('/api/handoffs/:id/send', this.guarded((req, res) => this.send(req, res)));
    server.get('/api/insights', this.guarded((req, res) => this.insights(req, res)));
    server.get('/api/practice/overview', this.guarded((req, res) => this.practice(req, res)));
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
        if (err instanceof HandoffConflictError && err.current === 'claimed' && err.claimedBy) {
          return fail(res, 409, `already claimed by ${err.claimedBy}`, { claimedBy: err.claimedBy });
        }
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

  /** CONTRACT.md's complete takes no body; the workspace adds who completed it and an optional note. */
  private async complete(req: restify.Request, res: restify.Response): Promise<void> {
    const id = idOf(req);
    const body = bodyOf(req.body);
    const note = textFrom(req.body, 'note', true);
    const rep = body.rep !== undefined || note !== undefined ? repFrom(req.body) : undefined;
    res.json(200, publicView(await this.deps.queue.complete(id, rep, note)));
  }

  private async note(req: restify.Request, res: restify.Response): Promise<void> {
    const id = idOf(req);
    const rep = repFrom(req.body);
    const text = textFrom(req.body, 'text') as string;
    res.json(201, publicView(await this.deps.queue.addNote(id, rep, text)));
  }

  private async edit(req: restify.Request, res: restify.Response): Promise<void> {
    const id = idOf(req);
    const rep = repFrom(req.body);
    res.json(200, publicView(await this.deps.queue.editDefinition(id, rep, changesFrom(req.body))));
  }

  private async approve(req: restify.Request, res: restify.Response): Promise<void> {
    const id = idOf(req);
    res.json(200, publicView(await this.deps.queue.approve(id, repFrom(req.body))));
  }

  private async send(req: restify.Request, res: restify.Response): Promise<void> {
    const id = idOf(req);
    repFrom(req.body);
    const deliver = this.deps.sendConfirmation;
    if (!deliver) throw new HandoffError('sending to customers is not set up on this server', 503);
    const sent = await this.deps.queue.send(id, async (record) => {
      try {
        await deliver(record);
      } catch (err) {
        // The reason may name the conversation; the log keeps only the handoff id and the error's kind.
        this.deps.logger?.warn('could not send a need confirmation', { id, error: err instanceof Error ? err.name : 'unknown' });
        throw new DeliveryFailed();
      }
    });
    res.json(200, publicView(sent));
  }

  /** Without `after`: the current version at once, for a page that has just loaded the list. */
  private async updates(req: restify.Request, res: restify.Response): Promise<void> {
    const text = queryOf(req).after;
    if (text === undefined) return res.json(200, { version: this.deps.queue.currentVersion(), ids: [] });
    if (typeof text !== 'string' || !/^\d{1,15}$/.test(text)) throw new BadRequest('"after" must be a version number from an earlier answer');
    const abort = new AbortController();
    // The response's close, not the request's: a GET's request closes as soon as it has been read.
    res.once('close', () => abort.abort());
    const changes = await this.deps.queue.waitForChanges(Number(text), this.deps.updatesWaitMs ?? UPDATES_WAIT_MS, abort.signal);
    if (abort.signal.aborted) return;
    res.json(200, changes);
  }

  private async insights(req: restify.Request, res: restify.Response): Promise<void> {
    if (!this.deps.insights) throw new HandoffError('insights are not set up on this server', 503);
    const query = queryOf(req);
    const playbook = playbookOf(query);
    res.json(200, await this.deps.insights.report({ ...(playbook ? { playbook } : {}), ...period(query) }));
  }

  private async practice(req: restify.Request, res: restify.Response): Promise<void> {
    if (!this.deps.practice) throw new HandoffError('practice overview is not set up on this server', 503);
    res.json(200, await this.deps.practice.overview(period(queryOf(req)), repLocale(req)));
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
