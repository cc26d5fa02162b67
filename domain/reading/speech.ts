import { Locale } from '../types';
import { findOccurrences, HAN, LATIN, negatedBefore } from '../text';
import { recognizeYesNo } from '../understand/yesNo';
import { clauseNegations, foldClause } from './clauses';
import { loadSpeech, SpeechData } from './speech/data';
import { findCorrections } from './speech/corrections';
import { generalCueWords } from './speech/cues';
import {
  AnswerValue,
  Clause,
  CueKind,
  Fact,
  FeelingKind,
  Finder,
  QuestionTopic,
  ReadContext,
  RequestKind,
} from './types';

/**
 * The speech family of the reader: what the customer says about the talk itself (an answer, a correction, a
 * question or request to the bot) and how they feel or what drives the need (feelings and cues). Word lists
 * live in data/reading/speech.<lng>.json; a denied or hypothetical clause never yields a feeling or a cue.
 */

interface Hit {
  phrase: string;
  start: number;
  end: number;
  negated: boolean;
}

/** A phrase written "^..." in the data counts only where it opens the clause (the Chinese "hurry up" alone, not inside "faster broadband"). */
const ANCHOR = '^';

function split(phrases: readonly string[]): { free: string[]; anchored: string[] } {
  return {
    free: phrases.filter((p) => !p.startsWith(ANCHOR)),
    anchored: phrases.filter((p) => p.startsWith(ANCHOR)).map((p) => p.slice(ANCHOR.length)),
  };
}

/** Every phrase of the list in the clause, each marked when a negation stands just before it. */
export function clauseHits(clause: Clause, phrases: readonly string[]): Hit[] {
  const folded = foldClause(clause.text);
  const { free, anchored } = split(phrases);
  const hits = findOccurrences(folded, free, { hasHan: HAN.test(folded), hasLatin: LATIN.test(folded) });
  const head = folded.trimStart();
  const at = folded.length - head.length;
  const opening = anchored
    .filter((p) => head.startsWith(p) && (HAN.test(p) || !/[\p{L}\p{N}]/u.test(head.charAt(p.length))))
    .sort((a, b) => b.length - a.length)[0];
  if (opening && !hits.some((h) => h.start < at + opening.length)) hits.unshift({ phrase: opening, start: at, end: at + opening.length });
  return hits.map((o) => ({ ...o, negated: negatedBefore(folded.slice(0, o.start), o.phrase) }));
}

/** Both languages' lists, the message's own first: customers mix scripts. */
function both(locale: Locale): SpeechData[] {
  return [loadSpeech(locale), loadSpeech(locale === 'en' ? 'zh-CN' : 'en')];
}

function phrasesOf<K extends string>(locale: Locale, pick: (d: SpeechData) => Partial<Record<K, string[]>>, key: K): string[] {
  return both(locale).flatMap((d) => pick(d)[key] ?? []);
}

/**
 * A feeling or a cue counts only when said as true: not in a denied clause (unless the denial is the phrase's
 * own, as in "nobody follows up"), not in a hypothetical one, except a worry ("I'm worried they won't wear
 * them if...", the Chinese "if ... it would be trouble"): the fear is real even when its object is not.
 */
function sayable(clause: Clause, hit: Hit, locale: Locale, worry = false): boolean {
  if (hit.negated) return false;
  const folded = foldClause(clause.text);
  if (clause.negated && !clauseNegations(folded, locale).every((n) => n.start >= hit.start && n.end <= hit.end)) return false;
  // A worry is about what may happen: the Chinese "in case ... it would be trouble" voices a present worry in a hypothetical clause.
  if (clause.irrealis && !worry) return false;
  return true;
}

// ─── answers ────────────────────────────────────────────────────────────────────────────────────────────

