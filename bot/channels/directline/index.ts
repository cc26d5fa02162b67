import * as restify from 'restify';
import { activityFieldProblem, isLoopbackAddress } from '../../server';
import { ChannelAccount, ConversationStore, DirectLineConversation, NewActivity, sameSecret } from './conversations';
import { clientAddress, RateLimiter } from './rateLimiter';

/**
 * An embedded Direct Line 3.0 channel for the web page in local and self-hosted mode. The browser talks
 * the Direct Line client API (start, post, poll with a watermark, reconnect); the channel forwards each
 * activity to the bot's /api/messages with this server as the serviceUrl, and the bot answers through the
 * Bot Connector routes below, as it would to Azure's Direct Line. Proactive messages reach the page the
 * same way. Polls wait (long polling) until something arrives, so replies show without polling delay.
 *
 * Works only without an app id (local and self-hosted mode): with credentials the bot demands signed
 * requests, which only Azure's channels make; then the page uses Azure's Direct Line (DIRECT_LINE_SECRET).
 */
export interface DirectLineOptions {
  /** Full URL of the bot endpoint (/api/messages). */
  botEndpoint: () => string;
  /** This server's loopback base URL, given to the bot as serviceUrl. */
  serviceUrl: () => string;
  /** Conversations kept at once; when all are live, starting one more is refused (503). Default 1000. */
  maxConversations?: number;
  /** A conversation no client has called for this long is dropped. Default two hours. */
  idleMs?: number;
  /** Activities kept per conversation (the oldest go first). Default 200. */
  maxActivities?: number;
  /** How long a poll waits for news before answering empty; 0 answers at once. Default 10 s. */
  longPollMs?: number;
  /** Conversations one address may start per minute. Default 30. */
  startsPerMinute?: number;
  /** TRUST_PROXY: a reverse proxy of ours is in front, so X-Forwarded-For's last hop names the visitor. Default false. */
  trustProxy?: boolean;
  /** While the bot works on a client's activity, polls wait up to this long to get its replies in one answer. Default 500 ms. */
  replyBatchMs?: number;
  /** How long the bot may take to accept an activity before the client is told it failed. Default 15 s. */
  botTimeoutMs?: number;
  clock?: () => number;
}

const BOT: ChannelAccount = { id: 'tanxun', name: 'Tanxun', role: 'bot' };
const CHANNEL_ID = 'directline';
const MAX_TEXT = 10_000;
const MAX_NAME = 128;
/** The fields a client may set on an activity; the channel sets identity, addressing and ids itself. */
const CLIENT_FIELDS = ['type', 'text', 'textFormat', 'locale', 'localTimestamp', 'localTimezone', 'attachments', 'attachmentLayout', 'entities', 'channelData', 'value', 'valueType', 'name', 'replyToId'];

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(res: restify.Response, status: number, error: string): void {
  res.json(status, { error });
}

function bearer(req: restify.Request): string {
  return /^Bearer\s+(\S+)\s*$/i.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
}

/** What is wrong with an activity a client posted, or undefined. */
function clientActivityProblem(body: unknown): string | undefined {
  if (!isObject(body)) return 'the body must be a JSON object (an activity)';
  if (typeof body.type !== 'string' || !body.type || body.type.length > 64) return 'the activity needs a "type"';
  if (body.text !== undefined && (typeof body.text !== 'string' || body.text.length > MAX_TEXT)) return `"text" must be a string of at most ${MAX_TEXT} characters`;
  if (body.from !== undefined && !isObject(body.from)) return '"from" must be an object';
  if (body.channelData !== undefined && !isObject(body.channelData)) return '"channelData" must be an object';
  return undefined;
}

function pick(body: Json, fields: string[]): Json {
  const picked: Json = {};
  for (const field of fields) if (body[field] !== undefined) picked[field] = body[field];
  return picked;
}

/**
 * The user is the one the conversation was created with; a client's from.id is ignored (it could name
 * another visitor). The display name of the first activity is kept, clipped.
 */
function userOf(conversation: DirectLineConversation, from: unknown): ChannelAccount {
  if (!conversation.user) {
    const name = isObject(from) && typeof from.name === 'string' ? from.name.slice(0, MAX_NAME) : undefined;
    conversation.user = { id: conversation.userId, ...(name ? { name } : {}), role: 'user' };
  }
  return conversation.user;
}

function describe(conversation: DirectLineConversation, idleMs: number): Json {
  return { conversationId: conversation.id, token: conversation.token, expires_in: Math.round(idleMs / 1000) };
}

