import * as restify from 'restify';
import { AddressInfo } from 'net';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage, TurnContext } from 'botbuilder';
import { DialogSet, DialogState, DialogTurnStatus, TextPrompt, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { loadConfig } from '../host/config';
import { createServer } from '../host/server';
import { createLogger } from '../services/logger';

/**
 * The benchmark's yardstick: the plainest botbuilder bot that still holds a conversation, a waterfall of
 * six text prompts over MemoryStorage, behind the same restify server (host/server.ts: body guard, fairness
 * limits, per-conversation queue, /healthz, /metrics) and the same CloudAdapter with the same
 * authentication settings as Tanxun. Only the bot differs, so the ratios against it are the cost of
 * Tanxun's turn. Started by scripts/bench.ts like the real server (PORT and HOST from the environment).
 */
const QUESTIONS = ['What is your name?', 'What does your company do?', 'What do you need?', 'Who will use it?', 'What is your budget?', 'When do you need it?'];
const PROMPT = 'text';
const MAIN = 'main';

class BaselineBot extends ActivityHandler {
  private readonly dialogs: DialogSet;

  constructor(
    private readonly conversationState: ConversationState,
    dialogState = conversationState.createProperty<DialogState>('dialogState'),
  ) {
    super();
    this.dialogs = new DialogSet(dialogState);
    this.dialogs.add(new TextPrompt(PROMPT));
    const steps = QUESTIONS.map((question, index) => async (step: WaterfallStepContext) => {
      if (index > 0) (step.values as Record<string, unknown>)[`a${index - 1}`] = step.result;
      return step.prompt(PROMPT, question);
    });
    steps.push(async (step) => {
      await step.context.sendActivity('Thank you, that is all.');
      return step.endDialog();
    });
    this.dialogs.add(new WaterfallDialog(MAIN, steps));
    this.onMessage(async (context, next) => {
      const dc = await this.dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog(MAIN);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context);
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger();
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: config.appId, MicrosoftAppPassword: config.appPassword, MicrosoftAppType: config.appType, MicrosoftAppTenantId: config.appTenantId }),
  );
  const bot = new BaselineBot(new ConversationState(new MemoryStorage()));
  const server: restify.Server = createServer({ config, adapter, bot, logger, isReady: () => true });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, () => resolve()));
  process.stdout.write(`baseline bot listening on port ${(server.address() as AddressInfo).port}\n`);
  const stop = (): void => {
    server.close(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) void main();
