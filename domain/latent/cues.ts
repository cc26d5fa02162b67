import { Playbook, playbookNamespace } from '../playbook';
import { splitClauses } from '../reading/clauses';
import { CueFact, Reading } from '../reading/types';
import { Cue, Locale, NeedProfile } from '../types';
import { heldHits, hedged } from './holds';

/**
 * The cue slot of the respond stage (DESIGN.md 3.6; the `CueResponder` of domain/respond/types.ts): a cue in
 * any answer, whatever was asked, gets one tactful why. Cues are deviations from the playbook's norms (the
 * third fruit seller's "why sour, when most want sweet?"), complaints, constraints of place or people and
 * events, as the reader found them in clauses said as true. Shapes mirror domain/respond/types.ts so that
 * the function plugs into the pipeline at merge without a conversion.
 */

export interface CueWhyLine {
  key: string | string[];
  params?: Record<string, { quote: string }>;
}

export interface CueWhy {
  /** Names the cue so it is asked about once (the pipeline keeps it in its memory's `cues`). */
  id: string;
  line: CueWhyLine;
  /** The cue as the profile keeps it, for `recordCue`. */
  cue: Cue;
}

export interface CueContext {
  playbook: Playbook;
  memory: { cues: readonly string[] };
  locale: Locale;
  /** The area the answer was given to, when known: a cue belongs to the question it answered. */
  area?: string;
  turn?: number;
}

/** A conversation is not an interrogation: at most this many whys about cues. */
export const MAX_CUE_WHYS = 3;

/** Reader cue kinds in the order they are worth a why: a deviation says most about a motive. */
const ORDER: CueFact['cue'][] = ['deviation', 'complaint', 'event', 'constraint'];

function idOf(kind: string, what: string): string {
  return `${kind}:${what.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

/** Deviations from the playbook's norms, said as true in a clause of the message. */
function normCues(reading: Reading, ctx: CueContext): CueWhy[] {
  const clauses = reading.clauses.length ? reading.clauses : splitClauses(reading.text, ctx.locale);
  const ns = playbookNamespace(ctx.playbook.id);
  const out: CueWhy[] = [];
  for (const norm of ctx.playbook.norms) {
    const words = [...norm.deviation[ctx.locale], ...norm.deviation[ctx.locale === 'en' ? 'zh-CN' : 'en']];
    const clause = clauses.find((c) => heldHits(c, words, ctx.locale).length > 0);
    if (!clause) continue;
    const hit = heldHits(clause, words, ctx.locale)[0];
    const about = clause.text.slice(hit.start, hit.end);
    out.push({
      id: idOf('norm', norm.id),
      line: { key: [`${ns}:norms.${norm.id}.why`, 'latent:why.deviation'], params: { quote: { quote: about }, about: { quote: about } } },
      cue: { kind: 'deviation', area: norm.area, quote: clause.text, norm: norm.id, turn: ctx.turn },
    });
  }
  return out;
}

/** The reader's cues, in order of worth; a hedged clause says nothing as true. */
function readerCues(reading: Reading, ctx: CueContext): CueWhy[] {
  const facts = reading.facts.filter((f): f is CueFact => f.kind === 'cue');
  const clauseOf = (text: string | undefined) => reading.clauses.find((c) => c.text === text);
  return ORDER.flatMap((kind) =>
    facts
      .filter((f) => f.cue === kind)
      .filter((f) => {
        const clause = clauseOf(f.clause);
        return !clause || !hedged(clause, ctx.locale);
      })
      .map((f) => {
        const about = f.about ?? f.clause ?? reading.text;
        return {
          id: idOf(kind, about),
          line: { key: [`latent:why.${kind}`], params: { about: { quote: about }, quote: { quote: f.clause ?? about } } },
          cue: { kind, area: ctx.area, quote: f.clause ?? about, turn: ctx.turn },
        };
      }),
  );
}

/** The profile's cues already asked about, as ids: a why is never asked twice, whoever asked it. */
function probedIds(profile: NeedProfile): string[] {
  return profile.cues.filter((c) => c.probed).flatMap((c) => [idOf(c.kind, c.quote), ...(c.norm ? [idOf('norm', c.norm)] : [])]);
}

/**
 * The tactful why for the first cue of the message not asked about yet, or nothing: after MAX_CUE_WHYS
 * whys, for a norm already asked about, or for the same words already asked about.
 */
export function cueWhy(reading: Reading, profile: NeedProfile, ctx: CueContext): CueWhy | undefined {
  const asked = new Set([...ctx.memory.cues, ...probedIds(profile)]);
  if (profile.cues.filter((c) => c.probed).length >= MAX_CUE_WHYS) return undefined;
  const candidates = [...normCues(reading, ctx), ...readerCues(reading, ctx)];
  return candidates.find((c) => !asked.has(c.id) && !asked.has(idOf(c.cue.kind, c.cue.quote)));
}

/** Keeps the cue on the profile as asked about, so no later turn asks the same why. */
export function recordCue(profile: NeedProfile, why: CueWhy): void {
  const same = profile.cues.find((c) => c.kind === why.cue.kind && c.quote === why.cue.quote && c.turn === why.cue.turn);
  if (same) same.probed = true;
  else profile.cues.push({ ...why.cue, probed: true });
}
