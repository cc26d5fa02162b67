import { TurnContext, StatePropertyAccessor } from 'botbuilder';
import { Dialog, DialogContext, DialogSet, DialogState, DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';
import { repromptPending } from './interruptions';

/**
 * A root dialog keeps its stack in its own state property, so discovery and practice never share one and
 * the bot can route a turn to either. DialogSet does the bookkeeping; these wrap its three uses.
 */
export class RootDialog {
  constructor(
    private readonly dialog: Dialog,
    private readonly stack: StatePropertyAccessor<DialogState>,
  ) {}

  private async context(turn: TurnContext): Promise<DialogContext> {
    const set = new DialogSet(this.stack);
    set.add(this.dialog);
    return set.createContext(turn);
  }

  /** Goes on with the running dialog, or begins it with these options. */
  async run(turn: TurnContext, options?: object): Promise<DialogTurnResult> {
    const dc = await this.context(turn);
    const result = await dc.continueDialog();
    return result.status === DialogTurnStatus.empty ? dc.beginDialog(this.dialog.id, options) : result;
  }

  /** Begins afresh, whatever was running. */
  async begin(turn: TurnContext, options?: object): Promise<DialogTurnResult> {
    const dc = await this.context(turn);
    await dc.cancelAllDialogs();
    return dc.beginDialog(this.dialog.id, options);
  }

  async isActive(turn: TurnContext): Promise<boolean> {
    return !!(await this.context(turn)).activeDialog;
  }

  /** Asks the pending question again; nothing when no dialog runs. */
  async reprompt(turn: TurnContext): Promise<void> {
    const dc = await this.context(turn);
    if (dc.activeDialog) await repromptPending(dc);
  }

  async cancel(turn: TurnContext): Promise<void> {
    await (await this.context(turn)).cancelAllDialogs();
  }
}
