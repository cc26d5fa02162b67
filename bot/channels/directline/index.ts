import { randomBytes, randomUUID, timingSafeEqual } from 'crypto';
import * as restify from 'restify';
import { isLoopbackAddress } from '../../server';

/**
 * An embedded Direct Line 3.0 channel for the web page in local and self-hosted mode. The browser talks
 * the Direct Line client API (start, post, poll with a watermark, reconnect); the channel forwards each
 * activity to the bot's own /api/messages with this server as the serviceUrl, and the bot's replies come
 * back through the Bot Connector routes below, exactly as they would from Azure's Direct Line. Proactive
 * messages (handoff status) reach the page the same way.
 */

export interface DirectLineOptions {
  /** Full URL of the bot endpoint (/api/messages). */
  botEndpoint: () => string;
  /** This server's loopback base URL, given to the bot as serviceUrl. */
  serviceUrl: () => string;
  maxConversations?: number;
  idleMs?: number;
  maxActivities?: number;
}

interface DlActivity {
  id?: string;
  type?: string;
  text?: string;
  from?: { id?: string; name?: string; role?: string };
  channelData?: Record<string, unknown>;
  [key: string]: unknown;
}

interface Conversation {
  id: string;
  token: string;
  userId?: string;
  activities: DlActivity[];
  lastSeen: number;
}

const TOKEN_SECONDS = 1800;
const MAX_TEXT = 10000;

function fail(res: restify.Response, status: number, error: string): void {
  res.json(status, { error: { code: status === 403 ? 'BadArgument' : 'BadArgument', message: error } });
}

