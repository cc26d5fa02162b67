import { QuestionType } from './classify';
import { earlyCloses, latentUncovered, Outcome, PracticeSession, prematurePitches, RepLine, repeatBacks, rudeLines } from './engine';
import { motiveOf, Persona, personaNamespace } from './persona';

/**
 * The scorecard of a practice session, computed from what happened (never from wording), so the same
 * card can be drawn in either language. Each part says how its points were earned; the weights are here
 * and shown on the card, so a rep can see how to gain points.
 */

export type PartId = 'coverage' | 'explicit' | 'depth' | 'latent' | 'hypothesis' | 'repeat' | 'objection' | 'mix' | 'talk' | 'pitching' | 'rudeness';

export interface ScorePart {
  id: PartId;
  points: number;
  /** Negative for penalties. */
  max: number;
  /** Numbers behind the points, for the card's explanation (`practice:score.<id>.detail`); `count` picks its plural form. */
  detail: Record<string, number | string>;
}

export interface Tip {
  /** `practice:tips.<problem>`: what to do differently. */
  problem: string;
  /** The rep's own line. */
  quote: string;
  /** The better question: the persona's own wording first, then the generic one. */
  better: string[];
  /** The persona's areas the tip names (the ones never asked about). */
  areas?: string[];
}

export interface Scorecard {
  persona: string;
  score: number;
  outcome: Outcome;
  parts: ScorePart[];
  /** How many of the rep's lines were of each type. */
  mix: Partial<Record<QuestionType, number>>;
  questions: number;
  closedShare: number;
  tooManyClosed: boolean;
  talkRatio: number;
  latentUncovered: boolean;
  offerLinked: boolean;
  motiveReached: boolean;
  missingAreas: string[];
  tips: Tip[];
  turns: number;
}

/**
 * Weights of the positive parts add up to 100. The explicit need (what the customer came for) has its own
 * part: the second fruit seller, who learns it and sells it, is an average rep, not a failing one.
 */
export const WEIGHTS = { coverage: 15, explicit: 10, depth: 20, latentUncovered: 8, latentLinked: 7, hypothesis: 10, repeat: 10, objection: 10, mix: 5, talk: 5, pitch: 10, rude: 10 };
const MAX_PITCH_PENALTY = 30;
const MAX_RUDE_PENALTY = 20;
/** More closed questions than this share of all questions feels like an interrogation (METHOD). */
export const CLOSED_LIMIT = 0.5;

function isQuestion(line: RepLine): boolean {
  return line.type !== 'other' && line.type !== 'pitch';
}

function mixPoints(closedShare: number, questions: number): number {
  if (questions === 0) return 0;
  if (closedShare <= 0.35) return WEIGHTS.mix;
  if (closedShare <= CLOSED_LIMIT) return 3;
  if (closedShare <= 0.65) return 1;
  return 0;
}

