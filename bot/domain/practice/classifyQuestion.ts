import * as fs from 'fs';
import { Locale } from '../types';
import { fromRoot } from '../../paths';

/**
 * Classifies one message of a rep in practice mode by the question types of METHOD.md, so the questioning
 * can be scored. Rules, not a model: the rep must be able to see which words decided the label (`matched`).
 *
 * Text is normalized per language: English becomes lower-cased tokens joined by single spaces (punctuation
 * kept as its own token); Chinese keeps its characters and is segmented with Intl.Segmenter, so question
 * words and final particles only count at word boundaries. All words and patterns live in
 * data/classifier/<locale>.json; this file holds the grammar of the decision only.
 *
 * Precedence, first rule that fires wins:
 *  1. clarifying, strong cue ("when you say", "do you mean"): it quotes the customer's own word and
 *     would otherwise look like a repeat-back or a plain closed question.
 *  2. hypothesis: the seller names the need and asks for agreement. It often ends in the same tag as a
 *     repeat-back ("right?"), so it is tested first.
 *  3. repeat-back: a restating opener ("you mean", "in other words"), or a declarative sentence with a
 *     confirming tag ("..., right?"). A checking opener ("just to confirm") followed by a real question, or any
 *     opener followed by offered readings ("..., per user or per team?"), asks what was meant: clarifying.
 *  4. clarifying, weak cue (Chinese "you said X, is it A or B"): only once the restating forms are ruled out.
 *  5. pitch: a claim, feature or discount stated outside the question; the question that follows does not
 *     undo the pitch (METHOD: the seller pitched before diagnosing).
 *  6. objection-test: condition + commitment ("if ..., would you buy?"), rhetorical ("what would satisfy
 *     you?"), or isolating one objection ("apart from price, ...").
 *  7. impact: a condition and a consequence; the condition's polarity (still broken / fixed) decides
 *     unsolved or solved.
 *  8. consultative: a proposal with an invitation to react, a stated plan followed only by "how does that
 *     sound?", or a plan said with a question mark ("start with five accounts?").
 *  9. impact without a condition: consequence words alone ("how is it affecting ..."), weaker than a
 *     proposal that happens to mention a cost.
 * 10. question form, per clause: descriptive > open > closed; a clause offering options ("sweet or sour")
 *     makes the sentence closed. A message mixing an open and a closed question is open, since the customer
 *     can answer the open one.
 * 11. other: nothing above and no question form (greetings, thanks, small talk, acknowledgements).
 *
 * Form conventions: "how many / how much / how long / how often" (and their Chinese counterparts) ask for
 * one number and are closed; "who / when / where / which / what" without offered options are open even when
 * a short answer is likely, because they do not frame the answer. A Chinese yes/no question with an
 * indefinite wh-word ("any concerns?" said with the wh-word and the yes/no particle) is closed, as its
 * English translation is.
 */

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
  /** Cue words that decided it, for explaining the score. */
  matched: string[];
}

export const NEED_AREAS = ['use', 'users', 'current', 'goals', 'budget', 'timing', 'decision', 'criteria', 'alternatives'] as const;
export type NeedArea = (typeof NEED_AREAS)[number];

/** One cue list of data/classifier/<locale>.json. */
interface Cues {
  /** English: whole words. Chinese: phrases that start at a word boundary of the segmented text. */
  words?: string[];
  /** Chinese: a `words` hit on one of these whole words does not count ("almost" is not "how many"). */
  except?: string[];
  /** Chinese: a `words` hit right after one of these words does not count ("which few" is not "how many"). */
  notAfter?: string[];
  /** Regular expressions over the normalized text. */
  patterns?: string[];
}