export function registerDirectLine(server: restify.Server, options: DirectLineOptions): { close(): void } {
  const clock = options.clock ?? Date.now;
  const idleMs = options.idleMs ?? 2 * 3600_000;
  const longPollMs = options.longPollMs ?? 10_000;
  const botTimeoutMs = options.botTimeoutMs ?? 15_000;
  const store = new ConversationStore({ maxConversations: options.maxConversations ?? 1000, idleMs, maxActivities: options.maxActivities ?? 200, maxWaiters: 4, replyBatchMs: options.replyBatchMs ?? 500 }, clock);
  const starts = new RateLimiter(options.startsPerMinute ?? 30, clock);
  let closed = false;

  const sweep = setInterval(() => store.sweep(), Math.min(idleMs, 60_000));
  sweep.unref();

  const start = (req: restify.Request, res: restify.Response, status: number): void => {
    if (!starts.allow(clientAddress(req, options.trustProxy))) {
      res.header('Retry-After', '60');
      return fail(res, 429, 'too many conversations started from this address; try again in a minute');
    }
    const conversation = store.create();
    if (!conversation) {
      res.header('Retry-After', String(Math.ceil(store.retryAfterMs() / 1000)));
      return fail(res, 503, 'too many conversations are open; try again later');
    }
    res.json(status, describe(conversation, idleMs));
  };

  /** The conversation a client call names, if its token is that conversation's; else the answer is sent. */
  const clientConversation = (req: restify.Request, res: restify.Response): DirectLineConversation | undefined => {
    const conversation = store.get(String(req.params.conversationId));
    if (!conversation) {
      fail(res, 404, 'unknown or expired conversation');
      return undefined;
    }
    if (!sameSecret(bearer(req), conversation.token)) {
      fail(res, 403, 'the token does not belong to this conversation');
      return undefined;
    }
    store.touch(conversation);
    return conversation;
  };

  const postToBot = async (activity: Json): Promise<number> => {
    try {
      const response = await fetch(options.botEndpoint(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(botTimeoutMs),
      });
      await response.arrayBuffer();
      return response.status;
    } catch {
      return 0;
    }
  };

  /** Sends to the bot after whatever this conversation sent before has been accepted. */
  const forward = (conversation: DirectLineConversation, activity: Json): Promise<number> => {
    const delivered = conversation.forwarding.then(() =>
      postToBot({ ...activity, channelId: CHANNEL_ID, serviceUrl: options.serviceUrl(), conversation: { id: conversation.id }, recipient: BOT }),
    );
    conversation.forwarding = delivered;
    return delivered;
  };

  server.post('/v3/directline/tokens/generate', (req, res, next) => {
    start(req, res, 200);
    return next();
  });

  server.post('/v3/directline/tokens/refresh', (req, res, next) => {
    const conversation = store.withToken(bearer(req));
    if (!conversation) fail(res, 403, 'unknown or expired token');
    else {
      store.touch(conversation);
      res.json(200, describe(conversation, idleMs));
    }
    return next();
  });

  // With a token from tokens/generate this opens that conversation; without one it starts a new one.
  server.post('/v3/directline/conversations', (req, res, next) => {
    const token = bearer(req);
    const conversation = token ? store.withToken(token) : undefined;
    if (token && !conversation) fail(res, 403, 'unknown or expired token');
    else if (conversation) {
      store.touch(conversation);
      res.json(201, describe(conversation, idleMs));
    } else start(req, res, 201);
    return next();
  });

  server.get('/v3/directline/conversations/:conversationId', (req, res, next) => {
    const conversation = clientConversation(req, res);
    if (conversation) res.json(200, describe(conversation, idleMs));
    return next();
  });

  server.get('/v3/directline/conversations/:conversationId/activities', async (req, res) => {
    const conversation = clientConversation(req, res);
    if (!conversation) return;
    const given = String((req.query as Json | undefined)?.watermark ?? '');
    if (given && !/^\d{1,15}$/.test(given)) return fail(res, 400, 'watermark must be a non-negative integer');
    const watermark = Number(given || 0);
    if (!closed && longPollMs > 0 && (conversation.watermark <= watermark || conversation.holding)) {
      await conversation.waitForActivity(watermark, longPollMs, (stop) => res.once('close', stop));
      if (res.writableEnded || res.socket?.destroyed) return;
    }
    const page = conversation.since(watermark);
    res.json(200, { activities: page.activities, watermark: String(page.watermark) });
  });

  server.post('/v3/directline/conversations/:conversationId/activities', async (req, res) => {
    const conversation = clientConversation(req, res);
    if (!conversation) return;
    const problem = clientActivityProblem(req.body) ?? activityFieldProblem(pick(req.body as Json, CLIENT_FIELDS));
    if (problem) return fail(res, 400, problem);
    const body = req.body as Json;
    const isFirst = !conversation.user;
    const from = userOf(conversation, body.from);
    if (isFirst) {
      // As Azure's Direct Line does: the bot learns the user joined before it gets their first activity.
      void forward(conversation, { type: 'conversationUpdate', id: `${conversation.id}|join`, from, membersAdded: [from], timestamp: new Date(clock()).toISOString() });
    }
    // From here the client's own activity waits to be delivered with the bot's replies.
    conversation.turnStarted();
    const stored = conversation.append({
      ...pick(body, CLIENT_FIELDS),
      type: String(body.type),
      from,
      conversation: { id: conversation.id },
      channelId: CHANNEL_ID,
      timestamp: new Date(clock()).toISOString(),
    });
    // Answered once the bot has taken it, as Azure's Direct Line does.
    const status = await forward(conversation, stored).finally(() => conversation.turnEnded());
    if (status >= 200 && status < 300) res.json(200, { id: stored.id });
    else fail(res, 502, status ? `the bot answered ${status}` : 'the bot could not be reached');
  });

  /** The Bot Connector side: only the bot in this process may post into a conversation. */
  const botConversation = (req: restify.Request, res: restify.Response): DirectLineConversation | undefined => {
    // A request through a reverse proxy comes from loopback too, but carries the proxy's header.
    if (!isLoopbackAddress(req.socket.remoteAddress) || req.headers['x-forwarded-for']) {
      fail(res, 403, 'the connector routes are for the bot on this machine');
      return undefined;
    }
    const conversation = store.get(String(req.params.conversationId));
    if (!conversation) fail(res, 404, 'unknown or expired conversation');
    return conversation;
  };

  const botActivity = (conversation: DirectLineConversation, body: unknown, replyToId?: string): NewActivity | undefined => {
    if (!isObject(body) || typeof body.type !== 'string' || !body.type) return undefined;
    // The channel numbers activities; the bot's own serviceUrl means nothing to a client.
    const rest = { ...body };
    delete rest.id;
    delete rest.serviceUrl;
    return {
      ...rest,
      type: body.type,
      from: isObject(body.from) && typeof body.from.id === 'string' ? body.from : BOT,
      conversation: { id: conversation.id },
      channelId: CHANNEL_ID,
      ...(replyToId && !rest.replyToId ? { replyToId } : {}),
      timestamp: new Date(clock()).toISOString(),
    };
  };

  const sendFromBot = (req: restify.Request, res: restify.Response, next: restify.Next): void => {
    const conversation = botConversation(req, res);
    if (conversation) {
      const activity = botActivity(conversation, req.body, req.params.activityId ? String(req.params.activityId) : undefined);
      if (!activity) fail(res, 400, 'the body must be an activity with a "type"');
      else res.json(200, { id: conversation.append(activity).id });
    }
    return next();
  };
  server.post('/v3/conversations/:conversationId/activities', sendFromBot);
  server.post('/v3/conversations/:conversationId/activities/:activityId', sendFromBot);

  server.put('/v3/conversations/:conversationId/activities/:activityId', (req, res, next) => {
    const conversation = botConversation(req, res);
    if (!conversation) return next();
    const activity = botActivity(conversation, req.body);
    const id = String(req.params.activityId);
    if (!activity) fail(res, 400, 'the body must be an activity with a "type"');
    else if (!conversation.replace(id, activity)) fail(res, 404, 'unknown activity');
    else res.json(200, { id });
    return next();
  });

  server.del('/v3/conversations/:conversationId/activities/:activityId', (req, res, next) => {
    const conversation = botConversation(req, res);
    if (!conversation) return next();
    if (!conversation.remove(String(req.params.activityId))) fail(res, 404, 'unknown activity');
    else res.json(200, {});
    return next();
  });

  server.get('/v3/conversations/:conversationId/members', (req, res, next) => {
    const conversation = botConversation(req, res);
    if (conversation) res.json(200, conversation.user ? [conversation.user, BOT] : [BOT]);
    return next();
  });

  return {
    close: () => {
      closed = true;
      clearInterval(sweep);
      store.releaseAll();
    },
  };
}
