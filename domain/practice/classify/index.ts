import { Locale } from '../../types';
import { areasOf, askedText } from './areas';
import { clarifying } from './clarifying';
import { consultative } from './consultative';
import { messageForm } from './form';
import { hypothesis } from './hypothesis';
import { impact, impactAlone } from './impact';
import { language, Language, texts } from './language';
import { effectiveLocale } from './normalise';
import { objectionTest } from './objectionTest';
import { pitch } from './pitch';
import { repeatBack } from './repeatBack';
import { rudeHits } from './rude';
import { makeView } from './sentences';
import { Classification, Decision, View } from './types';
import { fixTypos } from './typos';
import { asksWhy } from './why';

export { fixTypos } from './typos';
export { NEED_AREAS, QUESTION_TYPES } from './types';
export type { Classification, NeedArea, QuestionType } from './types';

/**
 * Classifies one message of a rep in practice mode by the question types of METHOD.md, so the questioning
 * can be scored. Rules, not a model: the rep must be able to see which words decided the label (`matched`).
 *
 * Text is normalized per language (normalise.ts); Chinese question words and final particles only count at the
 * text engine's word boundaries. All words and patterns live in data/classifier/<locale>.json; this folder
 * holds the grammar of the decision only, one file per rule, run in the order below.
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

/** `vocabulary`: words of the conversation (the persona's) that a slip of the rep's fingers may be aiming at. */
export function classifyQuestion(typed: string, locale: Locale, vocabulary: Iterable<string> = []): Classification {
  const lang = language(effectiveLocale(typed, locale));
  const text = fixTypos(typed, lang.locale, vocabulary);
  const view = makeView(lang, text);
  const decision = { ...decide(lang, view) };
  const normalized = lang.normalize(text);
  const close = lang.find(normalized, lang.data.close);
  const offTopic = lang.find(normalized, lang.data.offTopic);
  // A push to close asks for a yes or no, whatever words it borrows: pressing for the order is no impact,
  // descriptive or clarifying question, and a statement of the arrangement is no question at all.
  if (close.length && ['impact-unsolved', 'impact-solved', 'descriptive', 'clarifying', 'open'].includes(decision.type)) decision.type = view.anyAsked ? 'closed' : 'other';
  const whyHits = decision.type === 'other' ? [] : asksWhy(lang, view);
  const rude = rudeHits(lang, text);
  const areas = decision.type === 'other' ? [] : areasOf(lang, askedText(view, lang.chinese));
  const matched = [...new Set([...decision.matched, ...texts(whyHits), ...texts(rude), ...texts(close), ...texts(offTopic)])];
  return { type: decision.type, why: whyHits.length > 0, areas, rude: rude.length > 0, close: close.length > 0, offTopic: offTopic.length > 0, matched };
}
