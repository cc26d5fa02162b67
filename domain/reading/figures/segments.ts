import { Clause } from '../types';

/** A stretch of the message between punctuation: the context a figure's words are looked for in. */
export interface Segment {
  start: number;
  end: number;
}

// ", " and ". " end a segment, but "2,000" and "1.5" do not; Chinese punctuation always does, also after the
// text's NFKC folding has turned "，" into a "," with no space after it.
const BREAK = /[,;:](?=\s|\p{Script=Han})|(?<=\p{Script=Han})[,;:]|[.!?](?=\s|$)|\s[-\u2013\u2014]\s|[\uff0c\u3002\uff01\uff1f\uff1b\u3001\uff1a?!]/gu;
const SENTENCE = /[.!?](?=\s|$)|[\u3002\uff01\uff1f?!]/g;

function split(text: string, re: RegExp): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (at > start) out.push({ start, end: at });
    start = at + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

export interface Layout {
  segments: Segment[];
  sentences: Segment[];
}

export function layout(text: string): Layout {
  return { segments: split(text, BREAK), sentences: split(text, SENTENCE) };
}

export function around(spans: readonly Segment[], at: number): Segment {
  return spans.find((s) => at >= s.start && at < s.end) ?? { start: 0, end: 0 };
}

/** The reader's clause holding an offset, for tagging a fact and honouring its negation and irrealis. */
export function clauseOf(clauses: readonly Clause[], at: number): Clause | undefined {
  return clauses.find((c) => at >= c.start && at < c.end) ?? clauses[clauses.length - 1];
}
