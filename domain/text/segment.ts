import { Locale } from '../types';
import { lowerSameLength } from './normalise';

/** Intl.Segmenter is costly to build: one per locale for the life of the process. */
const segmenters = new Map<string, Intl.Segmenter>();

export function wordSegmenter(locale: Locale): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

/** The word-like segments, lower-cased. */
export function segmentWords(text: string, locale: Locale): string[] {
  const words: string[] = [];
  for (const part of wordSegmenter(locale).segment(text)) {
    if (part.isWordLike) words.push(lowerSameLength(part.segment));
  }
  return words;
}

/** Words for the talk ratio: segmenter words in both languages, so Chinese and English count alike. */
export function countWords(text: string, locale: Locale): number {
  let n = 0;
  for (const s of wordSegmenter(locale).segment(text)) if (s.isWordLike) n++;
  return n;
}

/** Offsets where the Chinese word segmenter starts or ends a word (it also splits Latin words). */
export function wordBoundaries(text: string): Set<number> {
  const set = new Set<number>();
  for (const part of wordSegmenter('zh-CN').segment(text)) {
    set.add(part.index);
    set.add(part.index + part.segment.length);
  }
  return set;
}

const startsCache = new Map<string, Map<number, string>>();
const MAX_STARTS_CACHED = 256;

/** Start offset -> segment, for matching Chinese words only where the segmenter starts one. */
export function wordStarts(text: string): Map<number, string> {
  let starts = startsCache.get(text);
  if (!starts) {
    starts = new Map();
    for (const s of wordSegmenter('zh-CN').segment(text)) starts.set(s.index, s.segment);
    if (startsCache.size > MAX_STARTS_CACHED) startsCache.clear();
    startsCache.set(text, starts);
  }
  return starts;
}

/** The segment that ends exactly at `index`, if one does. */
export function previousWord(starts: Map<number, string>, index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const word = starts.get(i);
    if (word !== undefined) return i + word.length === index ? word : undefined;
  }
  return undefined;
}

/** A stretch of text between clause breaks: [start, end) offsets. */
export interface Clause {
  start: number;
  end: number;
}

/** The clauses between the matches of `breaks` (a global regex), empty ones left out. */
export function splitClauses(text: string, breaks: RegExp): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (const m of text.matchAll(breaks)) {
    const index = m.index ?? 0;
    if (index > start) out.push({ start, end: index });
    start = index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}
