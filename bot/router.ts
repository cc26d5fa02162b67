import { ActivityTypes, TurnContext } from 'botbuilder';
import { detectPracticeCommand, PracticeCommand } from '../domain/practice/commands';
import { RootDialog } from '../dialogs/shared/root';
import { DialogDeps } from '../dialogs/shared/deps';
import { say } from '../services/render';
import { MainDialog, MainDialogOptions } from '../dialogs/discovery/MainDialog';
import { PracticeDialog, PracticeDialogOptions } from '../dialogs/practice/PracticeDialog';
import { START_PRACTICE_ACTION } from '../dialogs/practice/cards';
import { findPersona, findPlaybook, finishPractice, sendMenu, sendProgress, sendRepWelcome, sendScript } from '../dialogs/practice/session';
import { NeedConfirmationDialog } from '../dialogs/discovery/NeedConfirmationDialog';
import { ConversationTracker } from './conversationTracker';

/** What the staff workspace adds to the turn: the customer's answer to a need confirmation, and the insights' conversation log. */
export interface StaffTurnParts {
  confirmation?: NeedConfirmationDialog;
  tracker?: ConversationTracker;
}

/**
 * Picks the product a turn belongs to. Discovery (a prospect) and practice (a rep and a simulated
 * customer) are two root dialogs with their own stacks; the rep's practice commands work from either.
 */
export class TurnRouter {
  private readonly discovery: RootDialog;
  private readonly practice: RootDialog;

  constructor(
    private readonly deps: DialogDeps,
    private readonly staff: StaffTurnParts = {},
  ) {
    this.discovery = new RootDialog(new MainDialog(deps), deps.state.dialogState);
    this.practice = new RootDialog(new PracticeDialog(deps), deps.state.practiceDialogState);
  }

  async run(context: TurnContext, options?: MainDialogOptions): Promise<void> {
    if (this.staff.confirmation && (await this.staff.confirmation.handle(context))) return;
    const command = this.practiceCommandOf(context);
    if (command) return this.practise(context, command);
    const session = await this.deps.state.practiceSession(context);
    if (session) {
      const resume: PracticeDialogOptions = { persona: session.persona, started: true };
      await this.practice.run(context, resume);
      return;
    }
    await this.discovery.run(context, options);
    await this.staff.tracker?.observe(context);
  }

  /** A rep's first contact in a Teams chat: practice mode explained, unless the message already is a practice command. */
  async welcomeRep(context: TurnContext): Promise<void> {
    const command = this.practiceCommandOf(context);
    if (command) return this.practise(context, command);
    await sendRepWelcome(this.deps, context);
  }

  private practiceCommandOf(context: TurnContext): PracticeCommand | undefined {
    const activity = context.activity;
    const submitted = activity.value as { action?: string; persona?: string } | undefined;
    if (submitted?.action === START_PRACTICE_ACTION && typeof submitted.persona === 'string') return { kind: 'practice', argument: submitted.persona };
    if (activity.type !== ActivityTypes.Message || !activity.text) return undefined;
    return detectPracticeCommand(activity.text, (kind, argument) =>
      kind === 'practice' ? findPersona(this.deps, argument) !== undefined : findPlaybook(this.deps, argument) !== undefined,
    );
  }

  /** After a command that only showed something, the pending question of whichever product runs is asked again. */
  private async carryOn(context: TurnContext): Promise<void> {
    if (await this.deps.state.practiceSession(context)) await this.practice.reprompt(context);
    else await this.discovery.reprompt(context);
  }

  private async practise(context: TurnContext, command: PracticeCommand): Promise<void> {
    const active = await this.deps.state.practiceSession(context);
    switch (command.kind) {
      case 'practice': {
        const persona = command.argument ? findPersona(this.deps, command.argument) : undefined;
        // The menu asks its own question (which customer?); a pending one waits until the next turn.
        if (!persona) return sendMenu(this.deps, context, command.argument || undefined);
        if (active) {
          await say(context, 'practice:session.switching');
          await finishPractice(this.deps, context, true);
        }
        // A prospect's discovery does not resume under a practice session: the rep starts clean afterwards.
        await this.discovery.cancel(context);
        const options: PracticeDialogOptions = { persona: persona.id };
        await this.practice.begin(context, options);
        return;
      }
      case 'endPractice':
        if (!active) {
          await say(context, 'practice:session.notActive');
          return this.carryOn(context);
        }
        await finishPractice(this.deps, context, true);
        await this.practice.cancel(context);
        return;
      case 'myProgress':
        await sendProgress(this.deps, context);
        return this.carryOn(context);
      case 'showScript':
        await sendScript(this.deps, context, command.argument);
        return this.carryOn(context);
    }
  }
}
