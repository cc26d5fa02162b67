import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { storedFileOf } from '../storage/LowdbStorage';
import { projectRoot } from '../domain/paths';
import { Locale } from '../domain/types';
import { answerFor, FINAL_KEYS } from './simulatedCustomer';
import { freePort } from './net';
import { startAzurite } from './azurite';

/**
 * The benchmark of the performance issue: the real server in a child process, driven over HTTP with
 * expectReplies by simulated customers running whole discovery conversations (zh and en, 50/50).
 * Prints a table and writes bench-results.json.
 */

interface Run {
  store: 'lowdb' | 'memory' | 'blobs';
  seeded: number;
  concurrency: number;
  turns: number;
  conversations: number;
  turnsPerSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  eventLoopP99Ms: number;
  rssMb: number;
  errors: number;
  instances?: number;
  conflictRetries?: number;
}

interface Server {
  url: string;
  child: ChildProcess;
  coldStartMs: number;
  /** Turns run again after an eTag conflict (several instances on one store), from the server's log. */
  conflicts(): number;
  stop(): Promise<void>;
}

const ROOT = projectRoot();
const ENTRY = path.join(ROOT, 'dist', 'host', 'index.js');
/** Node flags for every server started (ours and the baseline alike); BENCH_NODE_ARGS adds to them, to try one. */
const SERVER_NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
/** The plain botbuilder bot every ratio is taken against (scripts/baselineBot.ts). */
const BASELINE_ENTRY = path.join(ROOT, 'dist', 'scripts', 'baselineBot.js');


async function startServer(env: Record<string, string>, entry = ENTRY, nodeArgs: string[] = []): Promise<Server> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['--expose-gc', ...SERVER_NODE_ARGS, ...nodeArgs, entry], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'bench', MicrosoftAppId: '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let conflicts = 0;
  child.stderr?.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    conflicts += text.split('state conflict: running the turn again').length - 1;
    stderr = (stderr + text).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${stderr}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  const coldStartMs = Math.round(performance.now() - started);
  return {
    url,
    child,
    coldStartMs,
    conflicts: () => conflicts,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

interface Reply {
  key?: string;
  hasButtons: boolean;
}

let conversationSeq = 0;
/** Turns sent to each server so far, warm-ups included. */
const servedBy = new Map<string, number>();
/** A conversation that ran to its end, the template for seeding. */
let finishedConversation: string | undefined;

async function send(url: string, conversationId: string, locale: Locale, id: number, text: string): Promise<Reply[]> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `m${id}`,
      channelId: 'bench',
      deliveryMode: 'expectReplies',
      locale,
      conversation: { id: conversationId },
      from: { id: `u-${conversationId}` },
      recipient: { id: 'bot' },
      text,
    }),
  });
  if (response.status !== 200) throw new Error(`status ${response.status}`);
  const body = (await response.json()) as { activities?: { channelData?: { tanxun?: { key?: string } }; suggestedActions?: unknown }[] };
  return (body.activities ?? []).map((a) => ({ key: a.channelData?.tanxun?.key, hasButtons: !!a.suggestedActions }));
}

interface LoadResult {
  latencies: number[];
  conversations: number;
  errors: number;
  seconds: number;
}

