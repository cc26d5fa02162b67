import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as restify from 'restify';
import { AddressInfo } from 'net';
import { MemoryStorage } from 'botbuilder';
import { HandoffQueue } from '../../services/handoff/HandoffQueue';
import { LowdbRepository } from '../../services/handoff/repository/LowdbRepository';
import { registerStaffApi, StaffApiDeps } from '../../host/staffApi';

export const KEY = 'staff-key-0123456789';
export const quiet = { warn: () => undefined, info: () => undefined, error: () => undefined };

export interface Running {
  url: string;
  close(): Promise<void>;
}

/** A real restify server set up the way host/server.ts sets it up (query and body parsers, mapParams off). */
export async function serve(deps: StaffApiDeps): Promise<Running> {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, rejectUnknown: false }));
  registerStaffApi(server, deps);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export interface QueueUnderTest {
  queue: HandoffQueue;
  close(): Promise<void>;
}

/** A clock that ticks a second per call, so edits and notes get distinct, ordered times. */
export function tickingClock(start = '2026-12-01T09:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}

export const QUEUES: [string, (clock: () => Date) => Promise<QueueUnderTest>][] = [
  ['the key-value store (MemoryStorage)', async (clock) => ({ queue: new HandoffQueue(new MemoryStorage(), clock, { logger: quiet }), close: async () => undefined })],
  [
    'the lowdb collection',
    async (clock) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-staff-'));
      const repository = await LowdbRepository.open(dir);
      return { queue: new HandoffQueue(repository, clock, { logger: quiet }), close: async () => fs.rmSync(dir, { recursive: true, force: true }) };
    },
  ],
];

export async function call(url: string, method: string, route: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown; text: string; headers: Headers }> {
  const response = await fetch(`${url}${route}`, {
    method,
    headers: { authorization: `Bearer ${KEY}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = text;
  }
  return { status: response.status, body: parsed, text, headers: response.headers };
}