function talkPoints(ratio: number, personaWords: number, questions: number): number {
  // Saying little earns nothing when nothing was asked: the walk-away after a pitch is short too.
  if (personaWords === 0 || questions === 0) return 0;
  if (ratio <= 1) return WEIGHTS.talk;
  if (ratio <= 1.5) return 3;
  if (ratio <= 2) return 1;
  return 0;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

export function scoreSession(persona: Persona, session: PracticeSession): Scorecard {
  // A rude line earns nothing: it is left out of the questions, the areas and the mix, and the card says so.
  const lines = session.lines.filter((l) => !l.rude);
  const questions = lines.filter(isQuestion);
  const mix: Partial<Record<QuestionType, number>> = {};
  for (const line of lines) mix[line.type] = (mix[line.type] ?? 0) + 1;
  const closed = mix.closed ?? 0;
  const closedShare = questions.length ? closed / questions.length : 0;
  const talkRatio = session.personaWords ? session.repWords / session.personaWords : session.repWords ? Infinity : 0;

  const areaIds = persona.areas.map((a) => a.id);
  const touched = [...new Set(lines.flatMap((l) => l.areas))];
  const asked = areaIds.filter((a) => touched.includes(a));
  const missingAreas = areaIds.filter((a) => !asked.includes(a));
  const ladder = persona.facts.filter((f) => f.reveal === 'why');
  const climbed = ladder.filter((f) => session.heard.includes(f.id)).length;
  const motiveReached = session.heard.includes(motiveOf(persona).id);
  const uncovered = latentUncovered(persona, session);
  const objectionTested = session.objectionsTested.length > 0;
  const repeated = repeatBacks(session);
  const pitches = prematurePitches(session);
  const closes = earlyCloses(session);
  const explicitHeard = persona.buys.filter((id) => session.heard.includes(id)).length;
  const rude = rudeLines(session);

  const parts: ScorePart[] = [
    { id: 'coverage', points: Math.round((WEIGHTS.coverage * asked.length) / areaIds.length), max: WEIGHTS.coverage, detail: { asked: asked.length, total: areaIds.length } },
    {
      id: 'explicit',
      points: persona.buys.length ? Math.round((WEIGHTS.explicit * explicitHeard) / persona.buys.length) : WEIGHTS.explicit,
      max: WEIGHTS.explicit,
      detail: { heard: explicitHeard, total: persona.buys.length },
    },
    {
      id: 'depth',
      points: motiveReached ? WEIGHTS.depth : Math.round((WEIGHTS.depth * climbed) / Math.max(1, ladder.length + 1)),
      max: WEIGHTS.depth,
      detail: { climbed, rungs: ladder.length, count: lines.filter((l) => l.why).length },
    },
    {
      id: 'latent',
      points: (uncovered ? WEIGHTS.latentUncovered : 0) + (uncovered && session.offerLinked ? WEIGHTS.latentLinked : 0),
      max: WEIGHTS.latentUncovered + WEIGHTS.latentLinked,
      detail: { uncovered: uncovered ? 1 : 0, linked: session.offerLinked ? 1 : 0 },
    },
    {
      id: 'hypothesis',
      // Stating a hypothesis is the step; naming the need earns the rest (METHOD: test boldly).
      points: session.hypothesis === 'agreed' ? WEIGHTS.hypothesis : session.hypothesis === 'partly' ? 6 : session.hypothesis === 'rejected' ? 3 : 0,
      max: WEIGHTS.hypothesis,
      detail: { state: session.hypothesis },
    },
    { id: 'repeat', points: repeated > 0 ? WEIGHTS.repeat : 0, max: WEIGHTS.repeat, detail: { count: repeated } },
    {
      id: 'objection',
      points: objectionTested ? WEIGHTS.objection : 0,
      max: WEIGHTS.objection,
      detail: {
        count: session.objectionsRaised.length,
        tested: session.objectionsTested.length,
        // What the test showed: a real objection is the thing to solve, a fake one hides the real worry.
        verdict: objectionTested ? (persona.objections.find((o) => o.id === session.objectionsTested[0])?.real ? 'real' : 'fake') : 'none',
      },
    },
    {
      id: 'mix',
      points: mixPoints(closedShare, questions.length),
      max: WEIGHTS.mix,
      detail: { closed, count: questions.length, share: Math.round(closedShare * 100) },
    },
    {
      id: 'talk',
      points: talkPoints(talkRatio, session.personaWords, questions.length),
      max: WEIGHTS.talk,
      detail: { ratio: Number.isFinite(talkRatio) ? round1(talkRatio) : '∞', rep: session.repWords, persona: session.personaWords },
    },
    // Pushing for the order before the need is met costs what a premature pitch costs, and is shown as such.
    { id: 'pitching', points: -Math.min(MAX_PITCH_PENALTY, WEIGHTS.pitch * (pitches + closes)), max: -MAX_PITCH_PENALTY, detail: { count: pitches, closes } },
    { id: 'rudeness', points: -Math.min(MAX_RUDE_PENALTY, WEIGHTS.rude * rude), max: -MAX_RUDE_PENALTY, detail: { count: rude } },
  ];
  const sum = parts.reduce((s, p) => s + p.points, 0);
  const card: Scorecard = {
    persona: persona.id,
    score: Math.max(0, Math.min(100, Math.round(sum))),
    outcome: session.outcome ?? 'thinking',
    parts,
    mix,
    questions: questions.length,
    closedShare: round1(closedShare * 100) / 100,
    tooManyClosed: questions.length >= 3 && closedShare > CLOSED_LIMIT,
    talkRatio: Number.isFinite(talkRatio) ? round1(talkRatio) : -1,
    latentUncovered: uncovered,
    offerLinked: session.offerLinked,
    motiveReached,
    missingAreas,
    tips: [],
    turns: session.lines.length,
  };
  card.tips = tipsFor(persona, session, card);
  return card;
}

/** Better questions whose persona wording names what the rep has not heard: generic until it is earned. */
const REVEALING = new Set(['describe', 'impact', 'impactSolved', 'offer', 'objection', 'hypothesis', 'repeat']);

function better(persona: Persona, key: string, card: Scorecard): string[] {
  const earned = key === 'offer' ? card.latentUncovered : card.motiveReached;
  const generic = `practice:better.${key}`;
  return REVEALING.has(key) && !earned ? [generic] : [`${personaNamespace(persona.id)}:better.${key}`, generic];
}

/**
 * Three tips, most costly mistake first, each quoting the rep's line that shows the problem and offering a
 * better question. Every tip is read off the same facts as the card's rows (the card is passed in), so a tip
 * never contradicts a row; a tip never suggests a kind of question the rep already asked, and a better
 * question in the persona's own words is offered only once the rep has earned what it names.
 * With fewer than three mistakes, the rest are ways to go further from lines that worked.
 */
function tipsFor(persona: Persona, session: PracticeSession, card: Scorecard): Tip[] {
  const all = session.lines;
  const lines = all.filter((l) => !l.rude);
  const questions = lines.filter(isQuestion);
  const asked = (type: QuestionType): boolean => lines.some((l) => l.type === type);
  const tips: Tip[] = [];
  const quoted = new Set<RepLine>();
  const add = (problem: string, line: RepLine | undefined, betterKey: string, areas?: string[]): void => {
    if (!line || tips.length >= 3 || tips.some((t) => t.problem === problem)) return;
    tips.push({ problem, quote: line.text, better: better(persona, betterKey, card), ...(areas ? { areas } : {}) });
    quoted.add(line);
  };
  const fresh = (candidates: RepLine[]): RepLine | undefined => candidates.find((l) => !quoted.has(l)) ?? candidates[0];
  const last = lines[lines.length - 1] ?? all[all.length - 1];

  add('pitch', all.find((l) => l.premature && !l.closeEarly), 'open');
  add('closeEarly', all.find((l) => l.closeEarly), 'hypothesis');
  add('rude', all.find((l) => l.rude), 'open');
  if (!card.motiveReached) {
    const ladder = persona.facts.filter((f) => f.reveal === 'why');
    const climbed = ladder.some((f) => session.heard.includes(f.id));
    // The answer a "why" should have followed: the line that earned the foot of the next rung.
    const foot = ladder.find((f) => !session.heard.includes(f.id))?.after ?? [];
    const where = lines.filter((l) => l.revealed.some((r) => foot.includes(r)));
    const whys = lines.filter((l) => l.why);
    if (climbed) add('whyDeeper', fresh([...whys.slice(-1), ...where]), 'whyDeeper');
    // Asked why, but about nothing unusual yet: the advice is where to ask it, not to ask it.
    else if (whys.length) add('whyEarly', fresh([...whys]), 'why');
    else add('why', fresh([...where, ...questions.slice(-1)]), 'why');
  }
  const guarded = questions.filter((l) => l.type === 'closed' && l.revealed.length === 0 && l.areas.length > 0);
  if (card.tooManyClosed || guarded.length) {
    const line = fresh([...guarded, ...questions.filter((l) => l.type === 'closed')]);
    add('closed', line, line?.areas[0] ? `areas.${line.areas[0]}` : 'open');
  }
  if (card.missingAreas.length) {
    // "Deep before broad" only when a deep question came while areas were still unasked; else name the gap.
    const deep = lines.find((l) => l.why || l.type === 'impact-unsolved' || l.type === 'impact-solved');
    if (deep) add('coverage', deep, `areas.${card.missingAreas[0]}`, card.missingAreas);
    else add('coverageMissed', fresh(questions.length ? [...questions].reverse() : lines), `areas.${card.missingAreas[0]}`, card.missingAreas);
  }
  const motive = motiveOf(persona).id;
  if (card.motiveReached && !asked('impact-unsolved') && !asked('impact-solved')) add('impact', fresh(lines.filter((l) => l.revealed.includes(motive))), 'impact');
  if (card.latentUncovered && !card.offerLinked) add('offer', fresh(lines.filter((l) => l.revealed.some((r) => persona.latent.requires.includes(r)))), 'offer');
  if (session.objectionsRaised.length && !session.objectionsTested.length) add('objection', fresh(lines.filter((l) => l.event === 'objectionRaised')), 'objection');
  if (session.hypothesis === 'partly') add('hypothesisPartly', lines.find((l) => l.event === 'hypothesisPartly'), 'hypothesis');
  else if (session.hypothesis === 'rejected') add('hypothesisWrong', lines.find((l) => l.event === 'hypothesisRejected'), 'hypothesis');
  else if (session.hypothesis === 'none' && lines.length) add('hypothesis', fresh([...lines].reverse()), 'hypothesis');
  if (repeatBacks(session) === 0 && lines.length) add('repeat', fresh([...lines.filter((l) => l.revealed.length > 0).reverse(), last]), 'repeat');
  // Fewer than three mistakes: go further from lines that worked.
  for (const line of questions.filter((l) => l.type === 'closed')) add('closedPolish', fresh([line]), line.areas[0] ? `areas.${line.areas[0]}` : 'open');
  if (!asked('descriptive')) add('describe', fresh(questions.filter((l) => l.type === 'open')), 'describe');
  if (!asked('impact-solved')) add('impactSolved', fresh([...questions.filter((l) => l.type === 'impact-unsolved'), ...questions]), 'impactSolved');
  add('listen', fresh(lines.length ? lines : all), 'open');
  return tips;
}
