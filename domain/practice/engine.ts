import { countWords, findPhrase } from '../text';
import { Words } from '../playbook';
import { Locale } from '../types';
import { Classification, classifyQuestion, fixTypos, QuestionType } from './classify';
import { Persona, PersonaFact, personaNamespace } from './persona';


/**
 * The persona's side of a practice conversation: what it says to each line of the rep, as locale keys,
 * and what the rep has earned so far. No SDK here: the practice dialog renders the keys and stores the
 * session in conversation state.
 */

/** One thing the persona says: the first key that exists, and which of its wordings to use. */
export interface ReplyPart {
  keys: string[];
  variant: number;
}

export type PracticeEnd = 'confirmed' | 'left' | 'stopped';
export type Outcome = 'boughtMore' | 'bought' | 'thinking' | 'left';

export interface RepLine {
  text: string;
  type: QuestionType;
  why: boolean;
  /** The persona's areas the line asked about. */
  areas: string[];
  /** Facts the persona gave in answer. */
  revealed: string[];
  /** A product claim before the need was known. */
  premature?: boolean;
  rude?: boolean;
  /** Pushed for the sale before the need was met ("so can we go ahead?"): refused, counted with the pitches. */
  closeEarly?: boolean;
  /** About nothing of the sale ("what's the capital of France?"): the persona stays in character. */
  offTopic?: boolean;
  /** The facts a hypothesis named, in any wording. */
  named?: string[];
  /** The line that tested the objection, linked the latent need to an offer, or confirmed the need. */
  event?: 'objectionTested' | 'offerLinked' | 'hypothesisAgreed' | 'hypothesisPartly' | 'hypothesisRejected' | 'objectionRaised';
  reply: string;
}

export interface PracticeSession {
  persona: string;
  startedAt: string;
  lines: RepLine[];
  /** Facts the rep has heard, in order. */
  heard: string[];
  /** Times each key was said, so the persona varies its wording. */
  said: Record<string, number>;
  offerLinked: boolean;
  objectionsRaised: string[];
  objectionsTested: string[];
  hypothesis: 'none' | 'rejected' | 'partly' | 'agreed';
  repWords: number;
  personaWords: number;
  ended?: PracticeEnd;
  outcome?: Outcome;
}

export interface PersonaTurn {
  parts: ReplyPart[];
  line: RepLine;
  ended?: PracticeEnd;
}

/** Turns reply parts into the words the rep reads, in the rep's language. */
export type RenderReply = (parts: ReplyPart[], locale: Locale) => string;

function mentions(text: string, list: Words | undefined): boolean {
  if (!list) return false;
  return [...list.en, ...list['zh-CN']].some((w) => findPhrase(text, w) !== undefined);
}

export function startSession(persona: Persona, now: Date): PracticeSession {
  return {
    persona: persona.id,
    startedAt: now.toISOString(),
    lines: [],
    heard: [],
    said: {},
    offerLinked: false,
    objectionsRaised: [],
    objectionsTested: [],
    hypothesis: 'none',
    repWords: 0,
    personaWords: 0,
  };
}

/** Counts the session's lines already hold: derived, so they cannot drift from the lines. */
export function prematurePitches(session: PracticeSession): number {
  return session.lines.filter((l) => l.premature && !l.closeEarly).length;
}

export function earlyCloses(session: PracticeSession): number {
  return session.lines.filter((l) => l.closeEarly).length;
}

export function rudeLines(session: PracticeSession): number {
  return session.lines.filter((l) => l.rude).length;
}

export function repeatBacks(session: PracticeSession): number {
  return session.lines.filter((l) => l.type === 'repeat-back' && !l.rude).length;
}

export function askedAreas(session: PracticeSession): string[] {
  return [...new Set(session.lines.flatMap((l) => l.areas))];
}

/** The persona's opening line; counted in the talk ratio like everything it says. */
export function openingOf(persona: Persona, session: PracticeSession, locale: Locale, render: RenderReply): ReplyPart[] {
  const parts = [part(persona, session, 'opening', false)];
  // What the opening says is heard: "anything faster?" can be asked why at once.
  for (const id of persona.opens) if (!session.heard.includes(id)) session.heard.push(id);
  session.personaWords += countWords(render(parts, locale), locale);
  return parts;
}

