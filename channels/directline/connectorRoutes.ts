import * as restify from 'restify';

import { ConversationStore, DirectLineConversation, NewActivity } from './conversations';
import { BOT, CHANNEL_ID, fail, isObject } from './shared';
import { isLoopbackAddress } from '../addresses';

/**
 * The Bot Connector side, which the bot calls to answer (as it would Azure's Direct Line): send, reply,
 * update and delete activities, list members. Only the bot in this process may post into a conversation.
 */
export class ConnectorRoutes {
  constructor(
    private readonly store: ConversationStore,
    private readonly clock: () => number,
  ) {}

  register(server: restify.Server): void {
    const send = (req: restify.Request, res: restify.Response, next: restify.Next): void => this.sendActivity(req, res, next);
    server.post('/v3/conversations/:conversationId/activities', send);
    server.post('/v3/conversations/:conversationId/activities/:activityId', send);
    server.put('/v3/conversations/:conversationId/activities/:activityId', (req, res, next) => this.updateActivity(req, res, next));
    server.del('/v3/conversations/:conversationId/activities/:activityId', (req, res, next) => this.deleteActivity(req, res, next));
    server.get('/v3/conversations/:conversationId/members', (req, res, next) => this.members(req, res, next));
  }

  /** A new activity, or with :activityId a reply to that one. */
  private sendActivity(req: restify.Request, res: restify.Response, next: restify.Next): void {
    const conversation = this.conversation(req, res);
    if (conversation) {
      const activity = this.activity(conversation, req.body, req.params.activityId ? String(req.params.activityId) : undefined);
      if (!activity) fail(res, 400, 'the body must be an activity with a "type"');
      else res.json(200, { id: conversation.append(activity).id });
    }
    return next();
  }

  private updateActivity(req: restify.Request, res: restify.Response, next: restify.Next): void {
    const conversation = this.conversation(req, res);
    if (!conversation) return next();
    const activity = this.activity(conversation, req.body);
    const id = String(req.params.activityId);
    if (!activity) fail(res, 400, 'the body must be an activity with a "type"');
    else if (!conversation.replace(id, activity)) fail(res, 404, 'unknown activity');
    else res.json(200, { id });
    return next();
  }

  private deleteActivity(req: restify.Request, res: restify.Response, next: restify.Next): void {
    const conversation = this.conversation(req, res);
    if (!conversation) return next();
    if (!conversation.remove(String(req.params.activityId))) fail(res, 404, 'unknown activity');
    else res.json(200, {});
    return next();
  }

  private members(req: restify.Request, res: restify.Response, next: restify.Next): void {
    const conversation = this.conversation(req, res);
    if (conversation) res.json(200, conversation.user ? [conversation.user, BOT] : [BOT]);
    return next();
  }

  /** The conversation a connector call names, if the caller is the bot on this machine; else the answer is sent. */
  private conversation(req: restify.Request, res: restify.Response): DirectLineConversation | undefined {
    // A request through a reverse proxy comes from loopback too, but carries the proxy's header.
    if (!isLoopbackAddress(req.socket.remoteAddress) || req.headers['x-forwarded-for']) {
      fail(res, 403, 'the connector routes are for the bot on this machine');
      return undefined;
    }
    const conversation = this.store.get(String(req.params.conversationId));
    if (!conversation) fail(res, 404, 'unknown or expired conversation');
    return conversation;
  }

  private activity(conversation: DirectLineConversation, body: unknown, replyToId?: string): NewActivity | undefined {
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
      timestamp: new Date(this.clock()).toISOString(),
    };
  }
}
