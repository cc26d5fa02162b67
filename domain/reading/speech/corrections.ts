import { HAN, LATIN, findOccurrences } from '../../text';
import { Locale } from '../../types';
import { foldClause } from '../clauses';
import { Clause, Fact, FactKind, ReadContext } from '../types';
import { CorrectionPattern, loadSpeech, SpeechData } from './data';

/**
 * Corrections: "actually 40", "not X, Y", the Chinese "not two, one". The patterns (data/reading/speech.<lng>.json)
 * give the new value and, when said, the old; the kind corrected is told from the words of the value. A
 * "not X, it's Y" whose X is no figure, date or person ("not because we moved") is no correction.
 */

const compiled = new Map<string, RegExp>();
function regex(source: string): RegExp {
  let re = compiled.get(source);
  if (!re) {
    re = new RegExp(source, 'iu');
    compiled.set(source, re);
  }
  return re;
}

function has(text: string, words: readonly string[] | undefined): boolean {
  if (!words?.length) return false;
  const folded = foldClause(text);
  return findOccurrences(folded, words, { hasHan: HAN.test(folded), hasLatin: LATIN.test(folded) }).length > 0;
}

function trimValue(value: string, data: SpeechData): string {
  let out = value.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of data.correction.trim) {
      const folded = foldClause(out);
      if (folded.endsWith(t) && out.length > t.length) {
        out = out.slice(0, out.length - t.length).trim();
        changed = true;
      }
    }
  }
  return out.replace(/[\s\p{P}]+$/u, '').replace(/^[\s\p{P}]+/u, '');
}

/** What kind of fact a value is, or undefined when it cannot be told. */
function kindOf(value: string, message: string, data: SpeechData): FactKind | undefined {
  const t = data.correction.targets;
  if (/\d{7,}/.test(value.replace(/[\s-]/g, ''))) return 'contact';
  // "the 19th", the Chinese "21号": an ordinal day is a date even without its month.
  if (has(value, t.date) || /\b\d{1,2}(?:st|nd|rd|th)\b/i.test(value)) return 'date';
  if (has(value, t.money) || (has(value, t.quantity) && has(message, t.money) && !has(value, t.counter))) return 'money';
  if (/\d/.test(value) || has(value, t.quantity)) return 'quantity';
  if (has(value, t.person) || (/^\p{Lu}[\p{Ll}'-]+$/u.test(value) && !has(value, t.notNames))) return 'person';
  return undefined;
}

/** The kind corrected: the new value and the old one (when said) must be the same kind of thing. */
function targetOf(to: string, from: string | undefined, message: string, data: SpeechData): FactKind | undefined {
  const kind = kindOf(to, message, data);
  if (!kind || from === undefined || (data.correction.selfPrefix ?? []).includes(from)) return kind;
  return kindOf(from, message, data) === kind ? kind : undefined;
}

function apply(p: CorrectionPattern, text: string, folded: string, data: SpeechData, ctx: ReadContext): Fact | undefined {
  if (p.asked && !(ctx.asked && p.asked.includes(ctx.asked))) return undefined;
  const m = regex(p.re).exec(folded);
  if (!m || m.index === undefined || !m[p.to]) return undefined;
  // Groups were found in the folded text, whose offsets are the original's: quote the customer's own words.
  const slice = (group: number): string | undefined => {
    const g = m[group];
    if (g === undefined) return undefined;
    const at = folded.indexOf(g, m.index);
    return at >= 0 ? text.slice(at, at + g.length) : g;
  };
  let to = trimValue(slice(p.to) ?? '', data);
  let from = p.from ? trimValue(slice(p.from) ?? '', data) || undefined : undefined;
  // The Chinese "not me getting married, my sister": the speaker against a relation of theirs, said with the same "I" in front.
  for (const self of data.correction.selfPrefix ?? []) {
    if (to.startsWith(self) && to.length > self.length && from?.startsWith(self)) {
      to = to.slice(self.length);
      from = self;
    }
  }
  // The Chinese "not Manager Zhang, Manager Wang handles the budget": the new name ends where its title does.
  if (from && HAN.test(to) && kindOf(from, text, data) === 'person') {
    const title = (data.correction.targets.person ?? []).map((w) => ({ w, at: to.indexOf(w) })).filter((x) => x.at > 0).sort((a, b) => a.at - b.at)[0];
    if (title) to = to.slice(0, title.at + title.w.length);
  }
  if (!to) return undefined;
  const target = p.target ?? targetOf(to, from, text, data);
  if (!target) return undefined;
  const fact: Fact = { kind: 'correction', target, to, confidence: 0.8 };
  if (from) fact.from = from;
  return fact;
}

export function findCorrections(text: string, clauses: readonly Clause[], ctx: ReadContext): Fact[] {
  if (!clauses.length) return [];
  const folded = foldClause(text);
  const locales: Locale[] = ctx.locale === 'en' ? ['en', 'zh-CN'] : ['zh-CN', 'en'];
  for (const locale of locales) {
    const data = loadSpeech(locale);
    for (const p of data.correction.patterns) {
      const fact = apply(p, text, folded, data, ctx);
      if (fact) return [{ ...fact, clause: clauses.find((c) => c.text.includes(fact.kind === 'correction' ? fact.to : ''))?.text }];
    }
  }
  return [];
}
