import './noSpdy';
import * as restify from 'restify';
import { monitorEventLoopDelay } from 'perf_hooks';
import { Activity, CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext } from 'botbuilder';
import { Config } from './config';
import { bodyGuard } from './http/bodyGuard';
import { FairLimit, FairLimitOptions } from './http/fairLimit';
import { activityProblem } from '../channels/activities';
import { isLoopbackAddress } from '../channels/addresses';
import { KeyedQueue } from '../domain/keyedQueue';
import { Logger } from '../services/logger';

export const MAX_BODY_BYTES = 256 * 1024;

export interface TurnRunner {
  run(context: TurnContext): Promise<void>;
}

/** What the server needs of Bot Framework authentication: checking an incoming request's token. */
export type RequestAuthentication = Pick<ConfigurationBotFrameworkAuthentication, 'authenticateRequest'>;

export interface ServerOptions {
  config: Config;
  adapter: CloudAdapter;
  bot: TurnRunner;
  logger: Logger;
  isReady: () => boolean;
  /** Checks the channel's token before a turn; by default the same settings the adapter was built with. */
  authentication?: RequestAuthentication;
  /** Turns in flight per user and per address on /api/messages. */
  fairness?: FairLimitOptions;
}

function sendError(res: restify.Response, status: number, message: string): void {
  res.status(status);
  res.json({ error: message });
}

function defaultAuthentication(config: Config): RequestAuthentication {
  return new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: config.appPassword,
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.appTenantId,
  });
}

/**
 * The channel's token, checked before the adapter sees the request: the adapter reports a token it cannot
 * verify (forged, alg:none, keys unreachable) as a 500 with the raw error, or a bare-string 401.
 */
async function authenticated(authentication: RequestAuthentication, req: restify.Request, logger: Logger): Promise<boolean> {
  try {
    await authentication.authenticateRequest(req.body as Activity, String(req.headers.authorization ?? ''));
    return true;
  } catch (err) {
    logger.warn('request refused: authentication failed', { error: err instanceof Error ? err.message : String(err) });
    return false;
  }
}

/** The socket's peer; X-Forwarded-For (its last hop, added by our proxy) only when TRUST_PROXY says a proxy of ours is in front. */
export function callerAddress(req: restify.Request, trustProxy: boolean): string {
  const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',').map((part) => part.trim()).filter(Boolean).pop() : undefined;
  return forwarded ?? req.socket?.remoteAddress ?? 'unknown';
}

interface AdapterAnswer {
  status: number;
  body?: unknown;
}

/**
 * Runs the adapter with a stand-in response, so what it writes (status and body, bare strings with its
 * internals on failure) becomes ours to put in the contract's shape.
 */
async function processed(adapter: CloudAdapter, req: restify.Request, logic: (context: TurnContext) => Promise<void>): Promise<AdapterAnswer> {
  const answer: AdapterAnswer = { status: 200 };
  const capture = {
    status(code: number) {
      answer.status = code;
      return capture;
    },
    send(body?: unknown) {
      answer.body = body;
      return capture;
    },
    header() {
      return capture;
    },
    end() {
      return capture;
    },
  };
  await adapter.process(req, capture as unknown as restify.Response, logic);
  return answer;
}

function sendAnswer(res: restify.Response, answer: AdapterAnswer): void {
  if (answer.status === 401 || answer.status === 403) return sendError(res, 401, 'a valid Bot Framework token is required');
  if (answer.status >= 500) return sendError(res, 500, 'the activity could not be processed');
  if (answer.status >= 400) return sendError(res, answer.status, 'the activity could not be processed');
  if (answer.body === undefined || answer.body === null || answer.body === '') {
    res.status(answer.status);
    res.end();
    return;
  }
  res.json(answer.status, answer.body);
}

/**
 * The restify server: body limits, JSON errors, health and the Bot Framework endpoint. Channels and
 * APIs register their own routes on it (composition in host/index.ts).
 */
export function createServer(options: ServerOptions): restify.Server {
  const { config, adapter, bot, logger, isReady } = options;
  const server = restify.createServer({ name: 'tanxun', handleUncaughtExceptions: false });
  const queue = new KeyedQueue();

  server.pre(bodyGuard(MAX_BODY_BYTES));
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: MAX_BODY_BYTES, rejectUnknown: false }));

  // restify answers its own errors (bad JSON, 404, 405, 413 while reading) in its format; the contract wants {error}.
  server.on('restifyError', (req: restify.Request, res: restify.Response, err: Error & { toJSON?: () => unknown; statusCode?: number }, callback: () => void) => {
    const status = err.statusCode ?? 500;
    const message = status >= 500 ? 'internal error' : err.message || 'bad request';
    err.toJSON = () => ({ error: message });
    if (status >= 500) logger.error('request failed', { path: req.path(), error: err.message });
    return callback();
  });

  // Event-loop delay and memory for the benchmark; loopback callers only, since it describes the host.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  server.get('/metrics', (req, res, next) => {
    if (!isLoopbackAddress(req.socket.remoteAddress)) {
      sendError(res, 403, 'metrics are served to loopback callers only');
      return next(false);
    }
    // With --expose-gc (the benchmark), ?gc=1 collects first so heap figures show what is really kept.
    const gc = (globalThis as { gc?: () => void }).gc;
    if ((req.query as Record<string, string> | undefined)?.gc && gc) gc();
    const memory = process.memoryUsage();
    res.json(200, {
      rssMb: Math.round(memory.rss / 1048576),
      heapUsedMb: Math.round(memory.heapUsed / 1048576),
      eventLoopP99Ms: Math.round((loopDelay.percentile(99) / 1e6) * 10) / 10,
      eventLoopMaxMs: Math.round((loopDelay.max / 1e6) * 10) / 10,
    });
    if ((req.query as Record<string, string> | undefined)?.reset) loopDelay.reset();
    return next();
  });

  server.get('/healthz', (_req, res, next) => {
    if (isReady()) res.json(200, { status: 'ok' });
    else res.json(503, { status: 'starting' });
    return next();
  });

  const authentication = options.authentication ?? defaultAuthentication(config);
  const fairness = new FairLimit(options.fairness);

  server.post('/api/messages', async (req, res) => {
    const problem = activityProblem(req.body, config.localMode);
    if (problem) return sendError(res, 400, problem);
    if (!isReady()) {
      res.header('Retry-After', '1');
      return sendError(res, 503, 'the bot is starting');
    }
    const activity = req.body as { conversation: { id: string }; from?: { id?: string } };
    if (!(await authenticated(authentication, req, logger))) {
      res.header('WWW-Authenticate', 'Bearer');
      return sendError(res, 401, 'a valid Bot Framework token is required');
    }
    const release = fairness.acquire({ user: activity.from?.id, address: config.localMode ? callerAddress(req, config.trustProxy) : undefined });
    if (!release) {
      res.header('Retry-After', String(fairness.retryAfterSeconds));
      return sendError(res, 429, 'too many messages in progress from this sender; retry shortly');
    }
    const conversationId = activity.conversation.id;
    try {
      const answer = await queue.run(conversationId, () => processed(adapter, req, (context) => bot.run(context)));
      sendAnswer(res, answer);
    } catch (err) {
      logger.error('activity failed', { conversationId, error: (err as Error).message });
      if (!res.headersSent) sendError(res, 500, 'the activity could not be processed');
    } finally {
      release();
    }
  });

  return server;
}