/** Virtual customers run whole conversations until the turn budget is spent. */
async function load(target: string | string[], concurrency: number, turnBudget: number): Promise<LoadResult> {
  const urls = Array.isArray(target) ? target : [target];
  const latencies: number[] = [];
  let remaining = turnBudget;
  let conversations = 0;
  let errors = 0;
  const started = performance.now();
  const customer = async (): Promise<void> => {
    while (remaining > 0) {
      conversationSeq += 1;
      const locale: Locale = conversationSeq % 2 === 0 ? 'en' : 'zh-CN';
      const conversationId = `bench-${process.pid}-${conversationSeq}`;
      let text = locale === 'en' ? 'Hello' : '你好';
      for (let turn = 1; turn <= 60 && remaining > 0; turn++) {
        remaining -= 1;
        const t0 = performance.now();
        let replies: Reply[];
        const url = urls[turn % urls.length];
        servedBy.set(url, (servedBy.get(url) ?? 0) + 1);
        try {
          replies = await send(url, conversationId, locale, turn, text);
        } catch {
          errors += 1;
          break;
        }
        latencies.push(performance.now() - t0);
        const last = [...replies].reverse().find((r) => r.key);
        if (replies.some((r) => r.key && FINAL_KEYS.includes(r.key))) {
          conversations += 1;
          finishedConversation ??= conversationId;
          break;
        }
        text = answerFor(locale, last?.key, last?.hasButtons ?? false);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, () => customer()));
  return { latencies, conversations, errors, seconds: (performance.now() - started) / 1000 };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;
}

async function metrics(url: string, reset = false, gc = false): Promise<{ rssMb: number; heapUsedMb: number; eventLoopP99Ms: number }> {
  const query = [reset ? 'reset=1' : '', gc ? 'gc=1' : ''].filter(Boolean).join('&');
  const response = await fetch(`${url}/metrics${query ? `?${query}` : ''}`);
  return (await response.json()) as { rssMb: number; heapUsedMb: number; eventLoopP99Ms: number };
}

async function measure(servers: Server | Server[], store: Run['store'], seeded: number, concurrency: number, turns: number): Promise<Run> {
  const list = Array.isArray(servers) ? servers : [servers];
  const urls = list.map((s) => s.url);
  await load(urls, Math.min(concurrency, 5), Math.min(100, turns));
  await Promise.all(urls.map((u) => metrics(u, true)));
  const result = await load(urls, concurrency, turns);
  const after = await metrics(urls[0]);
  const sorted = [...result.latencies].sort((a, b) => a - b);
  return {
    store,
    seeded,
    concurrency,
    turns: result.latencies.length,
    conversations: result.conversations,
    turnsPerSec: Math.round(result.latencies.length / result.seconds),
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    eventLoopP99Ms: after.eventLoopP99Ms,
    rssMb: after.rssMb,
    errors: result.errors,
    ...(list.length > 1 ? { instances: list.length, conflictRetries: list.reduce((n, s) => n + s.conflicts(), 0) } : {}),
  };
}

interface Contender {
  server: Server;
  store: Run['store'];
  seeded: number;
}

/**
 * Several servers measured in turn, round after round (A B A B ...), each round a share of the turns: on a shared
 * machine whose speed drifts, each sees the same conditions, so the ratios between them hold.
 */
async function measureAlternating(contenders: Contender[], concurrency: number, turns: number, rounds: number): Promise<Run[]> {
  for (const c of contenders) await load(c.server.url, Math.min(concurrency, 5), Math.min(100, turns));
  await Promise.all(contenders.map((c) => metrics(c.server.url, true)));
  const results = contenders.map(() => ({ latencies: [] as number[], seconds: 0, conversations: 0, errors: 0 }));
  for (let round = 0; round < rounds; round++) {
    for (const [i, c] of contenders.entries()) {
      const r = await load(c.server.url, concurrency, Math.ceil(turns / rounds));
      results[i].latencies.push(...r.latencies);
      results[i].seconds += r.seconds;
      results[i].conversations += r.conversations;
      results[i].errors += r.errors;
    }
  }
  const runs: Run[] = [];
  for (const [i, c] of contenders.entries()) {
    const result = results[i];
    const after = await metrics(c.server.url);
    const sorted = [...result.latencies].sort((a, b) => a - b);
    runs.push({
      store: c.store,
      seeded: c.seeded,
      concurrency,
      turns: result.latencies.length,
      conversations: result.conversations,
      turnsPerSec: Math.round(result.latencies.length / result.seconds),
      p50Ms: percentile(sorted, 50),
      p95Ms: percentile(sorted, 95),
      p99Ms: percentile(sorted, 99),
      eventLoopP99Ms: after.eventLoopP99Ms,
      rssMb: after.rssMb,
      errors: result.errors,
    });
  }
  return runs;
}

/**
 * Takes one real finished conversation's stored items from a lowdb store folder (read from its files, so the
 * server may still be running) as the template for seeding: copies get their own keys, so every seeded
 * conversation is a distinct file.
 */
function seedTemplate(dataDir: string): string {
  if (!finishedConversation) throw new Error('no conversation ran to its end, so there is nothing to seed with');
  const valueOf = (key: string, fallback: object): object => {
    try {
      return (JSON.parse(fs.readFileSync(storedFileOf(dataDir, key), 'utf8')) as { value: object }).value;
    } catch {
      return fallback;
    }
  };
  const template = {
    conversation: valueOf(`bench/conversations/${finishedConversation}/`, { conversationData: {} }),
    user: valueOf(`bench/users/u-${finishedConversation}/`, { userData: {} }),
  };
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-bench-template-')), 'template.json');
  fs.writeFileSync(file, JSON.stringify(template));
  return file;
}

/**
 * Fills a store with `count` finished conversations in a child process at low priority (scripts/seedStore.ts
 * writes the files directly in LowdbStorage's format), so it can overlap the leak run, which measures memory,
 * not speed.
 */
function seed(dataDir: string, count: number, templateFile: string): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'scripts', 'seedStore.js'), dataDir, String(count), templateFile], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    if (child.pid) os.setPriority(child.pid, 10);
  } catch {
    // not allowed here: it runs at normal priority
  }
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`seeding ${count} conversations failed (exit ${code})`));
      else resolve(Math.round((performance.now() - t0) / 1000));
    });
  });
}

