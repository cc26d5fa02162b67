import { clauseForm } from './form';
import { isSmalltalk, Language, stripLead } from './language';
import { Sentence, View } from './types';

export function splitSentences(lang: Language, text: string): Sentence[] {
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

export function makeView(lang: Language, text: string): View {
  const sentences = splitSentences(lang, lang.normalize(text));
  const sep = lang.chinese ? '' : ' ';
  const full = sentences.map((s) => `${s.text}${sep}${s.asked ? '?' : '.'}`).join(sep);
  return { full, sentences, anyAsked: sentences.some((s) => s.asked) };
}

/** The sentence without leading acknowledgements ("OK, so ..."). */
export function openingText(lang: Language, sentence: Sentence): string {
  const first = sentence.clauses.findIndex((c) => stripLead(lang, c) !== '');
  return first < 0 ? '' : sentence.clauses.slice(first).join(lang.chinese ? ',' : ' , ');
}
