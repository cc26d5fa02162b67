import { ActivityTypes } from 'botbuilder';
import { ComponentDialog, DialogContext, DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';
import { Command, detectCommand } from '../bot/domain/commands';
import { Locale } from '../bot/domain/types';
import { buildPromptOptions, RenderablePromptOptions, say } from './render';
import { DialogDeps, playbookOf, setTurnLocale, turnLocale } from './support';
import { playbookNamespace } from '../bot/domain/playbook';
import { HANDOFF_DIALOG, HandoffDialogOptions } from './HandoffDialog';
import { detectPracticeCommand, PracticeCommand } from '../bot/domain/practice/commands';
import { PRACTICE_DIALOG, PracticeDialogOptions } from './PracticeDialog';
import { START_PRACTICE_ACTION } from './practiceCards';
import { findPersona, findPlaybook, finishPractice, sendMenu, sendProgress, sendScript } from './practiceSupport';

/**
 * The one place interruptions are handled: help, start over, talk to a person, switch language,
 * keep going, stop and delete my data work the same at every step of every dialog below; so do the
 * rep's practice commands (practice, end practice, my progress, show script). While a practice session
 * runs, the rep is talking to a customer: only language, help, start over and stop interrupt it.
 */
export abstract class TanxunDialog extends ComponentDialog {
  protected constructor(id: string, protected readonly deps: DialogDeps) {
    super(id);
  }

  protected override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    const practice = this.practiceCommandOf(innerDc);
    if (practice) return this.practise(innerDc, practice);
    const command = this.commandOf(innerDc);
    if (command === 'english' || command === 'chinese') await this.switchLanguage(innerDc, command === 'english' ? 'en' : 'zh-CN', false);
    return super.onBeginDialog(innerDc, options);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const practice = this.practiceCommandOf(innerDc);
    if (practice) return this.practise(innerDc, practice);
    const command = this.commandOf(innerDc);
    const data = await this.deps.state.conversation(innerDc.context);
    const handled = command ? await (data.practice ? this.interruptPractice(innerDc, command) : this.interrupt(innerDc, command)) : undefined;
    return handled ?? super.onContinueDialog(innerDc);
  }

  private practiceCommandOf(dc: DialogContext): PracticeCommand | undefined {
    const activity = dc.context.activity;
    const submitted = activity.value as { action?: string; persona?: string } | undefined;
    if (submitted?.action === START_PRACTICE_ACTION && typeof submitted.persona === 'string') return { kind: 'practice', argument: submitted.persona };
    if (activity.type !== ActivityTypes.Message || !activity.text) return undefined;
    return detectPracticeCommand(activity.text, (kind, argument) =>
      kind === 'practice' ? findPersona(this.deps, argument) !== undefined : findPlaybook(this.deps, argument) !== undefined,
    );
  }

  /** After a command that only showed something, the pending question (if any) is asked again. */
  private async carryOn(innerDc: DialogContext): Promise<DialogTurnResult> {
    if (!innerDc.activeDialog) return { status: DialogTurnStatus.complete };
    await this.reprompt(innerDc);
    return { status: DialogTurnStatus.waiting };
  }

  private async practise(innerDc: DialogContext, command: PracticeCommand): Promise<DialogTurnResult> {
    const data = await this.deps.state.conversation(innerDc.context);
    switch (command.kind) {
      case 'practice': {
        const persona = command.argument ? findPersona(this.deps, command.argument) : undefined;
        if (!persona) {
          // The menu asks its own question (which customer?); the pending one waits until the next turn.
          await sendMenu(this.deps, innerDc.context, command.argument || undefined);
          return { status: innerDc.activeDialog ? DialogTurnStatus.waiting : DialogTurnStatus.complete };
        }
        if (data.practice) {
          await say(innerDc.context, 'practice:session.switching');
          await finishPractice(this.deps, innerDc.context, true);
        }
        await innerDc.cancelAllDialogs();
        const options: PracticeDialogOptions = { persona: persona.id };
        return innerDc.beginDialog(PRACTICE_DIALOG, options);
      }
      case 'endPractice':
        if (!data.practice) {
          await say(innerDc.context, 'practice:session.notActive');
          return this.carryOn(innerDc);
        }
        await finishPractice(this.deps, innerDc.context, true);
        await innerDc.cancelAllDialogs();
        return { status: DialogTurnStatus.complete };
      case 'myProgress':
        await sendProgress(this.deps, innerDc.context);
        return this.carryOn(innerDc);
      case 'showScript':
        await sendScript(this.deps, innerDc.context, command.argument);
        return this.carryOn(innerDc);
    }
  }

  /** The rep's words go to the persona; "talk to a person" or "how much is it" are lines of the role-play. */
  private async interruptPractice(innerDc: DialogContext, command: Command): Promise<DialogTurnResult | undefined> {
    const data = await this.deps.state.conversation(innerDc.context);
    switch (command) {
      case 'english':
      case 'chinese':
        return this.interrupt(innerDc, command);
      case 'help':
        await say(innerDc.context, 'practice:session.help');
        return { status: DialogTurnStatus.waiting };
      case 'startOver': {
        const persona = data.practice?.persona as string;
        data.practice = undefined;
        await innerDc.cancelAllDialogs();
        const options: PracticeDialogOptions = { persona };
        return innerDc.beginDialog(PRACTICE_DIALOG, options);
      }
      case 'stop':
        await finishPractice(this.deps, innerDc.context, true);
        await innerDc.cancelAllDialogs();
        return { status: DialogTurnStatus.complete };
      default:
        return undefined;
    }
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
