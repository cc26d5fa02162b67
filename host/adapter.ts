import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationBotFrameworkAuthenticationOptions, DeliveryModes, ShowTypingMiddleware, TurnContext } from 'botbuilder';
import { Config } from './config';
import { Logger } from '../services/logger';
import { BotStateSet, isETagConflict } from '../services/state';
import { say } from '../services/render';

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
 * conversation that fails twice in a row has its dialog stack reset, since then the state is what broke;
 * the reset is saved with the eTag it was read with, never forced: a forced write would overwrite turns
 * another instance has saved and answered meanwhile. A state conflict resets nothing (the state is fine,
 * another instance was faster): the customer is asked to send the message again. A conversation file that
 * cannot be read at all is moved aside and the conversation starts over.
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
    if (isETagConflict(error)) {
      logger.error('turn failed on a state conflict; nothing saved', { conversationId, error: error.message });
      return report(context, conversationId, 'common:error.conflict');
    }
    const recovered = await recoverCorrupt(context, error, conversationId);
    if (recovered !== 'none') {
      failures.delete(conversationId);
      return report(context, conversationId, recovered === 'moved' ? 'common:error.restarted' : 'common:error.retry');
    }
    const count = (failures.get(conversationId) ?? 0) + 1;
    failures.set(conversationId, count);
    if (failures.size > 10_000) failures.clear();
    logger.error('turn failed', { conversationId, error: error.message, stack: error.stack, failures: count });
    if (count < 2) return report(context, conversationId, 'common:error.retry');
    failures.delete(conversationId);
    try {
      await resetDialog(context);
    } catch (resetError) {
      // Another instance saved meanwhile (or the store is down): its state stands, nothing is forced over it.
      logger.error('could not reset the dialog of a failing conversation', { conversationId, error: (resetError as Error).message });
      return report(context, conversationId, 'common:error.retry');
    }
    return report(context, conversationId, 'common:error.reset');
  };

  /** The stored state as it is now, without the failed turn's changes, minus the dialog stack. */
  async function resetDialog(context: TurnContext): Promise<void> {
    state.forget(context);
    await state.dialogState.delete(context);
    await state.saveAll(context);
  }

  async function recoverCorrupt(context: TurnContext, error: Error, conversationId: string): Promise<'none' | 'moved' | 'failed'> {
    try {
      const moved = await state.recoverCorrupt(context, error);
      if (!moved) return 'none';
      logger.error('conversation state file was corrupt; moved aside, the conversation starts over', { conversationId, key: moved.key, movedTo: moved.movedTo });
      return 'moved';
    } catch (moveError) {
      logger.error('could not move a corrupt state file aside', { conversationId, error: (moveError as Error).message });
      return 'failed';
    }
  }

  async function report(context: TurnContext, conversationId: string, key: string): Promise<void> {
    try {
      await say(context, key);
    } catch (reportError) {
      logger.error('could not report a failed turn', { conversationId, error: (reportError as Error).message });
    }
  }
  return adapter;
}
