import { ActivityTypes } from 'botbuilder';
import { ComponentDialog, DialogContext, DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';
import { Command, detectCommand } from '../bot/domain/commands';
import { Locale } from '../bot/domain/types';
import { buildPromptOptions, RenderablePromptOptions, say } from './render';
import { DialogDeps, playbookOf, setTurnLocale, turnLocale } from './support';
import { playbookNamespace } from '../bot/domain/playbook';
import { HANDOFF_DIALOG, HandoffDialogOptions } from './HandoffDialog';

/**
 * The one place interruptions are handled: help, start over, talk to a person, switch language,
 * keep going, stop and delete my data work the same at every step of every dialog below.
 */
export abstract class TanxunDialog extends ComponentDialog {
  protected constructor(id: string, protected readonly deps: DialogDeps) {
    super(id);
  }

  protected override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    const command = this.commandOf(innerDc);
    if (command === 'english' || command === 'chinese') await this.switchLanguage(innerDc, command === 'english' ? 'en' : 'zh-CN', false);
    return super.onBeginDialog(innerDc, options);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const command = this.commandOf(innerDc);
    const handled = command ? await this.interrupt(innerDc, command) : undefined;
    return handled ?? super.onContinueDialog(innerDc);
  }

  private commandOf(dc: DialogContext): Command | undefined {
    const activity = dc.context.activity;
    return activity.type === ActivityTypes.Message && activity.text ? detectCommand(activity.text) : undefined;
  }

  /** Returns a turn result when the command took over the turn, undefined to let the dialog go on. */
  protected async interrupt(innerDc: DialogContext, command: Command): Promise<DialogTurnResult | undefined> {
    const data = await this.deps.state.conversation(innerDc.context);
    switch (command) {
      case 'english':
      case 'chinese':
        await this.switchLanguage(innerDc, command === 'english' ? 'en' : 'zh-CN', true);
        return { status: DialogTurnStatus.waiting };
      case 'help':
        await say(innerDc.context, 'common:help');
        await this.reprompt(innerDc);
        return { status: DialogTurnStatus.waiting };
      case 'keepGoing':
        data.misunderstood = 0;
        await this.reprompt(innerDc);
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
        // Product facts only when the customer asks: the bot never opens with a pitch.
        const playbook = playbookOf(this.deps, data);
        const keys = playbook.products.map((p) => `${playbookNamespace(playbook.id)}:products.${p}`);
        for (const key of keys) await say(innerDc.context, key);
        if (!keys.length) await say(innerDc.context, 'common:noProducts');
        await this.reprompt(innerDc);
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

  /**
   * Asks the pending question again. Prompts are registered once on this dialog, so the reprompt must go
   * through the child contexts (which know their parents), not through repromptDialog on the top context.
   */
  private async reprompt(innerDc: DialogContext): Promise<void> {
    let deepest: DialogContext = innerDc;
    while (deepest.child) deepest = deepest.child;
    await deepest.repromptDialog();
  }

  /** Records the choice, then asks the pending question again in the new language. */
  private async switchLanguage(innerDc: DialogContext, locale: Locale, reprompt: boolean): Promise<void> {
    const data = await this.deps.state.conversation(innerDc.context);
    const user = await this.deps.state.user(innerDc.context);
    data.locale = user.locale = locale;
    data.localeChosen = true;
    if (data.profile) data.profile.locale = locale;
    setTurnLocale(innerDc.context, locale);
    await say(innerDc.context, 'common:language.switched');
    if (!reprompt) return;
    let deepest: DialogContext = innerDc;
    while (deepest.child) deepest = deepest.child;
    const state = deepest.activeDialog?.state as { options?: RenderablePromptOptions } | undefined;
    const render = state?.options?.validations;
    if (state?.options && render) {
      state.options = buildPromptOptions(turnLocale(innerDc.context), render.render, render.kind);
    }
    await this.reprompt(innerDc);
  }
}
