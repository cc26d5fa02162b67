import { isDeclarative } from './form';
import { Language, texts } from './language';
import { openingText } from './sentences';
import { Decision, View } from './types';

export function repeatBack(lang: Language, view: View): Decision | undefined {
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
