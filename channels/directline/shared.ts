import * as restify from 'restify';
import { ChannelAccount, DirectLineConversation } from './conversations';

/** What the client and connector route groups share: the bot's account, the channel id, small HTTP helpers. */

export const BOT: ChannelAccount = { id: 'tanxun', name: 'Tanxun', role: 'bot' };
export const CHANNEL_ID = 'directline';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function fail(res: restify.Response, status: number, error: string): void {
  res.json(status, { error });
}

export function bearer(req: restify.Request): string {
  return /^Bearer\s+(\S+)\s*$/i.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
}

export function describe(conversation: DirectLineConversation, idleMs: number): Json {
  return { conversationId: conversation.id, token: conversation.token, expires_in: Math.round(idleMs / 1000) };
}