/** A row of the table: a run of ours or of the baseline bot. */
interface Row {
  label: string;
  run: Run;
  /** The same store's empty run at the same concurrency (for seeded stores). */
  empty?: Run;
  /** The baseline bot's run at the same concurrency, from this benchmark. */
  baseline?: Run;
}

const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;

function table(rows: Row[]): string {
  const head = ['store', 'seeded', 'conc', 'turns', 'turns/s', 'p50 ms', 'p95 ms', 'p99 ms', 'loop p99', 'rss MB', 'tput/base', 'p99/base', 'p99/empty'];
  const cells = rows.map(({ label, run: r, empty, baseline }) =>
    [
      label,
      r.seeded,
      r.concurrency,
      r.turns,
      r.turnsPerSec,
      r.p50Ms,
      r.p95Ms,
      r.p99Ms,
      r.eventLoopP99Ms,
      r.rssMb,
      baseline && baseline !== r ? ratio(r.turnsPerSec, baseline.turnsPerSec).toFixed(2) : '',
      baseline && baseline !== r ? ratio(r.p99Ms, baseline.p99Ms).toFixed(2) : '',
      empty && empty !== r ? ratio(r.p99Ms, empty.p99Ms).toFixed(2) : '',
    ].map(String),
  );
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((cell, i) => cell.padStart(widths[i])).join('  ');
  return [line(head), ...cells.map(line)].join('\n');
}

const LEGEND = [
  'Ratio columns (each against a run of this same benchmark, same load generator, same concurrency):',
  '  tput/base  turns/s of this row / turns/s of the baseline bot (target at concurrency 50: >= 0.70; higher is better)',
  '  p99/base   p99 latency of this row / p99 of the baseline bot (target at concurrency 50: <= 1.50; lower is better)',
  '  p99/empty  p99 of this seeded store / p99 of the empty lowdb store (target with 100,000 conversations: <= 1.10)',
  'Runs compared are measured in alternating rounds (baseline, Tanxun, baseline, ...), so a machine whose speed',
  'drifts slows both alike; a seeded store is measured in rounds with the empty store and the baseline.',
  'The baseline bot is scripts/baselineBot.ts: a botbuilder waterfall of six text prompts on MemoryStorage behind',
  'the same restify server and CloudAdapter; it answers whatever it gets, so its conversations run to 60 turns.',
].join('\n');

interface MemorySample {
  turns: number;
  rssMb: number;
  heapUsedMb: number;
}