interface ClassifierData {
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
  objectionTest: { commit: Cues; rhetorical: Cues; isolate: Cues };
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

interface Hit {
  text: string;
  index: number;
}

type Form = 'descriptive' | 'open' | 'closed';
const FORM_RANK: Record<Form, number> = { closed: 1, open: 2, descriptive: 3 };

interface Sentence {
  text: string;
  /** Ended with a question mark. */
  asked: boolean;
  clauses: string[];
}

interface View {
  full: string;
  sentences: Sentence[];
  anyAsked: boolean;
}

interface Decision {
  type: QuestionType;
  matched: string[];
}

const dataCache = new Map<Locale, ClassifierData>();

function classifierData(locale: Locale): ClassifierData {
  let data = dataCache.get(locale);
  if (!data) {
    data = JSON.parse(fs.readFileSync(fromRoot('data', 'classifier', `${locale}.json`), 'utf8')) as ClassifierData;
    dataCache.set(locale, data);
  }
  return data;
}

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[a-z]{2,}/gi;

/** The rules of the language the message is written in: reps mix languages less than customers do. */
function effectiveLocale(text: string, locale: Locale): Locale {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN_WORD)?.length ?? 0;
  if (locale === 'zh-CN') return han === 0 && latin > 0 ? 'en' : 'zh-CN';
  return han > latin ? 'zh-CN' : 'en';
}