/** The answer word that opens a clause (after fillers), longest first; a whole-clause match wins. */
function openingAnswer(clause: Clause, data: SpeechData): { value: AnswerValue; phrase: string; whole: boolean } | undefined {
  const folded = bare(clause, data);
  let best: { value: AnswerValue; phrase: string; whole: boolean } | undefined;
  for (const value of ['partly', 'no', 'yes'] as const) {
    for (const phrase of data.answer[value]) {
      const whole = folded === phrase;
      const opens = folded.startsWith(phrase) && (HAN.test(phrase) || !/[\p{L}\p{N}']/u.test(folded.charAt(phrase.length)));
      if (!opens) continue;
      if (!best || (whole && !best.whole) || (whole === best.whole && phrase.length > best.phrase.length)) best = { value, phrase, whole };
    }
  }
  return best;
}

/** The clause's text after its fillers, folded. */
function bare(clause: Clause, data: SpeechData): string {
  let folded = foldClause(clause.text).trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of data.answer.fillers) {
      if (folded.startsWith(`${f} `) || (HAN.test(f) && folded.startsWith(f) && folded.length > f.length)) {
        folded = folded.slice(f.length).trim();
        changed = true;
      }
    }
  }
  return folded;
}

function findAnswer(text: string, clauses: readonly Clause[], ctx: ReadContext): Fact[] {
  const data = loadSpeech(ctx.locale);
  if (!ctx.asked || !data.answer.asked.includes(ctx.asked) || !clauses.length) return [];
  let [head, next] = clauses;
  // "Whatever. Yes." and the Chinese "more or less, yes": a hedge that a plain answer right after settles.
  if (next && data.answer.defer.includes(bare(head, data)) && openingAnswer(next, data)?.whole) [head, next] = [next, clauses[2]];
  let found = openingAnswer(head, data);
  // "Kiwis? Sure, why not": the read-back item echoed first, then the answer.
  if (!found && next && /[?\uff1f]/.test(text.slice(head.end, next.start)) && bare(head, data).split(/\s+/).length <= 2) {
    const then = openingAnswer(next, data);
    if (then) [head, found] = [next, then];
  }
  // The Chinese "not two, one" and "it is next month": a bare yes/no word that opens a correction is no answer.
  if (found && !found.whole && data.answer.mustStandAlone.includes(found.phrase)) return [];
  let value = found?.value;
  const rejects = (data.answer.noUnlessCorrection ?? []).some((w) => bare(head, data).startsWith(`${w} `));
  if (!value && ctx.asked === 'confirm' && rejects && !findCorrections(text, clauses, ctx).length) value = 'no';
  if (!value && ctx.asked === 'confirm' && head.text.length <= data.answer.fallbackMaxLength) value = recognizeYesNo(head.text, ctx.locale);
  if (!value) return [];
  const corrected = findCorrections(text, clauses, ctx).length > 0;
  // "Roughly right. But ..." and the Chinese "right, but change the number to ...": a yes followed by a correction confirms only part.
  if (value === 'yes' && corrected && clauses.slice(1).some((c) => clauseHits(c, data.answer.turns).some((h) => h.start === 0))) value = 'partly';
  return [{ kind: 'answer', value, clause: head.text, confidence: found ? 0.9 : 0.7 }];
}

// ─── questions, requests, feelings, cues ────────────────────────────────────────────────────────────────

function firstPerKind<K extends string>(
  clauses: readonly Clause[],
  kinds: readonly K[],
  phrases: (kind: K) => string[],
  accept: (c: Clause, h: Hit, kind: K) => boolean,
): { kind: K; clause: Clause; hit: Hit }[] {
  const out: { kind: K; clause: Clause; hit: Hit }[] = [];
  for (const kind of kinds) {
    const list = phrases(kind);
    for (const clause of clauses) {
      const hit = clauseHits(clause, list).find((h) => accept(clause, h, kind));
      if (hit) {
        out.push({ kind, clause, hit });
        break;
      }
    }
  }
  return out;
}

const TOPICS: QuestionTopic[] = ['price', 'availability', 'process', 'product', 'other'];
const REQUESTS: RequestKind[] = ['person', 'call-me', 'stop', 'delete-data', 'shorten'];
const FEELINGS: FeelingKind[] = ['good-news', 'loss', 'frustration', 'impatience', 'worry'];
const CUES: CueKind[] = ['deviation', 'complaint', 'constraint', 'event'];

function findQuestions(_text: string, clauses: readonly Clause[], ctx: ReadContext): Fact[] {
  return firstPerKind(clauses, TOPICS, (t) => phrasesOf(ctx.locale, (d) => d.question, t), () => true).map(({ kind, clause }) => ({
    kind: 'question',
    topic: kind,
    clause: clause.text,
    confidence: 0.8,
  }));
}

