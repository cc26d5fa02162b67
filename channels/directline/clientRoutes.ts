import * as restify from 'restify';

import { ChannelAccount, ConversationStore, DirectLineConversation } from './conversations';
import { Forward } from './forward';
import { clientAddress, RateLimiter } from './rateLimiter';
import { bearer, CHANNEL_ID, describe, fail, isObject, Json } from './shared';
import { activityFieldProblem } from '../activities';
import { sameSecret } from '../secrets';

const MAX_TEXT = 10_000;
const MAX_NAME = 128;
/** The fields a client may set on an activity; the channel sets identity, addressing and ids itself. */
const CLIENT_FIELDS = ['type', 'text', 'textFormat', 'locale', 'localTimestamp', 'localTimezone', 'attachments', 'attachmentLayout', 'entities', 'channelData', 'value', 'valueType', 'name', 'replyToId'];

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

export interface ClientRouteOptions {
  store: ConversationStore;
  starts: RateLimiter;
  forward: Forward;
  clock: () => number;
  idleMs: number;
  longPollMs: number;
  trustProxy?: boolean;
  /** True once the channel is closing: polls answer at once instead of waiting. */
  closed: () => boolean;
}

/** The Direct Line client API the web page calls: tokens, conversations, posting and polling activities. */
export class ClientRoutes {
  constructor(private readonly o: ClientRouteOptions) {}

  /** restify runs a two-argument handler only if it is an async function, hence the async wrappers. */
  register(server: restify.Server): void {
    server.post('/v3/directline/tokens/generate', (req, res, next) => this.generateToken(req, res, next));
    server.post('/v3/directline/tokens/refresh', (req, res, next) => this.refreshToken(req, res, next));
    server.post('/v3/directline/conversations', (req, res, next) => this.openConversation(req, res, next));
    server.get('/v3/directline/conversations/:conversationId', (req, res, next) => this.getConversation(req, res, next));
    server.get('/v3/directline/conversations/:conversationId/activities', async (req, res) => this.getActivities(req, res));
    server.post('/v3/directline/conversations/:conversationId/activities', async (req, res) => this.postActivity(req, res));
  }

  private generateToken(req: restify.Request, res: restify.Response, next: restify.Next): void {
    this.start(req, res, 200);
    return next();
  }

  private refreshToken(req: restify.Request, res: restify.Response, next: restify.Next): void {
    const conversation = this.o.store.withToken(bearer(req));
    if (!conversation) fail(res, 403, 'unknown or expired token');
    else {
      this.o.store.touch(conversation);
      res.json(200, describe(conversation, this.o.idleMs));
    }
    return next();
  }

  /** With a token from tokens/generate this opens that conversation; without one it starts a new one. */
  private openConversation(req: restify.Request, res: restify.Response, next: restify.Next): void {
    const token = bearer(req);
    const conversation = token ? this.o.store.withToken(token) : undefined;
    if (token && !conversation) fail(res, 403, 'unknown or expired token');
    else if (conversation) {
      this.o.store.touch(conversation);
      res.json(201, describe(conversation, this.o.idleMs));
    } else this.start(req, res, 201);
    return next();
  }

  private getConversation(req: restify.Request, res: restify.Response, next: restify.Next): void {
    const conversation = this.conversation(req, res);
    if (conversation) res.json(200, describe(conversation, this.o.idleMs));
    return next();
  }

  private async getActivities(req: restify.Request, res: restify.Response): Promise<void> {
    const conversation = this.conversation(req, res);
    if (!conversation) return;
    const given = String((req.query as Json | undefined)?.watermark ?? '');
    if (given && !/^\d{1,15}$/.test(given)) return fail(res, 400, 'watermark must be a non-negative integer');
    const watermark = Number(given || 0);
    if (!this.o.closed() && this.o.longPollMs > 0 && (conversation.watermark <= watermark || conversation.holding)) {
      await conversation.waitForActivity(watermark, this.o.longPollMs, (stop) => res.once('close', stop));
      if (res.writableEnded || res.socket?.destroyed) return;
    }
    const page = conversation.since(watermark);
    res.json(200, { activities: page.activities, watermark: String(page.watermark) });
  }

  private async postActivity(req: restify.Request, res: restify.Response): Promise<void> {
    const conversation = this.conversation(req, res);
    if (!conversation) return;
    const problem = clientActivityProblem(req.body) ?? activityFieldProblem(pick(req.body as Json, CLIENT_FIELDS));
    if (problem) return fail(res, 400, problem);
    const body = req.body as Json;
    const isFirst = !conversation.user;
    const from = userOf(conversation, body.from);
    if (isFirst) {
      // As Azure's Direct Line does: the bot learns the user joined before it gets their first activity.
      void this.o.forward(conversation, { type: 'conversationUpdate', id: `${conversation.id}|join`, from, membersAdded: [from], timestamp: this.now() });
    }
    // From here the client's own activity waits to be delivered with the bot's replies.
    conversation.turnStarted();
    const stored = conversation.append({ ...pick(body, CLIENT_FIELDS), type: String(body.type), from, conversation: { id: conversation.id }, channelId: CHANNEL_ID, timestamp: this.now() });
    // Answered once the bot has taken it, as Azure's Direct Line does.
    const status = await this.o.forward(conversation, stored).finally(() => conversation.turnEnded());
    if (status >= 200 && status < 300) res.json(200, { id: stored.id });
    else fail(res, 502, status ? `the bot answered ${status}` : 'the bot could not be reached');
  }

  private start(req: restify.Request, res: restify.Response, status: number): void {
    if (!this.o.starts.allow(clientAddress(req, this.o.trustProxy))) {
      res.header('Retry-After', '60');
      return fail(res, 429, 'too many conversations started from this address; try again in a minute');
    }
    const conversation = this.o.store.create();
    if (!conversation) {
      res.header('Retry-After', String(Math.ceil(this.o.store.retryAfterMs() / 1000)));
      return fail(res, 503, 'too many conversations are open; try again later');
    }
    res.json(status, describe(conversation, this.o.idleMs));
  }

  /** The conversation a client call names, if its token is that conversation's; else the answer is sent. */
  private conversation(req: restify.Request, res: restify.Response): DirectLineConversation | undefined {
    const conversation = this.o.store.get(String(req.params.conversationId));
    if (!conversation) {
      fail(res, 404, 'unknown or expired conversation');
      return undefined;
    }
    if (!sameSecret(bearer(req), conversation.token)) {
      fail(res, 403, 'the token does not belong to this conversation');
      return undefined;
    }
    this.o.store.touch(conversation);
    return conversation;
  }

  private now(): string {
    return new Date(this.o.clock()).toISOString();
  }
}
