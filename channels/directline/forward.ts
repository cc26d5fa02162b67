import { DirectLineConversation } from './conversations';
import { BOT, CHANNEL_ID, Json } from './shared';

export interface ForwardOptions {
  /** Full URL of the bot endpoint (/api/messages). */
  botEndpoint: () => string;
  /** This server's loopback base URL, given to the bot as serviceUrl. */
  serviceUrl: () => string;
  /** How long the bot may take to accept an activity. */
  botTimeoutMs: number;
}

/** Sends one conversation's activities to the bot, addressed as Azure's Direct Line would address them. */
export type Forward = (conversation: DirectLineConversation, activity: Json) => Promise<number>;

/** The bot's HTTP status for the activity, or 0 when it could not be reached in time. */
async function postToBot(options: ForwardOptions, activity: Json): Promise<number> {
  try {
    const response = await fetch(options.botEndpoint(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
      signal: AbortSignal.timeout(options.botTimeoutMs),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

export function createForward(options: ForwardOptions): Forward {
  /** Sends to the bot after whatever this conversation sent before has been accepted. */
  return (conversation, activity) => {
    const delivered = conversation.forwarding.then(() =>
      postToBot(options, { ...activity, channelId: CHANNEL_ID, serviceUrl: options.serviceUrl(), conversation: { id: conversation.id }, recipient: BOT }),
    );
    conversation.forwarding = delivered;
    return delivered;
  };
}