function findRequests(_text: string, clauses: readonly Clause[], ctx: ReadContext): Fact[] {
  const skip = loadSpeech(ctx.locale).request.notWhenAsked;
  return firstPerKind(clauses, REQUESTS, (r) => phrasesOf(ctx.locale, (d) => d.request, r), (c, h) => !c.irrealis && !h.negated)
    .filter(({ kind }) => !(ctx.asked && skip[kind]?.includes(ctx.asked)))
    .map(({ kind, clause }) => ({ kind: 'request', request: kind, clause: clause.text, confidence: 0.85 }));
}

/** Life events (a pregnancy, a death) give both the feeling and an event cue. */
function lifeEvents(clauses: readonly Clause[], locale: Locale): { feeling: FeelingKind; clause: Clause; hit: Hit }[] {
  const kinds: FeelingKind[] = ['good-news', 'loss'];
  return firstPerKind(clauses, kinds, (k) => phrasesOf(locale, (d) => d.lifeEvent, k), (c, h) => sayable(c, h, locale)).map(({ kind, clause, hit }) => ({
    feeling: kind,
    clause,
    hit,
  }));
}

function findFeelings(_text: string, clauses: readonly Clause[], ctx: ReadContext): Fact[] {
  const events = lifeEvents(clauses, ctx.locale);
  const plain = firstPerKind(clauses, FEELINGS, (f) => phrasesOf(ctx.locale, (d) => d.feeling, f), (c, h, f) => sayable(c, h, ctx.locale, f === 'worry'));
  const kinds = new Set<FeelingKind>([...events.map((e) => e.feeling), ...plain.map((p) => p.kind)]);
  return [...kinds].map((feeling) => {
    const from = events.find((e) => e.feeling === feeling)?.clause ?? plain.find((p) => p.kind === feeling)?.clause;
    return { kind: 'feeling', feeling, clause: from?.text, confidence: 0.75 };
  });
}

function findCues(_text: string, clauses: readonly Clause[], ctx: ReadContext): Fact[] {
  const found: { cue: CueKind; clause: Clause; hit: Hit }[] = [];
  for (const e of lifeEvents(clauses, ctx.locale)) found.push({ cue: 'event', clause: e.clause, hit: e.hit });
  for (const cue of CUES) {
    // General cue words (data/reading/cues.<lng>.json) beside the speech lists, both languages: customers mix scripts.
    const general = [...generalCueWords(ctx.locale, cue), ...generalCueWords(ctx.locale === 'en' ? 'zh-CN' : 'en', cue)];
    const list = [...phrasesOf(ctx.locale, (d) => d.cue, cue), ...general];
    for (const clause of clauses) {
      for (const hit of clauseHits(clause, list)) {
        if (!sayable(clause, hit, ctx.locale)) continue;
        // One event drives a need and one taste sets it apart: a second word for it is the same thing retold.
        if ((cue === 'event' || cue === 'deviation') && found.some((f) => f.cue === cue)) continue;
        // A general word beside another cue of its kind in the clause ("a flat ... the neighbours") retells that cue.
        if (general.includes(hit.phrase) && found.some((f) => f.cue === cue && f.clause === clause)) continue;
        found.push({ cue, clause, hit });
      }
    }
  }
  const merge = loadSpeech(ctx.locale).mergeAdjacentCues;
  const kept = found.filter(
    (f, i) => !merge || !found.some((g, j) => j < i && g.cue === f.cue && (g.clause === f.clause || nextTo(clauses, g.clause, f.clause))),
  );
  return kept.map(({ cue, clause, hit }) => ({
    kind: 'cue',
    cue,
    about: clause.text.slice(hit.start, hit.end),
    clause: clause.text,
    confidence: 0.7,
  }));
}

/** Two clauses in a row: the Chinese "information does not flow, efficiency is low" is one complaint told twice in the Chinese table's convention. */
function nextTo(clauses: readonly Clause[], a: Clause, b: Clause): boolean {
  const i = clauses.indexOf(a);
  const j = clauses.indexOf(b);
  return Math.abs(i - j) === 1;
}

export const SPEECH_FINDERS: readonly Finder[] = [findAnswer, findCorrections, findQuestions, findRequests, findFeelings, findCues];