function part(persona: Persona, session: PracticeSession, key: string, generic = true): ReplyPart {
  const own = `${personaNamespace(persona.id)}:${key}`;
  const variant = session.said[own] ?? 0;
  session.said[own] = variant + 1;
  return { keys: generic ? [own, `practice:persona.${key}`] : [own], variant };
}

function factPart(persona: Persona, session: PracticeSession, fact: PersonaFact, form: 'say' | 'short'): ReplyPart {
  return part(persona, session, `facts.${fact.id}.${form}`, false);
}

/** The persona's areas a line touches: the classifier's generic areas, or the persona's own words. */
export function areasAsked(persona: Persona, c: Classification, text: string): string[] {
  return persona.areas.filter((a) => a.cues.some((cue) => c.areas.includes(cue)) || mentions(text, a.words)).map((a) => a.id);
}

/** The persona's own words, which a rep's typo may be aiming at. */
function vocabularyOf(persona: Persona): string[] {
  const lists = [persona.names, persona.latent.offer, ...persona.areas.map((a) => a.words), ...persona.facts.map((f) => f.gist)];
  return lists.flatMap((w) => (w ? w.en : []));
}

export function latentUncovered(persona: Persona, session: PracticeSession): boolean {
  return persona.latent.requires.every((id) => session.heard.includes(id));
}

function hear(persona: Persona, session: PracticeSession, fact: PersonaFact, revealed: string[]): void {
  for (const id of [fact.id, ...(fact.implies ?? [])]) {
    if (!session.heard.includes(id)) session.heard.push(id);
    if (!revealed.includes(id)) revealed.push(id);
  }
}

function ready(session: PracticeSession, fact: PersonaFact): boolean {
  return (fact.after ?? []).every((id) => session.heard.includes(id));
}

/** Tells the facts; one already told comes with "as I said", so a repeated question gets the same story. */
function tell(persona: Persona, session: PracticeSession, facts: PersonaFact[], form: 'say' | 'short', revealed: string[]): ReplyPart[] {
  const parts: ReplyPart[] = [];
  if (facts.length && facts.every((f) => session.heard.includes(f.id))) parts.push(part(persona, session, 'asISaid'));
  for (const fact of facts) {
    parts.push(factPart(persona, session, fact, form));
    hear(persona, session, fact, revealed);
  }
  return parts;
}

/** Unheard facts first, at most two, so an answer stays the length of a real customer's. */
function pick(session: PracticeSession, facts: PersonaFact[]): PersonaFact[] {
  const fresh = facts.filter((f) => !session.heard.includes(f.id));
  return (fresh.length ? fresh : facts).slice(0, 2);
}

/**
 * One answer per part of the question: the first unheard fact of each area asked ("who is it for, and how
 * many?" gets both), at most three; when every area was answered before, the same story again.
 */
function pickPerArea(session: PracticeSession, facts: PersonaFact[], areas: string[]): PersonaFact[] {
  const chosen: PersonaFact[] = [];
  const asked = areas.filter((area) => facts.some((f) => f.area === area && !session.heard.includes(f.id)));
  // One area asked gets up to two facts of it, as a customer says what comes to mind on the subject.
  const each = asked.length === 1 ? 2 : 1;
  for (const area of asked) chosen.push(...facts.filter((f) => f.area === area && !session.heard.includes(f.id)).slice(0, each));
  if (chosen.length) return chosen.slice(0, 3);
  return pick(session, facts);
}

function answerWhy(persona: Persona, session: PracticeSession, revealed: string[]): ReplyPart[] {
  const ladder = persona.facts.filter((f) => f.reveal === 'why');
  const next = ladder.find((f) => !session.heard.includes(f.id) && ready(session, f));
  if (next) return tell(persona, session, [next], 'say', revealed);
  const top = ladder.filter((f) => session.heard.includes(f.id)).pop();
  // The ladder is climbed: asked again, the persona tells the same motive, not a new one.
  if (top && ladder.every((f) => session.heard.includes(f.id))) return tell(persona, session, [top], 'say', revealed);
  return [part(persona, session, 'reactions.whyEarly')];
}

