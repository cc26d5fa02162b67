import { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { TurnPlan } from '../../domain/respond';
import { say } from '../../services/render';

/** How a phase dialog ended when the customer's words, not the checklist, decided it. */
export interface BreadthResult {
  /** The customer wants to finish: the hypothesis, then the handover. */
  fastLane?: boolean;
  /** The customer asked for a person. */
  handoff?: boolean;
  /** The customer wants to stop. */
  stop?: boolean;
}

export function isBreadthResult(value: unknown): value is BreadthResult {
  return typeof value === 'object' && value !== null && ('fastLane' in value || 'handoff' in value || 'stop' in value);
}

/**
 * Carries out what the responders decided besides talking. A phase dialog ends with a BreadthResult and
 * MainDialog, which owns the phases, goes where it says; undefined lets the phase go on.
 */
export async function actOn(step: WaterfallStepContext<object>, plan: TurnPlan): Promise<DialogTurnResult | undefined> {
  switch (plan.action) {
    case 'handoff':
      return step.endDialog({ handoff: true } satisfies BreadthResult);
    case 'fast-lane':
      // The one most important question is asked first when there is one; the lane ends the phase after it.
      return plan.question ? undefined : step.endDialog({ fastLane: true } satisfies BreadthResult);
    case 'stop':
      await say(step.context, 'common:goodbye');
      return step.endDialog({ stop: true } satisfies BreadthResult);
    case 'delete-data':
      await say(step.context, 'respond:request.delete');
      return undefined;
    default:
      return undefined;
  }
}