function tokenOf(req: restify.Request): string {
  return /^Bearer\s+(.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1]?.trim() ?? '';
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function registerDirectLine(server: restify.Server, options: DirectLineOptions): { close(): void } {
  const maxConversations = options.maxConversations ?? 2000;
  const idleMs = options.idleMs ?? 2 * 3600 * 1000;
  const maxActivities = options.maxActivities ?? 1000;
  const conversations = new Map<string, Conversation>();

  // Conversations live in memory: the bot's own store keeps what matters; these are delivery queues.
  const sweep = setInterval(() => {
    const cutoff = Date.now() - idleMs;
    for (const [id, c] of conversations) if (c.lastSeen < cutoff) conversations.delete(id);
  }, 60_000);
  sweep.unref();

  const create = (): Conversation => {
    if (conversations.size >= maxConversations) {
      const oldest = [...conversations.values()].sort((a, b) => a.lastSeen - b.lastSeen)[0];
      if (oldest) conversations.delete(oldest.id);
    }
    const conversation: Conversation = { id: randomUUID().replace(/-/g, ''), token: randomBytes(24).toString('base64url'), activities: [], lastSeen: Date.now() };
    conversations.set(conversation.id, conversation);
    return conversation;
  };

  const describe = (c: Conversation) => ({ conversationId: c.id, token: c.token, expires_in: TOKEN_SECONDS });

  const authorized = (req: restify.Request, res: restify.Response): Conversation | undefined => {
    const conversation = conversations.get(String(req.params.conversationId));
    if (!conversation) {
      fail(res, 404, 'unknown conversation');
      return undefined;
    }
    if (!sameToken(tokenOf(req), conversation.token)) {
      fail(res, 403, 'the token does not belong to this conversation');
      return undefined;
    }
    conversation.lastSeen = Date.now();
    return conversation;
  };

  const append = (conversation: Conversation, activity: DlActivity): string => {
    const id = `${conversation.id}|${String(conversation.activities.length).padStart(7, '0')}`;
    conversation.activities.push({ ...activity, id, timestamp: new Date().toISOString(), conversation: { id: conversation.id }, channelId: 'directline' });
    if (conversation.activities.length > maxActivities) conversation.activities.splice(0, conversation.activities.length - maxActivities);
    return id;
  };

  const forward = (conversation: Conversation, activity: DlActivity): void => {
    const body = {
      ...activity,
      channelId: 'directline',
      serviceUrl: options.serviceUrl(),
      conversation: { id: conversation.id },
      recipient: { id: 'tanxun', name: 'Tanxun', role: 'bot' },
    };
    void fetch(options.botEndpoint(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).catch(() => undefined);
  };

  server.post('/v3/directline/tokens/generate', (_req, res, next) => {
    res.json(200, describe(create()));
    return next();
  });

  server.post('/v3/directline/tokens/refresh', (req, res, next) => {
    const token = tokenOf(req);
    const conversation = [...conversations.values()].find((c) => sameToken(c.token, token));
    if (!conversation) fail(res, 403, 'unknown token');
    else res.json(200, describe(conversation));
    return next();
  });

  server.post('/v3/directline/conversations', (req, res, next) => {
    const token = tokenOf(req);
    const existing = token ? [...conversations.values()].find((c) => sameToken(c.token, token)) : undefined;
    res.json(201, describe(existing ?? create()));
    return next();
  });

  server.get('/v3/directline/conversations/:conversationId', (req, res, next) => {
    const conversation = authorized(req, res);
    if (conversation) res.json(200, describe(conversation));
    return next();
  });

  server.get('/v3/directline/conversations/:conversationId/activities', (req, res, next) => {
    const conversation = authorized(req, res);
    if (conversation) {
      const query = (req.query ?? {}) as Record<string, string>;
      const watermark = Number(query.watermark ?? 0);
      if (!Number.isInteger(watermark) || watermark < 0) fail(res, 400, 'watermark must be a non-negative integer');
      else {
        const all = conversation.activities.map((a, i) => ({ a, i: Number(String(a.id).split('|')[1] ?? i) }));
        res.json(200, { activities: all.filter(({ i }) => i >= watermark).map(({ a }) => a), watermark: String(all.length ? all[all.length - 1].i + 1 : watermark) });
      }
    }
    return next();
  });

  server.post('/v3/directline/conversations/:conversationId/activities', (req, res, next) => {
    const conversation = authorized(req, res);
    if (!conversation) return next();
    const activity = req.body as DlActivity | undefined;
    if (!activity || typeof activity !== 'object' || Array.isArray(activity) || typeof activity.type !== 'string') {
      fail(res, 400, 'the body must be an activity with a "type"');
      return next();
    }
    if (activity.text !== undefined && (typeof activity.text !== 'string' || activity.text.length > MAX_TEXT)) {
      fail(res, 400, `"text" must be a string of at most ${MAX_TEXT} characters`);
      return next();
    }
    // The user is who the conversation says, whatever the page claims.
    conversation.userId ??= String(activity.from?.id ?? `dl_${conversation.id.slice(0, 12)}`);
    const from = { id: conversation.userId, name: activity.from?.name, role: 'user' };
    const id = append(conversation, { ...activity, from });
    res.json(200, { id });
    forward(conversation, { ...activity, id, from });
    return next();
  });

  // The Bot Connector API the bot replies through. Only this process (loopback) may post into a page.
  const fromBot = (req: restify.Request, res: restify.Response, next: restify.Next) => {
    if (!isLoopbackAddress(req.socket.remoteAddress)) {
      fail(res, 403, 'the connector routes are for the bot on this machine');
      return next();
    }
    const conversation = conversations.get(decodeURIComponent(String(req.params.conversationId)));
    if (!conversation) {
      fail(res, 404, 'unknown conversation');
      return next();
    }
    const activity = req.body as DlActivity | undefined;
    if (!activity || typeof activity !== 'object') {
      fail(res, 400, 'the body must be an activity');
      return next();
    }
    res.json(200, { id: append(conversation, { ...activity, from: { id: 'tanxun', name: 'Tanxun', role: 'bot', ...(activity.from ?? {}) } }) });
    return next();
  };
  server.post('/v3/conversations/:conversationId/activities', fromBot);
  server.post('/v3/conversations/:conversationId/activities/:activityId', fromBot);

  return { close: () => clearInterval(sweep) };
}
