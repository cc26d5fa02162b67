import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationBotFrameworkAuthenticationOptions, DeliveryModes, ShowTypingMiddleware, TurnContext } from 'botbuilder';
import { Config } from './config';
import { Logger } from './logger';
import { BotStateSet } from './state';
import { say } from '../dialogs/render';

/**
 * The typing indicator from the moment a message arrives, on channels that show one. Skipped when the
 * replies come back in the HTTP response (expectReplies): there is nobody to watch it.
 */
class TypingWhileWorking extends ShowTypingMiddleware {
  override async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.deliveryMode === DeliveryModes.ExpectReplies) return next();
    return super.onTurn(context, next);
  }
}

/**
 * CloudAdapter with Tanxun's error policy: log with the conversation id, tell the customer in their
 * language that they can go on, and keep their state (the failed turn's changes are never saved). A
 * conversation that fails twice in a row has its dialog stack reset, since then the state is what broke.
 */
export function createAdapter(config: Config, state: BotStateSet, logger: Logger): CloudAdapter {
  const auth: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: config.appPassword,
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.appTenantId,
  };
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(auth));
  adapter.use(new TypingWhileWorking(0, 2000));
  const failures = new Map<string, number>();

  adapter.onTurnError = async (context: TurnContext, error: Error): Promise<void> => {
    const conversationId = context.activity.conversation?.id ?? 'unknown';
    const count = (failures.get(conversationId) ?? 0) + 1;
    failures.set(conversationId, count);
    if (failures.size > 10_000) failures.clear();
    logger.error('turn failed', { conversationId, error: error.message, stack: error.stack, failures: count });
    try {
      if (count >= 2) {
        await state.dialogState.delete(context);
        await state.conversationState.saveChanges(context, true);
        failures.delete(conversationId);
      }
      await say(context, count >= 2 ? 'common:error.reset' : 'common:error.retry');
    } catch (reportError) {
      logger.error('could not report a failed turn', { conversationId, error: (reportError as Error).message });
    }
  };
  return adapter;
}
