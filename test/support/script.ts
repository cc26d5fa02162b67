import { Chat, keysOf, Reply } from './harness';

export interface Turn {
  say: string;
  /** Keys that must be among the replies to this turn. */
  expect?: string[];
}

export interface Transcript {
  replies: Reply[][];
  keys: string[];
}

/** Sends the customer's lines in order; fails at the first turn whose replies miss an expected key. */
export async function play(chat: Chat, turns: Turn[]): Promise<Transcript> {
  const replies: Reply[][] = [];
  for (const [i, turn] of turns.entries()) {
    const got = await chat.send(turn.say);
    replies.push(got);
    for (const key of turn.expect ?? []) {
      if (!keysOf(got).includes(key)) {
        throw new Error(`turn ${i + 1} ("${turn.say}"): expected ${key}, got ${JSON.stringify(keysOf(got))}\n${got.map((r) => r.text).join('\n')}`);
      }
    }
  }
  return { replies, keys: replies.flatMap(keysOf) };
}
