import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Activity, ActivityTypes, TestAdapter, TurnContext } from 'botbuilder';
import { App, createApp } from '../../host/index';
import { loadConfig } from '../../host/config';
import { createLogger } from '../../services/logger';
import { Locale, NeedProfile } from '../../domain/types';
import { ConversationData } from '../../services/state';
import { PracticeSession } from '../../domain/practice/engine';

/** The fixed "today" of every conversation test: dates resolve against it, never against the real clock. */
export const REFERENCE_DATE = new Date('2026-11-23T10:00:00+08:00');

export interface RunningApp {
  app: App;
  url: string;
  dataDir: string;
  close(): Promise<void>;
}

class NullStream {
  write(): boolean {
    return true;
  }
}

export async function startApp(env: Record<string, string> = {}, clock: () => Date = () => REFERENCE_DATE): Promise<RunningApp> {
  const dataDir = env.DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-test-'));
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, ...env });
  const app = await createApp(config, { clock, logger: createLogger(process.env.TANXUN_TEST_LOG ? process.stderr : (new NullStream() as unknown as NodeJS.WritableStream)) });
  const url = await app.start();
  return {
    app,
    url,
    dataDir,
    async close() {
      await app.stop();
      if (!env.DATA_DIR) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let counter = 0;

export interface Reply {
  text: string;
  key?: string;
  locale?: string;
  buttons: string[];
  activity: Partial<Activity>;
}

export function toReply(activity: Partial<Activity>): Reply {
  const data = activity.channelData as { tanxun?: { key?: string; locale?: string } } | undefined;
  return {
    text: activity.text ?? '',
    key: data?.tanxun?.key,
    locale: data?.tanxun?.locale,
    buttons: (activity.suggestedActions?.actions ?? []).map((a) => String(a.value ?? a.title)),
    activity,
  };
}

/** One customer talking to the real server over HTTP with expectReplies. */
export class Chat {
  readonly conversationId: string;
  readonly userId: string;
  private seq = 0;
  /** Activity ids unique per Chat, so two clients of one conversation never look like a redelivery. */
  private readonly idPrefix: string;
  history: Reply[][] = [];

  constructor(
    private readonly url: string,
    private readonly locale: Locale | string = 'zh-CN',
    conversationId?: string,
    readonly channelId = 'test',
  ) {
    counter += 1;
    this.conversationId = conversationId ?? `conv-${process.pid}-${counter}-${Date.now()}`;
    this.userId = `user-${this.conversationId}`;
    this.idPrefix = `c${counter}-`;
  }

  async post(activity: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        channelId: this.channelId,
        deliveryMode: 'expectReplies',
        locale: this.locale,
        conversation: { id: this.conversationId },
        from: { id: this.userId, name: 'Customer' },
        recipient: { id: 'bot', name: 'Tanxun' },
        ...activity,
      }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  async send(text: string, extra: Record<string, unknown> = {}): Promise<Reply[]> {
    this.seq += 1;
    const { status, body } = await this.post({ type: 'message', id: `${this.idPrefix}m${this.seq}`, text, ...extra });
    if (status !== 200) throw new Error(`POST /api/messages answered ${status}: ${JSON.stringify(body)}`);
    const replies = ((body as { activities?: Partial<Activity>[] }).activities ?? []).map(toReply);
    this.history.push(replies);
    return replies;
  }

  async event(name: string, value: unknown): Promise<Reply[]> {
    this.seq += 1;
    const { body } = await this.post({ type: 'event', id: `${this.idPrefix}e${this.seq}`, name, value });
    return ((body as { activities?: Partial<Activity>[] }).activities ?? []).map(toReply);
  }
}

export function keysOf(replies: Reply[]): string[] {
  return replies.map((r) => r.key).filter((k): k is string => !!k);
}

/**
 * A fresh turn's context on the chat's conversation, so state is read through the bot's own accessors
 * (and storage keys stay the bot's business). Fresh each time: BotState caches what a context has read.
 */
function readingContext(chat: Chat): TurnContext {
  const activity = { type: ActivityTypes.Message, channelId: chat.channelId, conversation: { id: chat.conversationId, isGroup: false, conversationType: '', name: '' }, from: { id: chat.userId, name: 'Customer' }, recipient: { id: 'bot', name: 'Tanxun' } };
  return new TurnContext(new TestAdapter(), activity);
}

/** What the bot keeps for the chat's conversation (an empty default when it keeps nothing). */
export async function conversationDataOf(running: RunningApp, chat: Chat): Promise<ConversationData> {
  return running.app.state.conversation(readingContext(chat));
}

/** The rep's practice session in the chat's conversation, if one runs. */
export async function practiceSessionOf(running: RunningApp, chat: Chat): Promise<PracticeSession | undefined> {
  return running.app.state.practiceSession(readingContext(chat));
}

/** Everything the conversation state holds, as the bot loads it: `{}` when the bot keeps nothing for it. */
export async function conversationStateOf(running: RunningApp, chat: Chat): Promise<Record<string, unknown>> {
  return running.app.state.conversationState.load(readingContext(chat), true);
}

/** The need profile the bot keeps for a conversation. */
export async function storedProfile(running: RunningApp, chat: Chat): Promise<NeedProfile> {
  const profile = (await conversationDataOf(running, chat)).profile;
  if (!profile) throw new Error(`conversation ${chat.conversationId} has no profile`);
  return profile;
}