function answerImpact(persona: Persona, session: PracticeSession, kind: 'impact-unsolved' | 'impact-solved', revealed: string[]): ReplyPart[] {
  const facts = persona.facts.filter((f) => f.reveal === kind && ready(session, f));
  if (facts.length) return tell(persona, session, pick(session, facts), 'say', revealed);
  // Asked what is at stake before the motive is out, a customer says what went wrong: the next rung of
  // the why ladder, once the rep has heard the request it explains. Only with nothing to go on: "hard to say".
  const said = (id: string): boolean => session.heard.includes(id) || persona.facts.some((f) => f.id === id && f.reveal === 'public');
  const rung = session.heard.length === 0 ? undefined : persona.facts.find((f) => f.reveal === 'why' && !session.heard.includes(f.id) && (f.after ?? []).length > 0 && (f.after ?? []).every(said));
  if (rung) return tell(persona, session, [rung], 'say', revealed);
  return [part(persona, session, 'reactions.impactEarly')];
}

function answerQuestion(persona: Persona, session: PracticeSession, c: Classification, areas: string[], revealed: string[]): ReplyPart[] {
  if (c.type === 'closed') {
    const about = persona.facts.filter((f) => f.area && areas.includes(f.area));
    const open = about.filter((f) => f.reveal === 'public');
    if (open.length) return tell(persona, session, pickPerArea(session, open, areas), 'short', revealed);
    const guarded = about.find((f) => f.closed);
    // A closed question about a guarded fact gets what a real customer gives it: yes or no, nothing more.
    if (guarded) return [part(persona, session, guarded.closed === 'yes' ? 'reactions.yes' : 'reactions.no')];
    return [part(persona, session, 'reactions.closedVague')];
  }
  const levels: PersonaFact['reveal'][] = c.type === 'descriptive' ? ['public', 'open', 'describe'] : ['public', 'open'];
  const eligible = persona.facts.filter((f) => levels.includes(f.reveal) && ready(session, f));
  const about = areas.length ? eligible.filter((f) => f.area && areas.includes(f.area)) : [];
  if (about.length) {
    // Describing is what opens up the details: a descriptive question gets the described facts first.
    const order = c.type === 'descriptive' ? [...about.filter((f) => f.reveal === 'describe'), ...about.filter((f) => f.reveal !== 'describe')] : about;
    return tell(persona, session, pickPerArea(session, order, areas), 'say', revealed);
  }
  // A question about nothing in particular: the persona says the next thing on its mind, if any.
  const unheard = eligible.filter((f) => !session.heard.includes(f.id) && (c.type === 'descriptive' || f.reveal === 'public'));
  if (unheard.length) return tell(persona, session, unheard.slice(0, 1), 'say', revealed);
  return [part(persona, session, 'reactions.nothingMore')];
}

function raiseObjection(persona: Persona, session: PracticeSession, line: RepLine): ReplyPart[] {
  const next = persona.objections.find((o) => !session.objectionsRaised.includes(o.id));
  if (!next) return [];
  session.objectionsRaised.push(next.id);
  line.event ??= 'objectionRaised';
  return [part(persona, session, `objections.${next.id}.raise`, false)];
}

function answerOffer(persona: Persona, session: PracticeSession, text: string, line: RepLine): ReplyPart[] {
  if (!latentUncovered(persona, session)) return [part(persona, session, 'reactions.offerEarly')];
  if (!mentions(text, persona.latent.offer)) return [part(persona, session, 'reactions.offerMaybe')];
  const first = !session.offerLinked;
  session.offerLinked = true;
  line.event = 'offerLinked';
  return [part(persona, session, 'reactions.offerWelcome'), ...(first ? raiseObjection(persona, session, line) : [])];
}

