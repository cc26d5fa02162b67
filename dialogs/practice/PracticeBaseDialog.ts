import { ComponentDialog, DialogContext, DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';
import { say } from '../../services/render';
import { DialogDeps } from '../shared/deps';
import { commandOf, switchLanguage } from '../shared/interruptions';
import { finishPractice } from './session';

/**
 * While a rep practises, the rep is talking to a customer: "talk to a person" or "how much is it" are
 * lines of the role-play. Only a language switch, help, start over (the same persona again) and stop
 * interrupt it.
 */
export abstract class PracticeBaseDialog extends ComponentDialog {
  protected constructor(id: string, protected readonly deps: DialogDeps) {
    super(id);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    switch (commandOf(innerDc)) {
      case 'english':
      case 'chinese':
        await switchLanguage(this.deps, innerDc, commandOf(innerDc) === 'english' ? 'en' : 'zh-CN', true);
        return { status: DialogTurnStatus.waiting };
      case 'help':
        await say(innerDc.context, 'practice:session.help');
        return { status: DialogTurnStatus.waiting };
      case 'startOver': {
        const session = await this.deps.state.practiceSession(innerDc.context);
        await this.deps.state.endPracticeSession(innerDc.context);
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(this.initialDialogId, { persona: session?.persona });
      }
      case 'stop':
        await finishPractice(this.deps, innerDc.context, true);
        await innerDc.cancelAllDialogs();
        return { status: DialogTurnStatus.complete };
      default:
        return super.onContinueDialog(innerDc);
    }
  }
}
