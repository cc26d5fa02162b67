import { ComponentDialog, DialogContext, DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';
import { Command } from '../../domain/commands';
import { playbookNamespace } from '../../domain/playbook';
import { say } from '../../services/render';
import { DialogDeps, playbookOf } from '../shared/deps';
import { commandOf, repromptPending, switchLanguage } from '../shared/interruptions';
import { HANDOFF_DIALOG, HandoffDialogOptions } from './HandoffDialog';
import { answerQuestion } from '../shared/listen';

/**
 * The prospect's interruptions, in the spirit of botbuilder's CancelAndHelpDialog: help, start over, talk
 * to a person, switch language, keep going, product facts and stop work the same at every step of every
 * discovery dialog below.
 */
export abstract class DiscoveryBaseDialog extends ComponentDialog {
  protected constructor(id: string, protected readonly deps: DialogDeps) {
    super(id);
  }

  protected override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    const command = commandOf(innerDc);
    if (command === 'english' || command === 'chinese') await switchLanguage(this.deps, innerDc, command === 'english' ? 'en' : 'zh-CN', false);
    return super.onBeginDialog(innerDc, options);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const command = commandOf(innerDc);
    const handled = command ? await this.interrupt(innerDc, command) : undefined;
    return handled ?? super.onContinueDialog(innerDc);
  }

  /** Returns a turn result when the command took over the turn, undefined to let the dialog go on. */
  private async interrupt(innerDc: DialogContext, command: Command): Promise<DialogTurnResult | undefined> {
    const data = await this.deps.state.conversation(innerDc.context);
    switch (command) {
      case 'english':
      case 'chinese':
        await switchLanguage(this.deps, innerDc, command === 'english' ? 'en' : 'zh-CN', true);
        return { status: DialogTurnStatus.waiting };
      case 'help':
        await say(innerDc.context, 'common:help');
        await repromptPending(innerDc);
        return { status: DialogTurnStatus.waiting };
      case 'keepGoing':
        data.misunderstood = 0;
        await repromptPending(innerDc);
        return { status: DialogTurnStatus.waiting };
      case 'startOver':
        await innerDc.cancelAllDialogs();
        data.profile = undefined;
        data.playbook = undefined;
        data.misunderstood = 0;
        await say(innerDc.context, 'common:startOver');
        return innerDc.beginDialog(this.initialDialogId, { restarted: true });
      case 'human': {
        const options: HandoffDialogOptions = { trigger: data.misunderstood >= 2 ? 'bot-stuck' : 'customer-asked' };
        data.misunderstood = 0;
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(HANDOFF_DIALOG, options);
      }
      case 'productInfo': {
        // A price or a question the playbook's data answers gets that answer (a range, the FAQ), recorded for the rep.
        if (await answerQuestion(this.deps, innerDc.context, innerDc.context.activity.text ?? '')) {
          await repromptPending(innerDc);
          return { status: DialogTurnStatus.waiting };
        }
        // Product facts only when the customer asks: the bot never opens with a pitch.
        const playbook = playbookOf(this.deps, data);
        const keys = playbook.products.map((p) => `${playbookNamespace(playbook.id)}:products.${p}`);
        for (const key of keys) await say(innerDc.context, key);
        if (!keys.length) await say(innerDc.context, 'common:noProducts');
        await repromptPending(innerDc);
        return { status: DialogTurnStatus.waiting };
      }
      case 'stop':
        await innerDc.cancelAllDialogs();
        await say(innerDc.context, 'common:goodbye');
        return { status: DialogTurnStatus.complete };
      default:
        return undefined;
    }
  }
}
