export type QuestionType =
  | 'open'
  | 'closed'
  | 'descriptive'
  | 'clarifying'
  | 'consultative'
  | 'impact-unsolved'
  | 'impact-solved'
  | 'hypothesis'
  | 'repeat-back'
  | 'objection-test'
  | 'pitch'
  | 'other';

export const QUESTION_TYPES: readonly QuestionType[] = [
  'open',
  'closed',
  'descriptive',
  'clarifying',
  'consultative',
  'impact-unsolved',
  'impact-solved',
  'hypothesis',
  'repeat-back',
  'objection-test',
  'pitch',
  'other',
];

export interface Classification {
  type: QuestionType;
  /** Asks for a reason: why, how come, what for (and the Chinese equivalents). */
  why: boolean;
  /** Need areas the question touches: use, users, current, goals, budget, timing, decision, criteria, alternatives. */
  areas: string[];
  rude: boolean;
  /** Pushes for the sale or states the arrangement ("so can we go ahead?", "I'll send the contract"). */
  close: boolean;
  /** About nothing of the sale: general knowledge, sport, the weather. */
  offTopic: boolean;
  /** Cue words that decided it, for explaining the score. */
  matched: string[];
}

export const NEED_AREAS = ['use', 'users', 'current', 'goals', 'budget', 'timing', 'decision', 'criteria', 'alternatives'] as const;

export type NeedArea = (typeof NEED_AREAS)[number];

/** One cue list of data/classifier/<locale>.json. */
export interface Cues {
  /** English: whole words. Chinese: phrases that start at a word boundary of the segmented text. */
  words?: string[];
  /** Chinese: a `words` hit on one of these whole words does not count ("almost" is not "how many"). */
  except?: string[];
  /** Chinese: a `words` hit right after one of these words does not count ("which few" is not "how many"). */
  notAfter?: string[];
  /** Regular expressions over the normalized text. */
  patterns?: string[];
}

export interface ClassifierData {
  form: {
    lead: Cues;
    subordinate: Cues;
    wrapper: Cues;
    embeddedYesNo: Cues;
    finalYesNo: Cues;
    yesNo: Cues;
    quantity: Cues;
    notQuantity: Cues;
    wh: Cues;
    finalOpen: Cues;
    finalTag: Cues;
    choice: Cues;
    choiceOpen: Cues;
  };
  smalltalk: Cues;
  rude: Cues;
  /** A push to close or a stated arrangement: agreed to only once the need is met. */
  close: Cues;
  /** Topics outside any sale: the persona stays in character instead of answering. */
  offTopic: Cues;
  why: Cues;
  notWhy: Cues;
  areas: Record<NeedArea, Cues>;
  clarifying: { strong: Cues; weak: Cues };
  hypothesis: { opinion: Cues; need: Cues; agree: Cues };
  /** `check`: openers that announce a check ("just to confirm"); a real question after one asks what was meant. */
  repeatBack: { strong: Cues; check: Cues; weak: Cues; tag: Cues };
  /** `quoting`: a stated clause that quotes the customer ("the margin you mentioned") claims nothing. */
  pitch: { promo: Cues; standalone: Cues; self: Cues; claim: Cues; disguised: Cues; quoting: Cues };
  /** Regular expressions whose first group is the condition ("if ___,"). */
  condition: string[];
  /** Conditions that only soften the question ("if you could", "if you don't mind"): no stakes in them. */
  notCondition: Cues;
  /** `settle`: "would that settle it for him?", a test only when the condition is ours ("if we hosted ..."). */
  objectionTest: { commit: Cues; rhetorical: Cues; isolate: Cues; ours: Cues; settle: Cues };
  impact: {
    /** The problem carrying on ("if this goes on"): with any wh-question after it, the stakes are asked. */
    persisting: Cues;
    /** A good state; when it persists ("if it stayed this stable") the problem is solved. */
    goodState: Cues;
    negatedSolution: Cues;
    solved: Cues;
    improved: Cues;
    unsolved: Cues;
    solvedConsequence: Cues;
    unsolvedConsequence: Cues;
    consequence: Cues;
    solvedAlone: Cues;
    unsolvedAlone: Cues;
    /** Consequence words that name a choice, not a stake ("what affects your choice"). */
    notAlone: Cues;
  };
  /** `tag`: a whole clause inviting a reaction ("how does that sound?") after a stated plan. */
  consultative: { strong: Cues; proposal: Cues; evaluate: Cues; tag: Cues };
  descriptive: { cues: Cues; not: Cues };
}

export interface Hit {
  text: string;
  index: number;
}

export type Form = 'descriptive' | 'open' | 'closed';

export interface FormHit {
  form: Form;
  cue: string;
  /** Set when only a number word made the clause a question: in a statement it is indefinite ("a few"). */
  quantity?: boolean;
}

export interface Sentence {
  text: string;
  /** Ended with a question mark. */
  asked: boolean;
  clauses: string[];
}

export interface View {
  full: string;
  sentences: Sentence[];
  anyAsked: boolean;
}

export interface Decision {
  type: QuestionType;
  matched: string[];
}
