import * as restify from 'restify';
import { monitorEventLoopDelay } from 'perf_hooks';
import { CloudAdapter, TurnContext } from 'botbuilder';
import { Config } from './config';
import { KeyedQueue } from './keyedQueue';
import { Logger } from './logger';

export const MAX_BODY_BYTES = 256 * 1024;

export interface TurnRunner {
  run(context: TurnContext): Promise<void>;
}

export interface ServerOptions {
  config: Config;
  adapter: CloudAdapter;
  bot: TurnRunner;
  logger: Logger;
  isReady: () => boolean;
}

export function isLoopbackUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
  } catch {
    return false;
  }
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || /^(::ffff:)?127\.\d+\.\d+\.\d+$/.test(address);
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What is wrong with a posted activity, or undefined when the adapter may have it. */
export function activityProblem(body: unknown, localMode: boolean): string | undefined {
  if (!isObject(body)) return 'the body must be a JSON object (a Bot Framework activity)';
  if (typeof body.type !== 'string' || !body.type) return 'the activity needs a "type"';
  if (typeof body.channelId !== 'string' || !body.channelId) return 'the activity needs a "channelId"';
  const conversation = body.conversation;
  if (!isObject(conversation) || typeof conversation.id !== 'string' || !conversation.id) return 'the activity needs "conversation.id"';
  if (body.text !== undefined && typeof body.text !== 'string') return '"text" must be a string';
  if (body.from !== undefined && !isObject(body.from)) return '"from" must be an object';
  const expectReplies = body.deliveryMode === 'expectReplies';
  if (localMode && !expectReplies) {
    // An empty app id turns off channel authentication, so whoever can reach us names the reply URL.
    if (typeof body.serviceUrl !== 'string' || !isLoopbackUrl(body.serviceUrl)) {
      return 'in local mode replies go only to a loopback serviceUrl; use "deliveryMode":"expectReplies" or a loopback serviceUrl';
    }
  }
  return undefined;
}

function sendError(res: restify.Response, status: number, message: string): void {
  res.status(status);
  res.json({ error: message });
}

/**
 * The restify server: body limits, JSON errors, health and the Bot Framework endpoint. Channels and
 * APIs register their own routes on it (composition in bot/index.ts).
 */
export function createServer(options: ServerOptions): restify.Server {
  const { config, adapter, bot, logger, isReady } = options;
  const server = restify.createServer({ name: 'tanxun', handleUncaughtExceptions: false });
  const queue = new KeyedQueue();

  server.pre((req, res, next) => {
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > MAX_BODY_BYTES) {
      sendError(res, 413, `the body is larger than ${MAX_BODY_BYTES} bytes`);
      return next(false);
    }
    return next();
  });
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

  server.post('/api/messages', async (req, res) => {
    const problem = activityProblem(req.body, config.localMode);
    if (problem) return sendError(res, 400, problem);
    if (!isReady()) {
      res.header('Retry-After', '1');
      return sendError(res, 503, 'the bot is starting');
    }
    const conversationId = String((req.body as { conversation: { id: string } }).conversation.id);
    try {
      await queue.run(conversationId, () => adapter.process(req, res, (context) => bot.run(context)));
    } catch (err) {
      logger.error('activity failed', { conversationId, error: (err as Error).message });
      if (!res.headersSent) sendError(res, 500, 'the activity could not be processed');
    }
  });

  return server;
}
