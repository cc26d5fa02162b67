import { Locale, YesNo } from '../types';
import { booleans } from './engine';
import { allLexicons, Lexicon, lexicons } from './lexicon';
import { clauses, endsWithAny, findHits, HAN, Hit, isHanPhrase, Prepared, prepare, startsWithAny } from './text';

interface Head {
  start: number;
  end: number;
}

let fillerList: string[] | undefined;

/** The answer's first clause that says something: "well," and the Chinese "er" are skipped. */
function answerHead(p: Prepared, after = 0): Head | undefined {
  fillerList ??= allLexicons().flatMap((l) => l.yesNo.fillers);
  for (const clause of clauses(p).filter((c) => c.start >= after)) {
    let start = clause.start;
    for (;;) {
      while (start < clause.end && /[\s\p{P}\p{S}]/u.test(p.lower.charAt(start)) && !/\p{So}/u.test(p.lower.charAt(start))) start += 1;
      const filler = startsWithAny(p.lower.slice(0, clause.end), start, fillerList);
      if (!filler || start + filler.length >= clause.end) break;
      start += filler.length;
    }
    const rest = p.lower.slice(start, clause.end);
    if (rest.trim() && !(fillerList.includes(rest.trim()))) return { start, end: clause.end };
  }
  return undefined;
}

/** How far into the answer a hit starts: characters for Chinese, words for English. */
function leadOf(p: Prepared, head: Head, hit: Hit): number {
  const before = p.lower.slice(head.start, hit.start);
  return isHanPhrase(hit.phrase) ? before.replace(/\s+/g, '').length : before.split(/\s+/).filter(Boolean).length;
}

interface Candidate extends Hit {
  kind: YesNo;
  lex: Lexicon;
}

const KIND_ORDER: YesNo[] = ['partly', 'no', 'yes'];

function candidates(p: Prepared, head: Head, lexes: Lexicon[]): Candidate[] {
  const found: Candidate[] = [];
  for (const lex of lexes) {
    for (const kind of KIND_ORDER) {
      for (const hit of findHits(p, lex.yesNo[kind], { raw: true })) {
        if (hit.start >= head.start && hit.end <= head.end) found.push({ ...hit, kind, lex });
      }
    }
  }
  return found.sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
}

/** A negation in front of a yes-word: "not right" is no, "not quite right" and the Chinese "not very right" are partly. */
function negatedYes(p: Prepared, head: Head, yes: Candidate): YesNo {
  const before = p.lower.slice(head.start, yes.start).replace(/\s+$/, '');
  if (endsWithAny(before, before.length, yes.lex.yesNo.softNegations)) return 'partly';
  if (endsWithAny(before, before.length, yes.lex.yesNo.hardNegations)) return 'no';
  return 'yes';
}

function judge(p: Prepared, head: Head, found: Candidate[]): YesNo | undefined {
  const best = found[0];
  const headText = p.lower.slice(head.start, head.end).trim();
  const short = HAN.test(headText) ? headText.length <= 6 : headText.split(/\s+/).length <= 3;
  if (!short && leadOf(p, head, best) > best.lex.yesNo.leadWindow) return undefined;
  if (best.kind === 'yes') return negatedYes(p, head, best);
  if (best.kind === 'no' && best.lex.yesNo.hardNegations.includes(best.phrase)) {
    const yes = found.find((c) => c.kind === 'yes' && c.start >= best.end && c.start - best.end <= 2);
    if (yes) return negatedYes(p, head, yes) === 'partly' ? 'partly' : 'no';
  }
  return best.kind;
}

/** The answer in the clause after a weak "hmm", when it gives one. */
function laterAnswer(p: Prepared, head: Head, lexes: Lexicon[]): YesNo | undefined {
  const next = answerHead(p, head.end);
  if (!next) return undefined;
  const found = candidates(p, next, lexes);
  return found.length ? judge(p, next, found) : undefined;
}

/**
 * Yes, no or partly, from the start of the answer. Our word lists first (the Choice recognizer misses many
 * Chinese answers and has no "partly"), then the recognizers' Choice model for the rest (emoji, for one).
 */
/** Only the start of an answer says yes or no. */
const ANSWER_START = 200;

export function recognizeYesNo(text: string, locale: Locale): YesNo | undefined {
  const p = prepare(typeof text === 'string' ? text.slice(0, ANSWER_START) : text);
  const head = answerHead(p);
  if (!head) return undefined;
  const lexes = lexicons(locale);
  const dontKnow = lexes.flatMap((l) => findHits(p, l.dontKnow, { raw: true }).map((h) => ({ ...h, lex: l })));
  if (dontKnow.some((h) => h.start >= head.start && h.start < head.end && leadOf(p, head, h) <= h.lex.yesNo.leadWindow)) return undefined;
  const found = candidates(p, head, lexes);
  if (found.length) {
    const answer = judge(p, head, found);
    const weak = answer === 'yes' && found[0].lex.yesNo.weak.includes(p.lower.slice(head.start, head.end).trim());
    return weak ? (laterAnswer(p, head, lexes) ?? answer) : answer;
  }
  const headText = p.text.slice(head.start, head.end);
  // The Choice model is slow on sentences and only ever helps on short answers (an emoji, a bare word).
  if (headText.length > 40) return undefined;
  const choice = booleans(headText, HAN.test(headText) ? 'zh-CN' : locale === 'zh-CN' && !/[a-z]/i.test(headText) ? 'zh-CN' : 'en')[0];
  if (choice && typeof choice.resolution.value === 'boolean') return choice.resolution.value ? 'yes' : 'no';
  return undefined;
}
