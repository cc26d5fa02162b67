import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { hasFacts } from '../../domain/discovery';
import { Cue, Objection } from '../../domain/types';
import { DialogDeps, profileOf } from '../shared/deps';
import { REPEAT_BACK_DIALOG, RepeatBackOptions } from './RepeatBackDialog';
import { LATENT_PROBE_DIALOG, LatentProbeOptions } from './LatentProbeDialog';
import { OBJECTION_DIALOG, ObjectionOptions } from './ObjectionDialog';
import { Interpretation, KeyFacts } from '../../domain/extractors';
import { cueWhy, detectMotive, recordCue } from '../../domain/latent';
import { read } from '../../domain/reading/read';
import { turnLocale } from '../../services/locale';

export const FOLLOW_UP_DIALOG = 'followUpDialog';
const FOLLOW_UP_WATERFALL = 'followUpWaterfall';

/** A conversation is not an interrogation: at most this many tactful whys about cues. */
const MAX_LATENT_PROBES = 3;

export interface FollowUpOptions {
  facts?: KeyFacts;
  cue?: Cue;
  objection?: Objection;
  /** The area the answer was given to: a cue the reader finds belongs to it. */
  area?: string;
  /** False where the answer is itself the reply to a why (the why-ladder): no why about a why. */
  probe?: boolean;
}

const PROBED_CUES: Cue['kind'][] = ['deviation', 'complaint', 'worry', 'unusual-quantity', 'unusual-timing'];

export function followUpOptions(reading: Interpretation, area?: string): FollowUpOptions {
  const cue = reading.cues.find((c) => PROBED_CUES.includes(c.kind));
  return {
    facts: hasFacts(reading.facts) ? reading.facts : undefined,
    cue: cue ? { ...cue, area: cue.area ?? area } : undefined,
    objection: reading.objection,
    area,
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
    const { profile, playbook } = await profileOf(this.deps, step.context);
    if (!cue) {
      if (step.options.probe === false) return step.next();
      // Any answer may carry a cue (a constraint, an event, a complaint) the answer's own reading missed: the reader's cues, once each.
      const locale = turnLocale(step.context);
      const reading = read(step.context.activity.text ?? '', { locale, now: this.deps.clock(), currency: playbook.currency });
      // A motive said outright needs no why: the why is how a motive is found.
      if (detectMotive(reading.text, locale, playbook.id)) return step.next();
      const why = cueWhy(reading, profile, { playbook, memory: { cues: [] }, locale, area: step.options.area, turn: profile.turn });
      if (!why) return step.next();
      recordCue(profile, why);
      const options: LatentProbeOptions = { cue: why.cue, why: why.line };
      return step.beginDialog(LATENT_PROBE_DIALOG, options);
    }
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
