import * as restify from 'restify';
import { AddressInfo } from 'net';
import {
  Activity,
  ActivityTypes,
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationReference,
  MessageFactory,
  TurnContext,
} from 'botbuilder';
import { DirectLineOptions, registerDirectLine } from '../../channels/directline';
import { registerWebPage, WebPageOptions } from '../../channels/webPage';

/**
 * A tiny bot on real botbuilder (CloudAdapter, no credentials) behind the embedded Direct Line and the
 * web page, as the real server wires them: for the channel's tests and the browser tests' fixture.
 *
 * What it says: "webchat/join" gets a welcome with two suggested actions; "setLocale" is confirmed;
 * "card" gets an Adaptive Card; "fail" is refused with a 500; anything else a typing indicator and "echo: <text>".
 */
export interface EchoServer {
  url: string;
  adapter: CloudAdapter;
  /** Every activity the bot was given, in order. */
  received: Partial<Activity>[];
  references: Map<string, Partial<ConversationReference>>;
  /** Acts in a conversation later (continueConversation), the way the real bot sends handoff news. */
  proactive<T>(conversationId: string, act: (context: TurnContext) => Promise<T>): Promise<T>;
  closeDirectLine(): void;
  close(): Promise<void>;
}

export interface EchoServerOptions {
  port?: number;
  directLine?: Partial<DirectLineOptions>;
  webPage?: Partial<WebPageOptions>;
}

const WELCOME: Record<string, string> = { en: 'Welcome! Pick a colour.', 'zh-CN': '欢迎!请选一个颜色。' };
const COLOURS: Record<string, string[]> = { en: ['Red', 'Blue'], 'zh-CN': ['红色', '蓝色'] };

function languageOf(value: unknown): 'en' | 'zh-CN' {
  const locale = typeof value === 'object' && value !== null ? (value as { locale?: unknown }).locale : value;
  return typeof locale === 'string' && /^zh/i.test(locale) ? 'zh-CN' : 'en';
}

async function echo(context: TurnContext): Promise<void> {
  const { activity } = context;
  if (activity.type === ActivityTypes.Event && activity.name === 'webchat/join') {
    const language = languageOf(activity.value);
    await context.sendActivity(MessageFactory.suggestedActions(COLOURS[language], WELCOME[language]));
    return;
  }
  if (activity.type === ActivityTypes.Event && activity.name === 'setLocale') {
    await context.sendActivity(`locale: ${String(activity.value)}`);
    return;
  }
  if (activity.type !== ActivityTypes.Message) return;
  const text = (activity.text ?? '').trim();
  if (text === 'card') {
    const card = CardFactory.adaptiveCard({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: 'Card title', weight: 'Bolder', size: 'Medium' }, { type: 'TextBlock', text: 'A card from the echo bot', wrap: true }],
    });
    await context.sendActivity(MessageFactory.attachment(card));
    return;
  }
  await context.sendActivity({ type: ActivityTypes.Typing });
  await context.sendActivity(`echo: ${text}`);
}

export async function startEchoServer(options: EchoServerOptions = {}): Promise<EchoServer> {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const received: Partial<Activity>[] = [];
  const references = new Map<string, Partial<ConversationReference>>();
  let url = '';

  server.post('/api/messages', async (req, res) => {
    // A bot that is down, as the channel sees one.
    if ((req.body as { text?: unknown } | undefined)?.text === 'fail') {
      res.json(500, { error: 'asked to fail' });
      return;
    }
    await adapter.process(req, res, async (context) => {
      received.push(context.activity);
      references.set(context.activity.conversation.id, TurnContext.getConversationReference(context.activity));
      await echo(context);
    });
  });
  server.get('/healthz', (_req, res, next) => {
    res.json(200, { status: 'ok' });
    return next();
  });
  const directLine = registerDirectLine(server, { botEndpoint: () => `${url}/api/messages`, serviceUrl: () => `${url}/`, ...options.directLine });
  registerWebPage(server, { defaultLocale: 'en', ...options.webPage });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', () => resolve()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    adapter,
    received,
    references,
    async proactive<T>(conversationId: string, act: (context: TurnContext) => Promise<T>): Promise<T> {
      const reference = references.get(conversationId);
      if (!reference) throw new Error(`the bot has not seen conversation ${conversationId}`);
      let result: T | undefined;
      await adapter.continueConversationAsync('', reference, async (context) => {
        result = await act(context);
      });
      return result as T;
    },
    closeDirectLine: () => directLine.close(),
    async close(): Promise<void> {
      directLine.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