function normalizeEnglish(text: string): string {
  const cleaned = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\.{2,}|…/g, ' , ')
    .replace(/\b(mr|mrs|ms|dr|st|jr|sr|vs|etc)\./g, '$1')
    .replace(/\s+[-–—]+\s+|[–—]+/g, ' , ');
  const tokens = cleaned.match(/\d+(?:[.,:]\d+)*|[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*|[,.;:?!%$¥€£#&+]/gu) ?? [];
  return tokens.join(' ');
}

function normalizeChinese(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/["'\u201c\u201d\u2018\u2019\u300c-\u300f\u3010\u3011]/g, '')
    .replace(/\.{2,}|…+|—+|~+/g, ',')
    .replace(/\u3002/g, '.')
    .replace(/\u3001/g, ',')
    .replace(/\s*([,.;:?!])\s*/g, '$1')
    .replace(/(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/gu, '')
    .trim();
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const segmentCache = new Map<string, Map<number, string>>();

/** Start offset -> word, for word-boundary matching of Chinese cue words. */
function wordStarts(text: string): Map<number, string> {
  let starts = segmentCache.get(text);
  if (!starts) {
    starts = new Map();
    for (const s of segmenter.segment(text)) starts.set(s.index, s.segment);
    if (segmentCache.size > 256) segmentCache.clear();
    segmentCache.set(text, starts);
  }
  return starts;
}

function previousWord(starts: Map<number, string>, index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const word = starts.get(i);
    if (word !== undefined) return i + word.length === index ? word : undefined;
  }
  return undefined;
}

const regexCache = new Map<string, RegExp>();

function regex(source: string): RegExp {
  let re = regexCache.get(source);
  if (!re) {
    re = new RegExp(source, 'iu');
    regexCache.set(source, re);
  }
  return re;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The language's matcher: cue lists of the data file applied to normalized text. */
class Language {
  readonly data: ClassifierData;
  readonly chinese: boolean;

  constructor(readonly locale: Locale) {
    this.data = classifierData(locale);
    this.chinese = locale === 'zh-CN';
  }

  normalize(text: string): string {
    return this.chinese ? normalizeChinese(text) : normalizeEnglish(text);
  }

  /** Every cue of the list found in the text, one hit per cue (its first occurrence). */
  find(text: string, cues: Cues | undefined): Hit[] {
    if (!cues || !text) return [];
    const hits: Hit[] = [];
    for (const word of cues.words ?? []) {
      const hit = this.chinese ? this.findChineseWord(text, word, cues) : this.findEnglishWord(text, word);
      if (hit) hits.push(hit);
    }
    for (const pattern of cues.patterns ?? []) {
      const m = regex(pattern).exec(text);
      if (m && m[0].trim()) hits.push({ text: m[0].trim(), index: m.index });
    }
    return hits.sort((a, b) => a.index - b.index);
  }

  has(text: string, cues: Cues | undefined): boolean {
    return this.find(text, cues).length > 0;
  }

  /** A hit at the very start of the text. */
  atStart(text: string, cues: Cues | undefined): Hit | undefined {
    return this.find(text, cues).find((h) => h.index === 0);
  }

  /** A hit that ends the text. */
  atEnd(text: string, cues: Cues | undefined): Hit | undefined {
    const trimmed = text.trim();
    return this.find(trimmed, cues).find((h) => h.index + h.text.length === trimmed.length);
  }

  private findEnglishWord(text: string, word: string): Hit | undefined {
    const body = escapeRegex(normalizeEnglish(word));
    const m = regex(`(?<![\\p{L}\\p{N}'])${body}(?![\\p{L}\\p{N}'])`).exec(text);
    return m ? { text: m[0], index: m.index } : undefined;
  }

  private findChineseWord(text: string, word: string, cues: Cues): Hit | undefined {
    const needle = normalizeChinese(word);
    if (!needle) return undefined;
    const starts = wordStarts(text);
    for (let index = text.indexOf(needle); index >= 0; index = text.indexOf(needle, index + 1)) {
      const token = starts.get(index);
      if (token === undefined) continue;
      if (cues.except?.includes(token)) continue;
      const before = previousWord(starts, index);
      if (before !== undefined && cues.notAfter?.includes(before)) continue;
      return { text: needle, index };
    }
    return undefined;
  }
}

const languages = new Map<Locale, Language>();

function language(locale: Locale): Language {
  let lang = languages.get(locale);
  if (!lang) {
    lang = new Language(locale);
    languages.set(locale, lang);
  }
  return lang;
}

function splitSentences(lang: Language, text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (raw: string, asked: boolean): void => {
    const all = raw
      .split(/\s*[,:]\s*/)
      .map((c) => c.trim())
      .filter(Boolean);
    const clauses = all.filter((c) => !isSmalltalk(lang, c));
    if (clauses.length === 0) return;
    // "Hello, how are you?": once the small talk is gone, the greeting left over asks nothing.
    const stillAsked = asked && (clauses.length === all.length || clauses.some((c) => clauseForm(lang, c) !== undefined));
    sentences.push({ text: clauses.join(lang.chinese ? ',' : ' , '), asked: stillAsked, clauses });
  };
  let buffer = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const decimal = c === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
    if ('.?!;\n'.includes(c) && !decimal) {
      push(buffer, c === '?');
      buffer = '';
    } else {
      buffer += c;
    }
  }
  push(buffer, false);
  return sentences;
}

function stripLead(lang: Language, clause: string): string {
  let rest = clause.trim();
  for (let hit = lang.atStart(rest, lang.data.form.lead); hit; hit = lang.atStart(rest, lang.data.form.lead)) {
    const next = rest.slice(hit.text.length).trim();
    if (next === rest) break;
    rest = next;
  }
  return rest;
}

function isSmalltalk(lang: Language, clause: string): boolean {
  return lang.atStart(stripLead(lang, clause), lang.data.smalltalk) !== undefined;
}

function makeView(lang: Language, text: string): View {
  const sentences = splitSentences(lang, lang.normalize(text));
  const sep = lang.chinese ? '' : ' ';
  const full = sentences.map((s) => `${s.text}${sep}${s.asked ? '?' : '.'}`).join(sep);
  return { full, sentences, anyAsked: sentences.some((s) => s.asked) };
}

interface FormHit {
  form: Form;
  cue: string;
  /** Set when only a number word made the clause a question: in a statement it is indefinite ("a few"). */
  quantity?: boolean;
}

/**
 * The question form of one clause. English marks questions at the start of the clause (wh-word, auxiliary);
 * Chinese anywhere in it (wh-word, A-not-A) or with a final particle, so the data anchors its patterns
 * accordingly and this grammar serves both.
 */
function clauseForm(lang: Language, clause: string): FormHit | undefined {
  const form = lang.data.form;
  let rest = stripLead(lang, clause);
  if (lang.atStart(rest, form.subordinate)) return undefined;
  const wrapper = lang.find(rest, form.wrapper)[0];
  if (wrapper) {
    rest = stripLead(lang, (rest.slice(0, wrapper.index) + rest.slice(wrapper.index + wrapper.text.length)).trim());
    // "Can I ask, ...?" on its own asks for permission; the question is in the next clause.
    if (!rest.replace(/[\p{P}\s]/gu, '') || lang.atEnd(rest, form.finalYesNo)?.index === 0) return undefined;
    const yesNo = lang.atStart(rest, form.embeddedYesNo) ?? lang.find(rest, form.choice)[0];
    if (yesNo) return { form: 'closed', cue: `${wrapper.text} ${yesNo.text}` };
  }
  // After a polite wrapper a wh-word carries the question ("can you tell me what ...?"), else the particle does.
  const particle = lang.atEnd(rest, form.finalYesNo);
  if (particle && !(wrapper && lang.has(rest, form.wh))) return { form: 'closed', cue: particle.text };
  const yesNo = lang.find(rest, form.yesNo)[0];
  if (yesNo) return { form: 'closed', cue: yesNo.text };
  const quantity = lang.find(rest, form.quantity)[0];
  if (quantity && !lang.has(rest, form.notQuantity)) return { form: 'closed', cue: quantity.text, quantity: true };
  const wh = lang.find(rest, form.wh)[0];
  if (wh) return { form: 'open', cue: wh.text };
  if (wrapper) return { form: 'open', cue: wrapper.text };
  const open = lang.atEnd(rest, form.finalOpen);
  if (open) return { form: 'open', cue: open.text };
  const tag = lang.atEnd(rest, form.finalTag);
  if (tag) return { form: 'closed', cue: tag.text };
  return undefined;
}

function richest(hits: (FormHit | undefined)[]): FormHit | undefined {
  let best: FormHit | undefined;
  for (const hit of hits) if (hit && (!best || FORM_RANK[hit.form] > FORM_RANK[best.form])) best = hit;
  return best;
}

function sentenceForm(lang: Language, sentence: Sentence): FormHit | undefined {
  const { descriptive, form } = lang.data;
  const describe = lang.find(sentence.text, descriptive.cues)[0];
  if (describe && !lang.has(sentence.text, descriptive.not)) return { form: 'descriptive', cue: describe.text };
  const forms = sentence.clauses.map((c) => clauseForm(lang, c));
  for (let i = 0; i < sentence.clauses.length; i++) {
    const clause = stripLead(lang, sentence.clauses[i]);
    const choice = lang.find(clause, form.choice)[0];
    if (choice && (forms[i]?.form !== 'open' || lang.has(clause, form.choiceOpen))) return { form: 'closed', cue: choice.text };
  }
  return richest(forms) ?? (sentence.asked ? { form: 'closed', cue: '?' } : undefined);
}

/** When the message has a question mark, only its asked sentences (and requests to describe) are questions. */
function messageForm(lang: Language, view: View): FormHit | undefined {
  const forms = view.sentences.map((s) => {
    const hit = sentenceForm(lang, s);
    return view.anyAsked && !s.asked && hit?.form !== 'descriptive' ? undefined : hit;
  });
  return richest(forms);
}

function texts(hits: Hit[]): string[] {
  return hits.map((h) => h.text);
}

function clarifying(lang: Language, view: View, strength: 'strong' | 'weak'): Decision | undefined {
  const hits = lang.find(view.full, lang.data.clarifying[strength]);
  return hits.length ? { type: 'clarifying', matched: texts(hits) } : undefined;
}

function isYesNoAsked(lang: Language, view: View): boolean {
  return view.sentences.some((s) => s.asked && sentenceForm(lang, s)?.form === 'closed');
}

function hypothesis(lang: Language, view: View): Decision | undefined {
  const { opinion, need, agree } = lang.data.hypothesis;
  const opinionHits = lang.find(view.full, opinion);
  const needHits = lang.find(view.full, need);
  const agreeHits = lang.find(view.full, agree);
  const confirming = agreeHits.length > 0 || isYesNoAsked(lang, view);
  if (opinionHits.length && (needHits.length || confirming)) return { type: 'hypothesis', matched: texts([...opinionHits, ...needHits, ...agreeHits]) };
  if (needHits.length && confirming) return { type: 'hypothesis', matched: texts([...needHits, ...agreeHits]) };
  return undefined;
}

/**
 * No clause asks anything. Before a confirming tag a number word is indefinite ("a few kiwis, right?"),
 * so `numbersAsk` is false there.
 */
function isDeclarative(lang: Language, text: string, numbersAsk: boolean): boolean {
  return text.split(/\s*[,:]\s*/).every((c) => {
    const hit = c.trim() ? clauseForm(lang, c) : undefined;
    return (hit === undefined || (!numbersAsk && hit.quantity === true)) && !lang.has(c, lang.data.form.choice);
  });
}

function repeatBack(lang: Language, view: View): Decision | undefined {
  const { strong, check, weak, tag } = lang.data.repeatBack;
  const opener = lang.find(view.full, strong);
  const checking = lang.find(view.full, check);
  if (opener.length || checking.length) {
    const asked = view.sentences.filter((s) => s.asked);
    // "Just to confirm, per user or per team?": offering readings of what was said checks its meaning.
    const choice = asked.flatMap((s) => s.clauses.flatMap((c) => lang.find(c, lang.data.form.choice)));
    if (choice.length) return { type: 'clarifying', matched: texts([...opener, ...checking, ...choice]) };
    // "Let me check: does the team include the managers?" asks; "let me check: three seats, right?" restates.
    const question = asked.some((s) => !lang.atEnd(s.text, tag) && !isDeclarative(lang, s.text, false));
    if (!opener.length && question) return { type: 'clarifying', matched: texts(checking) };
    return { type: 'repeat-back', matched: texts([...opener, ...checking]) };
  }
  for (let i = 0; i < view.sentences.length; i++) {
    const sentence = view.sentences[i];
    const tagHit = lang.atEnd(sentence.text, tag);
    if (tagHit) {
      const before = sentence.text.slice(0, tagHit.index).replace(/[\s,]+$/, '');
      const restated = before || (view.sentences[i - 1]?.text ?? '');
      if (restated && isDeclarative(lang, restated, false)) return { type: 'repeat-back', matched: [tagHit.text] };
    }
    const weakHit = lang.atStart(openingText(lang, sentence), weak);
    if (weakHit && sentence.asked && isDeclarative(lang, sentence.text, true)) return { type: 'repeat-back', matched: [weakHit.text] };
  }
  return undefined;
}

/** The sentence without leading acknowledgements ("OK, so ..."). */
function openingText(lang: Language, sentence: Sentence): string {
  const first = sentence.clauses.findIndex((c) => stripLead(lang, c) !== '');
  return first < 0 ? '' : sentence.clauses.slice(first).join(lang.chinese ? ',' : ' , ');
}

/** Clauses stated rather than asked: every clause of a statement, all but the last of a question. */
function statedClauses(lang: Language, sentence: Sentence): string[] {
  const stated = sentence.asked ? sentence.clauses.slice(0, -1) : sentence.clauses;
  return stated.filter((c) => {
    const rest = stripLead(lang, c);
    return (
      !lang.atStart(rest, lang.data.form.subordinate) && !lang.has(c, lang.data.pitch.quoting) && clauseForm(lang, c) === undefined
    );
  });
}

function pitch(lang: Language, view: View): Decision | undefined {
  const { promo, standalone, self, claim, disguised } = lang.data.pitch;
  const hidden = lang.find(view.full, disguised);
  if (hidden.length) return { type: 'pitch', matched: texts(hidden) };
  for (const sentence of view.sentences) {
    const stated = statedClauses(lang, sentence).join(lang.chinese ? ',' : ' , ');
    const strong = [...lang.find(stated, promo), ...lang.find(stated, standalone)];
    if (strong.length) return { type: 'pitch', matched: texts(strong) };
    // A claim counts once the product or the seller is the subject: "great, this afternoon then" praises nothing.
    const selfHit = lang.find(stated, self)[0];
    const claimHits = selfHit ? lang.find(stated, claim).filter((h) => h.index > selfHit.index) : [];
    if (selfHit && claimHits.length) return { type: 'pitch', matched: texts([selfHit, ...claimHits]) };
  }
  return undefined;
}

interface Conditional {
  condition: string;
  main: string;
  cue: string;
}

function conditional(lang: Language, view: View): Conditional | undefined {
  for (const source of lang.data.condition) {
    const m = regex(source).exec(view.full);
    if (m && m[1]?.trim() && !lang.atStart(m[1].trim(), lang.data.notCondition)) {
      const main = (view.full.slice(0, m.index) + ' ' + view.full.slice(m.index + m[0].length)).trim();
      return { condition: m[1].trim(), main, cue: m[0].trim() };
    }
  }
  return undefined;
}

function objectionTest(lang: Language, view: View, asks: boolean): Decision | undefined {
  const { commit, rhetorical, isolate } = lang.data.objectionTest;
  const direct = [...lang.find(view.full, rhetorical), ...lang.find(view.full, isolate)];
  if (direct.length) return { type: 'objection-test', matched: texts(direct) };
  const cond = conditional(lang, view);
  if (!cond || !asks) return undefined;
  const commitHits = lang.find(cond.main, commit);
  return commitHits.length ? { type: 'objection-test', matched: [cond.cue, ...texts(commitHits)] } : undefined;
}

type Polarity = 'solved' | 'unsolved' | 'neutral';

interface ConditionPolarity {
  polarity: Polarity;
  cue?: string;
  /** Persisting or explicitly (un)solved, not merely "could" or a negation: strong enough on its own. */
  strong: boolean;
}

function polarity(lang: Language, condition: string): ConditionPolarity {
  const { persisting, goodState, negatedSolution, solved, improved, unsolved } = lang.data.impact;
  const first = (cues: Cues): Hit | undefined => lang.find(condition, cues)[0];
  const negated = first(negatedSolution);
  if (negated) return { polarity: 'unsolved', cue: negated.text, strong: true };
  const fixed = first(solved);
  if (fixed) return { polarity: 'solved', cue: fixed.text, strong: true };
  const lasting = first(persisting);
  const good = first(goodState);
  if (lasting && good) return { polarity: 'solved', cue: good.text, strong: false };
  if (lasting) return { polarity: 'unsolved', cue: lasting.text, strong: true };
  const better = first(improved);
  if (better) return { polarity: 'solved', cue: better.text, strong: false };
  const worse = first(unsolved);
  return worse ? { polarity: 'unsolved', cue: worse.text, strong: false } : { polarity: 'neutral', strong: false };
}

/** The main clause asks an open or number question ("..., what then?", "..., how many deals slip?"). */
function asksWh(lang: Language, main: string): boolean {
  return main.split(/\s*[,:.;?!]\s*/).some((c) => {
    const hit = c.trim() ? clauseForm(lang, c) : undefined;
    return hit !== undefined && (hit.form === 'open' || hit.quantity === true);
  });
}

function impact(lang: Language, view: View): Decision | undefined {
  const data = lang.data.impact;
  const cond = conditional(lang, view);
  if (cond) {
    const solvedHits = lang.find(cond.main, data.solvedConsequence);
    const unsolvedHits = lang.find(cond.main, data.unsolvedConsequence);
    const anyHits = [...solvedHits, ...unsolvedHits, ...lang.find(cond.main, data.consequence)];
    const { polarity: pol, cue, strong } = polarity(lang, cond.condition);
    const matched = [cond.cue, ...(cue ? [cue] : [])];
    if (strong && !anyHits.length && asksWh(lang, cond.main)) return { type: pol === 'solved' ? 'impact-solved' : 'impact-unsolved', matched };
    // A neutral condition followed by "would that help / work?" is the seller floating an idea.
    const proposal = pol === 'neutral' && lang.has(cond.main, lang.data.consultative.evaluate);
    if (pol === 'solved' && anyHits.length) return { type: 'impact-solved', matched: [...matched, ...texts(anyHits)] };
    if (pol === 'unsolved' && anyHits.length) return { type: 'impact-unsolved', matched: [...matched, ...texts(anyHits)] };
    if (!proposal && solvedHits.length) return { type: 'impact-solved', matched: [...matched, ...texts(solvedHits)] };
    if (!proposal && unsolvedHits.length) return { type: 'impact-unsolved', matched: [...matched, ...texts(unsolvedHits)] };
  }
  return undefined;
}

/** Consequence words without a condition ("how is it affecting ..."): weaker evidence than a proposal. */
function impactAlone(lang: Language, view: View): Decision | undefined {
  const data = lang.data.impact;
  const unsolvedAlone = lang.has(view.full, data.notAlone) ? [] : lang.find(view.full, data.unsolvedAlone);
  if (unsolvedAlone.length) return { type: 'impact-unsolved', matched: texts(unsolvedAlone) };
  const solvedAlone = lang.find(view.full, data.solvedAlone);
  if (solvedAlone.length) return { type: 'impact-solved', matched: texts(solvedAlone) };
  return undefined;
}

/** "We could run it at your office, would that be better?": a stated plan, then only a request to react. */
function invitedReaction(lang: Language, view: View): Hit | undefined {
  const last = view.sentences[view.sentences.length - 1];
  if (!last?.asked) return undefined;
  const tagClause = last.clauses[last.clauses.length - 1];
  const tag = lang.atStart(stripLead(lang, tagClause), lang.data.consultative.tag);
  if (!tag || stripLead(lang, tagClause).length !== tag.text.length) return undefined;
  const before = [...view.sentences.slice(0, -1).map((s) => s.text), ...last.clauses.slice(0, -1)].join(lang.chinese ? ',' : ' , ');
  return before && isDeclarative(lang, before, true) ? tag : undefined;
}

function consultative(lang: Language, view: View): Decision | undefined {
  const { strong, proposal, evaluate } = lang.data.consultative;
  const strongHits = lang.find(view.full, strong);
  if (strongHits.length) return { type: 'consultative', matched: texts(strongHits) };
  const tag = invitedReaction(lang, view);
  if (tag) return { type: 'consultative', matched: [tag.text] };
  const proposalHits = lang.find(view.full, proposal);
  // "Start with five accounts for two weeks?": a plan said with a question mark floats it.
  const floated = view.sentences.some((s) => s.asked && isDeclarative(lang, s.text, true) && lang.has(s.text, proposal));
  if (floated) return { type: 'consultative', matched: texts(proposalHits) };
  const asked = view.sentences.filter((s) => s.asked || !view.anyAsked).map((s) => s.text);
  const evaluateHits = asked.flatMap((s) => lang.find(s, evaluate));
  return proposalHits.length && evaluateHits.length ? { type: 'consultative', matched: texts([...proposalHits, ...evaluateHits]) } : undefined;
}

function decide(lang: Language, view: View): Decision {
  if (view.sentences.length === 0) return { type: 'other', matched: [] };
  const form = messageForm(lang, view);
  const asks = form !== undefined;
  const rules: (() => Decision | undefined)[] = [
    () => clarifying(lang, view, 'strong'),
    () => hypothesis(lang, view),
    () => repeatBack(lang, view),
    () => (asks ? clarifying(lang, view, 'weak') : undefined),
    () => pitch(lang, view),
    () => objectionTest(lang, view, asks),
    () => (asks ? impact(lang, view) : undefined),
    () => consultative(lang, view),
    () => (asks ? impactAlone(lang, view) : undefined),
  ];
  for (const rule of rules) {
    const decision = rule();
    if (decision) return decision;
  }
  return form ? { type: form.form, matched: [form.cue] } : { type: 'other', matched: [] };
}

function asksWhy(lang: Language, view: View): Hit[] {
  let text = view.full;
  for (const hit of lang.find(text, lang.data.notWhy)) text = text.replace(hit.text, ' ');
  return lang.find(text, lang.data.why);
}

/** The asked part of the message: areas a pitch or a greeting mentions in passing are not asked about. */
function askedText(view: View, chinese: boolean): string {
  const asked = view.sentences.filter((s) => s.asked);
  return asked.length ? asked.map((s) => s.text).join(chinese ? '.' : ' . ') : view.full;
}

function areasOf(lang: Language, text: string): string[] {
  return NEED_AREAS.filter((area) => lang.has(text, lang.data.areas[area]));
}

export function classifyQuestion(text: string, locale: Locale): Classification {
  const lang = language(effectiveLocale(text, locale));
  const view = makeView(lang, text);
  const decision = decide(lang, view);
  const whyHits = decision.type === 'other' ? [] : asksWhy(lang, view);
  const rudeHits = lang.find(lang.normalize(text), lang.data.rude);
  const areas = decision.type === 'other' ? [] : areasOf(lang, askedText(view, lang.chinese));
  const matched = [...new Set([...decision.matched, ...texts(whyHits), ...texts(rudeHits)])];
  return { type: decision.type, why: whyHits.length > 0, areas, rude: rudeHits.length > 0, matched };
}
