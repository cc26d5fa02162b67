import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { detectObjection, isDontKnow, recognizeYesNo } from '../../domain/understand';
import { CueWhyLine, detectMotive, isNoMotive, MotiveRule, recordLatentNeed, ruleKey } from '../../domain/latent';
import { playbookNamespace } from '../../domain/playbook';
import { Cue, LatentNeed, Locale, Objection } from '../../domain/types';
import { DialogDeps, profileOf, TEXT_PROMPT } from '../shared/deps';
import { promptOptions, say } from '../../services/render';
import { tr, turnLocale } from '../../services/locale';
import { OBJECTION_DIALOG, ObjectionDialog, ObjectionOptions } from './ObjectionDialog';

export const LATENT_PROBE_DIALOG = 'latentProbeDialog';
const LATENT_PROBE_WATERFALL = 'latentProbeWaterfall';

export interface LatentProbeOptions {
  cue: Cue;
  /** Already known motive (from the why-ladder): skip the why and link it straight away. */
  motive?: string;
  /** The cue responder's tactful why (domain/latent/cues.ts), when it found the cue. */
  why?: CueWhyLine;
}

interface LatentValues {
  rule?: string;
}

/** How the customer took the suggestion linked to the motive. */
export type LinkOutcome = { kind: 'accepted' | 'declined' | 'noted' } | { kind: 'objected'; objection: Objection };

/**
 * The answer to the consultative suggestion: an objection first ("no, too expensive" is worth testing, not
 * filing as a no), then a plain yes or no; anything else keeps the suggestion as noted for the rep.
 */
export function linkOutcome(text: string, locale: Locale): LinkOutcome {
  const kind = detectObjection(text, locale);
  if (kind) return { kind: 'objected', objection: { kind, text, real: null, test: 'none' } };
  const answer = recognizeYesNo(text, locale);
  if (answer === 'yes') return { kind: 'accepted' };
  if (answer === 'no') return { kind: 'declined' };
  return { kind: 'noted' };
}

/**
 * The third fruit seller: ask tactfully about a deviation, a complaint, a constraint or an event, take the
 * answer as the motive, acknowledge the human side first, then link the motive to the offer of its rule
 * (data/motives) with a question, never a pitch; the answer is recorded as accepted, declined or noted, and
 * an objection to it gets the objection test. A motive no rule knows is kept as noted for the rep.
 */
export class LatentProbeDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(LATENT_PROBE_DIALOG);
    this.addDialog(
      new WaterfallDialog(LATENT_PROBE_WATERFALL, [
        this.askWhyStep.bind(this),
        this.linkMotiveStep.bind(this),
        this.recordOutcomeStep.bind(this),
      ]),
    );
    this.addDialog(new ObjectionDialog(deps));
    this.initialDialogId = LATENT_PROBE_WATERFALL;
  }

  private async askWhyStep(step: WaterfallStepContext<LatentProbeOptions>): Promise<DialogTurnResult> {
    const { cue, motive, why } = step.options;
    if (motive !== undefined) return step.next(motive);
    if (why) return step.prompt(TEXT_PROMPT, promptOptions(step.context, why));
    const { playbook } = await profileOf(this.deps, step.context);
    const ns = playbookNamespace(playbook.id);
    const key = [
      ...(cue.norm ? [`${ns}:norms.${cue.norm}.why`] : []),
      ...(cue.area ? [`${ns}:areas.${cue.area}.why`] : []),
      `discovery:latent.why.${cue.kind}`,
      `latent:why.${cue.kind}`,
      'discovery:latent.why.deviation',
    ];
    return step.prompt(TEXT_PROMPT, promptOptions(step.context, { key, params: { quote: { quote: cue.quote }, about: { quote: cue.quote } } }));
  }

  private async linkMotiveStep(step: WaterfallStepContext<LatentProbeOptions>): Promise<DialogTurnResult> {
    const motive = String(step.result ?? '').trim();
    const locale = turnLocale(step.context);
    const { profile, playbook } = await profileOf(this.deps, step.context);
    const cue = step.options.cue;
    const evidence = { quote: motive, turn: profile.turn };
    // The motive as said; failing that, the complaint that prompted the why when its rule may fire on it.
    const rule: MotiveRule | undefined =
      detectMotive(motive, locale, playbook.id)?.rule ?? detectMotive(cue.quote, locale, playbook.id, (r) => !!r.fromCue)?.rule;
    // A stated reason wins over "just because" words in the same answer ("she's pregnant, she likes sour things").
    if (!rule && (!motive || isDontKnow(motive, locale) || isNoMotive(motive, locale))) {
      if (step.options.motive === undefined) await say(step.context, 'discovery:latent.noMotive');
      return step.endDialog();
    }
    if (step.options.motive === undefined) profile.motives.push(motive);
    const t = tr(step.context);
    if (!rule) {
      if (!profile.latentNeeds.some((n) => n.motive === motive)) {
        recordLatentNeed(profile, { text: motive, cue: cue.quote, motive, status: 'noted' }, evidence);
        profile.openQuestions.push(t('discovery:latent.followUp', { motive }));
      }
      if (step.options.motive === undefined) await say(step.context, 'discovery:latent.noted');
      return step.endDialog();
    }
    if (profile.latentNeeds.some((n) => n.rule === rule.id)) {
      if (step.options.motive === undefined) await say(step.context, 'discovery:latent.alreadyNoted');
      return step.endDialog();
    }
    const need: Omit<LatentNeed, 'evidence'> = {
      rule: rule.id,
      text: t(ruleKey(rule, 'need')),
      cue: cue.quote,
      motive,
      offer: t(ruleKey(rule, 'offer')),
      status: 'suggested',
    };
    recordLatentNeed(profile, need, evidence);
    (step.values as LatentValues).rule = rule.id;
    await say(step.context, ruleKey(rule, 'acknowledge'));
    return step.prompt(TEXT_PROMPT, promptOptions(step.context, { key: ruleKey(rule, 'suggest') }));
  }

  private async recordOutcomeStep(step: WaterfallStepContext<LatentProbeOptions>): Promise<DialogTurnResult> {
    const text = String(step.result ?? '').trim();
    const { profile } = await profileOf(this.deps, step.context);
    const need = profile.latentNeeds.find((n) => n.rule === (step.values as LatentValues).rule);
    const outcome = linkOutcome(text, turnLocale(step.context));
    if (need) {
      need.status = outcome.kind === 'objected' ? 'noted' : outcome.kind;
      need.evidence.push({ quote: text, turn: profile.turn });
    }
    if (outcome.kind === 'objected') {
      profile.objections.push(outcome.objection);
      const options: ObjectionOptions = { objection: outcome.objection };
      return step.beginDialog(OBJECTION_DIALOG, options);
    }
    await say(step.context, outcome.kind === 'noted' ? 'latent:link.noted' : `discovery:latent.${outcome.kind}`);
    return step.endDialog();
  }
}
