import * as restify from 'restify';
import { ClientRoutes } from './clientRoutes';
import { ConnectorRoutes } from './connectorRoutes';
import { ConversationStore } from './conversations';
import { createForward } from './forward';
import { RateLimiter } from './rateLimiter';

/**
 * An embedded Direct Line 3.0 channel for the web page in local and self-hosted mode. The browser talks
 * the Direct Line client API (start, post, poll with a watermark, reconnect); the channel forwards each
 * activity to the bot's /api/messages with this server as the serviceUrl, and the bot answers through the
 * Bot Connector routes (connectorRoutes.ts), as it would to Azure's Direct Line. Proactive messages reach
 * the page the same way. Polls wait (long polling) until something arrives, so replies show without polling delay.
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

export function registerDirectLine(server: restify.Server, options: DirectLineOptions): { close(): void } {
  const clock = options.clock ?? Date.now;
  const idleMs = options.idleMs ?? 2 * 3600_000;
  const store = new ConversationStore({ maxConversations: options.maxConversations ?? 1000, idleMs, maxActivities: options.maxActivities ?? 200, maxWaiters: 4, replyBatchMs: options.replyBatchMs ?? 500 }, clock);
  let closed = false;

  const sweep = setInterval(() => store.sweep(), Math.min(idleMs, 60_000));
  sweep.unref();

  const forward = createForward({ botEndpoint: options.botEndpoint, serviceUrl: options.serviceUrl, botTimeoutMs: options.botTimeoutMs ?? 15_000 });
  const starts = new RateLimiter(options.startsPerMinute ?? 30, clock);
  new ClientRoutes({ store, starts, forward, clock, idleMs, longPollMs: options.longPollMs ?? 10_000, trustProxy: options.trustProxy, closed: () => closed }).register(server);
  new ConnectorRoutes(store, clock).register(server);

  return {
    close: () => {
      closed = true;
      clearInterval(sweep);
      store.releaseAll();
    },
  };
}