/** Least-squares slope of heap (MB) per 10,000 turns over the samples. */
function heapSlopePer10k(samples: MemorySample[]): number {
  if (samples.length < 2) return 0;
  const n = samples.length;
  const mx = samples.reduce((a, s) => a + s.turns, 0) / n;
  const my = samples.reduce((a, s) => a + s.heapUsedMb, 0) / n;
  const num = samples.reduce((a, s) => a + (s.turns - mx) * (s.heapUsedMb - my), 0);
  const den = samples.reduce((a, s) => a + (s.turns - mx) ** 2, 0);
  return den ? Math.round((num / den) * 10_000 * 100) / 100 : 0;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** The functions with the most self time in a V8 .cpuprofile, idle time left out. */
export function topSelfTime(profileFile: string, skipMs = 0, count = 10): { name: string; ms: number; percent: number }[] {
  const profile = JSON.parse(fs.readFileSync(profileFile, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  let elapsed = 0;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    elapsed += profile.timeDeltas[i] ?? 0;
    if (elapsed < skipMs * 1000) return;
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)') return;
    const where = frame.url ? ` ${frame.url.replace(/^.*node_modules\//, '').replace(`file://${ROOT}/`, '')}:${frame.lineNumber + 1}` : '';
    const name = `${frame.functionName || '(anonymous)'}${where}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => ({ name, ms: Math.round(us / 1000), percent: Math.round((us / total) * 1000) / 10 }));
}

/**
 * `--profile`: one empty lowdb server under node --cpu-prof, a load run at concurrency 50, and the top ten
 * functions by self time (the profile stays in the folder printed, for Chrome DevTools).
 */
async function profileRun(turns: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-profile-'));
  const dataDir = path.join(dir, 'store');
  const spawned = performance.now();
  const server = await startServer({ DATA_DIR: dataDir, STORAGE: 'lowdb' }, ENTRY, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  await load(server.url, 5, 100);
  // Start-up and the warm-up turns are left out of the figures: they are the cold start's, not a turn's.
  const skipMs = performance.now() - spawned;
  const result = await load(server.url, 50, turns);
  await server.stop();
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile was written to ${dir}`);
  process.stdout.write(`${result.latencies.length} turns at concurrency 50 in ${result.seconds.toFixed(1)} s; profile ${path.join(dir, file)}\n`);
  process.stdout.write('top ten by self time:\n');
  for (const f of topSelfTime(path.join(dir, file), skipMs)) process.stdout.write(`  ${String(f.ms).padStart(6)} ms ${String(f.percent).padStart(5)}%  ${f.name}\n`);
}

async function main(): Promise<void> {
  const profileAt = process.argv.indexOf('--profile');
  if (profileAt >= 0) return profileRun(Number(process.argv[profileAt + 1]) || 3000);
  // Quick by default (about a minute); --full for the issue's figures (100,000 stored conversations, 100,000 turns).
  const full = process.argv.includes('--full') && !process.argv.includes('--quick');
  const quick = !full;
  const seeds = quick ? [0, 500] : [0, 10_000, 100_000];
  const turnsAt = (c: number) => (quick ? (c === 1 ? 40 : 1200) : c === 1 ? 300 : 6000);
  const rounds = quick ? 3 : 5;
  const started = performance.now();
  const runs: Run[] = [];
  const baselineRuns: Run[] = [];
  let coldStartMs = 0;

  const small = quick ? 300 : 10_000;
  const served = (server: Server) => servedBy.get(server.url) ?? 0;

  // The empty lowdb store first (its start is the cold start); a finished conversation of its runs is the
  // template for the seeded stores, which fill in the background while the leak check runs. The baseline bot
  // runs right beside it, one concurrency after the other, so both see the machine in the same state.
  const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-bench-'));
  const emptyServer = await startServer({ DATA_DIR: emptyDir, STORAGE: 'lowdb' });
  coldStartMs = emptyServer.coldStartMs;
  const baselineServer = await startServer({}, BASELINE_ENTRY);
  const baselineContender: Contender = { server: baselineServer, store: 'memory', seeded: 0 };
  const emptyContender: Contender = { server: emptyServer, store: 'lowdb', seeded: 0 };
  for (const concurrency of [1, 50]) {
    const [b, t] = await measureAlternating([baselineContender, emptyContender], concurrency, turnsAt(concurrency), rounds);
    baselineRuns.push(b);
    runs.push(t);
  }
  const templateFile = seedTemplate(emptyDir);
  // Seeding is independent of the leak check (which measures memory, not speed), so it overlaps it.
  const seeding = (async () => {
    const dirs = new Map<number, string>();
    for (const seeded of seeds.filter((n) => n > 0)) {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-bench-'));
      dirs.set(seeded, dataDir);
      const seconds = await seed(dataDir, seeded, templateFile);
      process.stderr.write(`seeded ${seeded} conversations in ${seconds} s\n`);
    }
    return dirs;
  })();
  seeding.catch(() => undefined);

  // Leak check: heap after GC and resident memory sampled ten times over 10N turns on a fresh server (the first
  // sample after N turns, once its caches have filled).
  const leakDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-bench-leak-'));
  const leakServer = await startServer({ DATA_DIR: leakDir, STORAGE: 'lowdb' });
  const samples: MemorySample[] = [];
  for (let step = 1; step <= 10; step++) {
    await load(leakServer.url, 50, small * step - served(leakServer));
    const m = await metrics(leakServer.url, false, true);
    samples.push({ turns: served(leakServer), rssMb: m.rssMb, heapUsedMb: m.heapUsedMb });
  }
  await leakServer.stop();
  fs.rmSync(leakDir, { recursive: true, force: true });
  const first = samples[0];
  const last = samples[samples.length - 1];

  const seededDirs = await seeding;
  fs.rmSync(path.dirname(templateFile), { recursive: true, force: true });
  // Each seeded store in turn with the empty one (and the baseline), so p99/empty compares runs of the same moments.
  const pairedEmpty = new Map<Run, Run>();
  const pairedBaseline = new Map<Run, Run>();
  for (const [seeded, dataDir] of seededDirs) {
    const server = await startServer({ DATA_DIR: dataDir, STORAGE: 'lowdb' });
    for (const concurrency of [1, 50]) {
      const [e, r, b] = await measureAlternating([emptyContender, { server, store: 'lowdb', seeded }, baselineContender], concurrency, turnsAt(concurrency), rounds);
      pairedEmpty.set(r, e);
      pairedBaseline.set(r, b);
      Object.assign(r, { emptyP99Ms: e.p99Ms, baselineTurnsPerSec: b.turnsPerSec, baselineP99Ms: b.p99Ms });
      runs.push(r);
    }
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  await baselineServer.stop();
  await emptyServer.stop();
  fs.rmSync(emptyDir, { recursive: true, force: true });

  const memoryServer = await startServer({ STORAGE: 'memory' });
  for (const concurrency of [1, 50]) runs.push(await measure(memoryServer, 'memory', 0, concurrency, turnsAt(concurrency)));
  await memoryServer.stop();

  // Azure Blob Storage on Azurite, two instances, each conversation's turns alternating between them:
  // for correctness (errors, conflict retries), not speed.
  const azurite = await startAzurite();
  const blobsEnv = { STORAGE: 'blobs', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: `bench${process.pid}` };
  const blobServers = [await startServer(blobsEnv), await startServer(blobsEnv)];
  for (const concurrency of [1, 50]) runs.push(await measure(blobServers, 'blobs', 0, concurrency, quick ? (concurrency === 1 ? 20 : 100) : concurrency === 1 ? 200 : 1000));
  await Promise.all(blobServers.map((s) => s.stop()));
  await azurite.stop();

  const empty = (r: Run) => pairedEmpty.get(r) ?? runs.find((b) => b.store === 'lowdb' && b.seeded === 0 && b.concurrency === r.concurrency);
  const baseline = (r: Run) => pairedBaseline.get(r) ?? baselineRuns.find((b) => b.concurrency === r.concurrency);
  const blobRuns = runs.filter((r) => r.store === 'blobs');
  const memory = (r: Run) => runs.find((b) => b.store === 'memory' && b.concurrency === r.concurrency);
  for (const r of runs) {
    const b = baseline(r);
    if (b && r.store !== 'blobs') Object.assign(r, { turnsPerSecVsBaseline: ratio(r.turnsPerSec, b.turnsPerSec), p99VsBaseline: ratio(r.p99Ms, b.p99Ms) });
  }
  const cpus = os.cpus();
  const machine = `${cpus.length} cores, ${cpus[0]?.model ?? 'unknown cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`;
  const results = {
    machine,
    node: process.version,
    quick,
    coldStartMs,
    runs,
    baseline: {
      bot: 'scripts/baselineBot.ts: botbuilder waterfall of six TextPrompts, MemoryStorage, same restify server and CloudAdapter',
      runs: baselineRuns.map(({ store: _store, seeded: _seeded, ...rest }) => rest),
    },
    memoryGrowth: {
      turnsSmall: first.turns,
      rssSmallMb: first.rssMb,
      turnsLarge: last.turns,
      rssLargeMb: last.rssMb,
      growthMb: last.rssMb - first.rssMb,
      heapAfterGcSmallMb: first.heapUsedMb,
      heapAfterGcLargeMb: last.heapUsedMb,
      heapSlopeMbPer10kTurns: heapSlopePer10k(samples),
      samples,
    },
    ratios: runs
      .filter((r) => r.concurrency === 50 && r.store !== 'blobs')
      .map((r) => ({
        store: r.store,
        seeded: r.seeded,
        p99VsEmpty: r.store === 'lowdb' ? ratio(r.p99Ms, empty(r)?.p99Ms ?? r.p99Ms) : undefined,
        throughputVsMemory: ratio(r.turnsPerSec, memory(r)?.turnsPerSec ?? r.turnsPerSec),
        throughputVsBaseline: ratio(r.turnsPerSec, baseline(r)?.turnsPerSec ?? r.turnsPerSec),
        p99VsBaseline: ratio(r.p99Ms, baseline(r)?.p99Ms ?? r.p99Ms),
      })),
    durationSec: Math.round((performance.now() - started) / 1000),
  };
  const rows: Row[] = [
    ...baselineRuns.map((r) => ({ label: 'baseline', run: r })),
    ...runs.map((r) => ({
      label: r.instances ? `${r.store}x${r.instances}` : r.store,
      run: r,
      empty: r.store === 'lowdb' ? empty(r) : undefined,
      baseline: r.store === 'blobs' ? undefined : baseline(r),
    })),
  ];
  process.stdout.write(`\nTanxun benchmark (${quick ? 'quick; --full for the issue\'s figures' : 'full'}) on ${machine}, node ${process.version}\n`);
  process.stdout.write(`cold start to /healthz 200: ${coldStartMs} ms\n\n`);
  process.stdout.write(`${table(rows)}\n\n${LEGEND}\n\n`);
  process.stdout.write(`throughput vs memory store at concurrency 50: ${results.ratios.map((r) => `${r.store}/${r.seeded}: ${r.throughputVsMemory}`).join(', ')}\n`);
  process.stdout.write(`Azurite, 2 instances: ${blobRuns.map((r) => `c${r.concurrency}: ${r.turns} turns, ${r.errors} errors, ${r.conflictRetries ?? 0} conflict retries`).join('; ')}\n`);
  process.stdout.write(
    `memory over ${last.turns} turns: RSS ${first.rssMb} -> ${last.rssMb} MB (from turn ${first.turns}); heap after GC ${samples.map((s) => s.heapUsedMb).join(' ')} MB; slope ${results.memoryGrowth.heapSlopeMbPer10kTurns} MB per 10,000 turns\n`,
  );
  fs.writeFileSync(path.join(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`wrote bench-results.json in ${results.durationSec} s\n`);
}

main().catch((err: Error) => {
  process.stderr.write(`benchmark failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
