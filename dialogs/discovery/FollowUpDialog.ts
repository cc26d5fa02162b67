import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { hasFacts } from '../../domain/discovery';
import { Cue, Objection } from '../../domain/types';
import { DialogDeps, profileOf } from '../shared/deps';
import { REPEAT_BACK_DIALOG, RepeatBackOptions } from './RepeatBackDialog';
import { LATENT_PROBE_DIALOG, LatentProbeOptions } from './LatentProbeDialog';
import { OBJECTION_DIALOG, ObjectionOptions } from './ObjectionDialog';
import { Interpretation, KeyFacts } from '../../domain/extractors';

export const FOLLOW_UP_DIALOG = 'followUpDialog';
const FOLLOW_UP_WATERFALL = 'followUpWaterfall';

/** A conversation is not an interrogation: at most this many tactful whys about cues. */
const MAX_LATENT_PROBES = 3;

export interface FollowUpOptions {
  facts?: KeyFacts;
  cue?: Cue;
  objection?: Objection;
}

const PROBED_CUES: Cue['kind'][] = ['deviation', 'complaint', 'worry', 'unusual-quantity', 'unusual-timing'];

export function followUpOptions(reading: Interpretation, area?: string): FollowUpOptions {
  const cue = reading.cues.find((c) => PROBED_CUES.includes(c.kind));
  return {
    facts: hasFacts(reading.facts) ? reading.facts : undefined,
    cue: cue ? { ...cue, area: cue.area ?? area } : undefined,
    objection: reading.objection,
  };
}

/**
 * What follows an answer, in the method's order: repeat the key facts back, then ask about a cue
 * (the third fruit seller's "why sour?"), then test an objection the customer raised.
 */
export class FollowUpDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(FOLLOW_UP_DIALOG);
    this.addDialog(
      new WaterfallDialog(FOLLOW_UP_WATERFALL, [
        this.repeatBackStep.bind(this),
        this.probeCueStep.bind(this),
        this.testObjectionStep.bind(this),
      ]),
    );
    this.initialDialogId = FOLLOW_UP_WATERFALL;
  }

  private async repeatBackStep(step: WaterfallStepContext<FollowUpOptions>): Promise<DialogTurnResult> {
    if (!step.options.facts) return step.next();
    const options: RepeatBackOptions = { facts: step.options.facts };
    return step.beginDialog(REPEAT_BACK_DIALOG, options);
  }

  private async probeCueStep(step: WaterfallStepContext<FollowUpOptions>): Promise<DialogTurnResult> {
    const cue = step.options.cue;
    if (!cue) return step.next();
    const { profile } = await profileOf(this.deps, step.context);
    const probed = profile.cues.filter((c) => c.probed);
    if (probed.length >= MAX_LATENT_PROBES || probed.some((c) => c.area === cue.area && c.kind === cue.kind)) return step.next();
    const stored = profile.cues.find((c) => c.turn === cue.turn && c.kind === cue.kind && c.area === cue.area);
    if (stored) stored.probed = true;
    const options: LatentProbeOptions = { cue };
    return step.beginDialog(LATENT_PROBE_DIALOG, options);
  }

  private async testObjectionStep(step: WaterfallStepContext<FollowUpOptions>): Promise<DialogTurnResult> {
    if (!step.options.objection) return step.endDialog();
    const options: ObjectionOptions = { objection: step.options.objection };
    return step.replaceDialog(OBJECTION_DIALOG, options);
  }
}
