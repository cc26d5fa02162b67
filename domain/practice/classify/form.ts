import { Language, stripLead } from './language';
import { Form, FormHit, Sentence, View } from './types';

/** The question form (open, closed, descriptive) of clauses, sentences and the whole message. */

export const FORM_RANK: Record<Form, number> = { closed: 1, open: 2, descriptive: 3 };

/**
 * The question form of one clause. English marks questions at the start of the clause (wh-word, auxiliary);
 * Chinese anywhere in it (wh-word, A-not-A) or with a final particle, so the data anchors its patterns
 * accordingly and this grammar serves both.
 */
export function clauseForm(lang: Language, clause: string): FormHit | undefined {
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

export function richest(hits: (FormHit | undefined)[]): FormHit | undefined {
  let best: FormHit | undefined;
  for (const hit of hits) if (hit && (!best || FORM_RANK[hit.form] > FORM_RANK[best.form])) best = hit;
  return best;
}

export function sentenceForm(lang: Language, sentence: Sentence): FormHit | undefined {
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
export function messageForm(lang: Language, view: View): FormHit | undefined {
  const forms = view.sentences.map((s) => {
    const hit = sentenceForm(lang, s);
    return view.anyAsked && !s.asked && hit?.form !== 'descriptive' ? undefined : hit;
  });
  return richest(forms);
}

export function isYesNoAsked(lang: Language, view: View): boolean {
  return view.sentences.some((s) => s.asked && sentenceForm(lang, s)?.form === 'closed');
}

/**
 * No clause asks anything. Before a confirming tag a number word is indefinite ("a few kiwis, right?"),
 * so `numbersAsk` is false there.
 */
export function isDeclarative(lang: Language, text: string, numbersAsk: boolean): boolean {
  return text.split(/\s*[,:]\s*/).every((c) => {
    const hit = c.trim() ? clauseForm(lang, c) : undefined;
    return (hit === undefined || (!numbersAsk && hit.quantity === true)) && !lang.has(c, lang.data.form.choice);
  });
}

/** The main clause asks an open or number question ("..., what then?", "..., how many deals slip?"). */
export function asksWh(lang: Language, main: string): boolean {
  return main.split(/\s*[,:.;?!]\s*/).some((c) => {
    const hit = c.trim() ? clauseForm(lang, c) : undefined;
    return hit !== undefined && (hit.form === 'open' || hit.quantity === true);
  });
}
