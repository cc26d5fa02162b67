import { ContactFact, Finder } from '../types';
import { anyMatch, clauseAt, fold, partyData, re } from './common';

/**
 * Why not recognizeContact (understand/contact.ts): it returns one phone and one address per message, its
 * e-mail check wants a short alphabetic TLD, and it drops local numbers without an area code ("555-0188" is a
 * 7-digit US number customers do give). Here every number and address is a fact of its own, in place.
 */
const EMAIL = /(?<![\p{L}\p{N}._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gu;
/** A run of digits with the separators phones are written with (spaces, dashes, dots, brackets). */
const DIGITS = /(?<![\p{N}+.,/:])(?:\+\s?)?\(?\d[\d \-.()]{5,22}\d(?![\p{N}%])/gu;

export interface FoundPhone {
  phone: string;
  start: number;
  end: number;
  confidence: number;
}

/** The groups said show the shape: a phone keeps its grouping, an amount or a date has its own. */
export function phoneFrom(raw: string): { phone: string; confidence: number } | undefined {
  const trimmed = raw.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (/[\d]\.\d/.test(trimmed) && !/^\+/.test(trimmed)) return undefined;
  if (trimmed.startsWith('+')) {
    if (digits.length < 8 || digits.length > 15) return undefined;
    return { phone: `+${digits}`, confidence: 0.95 };
  }
  if (/^861[3-9]\d{9}$/.test(digits)) return { phone: `+${digits}`, confidence: 0.9 };
  if (/^1[3-9]\d{9}$/.test(digits)) return { phone: digits, confidence: 0.95 };
  if (/^0\d{9,11}$/.test(digits) && /^0\d{2,3}[ -]?\d{3,4}[ -]?\d{4}$/.test(trimmed)) return { phone: digits, confidence: 0.85 };
  // British: a mobile 07700 900123, a landline 0161 496 0000 or 020 7946 0000.
  if (/^0[1-9]\d{8,9}$/.test(digits) && /^(?:07\d{3}[ -]?\d{6}|0\d{3,4}[ -]?\d{3}[ -]?\d{3,4}|0\d{2}[ -]?\d{4}[ -]?\d{4})$/.test(trimmed)) return { phone: digits, confidence: 0.8 };
  // North American: (617) 555-0188, 617-555-0188, 617 555 0188.
  if (/^\(?[2-9]\d{2}\)?[ .-]?[2-9]\d{2}[ .-]?\d{4}$/.test(trimmed)) return { phone: digits, confidence: 0.85 };
  // A local US number without its area code: only in the written shape 555-0188.
  if (/^[2-9]\d{2}-\d{4}$/.test(trimmed)) return { phone: digits, confidence: 0.7 };
  return undefined;
}

export function findPhones(text: string): FoundPhone[] {
  const folded = fold(text).replace(EMAIL, (m) => ' '.repeat(m.length));
  const out: FoundPhone[] = [];
  for (const m of folded.matchAll(DIGITS)) {
    // A trailing bracket or dash belongs to the sentence, not the number.
    const raw = m[0].replace(/[\s\-.(]+$/, '');
    const lead = raw.length - raw.trimStart().length;
    const found = phoneFrom(raw);
    if (found) out.push({ ...found, start: (m.index ?? 0) + lead, end: (m.index ?? 0) + raw.length });
  }
  return out;
}

export function findEmails(text: string): { email: string; start: number; end: number }[] {
  return [...fold(text).matchAll(EMAIL)].map((m) => {
    const email = m[0].replace(/[.-]+$/, '');
    return { email, start: m.index ?? 0, end: (m.index ?? 0) + email.length };
  });
}

function wechat(text: string, locale: Parameters<typeof partyData>[0]): { id?: string; samePhone: boolean } {
  const d = partyData(locale);
  const folded = fold(text);
  for (const source of d.wechatId) {
    const id = re(source, 'iu').exec(folded)?.groups?.id;
    if (id && !/^\d+$/.test(id)) return { id, samePhone: false };
  }
  return { samePhone: anyMatch(d.wechatSame, folded) };
}

/** One fact per phone number and per e-mail address; a WeChat id is a contact of its own ("WeChat: lily88"). */
export const findContacts: Finder = (text, clauses, ctx) => {
  const facts: ContactFact[] = [];
  for (const e of findEmails(text)) facts.push({ kind: 'contact', email: e.email, clause: clauseAt(clauses, e.start)?.text, confidence: 0.95 });
  const wc = wechat(text, ctx.locale);
  findPhones(text).forEach((p, i) => {
    const fact: ContactFact = { kind: 'contact', phone: p.phone, clause: clauseAt(clauses, p.start)?.text, confidence: p.confidence };
    if (wc.samePhone && i === 0) fact.other = `WeChat: ${p.phone}`;
    facts.push(fact);
  });
  if (wc.id) facts.push({ kind: 'contact', other: `WeChat: ${wc.id}`, clause: clauses[0]?.text, confidence: 0.85 });
  return facts;
};
