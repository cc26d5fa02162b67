import { clauseForm } from './form';
import { Language, stripLead, texts } from './language';
import { Decision, Sentence, View } from './types';

/** Clauses stated rather than asked: every clause of a statement, all but the last of a question. */
export function statedClauses(lang: Language, sentence: Sentence): string[] {
  const stated = sentence.asked ? sentence.clauses.slice(0, -1) : sentence.clauses;
  return stated.filter((c) => {
    const rest = stripLead(lang, c);
    return (
      !lang.atStart(rest, lang.data.form.subordinate) && !lang.has(c, lang.data.pitch.quoting) && clauseForm(lang, c) === undefined
    );
  });
}

export function pitch(lang: Language, view: View): Decision | undefined {
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
