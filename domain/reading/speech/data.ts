import * as fs from 'fs';
import { fromRoot } from '../../paths';
import { Locale } from '../../types';
import { AnswerValue, Asked, CueKind, FactKind, FeelingKind, QuestionTopic, RequestKind } from '../types';

/** One correction pattern: a regular expression over the folded message, and which groups hold the values. */
export interface CorrectionPattern {
  re: string;
  to: number;
  from?: number;
  /** When the pattern itself says what is corrected ("the budget should be lower"). */
  target?: FactKind;
  /** Only after these questions (a bare "at most ten thousand" corrects only a read-back). */
  asked?: Asked[];
}

/** data/reading/speech.<lng>.json: the speech family's word lists for one language. */
export interface SpeechData {
  answer: Record<AnswerValue, string[]> & {
    asked: Asked[];
    fillers: string[];
    /** Hedges a plain answer right after settles ("whatever. yes"). */
    defer: string[];
    /** Answer words that open a correction ("not two - one") unless they stand alone. */
    mustStandAlone: string[];
    /** Turns after which a correction makes a yes partial. */
    turns: string[];
    /** "Not next week, we're booked": a rejection that opens the clause is a no, unless it opens a correction ("not Chen - Wang"). */
    noUnlessCorrection?: string[];
    /** Longest first clause handed to the general yes/no recogniser. */
    fallbackMaxLength: number;
  };
  correction: {
    patterns: CorrectionPattern[];
    /** Words that tell the kind of a corrected value. */
    targets: Partial<Record<FactKind | 'counter' | 'notNames', string[]>>;
    /** Edges trimmed off a value (a Chinese "only then", "i guess"). */
    trim: string[];
    /** The speaker's "I" before a relation ("my sister" said as "I sister" in Chinese): the relation is the value. */
    selfPrefix?: string[];
  };
  question: Partial<Record<QuestionTopic, string[]>>;
  request: Partial<Record<RequestKind, string[]>> & { notWhenAsked: Partial<Record<RequestKind, Asked[]>> };
  feeling: Partial<Record<FeelingKind, string[]>>;
  /** Life events: the feeling and an event cue both. */
  lifeEvent: Partial<Record<FeelingKind, string[]>>;
  cue: Partial<Record<CueKind, string[]>>;
  /** Cues of one kind in clauses in a row are one cue (the Chinese table's convention). */
  mergeAdjacentCues?: boolean;
}

const cache = new Map<Locale, SpeechData>();

export function loadSpeech(locale: Locale): SpeechData {
  let data = cache.get(locale);
  if (!data) {
    data = JSON.parse(fs.readFileSync(fromRoot('data', 'reading', `speech.${locale}.json`), 'utf8')) as SpeechData;
    cache.set(locale, data);
  }
  return data;
}
