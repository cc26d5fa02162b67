import { NeedProfile } from './types';

/**
 * The parts a need statement is made of, in the customer's words where we have them. Rendering the
 * sentence is the locale files' job; choosing what goes in is the domain's.
 */
export interface StatementParts {
  focusArea?: string;
  /** The pain that drives the need, when the customer named one. */
  pain?: string;
  /** What the customer asked for in the focus area, when there is no pain. */
  want?: string;
  goal?: string;
  motive?: string;
  /** The last revision the customer asked for. */
  revision?: string;
  acceptedOffers: string[];
}

function lastQuote(profile: NeedProfile, area: string | undefined): string | undefined {
  if (!area) return undefined;
  const answers = profile.answers[area];
  return answers?.length ? answers[answers.length - 1].quote : undefined;
}

export function statementParts(profile: NeedProfile): StatementParts {
  const focusPain = profile.pains.find((p) => p.evidence.some((e) => profile.answers[profile.focusArea ?? '']?.some((a) => a.turn === e.turn)));
  const revised = [...profile.hypotheses].reverse().find((h) => h.revision);
  const pain = focusPain?.text ?? profile.pains[0]?.text;
  return {
    focusArea: profile.focusArea,
    pain,
    want: pain ? undefined : lastQuote(profile, profile.focusArea),
    goal: lastQuote(profile, 'goals'),
    motive: profile.motives[profile.motives.length - 1],
    revision: revised?.revision,
    acceptedOffers: profile.latentNeeds.filter((n) => n.status === 'accepted' && n.offer).map((n) => n.offer as string),
  };
}
