import { TurnContext } from 'botbuilder';
import { HandoffTrigger } from '../domain/types';

/**
 * What the turn and the dialogs need from the services below them, as interfaces, so that the code that
 * implements them (HandoffService) imports nothing from above.
 */

/** What the dialogs need to hand a conversation over. */
export interface HandoffPort {
  /** Builds, stores and announces the need definition; returns its id. */
  handOff(context: TurnContext, trigger: HandoffTrigger): Promise<string>;
  /** A message the customer sent after the handoff: added to the same record for the rep (notes, contact details). */
  appendCustomerNote?(context: TurnContext, note: string): Promise<void>;
}

/** What the bot needs from the handoff side that is not a dialog: status events, deletion, staff subscriptions. */
export interface StaffPort {
  subscribe(context: TurnContext): Promise<void>;
  unsubscribe(context: TurnContext): Promise<void>;
  deleteCustomerData(context: TurnContext): Promise<void>;
  claimFromCard(context: TurnContext, id: string): Promise<void>;
}

/** Set on a turn whose data was deleted: saving state afterwards would write it back. */
export const DATA_DELETED = Symbol('tanxun.dataDeleted');
