import * as fs from 'fs';
import { fromRoot } from '../paths';
import { DecisionRoleName, Locale, LOCALES, ObjectionKind } from '../types';

export type SentimentKind = 'complaint' | 'worry' | 'emotion' | 'urgency';
type AttitudeWord = 'supportive' | 'opposed' | 'neutral';
export type PeriodPart = 'start' | 'early' | 'mid' | 'late' | 'end' | 'firstHalf' | 'secondHalf';
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export type CalendarUnit = 'day' | 'week' | 'month' | 'year';

/** Regular expressions (JavaScript syntax) with `{NAME}` placeholders filled from `fragments`. */
type PatternList = string[];

/**
 * One language's word lists and patterns: data/lexicon/<locale>.json. Both files have the same keys.
 * Han phrases match as substrings, Latin phrases as whole words, case-insensitively.
 */
export interface Lexicon {
  locale: Locale;
  clauseBreak: string;
  /** Words that contain a trigger word but mean something else, blanked before matching. */
  maskWords: string[];
  yesNo: {
    yes: string[];
    no: string[];
    partly: string[];
    softNegations: string[];
    hardNegations: string[];
    fillers: string[];
    /** Yes-words so weak that a clause after them decides ("hmm, more or less" in Chinese is partly). */
    weak: string[];
    /** How far into the answer (characters for Han, words for Latin) the yes/no word may start. */
    leadWindow: number;
  };
  dontKnow: string[];
  vague: string[];
  /** Words built from numeral characters that are not numbers ("at all", "together"). */
  numberFalseFriends: string[];
  asap: string[];
  objection: Record<ObjectionKind, string[]>;
  sentiment: Record<SentimentKind, string[]>;
  roles: {
    who: Record<DecisionRoleName, string[]>;
    /** Who-words matched with their case (an upper-case "IT" is a department, "it" a pronoun). */
    caseSensitiveWho: Record<DecisionRoleName, string[]>;
    verbs: Record<DecisionRoleName, string[]>;
    /** Verbs that gate without naming the role ("has to approve"): the who-word's own role counts. */
    approvalVerbs: string[];
    self: string[];
    selfWho: string;
    /** Words skipped when looking back from a verb for the person it belongs to. */
    subjectSkip: string[];
    determiners: string[];
  };
  attitude: Record<AttitudeWord, string[]>;
  selfRole: PatternList;
  people: {
    titles: string[];
    pluralTitles: Record<string, string>;
    surnames: string[];
    /** Characters that, right after a title, show it is a common word ("always" after the title for "boss"). */
    titleBlockers: Record<string, string[]>;
  };
  numbers: {
    words: Record<string, number>;
    /** Amount multipliers ("k", "grand", the Chinese wan and its shorthand "w"): an amount so written is money-like. */
    multipliers: Record<string, number>;
    digits: Record<string, number>;
    /** Units inside Chinese numerals (ten, hundred, thousand, wan, yi). */
    hanUnits: Record<string, number>;
    approximateBefore: string[];
    approximateAfter: string[];
    /** After a round number: "twenty-odd", and the Chinese "more than / about" suffixes. */
    placeApproximators: string[];
    rangeConnectors: string[];
    /** Connectors that make a range only after an opener ("between 10 and 15"). */
    openedRangeConnectors: string[];
    rangeOpeners: string[];
    adjacentRange: string;
    /** Numbers written as these words are mostly articles ("a", "one", the Chinese "one"). */
    articles: string[];
  };
  money: {
    /** Currency markers before the amount ("$", "RMB"): ISO codes, the playbook's one preferred when listed. */
    before: Record<string, string[]>;
    /** Currency words after the amount ("dollars", yuan). */
    after: Record<string, string[]>;
    /** After-words that are also units of count or weight: money only at the clause end or before `ambiguousFollowers`. */
    ambiguous: string[];
    ambiguousFollowers: string[];
    context: string[];
    upperBefore: string[];
    upperAfter: string[];
    /** The playbook currency is implied for a bare amount only when it is one this language uses. */
    impliedCurrencies: string[];
    /** "a month", "per seat": may stand between the amount and a ceiling word ("$500 a month tops"). */
    periods: string[];
  };
  quantity: {
    units: string[];
    measureUnits: string[];
    /** Units that name what they count ("people"), used as `what` when nothing follows. */
    selfNamedUnits: string[];
    /** Units after a number that make it a date, time, age, percentage or ordinal, not a count. */
    nonQuantityUnits: string[];
    /** Words before a number that make it an ordinal or part of a date ("No. 5", "December 15"). */
    ordinalPrefixes: string[];
    stopWords: string[];
    ofWords: string[];
    whatMaxWords: number;
  };
  dates: {
    fragments: Record<string, string>;
    patterns: {
      monthPart: PatternList;
      monthDay: PatternList;
      yearPart: PatternList;
      quarter: PatternList;
      within: PatternList;
      after: PatternList;
      season: PatternList;
    };
    hint: string;
    relativeMonths: Record<string, number>;
    years: Record<string, number>;
    monthNames: Record<string, number>;
    ordinals: Record<string, number>;
    relativeQuarters: Record<string, number>;
    parts: Record<string, PeriodPart>;
    units: Record<string, CalendarUnit>;
    seasons: Record<string, Season>;
    /** Deadline words before and after the date: "by" and the Chinese "zhiqian" include it, "before" does not. */
    deadline: Record<'before' | 'after', { inclusive: string[]; exclusive: string[] }>;
    presentOnly: string[];
  };
  contact: { emailHints: string[]; phoneHints: string[]; spelledAt: string[]; spelledDot: string[] };
  /** Sample answers run through every recognizer once at start-up. */
  warmUp: string[];
}

const loaded = new Map<Locale, Lexicon>();

export function lexicon(locale: Locale): Lexicon {
  let lex = loaded.get(locale);
  if (!lex) {
    lex = JSON.parse(fs.readFileSync(fromRoot('data', 'lexicon', `${locale}.json`), 'utf8')) as Lexicon;
    lex.locale = locale;
    loaded.set(locale, lex);
  }
  return lex;
}

/** The locale's lexicon first, then the other: customers mix scripts within one message. */
export function lexicons(first: Locale): Lexicon[] {
  return [lexicon(first), ...LOCALES.filter((l) => l !== first).map(lexicon)];
}

export function allLexicons(): Lexicon[] {
  return LOCALES.map(lexicon);
}

const compiled = new Map<string, RegExp>();

/** A lexicon pattern with its `{NAME}` fragments filled in, compiled once. */
export function pattern(lex: Lexicon, source: string, flags = 'iu'): RegExp {
  const key = `${lex.locale}\u0000${flags}\u0000${source}`;
  let regex = compiled.get(key);
  if (!regex) {
    const filled = source.replace(/\{([A-Z]+)\}/g, (whole, name: string) => lex.dates.fragments[name] ?? whole);
    regex = new RegExp(filled, flags);
    compiled.set(key, regex);
  }
  return regex;
}