function answerObjectionTest(persona: Persona, session: PracticeSession, line: RepLine): ReplyPart[] {
  const open = persona.objections.find((o) => session.objectionsRaised.includes(o.id) && !session.objectionsTested.includes(o.id));
  const last = persona.objections.find((o) => o.id === session.objectionsTested[session.objectionsTested.length - 1]);
  const objection = open ?? last;
  if (!objection) return [part(persona, session, 'reactions.noObjection')];
  if (open) session.objectionsTested.push(open.id);
  line.event = 'objectionTested';
  return [part(persona, session, `objections.${objection.id}.${objection.real ? 'real' : 'fake'}`, false)];
}

function end(persona: Persona, session: PracticeSession, how: PracticeEnd): ReplyPart[] {
  session.ended = how;
  const sold = session.hypothesis === 'agreed' || explicitNeedKnown(persona, session);
  session.outcome = how === 'left' ? 'left' : sold && session.offerLinked ? 'boughtMore' : sold ? 'bought' : 'thinking';
  return [part(persona, session, `endings.${session.outcome}`)];
}

/** The need's facts a line names, by their gist words in either language. */
export function namedFacts(persona: Persona, text: string): string[] {
  const ids = [...persona.need.core, ...persona.need.key];
  return persona.facts.filter((f) => ids.includes(f.id) && mentions(text, f.gist)).map((f) => f.id);
}

/** How a hypothesis stands, judged on what it names: the core of the need and one more fact agree it. */
export function hypothesisVerdict(persona: Persona, named: string[]): 'agreed' | 'partly' | 'rejected' {
  const core = named.filter((id) => persona.need.core.includes(id)).length;
  if (core >= 1 && named.length >= 2) return 'agreed';
  return named.length ? 'partly' : 'rejected';
}

const RANK = { none: 0, rejected: 1, partly: 2, agreed: 3 } as const;

function answerHypothesis(persona: Persona, session: PracticeSession, text: string, line: RepLine): ReplyPart[] {
  const named = namedFacts(persona, text);
  line.named = named;
  const verdict = hypothesisVerdict(persona, named);
  if (RANK[verdict] > RANK[session.hypothesis]) session.hypothesis = verdict;
  if (verdict === 'agreed') {
    line.event = 'hypothesisAgreed';
    // A bold, right guess is as good as an answer: the customer confirms what the rep named.
    for (const id of named) {
      const fact = persona.facts.find((f) => f.id === id) as PersonaFact;
      hear(persona, session, fact, line.revealed);
    }
    return [part(persona, session, 'reactions.hypothesisYes')];
  }
  line.event = verdict === 'partly' ? 'hypothesisPartly' : 'hypothesisRejected';
  return [part(persona, session, verdict === 'partly' ? 'reactions.hypothesisPartly' : 'reactions.hypothesisNo')];
}

/** The need is met once the customer agreed to it or took up the offer that meets it. */
function needMet(persona: Persona, session: PracticeSession): boolean {
  return session.hypothesis === 'agreed' || session.offerLinked || explicitNeedKnown(persona, session);
}

/** The rep knows what the customer came for (a jin of sour plums): enough to sell that, and only that. */
function explicitNeedKnown(persona: Persona, session: PracticeSession): boolean {
  return persona.buys.length > 0 && persona.buys.every((id) => session.heard.includes(id));
}

/** Agreed, repeated and offered, with no worry left untested: the customer closes without being asked. */
function naturalClose(persona: Persona, session: PracticeSession, line: RepLine, parts: ReplyPart[]): ReplyPart[] {
  // The line is not in the session yet.
  const repeated = repeatBacks(session) + (line.type === 'repeat-back' && !line.rude ? 1 : 0);
  if (session.ended || session.hypothesis !== 'agreed' || !session.offerLinked || repeated === 0) return parts;
  if (session.objectionsRaised.some((id) => !session.objectionsTested.includes(id))) return parts;
  return [...parts, ...end(persona, session, 'confirmed')];
}

function answerRepeatBack(persona: Persona, session: PracticeSession): ReplyPart[] {
  return [part(persona, session, 'reactions.repeatYes')];
}

