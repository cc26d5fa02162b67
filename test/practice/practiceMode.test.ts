import { Chat, keysOf, RunningApp, startApp } from '../support/harness';

/**
 * The one practice journey over HTTP: what only the whole app shows is a rep's history kept per user
 * across conversations, and "delete my data" removing it. Everything a session does inside one
 * conversation is in test/dialogs/TurnRouter.test.ts and test/dialogs/PracticeDialog.test.ts.
 */
let running: RunningApp;

beforeAll(async () => {
  running = await startApp();
});

afterAll(async () => {
  await running.close();
});

/** Another conversation of the same rep (the harness derives the user from the conversation id). */
function sameRep(chat: Chat, conversationId: string): Chat {
  const other = new Chat(running.url, 'en', conversationId);
  Object.defineProperty(other, 'userId', { value: chat.userId });
  return other;
}

test('practice history is per rep and kept across conversations; "delete my data" removes it everywhere', async () => {
  const first = new Chat(running.url, 'en', `practice-history-a-${Date.now()}`);
  await first.send('practice plums');
  await first.send('end practice');
  expect(keysOf(await first.send('my progress'))).toEqual(['practice:progress.title']);

  const second = sameRep(first, `practice-history-b-${Date.now()}`);
  const progress = await second.send('my progress');
  expect(keysOf(progress)).toEqual(['practice:progress.title']);
  expect((progress[0].activity.channelData as { tanxun: { sessions: number } }).tanxun.sessions).toBe(1);
  // Someone else's history is not theirs.
  expect(keysOf(await new Chat(running.url, 'en').send('my progress'))[0]).toBe('practice:progress.none');

  await first.send('delete my data');
  expect(keysOf(await first.send('my progress'))[0]).toBe('practice:progress.none');
  expect(keysOf(await second.send('my progress'))[0]).toBe('practice:progress.none');
});
