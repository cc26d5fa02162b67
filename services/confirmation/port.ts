import type { ConfirmationAnswer } from '../handoff/HandoffQueue';

/** What the need-confirmation handler needs from the handoff side, so the dialog layer imports no queue. */
export interface NeedConfirmationPort {
  /** The handoff of this conversation whose confirmation was sent and awaits an answer, if any. */
  awaiting(conversationId: string): Promise<{ id: string } | undefined>;
  /**
   * Records the customer's answer on handoff `id`, only when that handoff belongs to `conversationId` and its
   * confirmation was sent: a card from another conversation cannot answer for it. False when not recorded.
   */
  answer(id: string, conversationId: string, answer: ConfirmationAnswer): Promise<boolean>;
}
