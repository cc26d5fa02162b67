import { FaqEntry, Playbook, playbookNamespace, PriceRange } from '../../playbook';
import { QuestionFact } from '../../reading/types';
import { findAnyWords } from '../../text';
import { filable } from '../../update';
import { Line, Memory, RespondInput, Responder } from '../types';

/** A turn answers at most this many questions: the rest wait for the colleague, who gets them all. */
const MAX_ANSWERS = 2;
const QUESTION_MARK = /[?？]$/u;

function faqOf(text: string, playbook: Playbook, input: RespondInput): { entry: FaqEntry; ns: string }[] {
  const books = input.general && input.general.id !== playbook.id ? [playbook, input.general] : [playbook];
  const found: { entry: FaqEntry; ns: string }[] = [];
  for (const book of books) {
    for (const entry of book.faq) {
      if (found.some((f) => f.entry.id === entry.id || (f.entry.topic === entry.topic && entry.topic === 'price'))) continue;
      if (findAnyWords(text, entry.words, input.locale)) found.push({ entry, ns: playbookNamespace(book.id) });
    }
  }
  return found;
}

/** The range the customer's words single out, else the playbook's usual one. */
function rangeFor(text: string, playbook: Playbook, locale: RespondInput['locale']): PriceRange | undefined {
  return playbook.prices.find((p) => p.words && findAnyWords(text, p.words, locale)) ?? playbook.prices[0];
}

function priceLine(text: string, playbook: Playbook, locale: RespondInput['locale']): { line: Line; answered: boolean } {
  const range = rangeFor(text, playbook, locale);
  if (!range) return { line: { key: 'respond:answer.quote' }, answered: false };
  const ns = playbookNamespace(playbook.id);
  return {
    line: {
      key: range.per ? 'respond:answer.priceRangePer' : 'respond:answer.priceRange',
      params: {
        what: { t: [`${ns}:prices.${range.id}`, 'respond:answer.it'] },
        range: { money: { amount: range.min, max: range.max, currency: playbook.currency, text: '' } },
        per: { t: `respond:per.${range.per ?? 'item'}` },
      },
    },
    answered: true,
  };
}

/**
 * Questions to the bot get an answer before the next question (DESIGN.md 3.3): the playbook's FAQ (or the
 * general one), a typical price range from its data, or an honest "a colleague will tell you"; every question
 * is recorded for the rep.
 */
export const questionResponder: Responder = {
  id: 'question',
  respond(input) {
    const { reading, playbook, memory } = input;
    const asked = reading.facts.filter((f): f is QuestionFact => f.kind === 'question' && filable(f));
    const faq = faqOf(reading.text, playbook, input);
    // A message that ends in a question mark and gave nothing for the record asks the bot something the reader has no word for.
    const bare = !asked.length && !faq.length && !input.changes.some((c) => c.area) && QUESTION_MARK.test(reading.text.trim()) && !reading.facts.some((f) => f.kind === 'request');
    if (bare) asked.push({ kind: 'question', topic: 'other', clause: reading.text.trim() });
    if (!asked.length && !faq.length) return undefined;
    const lines: Line[] = [];
    let answered = 0;
    let referred = 0;
    const priceAsked = asked.some((q) => q.topic === 'price') || faq.some((f) => f.entry.topic === 'price');
    if (priceAsked) {
      const price = priceLine(reading.text, playbook, input.locale);
      lines.push(price.line);
      if (price.answered) answered += 1;
      else referred += 1;
    }
    for (const { entry, ns } of faq) {
      if (entry.topic === 'price' || lines.length >= MAX_ANSWERS) continue;
      lines.push({ key: [`${ns}:faq.${entry.id}`, `playbook-general:faq.${entry.id}`] });
      answered += 1;
    }
    const unanswered = asked.filter((q) => q.topic !== 'price' && !faq.some((f) => f.entry.topic === q.topic));
    if (unanswered.length && lines.length < MAX_ANSWERS) {
      lines.push({ key: 'respond:answer.colleague' });
      referred += 1;
    }
    const quotes = [...new Set([...asked.map((q) => q.clause ?? reading.text), ...(faq.length && !asked.length ? [reading.text] : [])])];
    const next: Memory = { ...memory, questions: { answered: memory.questions.answered + answered, referred: memory.questions.referred + referred } };
    return { lines, memory: next, record: { questions: quotes.map((q) => asSaid(q.trim(), reading.text)).filter(Boolean) } };
  },
};

/** The reader's clause drops its closing question mark; the rep should read the question as the customer typed it. */
function asSaid(clause: string, text: string): string {
  if (!clause) return clause;
  const at = text.indexOf(clause);
  if (at < 0) return clause;
  const after = /^[?？]+/.exec(text.slice(at + clause.length));
  return after ? clause + after[0] : clause;
}
