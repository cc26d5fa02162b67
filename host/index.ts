import './noSpdy';
import * as path from 'path';
import * as restify from 'restify';
import { AddressInfo } from 'net';
import { MemoryStorage, Storage } from 'botbuilder';
import { Config, ConfigError, loadConfig } from './config';
import { createAdapter } from './adapter';
import { createLogger, Logger } from '../services/logger';
import { createServer } from './server';
import { BotStateSet } from '../services/state';
import { TanxunBot } from '../bot/TanxunBot';
import { LowdbStorage } from '../storage/LowdbStorage';
import { loadPlaybooks } from '../domain/playbook';
import { loadMotives } from '../domain/latent';
import { matchingData } from '../domain/lexicon';
import { warmRecognizers } from '../domain/understand';
import { needCatalogues, phrasing } from '../domain/synthesis';
import { warmModels } from '../domain/understand/engine';
import { getI18n } from '../services/i18n';
import { HandoffQueue } from '../services/handoff/HandoffQueue';
import { registerDirectLine } from '../channels/directline';
import { registerWebPage } from '../channels/webPage';
import { registerStaffApi } from './staffApi';
import { HandoffService } from '../services/HandoffService';
import { SubscriptionStore } from '../services/SubscriptionStore';
import { TurnRouter } from '../bot/router';
import { loadPersonas } from '../domain/practice/persona';
import { PracticeHistory, PracticeHistoryReader } from '../services/PracticeHistory';
import { LowdbRepository } from '../services/handoff/repository/LowdbRepository';
import { HandoffRepository } from '../services/handoff/repository/types';
import { InsightsService } from '../services/insights/insights';
import { ConversationLog, ConversationLogStore, LowdbConversationLogStore, MemoryConversationLogStore } from '../services/insights/conversationLog';
import { ConversationTracker } from '../bot/conversationTracker';
import { PracticeOverview } from '../services/insights/practiceOverview';
import { NeedConfirmationDialog } from '../dialogs/discovery/NeedConfirmationDialog';
import { registerStaffPage } from '../channels/staffPage';

export interface App {
  config: Config;
  server: restify.Server;
  storage: Storage;
  /** The bot's state accessors, so tests read a conversation the way the bot does. */
  state: BotStateSet;
  queue: HandoffQueue;
  /** Resolves with the base URL once listening; /healthz turns 200 when the language models are warm. */
  start(): Promise<string>;
  stop(): Promise<void>;
  isReady(): boolean;
}

export interface AppOverrides {
  storage?: Storage;
  clock?: () => Date;
  logger?: Logger;
  /** Where handoffs live; by default the lowdb collection or the Azure table, or the given `storage` in tests. */
  handoffRepository?: HandoffRepository;
  /** Builds the language models; tests hold it back to see the server before it is ready. */
  warmUp?: () => void | Promise<void>;
}

async function openStorage(config: Config): Promise<{ storage: Storage; close: () => Promise<void> }> {
  if (config.storage === 'memory') return { storage: new MemoryStorage(), close: async () => undefined };
  if (config.storage === 'blobs') {
    const { BlobsStorage } = await import('botbuilder-azure-blobs');
    return { storage: new BlobsStorage(config.azureConnectionString, config.azureContainer), close: async () => undefined };
  }
  const lowdb = await LowdbStorage.open({ dir: config.dataDir });
  return { storage: lowdb, close: () => lowdb.close() };
}

/**
 * The handoff records: a lowdb collection beside the lowdb store, an Azure table with the blobs, the bot's
 * own storage when it is in memory. Records an earlier version kept in the bot's storage move over once.
 */
async function openHandoffs(
  config: Config,
  storage: Storage,
  clock: () => Date,
  logger: Logger,
  given?: HandoffRepository,
): Promise<{ queue: HandoffQueue; logStore: ConversationLogStore; close: () => Promise<void> }> {
  let repository = given;
  let logStore: ConversationLogStore | undefined;
  if (!repository && config.storage === 'lowdb') {
    repository = await LowdbRepository.open(config.dataDir);
    logStore = await LowdbConversationLogStore.open(config.dataDir);
  }
  if (!repository && config.storage === 'blobs') {
    const { TableRepository, TableConversationLogStore } = await import('../services/handoff/repository/TableRepository');
    repository = await TableRepository.open(config.azureConnectionString, config.handoffTable);
    logStore = await TableConversationLogStore.open(config.azureConnectionString, config.handoffTable);
  }
  if (!repository) return { queue: new HandoffQueue(storage, clock, { logger }), logStore: new MemoryConversationLogStore(), close: async () => undefined };
  const queue = new HandoffQueue(repository, clock, { logger });
  if (!given) await queue.importFrom(storage);
  return { queue, logStore: logStore ?? new MemoryConversationLogStore(), close: async () => repository?.close?.() };
}

