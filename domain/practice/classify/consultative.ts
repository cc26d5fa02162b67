import { isDeclarative } from './form';
import { Language, stripLead, texts } from './language';
import { Decision, Hit, View } from './types';

/** "We could run it at your office, would that be better?": a stated plan, then only a request to react. */
export function invitedReaction(lang: Language, view: View): Hit | undefined {
  const last = view.sentences[view.sentences.length - 1];
  if (!last?.asked) return undefined;
  const tagClause = last.clauses[last.clauses.length - 1];
  const tag = lang.atStart(stripLead(lang, tagClause), lang.data.consultative.tag);
  if (!tag || stripLead(lang, tagClause).length !== tag.text.length) return undefined;
  const before = [...view.sentences.slice(0, -1).map((s) => s.text), ...last.clauses.slice(0, -1)].join(lang.chinese ? ',' : ' , ');
  return before && isDeclarative(lang, before, true) ? tag : undefined;
}

export function consultative(lang: Language, view: View): Decision | undefined {
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