function answerClose(persona: Persona, session: PracticeSession, line: RepLine): ReplyPart[] {
  if (needMet(persona, session)) return end(persona, session, 'confirmed');
  line.closeEarly = true;
  line.premature = true;
  if (prematurePitches(session) + earlyCloses(session) + 1 >= persona.patience.pitches + 1) return end(persona, session, 'left');
  return [part(persona, session, 'reactions.closeEarly')];
}

function react(persona: Persona, session: PracticeSession, c: Classification, text: string, line: RepLine, areas: string[]): ReplyPart[] {
  if (c.rude) {
    line.rude = true;
    // The line is not in the session yet: it is the one more the persona has to stand.
    if (rudeLines(session) + 1 >= persona.patience.rude) return end(persona, session, 'left');
    return [part(persona, session, 'reactions.rude')];
  }
  // A proposal that names the offer is the offer, even when it ends "shall I send you some?".
  const offering = (c.type === 'consultative' || c.type === 'pitch') && mentions(text, persona.latent.offer);
  const proposing = c.type === 'hypothesis' || c.type === 'objection-test' || offering;
  if (c.close && !proposing) return answerClose(persona, session, line);
  if (c.offTopic && areas.length === 0) {
    line.offTopic = true;
    return [part(persona, session, 'reactions.offTopic')];
  }
  const uncovered = latentUncovered(persona, session);
  if (c.type === 'pitch' && !uncovered) {
    line.premature = true;
    if (prematurePitches(session) + 1 >= persona.patience.pitches) return end(persona, session, 'left');
    return [part(persona, session, 'reactions.pitch')];
  }
  const revealed = line.revealed;
  switch (c.type) {
    case 'hypothesis':
      return answerHypothesis(persona, session, text, line);
    case 'repeat-back':
      return answerRepeatBack(persona, session);
    case 'objection-test':
      return answerObjectionTest(persona, session, line);
    case 'consultative':
    case 'pitch':
      return answerOffer(persona, session, text, line);
    case 'impact-unsolved':
    case 'impact-solved':
      return answerImpact(persona, session, c.type, revealed);
    case 'open':
    case 'descriptive':
    case 'clarifying':
    case 'closed':
      if (c.why && c.type !== 'closed') return answerWhy(persona, session, revealed);
      return answerQuestion(persona, session, c, areas, revealed);
    default:
      return [part(persona, session, session.lines.length === 0 ? 'reactions.greeting' : 'reactions.other')];
  }
}

/** A rep's line is a question or two; a pasted essay is judged by its start, which keeps a turn cheap. */
export const MAX_LINE = 1000;

/** One line of the rep and the persona's answer to it. */
export function respond(persona: Persona, session: PracticeSession, said: string, locale: Locale, render: RenderReply): PersonaTurn {
  const typed = said.length > MAX_LINE ? said.slice(0, MAX_LINE) : said;
  const vocabulary = vocabularyOf(persona);
  // The rep's slips are read as meant; the line keeps what was typed, for the transcript and the tips.
  const text = fixTypos(typed, locale, vocabulary);
  const c = classifyQuestion(text, locale, vocabulary);
  const asks = c.type !== 'other' && c.type !== 'pitch';
  const areas = asks ? areasAsked(persona, c, text) : [];
  const line: RepLine = { text: typed, type: c.type, why: c.why, areas, revealed: [], reply: '' };
  const parts = naturalClose(persona, session, line, react(persona, session, c, text, line, areas));
  line.reply = render(parts, locale);
  session.repWords += countWords(typed, locale);
  session.personaWords += countWords(line.reply, locale);
  session.lines.push(line);
  return { parts, line, ended: session.ended };
}

/** The rep ends the session ("end practice"): the persona takes its leave in character. */
export function stopSession(persona: Persona, session: PracticeSession, locale: Locale, render: RenderReply): ReplyPart[] {
  const parts = end(persona, session, 'stopped');
  session.personaWords += countWords(render(parts, locale), locale);
  return parts;
}