/** The one place that builds everything: config in, a server with every part wired through constructors out. */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger();
  const clock = overrides.clock ?? (() => new Date());
  getI18n();
  matchingData();
  const playbooks = loadPlaybooks();
  loadMotives(playbooks.keys());
  const personas = loadPersonas(undefined, new Set(playbooks.keys()));
  // Need catalogues and the synthesis word lists: a typo stops the host here, not a customer's read-back.
  needCatalogues(playbooks);
  phrasing();
  const opened = overrides.storage ? { storage: overrides.storage, close: async () => undefined } : await openStorage(config);
  const storage = opened.storage;

  const state = new BotStateSet(storage);
  const adapter = createAdapter(config, state, logger);
  const handoffs = overrides.storage && !overrides.handoffRepository
    ? { queue: new HandoffQueue(overrides.storage, clock, { logger }), logStore: new MemoryConversationLogStore(), close: async () => undefined }
    : await openHandoffs(config, storage, clock, logger, overrides.handoffRepository);
  const queue = handoffs.queue;
  const conversationLog = new ConversationLog(handoffs.logStore, (err) => logger.warn('could not write the conversation log', { error: err instanceof Error ? err.message : String(err) }));
  const subscriptions = new SubscriptionStore(storage, { staff: config.staff, localMode: config.localMode, logger });
  const practiceHistory = new PracticeHistory(storage);
  const handoff = new HandoffService({ state, queue, subscriptions, adapter, appId: config.appId, logger, clock, practiceHistory, staff: config.staff });
  const practice = { personas, history: practiceHistory };
  const router = new TurnRouter({ state, playbooks, clock, handoff, practice, lists: { listFillers: matchingData().listFillers } }, {
    confirmation: new NeedConfirmationDialog(state, handoff),
    tracker: new ConversationTracker(state, conversationLog, clock),
  });
  const bot = new TanxunBot({ logger, state, router, defaultLocale: config.defaultLocale, staff: handoff });

  let ready = false;
  let baseUrl = '';
  const server = createServer({ config, adapter, bot, logger, isReady: () => ready });
  registerStaffApi(server, {
    queue,
    apiKey: config.staffApiKey || undefined,
    logger,
    sendConfirmation: (record) => handoff.sendConfirmation(record),
    insights: new InsightsService(queue, conversationLog, clock),
    practice: new PracticeOverview(new PracticeHistoryReader(storage)),
  });
  // The embedded Direct Line posts to /api/messages without a Bot Framework token: it only works in local mode.
  const directLine = config.localMode ? registerDirectLine(server, { botEndpoint: () => `${baseUrl}/api/messages`, serviceUrl: () => baseUrl, trustProxy: config.trustProxy }) : undefined;
  registerWebPage(server, { directLineSecret: config.directLineSecret || undefined, embedded: config.localMode, defaultLocale: config.defaultLocale, trustProxy: config.trustProxy });
  registerStaffPage(server, { playbooks: [...playbooks.keys()], personas: [...personas.keys()] });

  return {
    config,
    server,
    storage,
    state,
    queue,
    isReady: () => ready,
    async start(): Promise<string> {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => resolve());
      });
      const address = server.address() as AddressInfo;
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      baseUrl = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`;
      // Building the recognizer models takes most of a second; do it after listening so /healthz can say 503 meanwhile.
      // The models are built before the bot says it is ready; our own patterns (milliseconds each, a few hundred in
      // all) warm right after, so a cold start waits only for what a first turn could not do without.
      await new Promise((resolve) => setImmediate(resolve));
      await (overrides.warmUp ?? warmModels)();
      ready = true;
      if (!overrides.warmUp) setImmediate(() => warmRecognizers());
      logger.info('ready', { url: baseUrl, storage: config.storage, localMode: config.localMode });
      return baseUrl;
    },
    async stop(): Promise<void> {
      ready = false;
      directLine?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await conversationLog.close();
      await handoffs.close();
      await opened.close();
    },
  };
}

async function main(): Promise<void> {
  const dotenv = await import('dotenv');
  dotenv.config({ path: path.resolve(process.cwd(), '.env'), quiet: true });
  const logger = createLogger();
  let app: App;
  try {
    app = await createApp(loadConfig(), { logger });
  } catch (err) {
    const message = err instanceof ConfigError ? `Configuration error: ${err.message}` : `Cannot start: ${(err as Error).message}`;
    process.stderr.write(`${message}\n`);
    process.exit(1);
  }
  const url = await app.start();
  process.stdout.write(`Tanxun is listening on ${url} (web chat at ${url}/)\n`);
  let stopping = false;
  const shutdown = (): void => {
    if (stopping) return;
    stopping = true;
    app.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

if (require.main === module) void main();
