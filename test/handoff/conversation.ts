import { ComponentDialog } from 'botbuilder-dialogs';
import { interpretAnswer } from '../../domain/discovery';
import { matchingData } from '../../domain/lexicon';
import { loadPlaybooks, Playbook } from '../../domain/playbook';
import { recordLatentNeed } from '../../domain/latent';
import { emptyProfile, LatentStatus, Locale, NeedProfile } from '../../domain/types';
import { ExtendedProfile } from '../../domain/synthesis';
import { translator } from '../../services/i18n';
import { HypothesisDialog } from '../../dialogs/discovery/HypothesisDialog';
import { ConsensusDialog } from '../../dialogs/discovery/ConsensusDialog';
import { HandoffDialog, HandoffDialogOptions } from '../../dialogs/discovery/HandoffDialog';
import { DialogDeps } from '../../dialogs/shared/deps';
import { dialogSession, profileOf } from '../support/dialogHarness';
import { REFERENCE_DATE } from '../support/harness';
import { buildNeedDefinition, NeedRecord } from '../../services/handoff/needDefinition';
import { meta } from './fixtures';

const PLAYBOOKS = loadPlaybooks();

/** One customer line of the discovery part, as the listening dialogs would hand it to the domain. */
export type Step =
  | { area: string; say: string }
  | { say: string }
  | { why: string }
  | { focus: string }
  | { latent: string; motive: string; status: LatentStatus }
  | { asks: string };

export interface Script {
  playbook: string;
  locale: Locale;
  discovery: Step[];
  /** The customer's lines at the hypothesis, the read-back and the consent question, through the real dialogs. */
  hypothesis: string[];
  readBack: string[];
  consent: string[];
}

/** The discovery part through interpretAnswer, as the breadth, focus and depth dialogs do it. */
function discover(script: Script, playbook: Playbook): NeedProfile {
  const profile = emptyProfile(script.playbook, script.locale) as ExtendedProfile;
  const ctx = { now: REFERENCE_DATE, locale: script.locale };
  const lists = { listFillers: matchingData().listFillers };
  const t = translator(script.locale);
  for (const step of script.discovery) {
    if ('focus' in step) profile.focusArea = step.focus;
    else if ('why' in step) {
      interpretAnswer(profile, playbook, undefined, step.why, ctx, lists);
      profile.motives.push(step.why);
    } else if ('latent' in step) {
      const ns = `playbook-${playbook.id}:latent.${step.latent}`;
      recordLatentNeed(
        profile,
        { rule: step.latent, text: String(t(`${ns}.need`)), motive: step.motive, offer: String(t(`${ns}.offer`)), status: step.status, cue: step.motive },
        { quote: step.motive, turn: profile.turn },
      );
    } else if ('asks' in step) {
      // The listening engineer's responders record the customer's questions on the profile; this stands in for them.
      (profile.questions ??= []).push(step.asks);
      profile.turn += 1;
    } else interpretAnswer(profile, playbook, 'area' in step ? step.area : undefined, step.say, ctx, lists);
  }
  return profile;
}

async function closing(dialog: (deps: DialogDeps) => ComponentDialog, script: Script, profile: NeedProfile, lines: string[], options?: object): Promise<NeedProfile> {
  const session = dialogSession(dialog, {
    locale: script.locale,
    options,
    seed: { playbook: script.playbook, profile: (p) => Object.assign(p, structuredClone(profile)) },
  });
  await session.send(script.locale === 'en' ? 'hello' : '你好');
  for (const line of lines) await session.send(line);
  return profileOf(session);
}

/** A whole conversation: discovery through the domain, then the hypothesis, read-back and handoff dialogs; the record a rep gets. */
export async function converse(script: Script): Promise<{ record: NeedRecord; profile: NeedProfile }> {
  const playbook = PLAYBOOKS.get(script.playbook) as Playbook;
  let profile = discover(script, playbook);
  profile = await closing((deps) => new HypothesisDialog(deps), script, profile, script.hypothesis);
  profile = await closing((deps) => new ConsensusDialog(deps), script, profile, script.readBack);
  const options: HandoffDialogOptions = { trigger: 'discovery-complete', agreed: profile.confirmation === 'confirmed' };
  profile = await closing((deps) => new HandoffDialog(deps), script, profile, script.consent, options);
  return { record: buildNeedDefinition(profile, meta({ transcript: [] })), profile };
}
