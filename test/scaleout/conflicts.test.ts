import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startAzurite, Azurite } from '../../scripts/azurite';
import { App, createApp } from '../../host/index';
import { loadConfig } from '../../host/config';
import { createLogger } from '../../services/logger';
import { Chat, REFERENCE_DATE, Reply, toReply } from '../support/harness';
import { Activity } from 'botbuilder';
import { storedTranscript } from '../../services/state';

/**
 * Issue #12 item 3: with two instances on one blob container, a turn that ran out of conflict retries used
 * to be "reset" with a forced write (eTag '*') over the other instance's state, losing a turn that had
 * already been answered. Every normally answered message must be in the stored transcript; a turn that
 * could not be saved must say so, so the customer knows to send it again.
 */
const CONVERSATIONS = 10;
const MESSAGES = 20;

interface Instance {
  app: App;
  url: string;
  dir: string;
}

let azurite: Azurite;
const logged: string[] = [];
const instances: Instance[] = [];

async function startInstance(container: string): Promise<Instance> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-conflict-'));
  const config = loadConfig({ PORT: '0', DATA_DIR: dir, STORAGE: 'blobs', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: container });
  const app = await createApp(config, { clock: () => REFERENCE_DATE, logger: createLogger({ write: (line: string) => logged.push(line) } as unknown as NodeJS.WritableStream) });
  return { app, url: await app.start(), dir };
}

beforeAll(async () => {
  azurite = await startAzurite();
  const container = `conflicts-${process.pid}`;
  instances.push(await startInstance(container), await startInstance(container));
}, 40000);

afterAll(async () => {
  for (const i of instances) {
    await i.app.stop();
    fs.rmSync(i.dir, { recursive: true, force: true });
  }
  await azurite.stop();
});

/**
 * One message, sent again while the instance says 429 (too many in flight from this sender: it was not
 * processed), as a client honouring Retry-After would, only sooner to keep the test short.
 */
async function send(chat: Chat, id: string, text: string): Promise<Reply[]> {
  for (;;) {
    const { status, body } = await chat.post({ type: 'message', id, text });
    if (status === 200) return ((body as { activities?: Partial<Activity>[] }).activities ?? []).map(toReply);
    if (status !== 429) throw new Error(`POST /api/messages answered ${status}: ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 60));
  }
}

function count(message: string): number {
  return logged.filter((l) => l.includes(`"message":"${message}"`)).length;
}

it('never loses an answered turn when 20 parallel messages alternate between two instances (10 conversations)', async () => {
  let answered = 0;
  let toRepeat = 0;
  const lost: string[] = [];
  const otherErrors: string[] = [];
  const started = Date.now();
  // The conversations run side by side (each its own customer); within one, 20 messages race.
  await Promise.all(Array.from({ length: CONVERSATIONS }, async (_, c) => {
    const conversationId = `parallel-${process.pid}-${c}`;
    const chats = instances.map((i) => new Chat(i.url, 'en', conversationId));
    await chats[0].send('Hello, our company needs a CRM');
    const lines = Array.from({ length: MESSAGES }, (_, m) => `conversation ${c} message ${m}`);
    const replies = await Promise.all(lines.map((line, m) => send(chats[m % 2], `p${m}`, line)));
    const key = `test/conversations/${conversationId}/`;
    const stored = await storedTranscript(instances[0].app.storage, key);
    const said = new Set(stored.filter((t) => t.from === 'customer').map((t) => t.text));
    replies.forEach((reply, m) => {
      const keys = reply.map((r) => r.key ?? '');
      if (keys.includes('common:error.conflict')) {
        toRepeat += 1;
        // Told to send it again: it must not have been answered as well.
        expect(keys).toEqual(['common:error.conflict']);
        return;
      }
      const errors = keys.filter((k) => k.startsWith('common:error.'));
      if (errors.length) otherErrors.push(`${lines[m]}: ${errors.join(',')}`);
      answered += 1;
      if (!said.has(lines[m])) lost.push(lines[m]);
    });
  }));
  const retried = count('state conflict: running the turn again on fresh state');
  // The numbers the issue asks for, in the test output.
  const ranOut = count('state conflict retries ran out');
  process.stdout.write(`conflicts: ${answered} answered, ${toRepeat} told to repeat, ${lost.length} answered but lost, ${retried} retries, ${ranOut} ran out, ${Date.now() - started} ms; other errors: ${otherErrors.join(' | ')}` + '\n');
  expect(lost).toEqual([]);
  expect(otherErrors).toEqual([]);
  expect(answered + toRepeat).toBe(CONVERSATIONS * MESSAGES);
  expect(count('could not report a failed turn')).toBe(0);
}, 120000);
