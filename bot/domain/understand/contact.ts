import { Contact } from '../types';
import { emails as recognizeEmails, phoneNumbers as recognizePhones } from './engine';
import { allLexicons } from './lexicon';
import { findHits, prepare } from './text';

const VALID_EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const EMAIL_IN_TEXT = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const CHINESE_MOBILE = /(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)/;
const DIGIT_RUN = /(?<![\d+])\+?\d[\d\s().-]*\d/g;

/**
 * A phone number worth calling: a Chinese mobile (11 digits from 13x to 19x, +86 optional), a number with its
 * area code (0 and 9-11 more digits), a North American one (10 digits) or any international one (+, 8-15 digits).
 */
function normalizePhone(raw: string): string | undefined {
  const plus = raw.trim().startsWith('+');
  const digits = raw.replace(/\D/g, '');
  const national = digits.startsWith('86') && digits.length >= 12 ? digits.slice(2) : digits;
  const valid =
    /^1[3-9]\d{9}$/.test(national) ||
    /^0\d{9,11}$/.test(national) ||
    (!plus && /^[2-9]\d{2}[2-9]\d{6}$/.test(digits)) ||
    (plus && digits.length >= 8 && digits.length <= 15);
  if (!valid) return undefined;
  if (national !== digits) return `+86${national}`;
  return plus ? `+${digits}` : digits;
}

let hintLists: { email: string[]; phone: string[]; at: string[]; dot: string[] } | undefined;
function hints(): { email: string[]; phone: string[]; at: string[]; dot: string[] } {
  hintLists ??= {
    email: allLexicons().flatMap((l) => l.contact.emailHints),
    phone: allLexicons().flatMap((l) => l.contact.phoneHints),
    at: allLexicons().flatMap((l) => l.contact.spelledAt),
    dot: allLexicons().flatMap((l) => l.contact.spelledDot),
  };
  return hintLists;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Latin words need spaces around them ("bob at mail"), Han ones do not. */
function spelledWord(words: string[]): string {
  const latin = words.filter((w) => !/\p{Script=Han}/u.test(w)).map(escape);
  const han = words.filter((w) => /\p{Script=Han}/u.test(w)).map(escape);
  return [latin.length ? `\\s+(?:${latin.join('|')})\\s+` : '', han.length ? `\\s*(?:${han.join('|')})\\s*` : ''].filter(Boolean).join('|');
}

/** "bob at mail dot com": rebuilt as an address when every part is there. */
function spelledEmail(text: string): { email?: string; attempted: boolean } {
  const { at, dot } = hints();
  const dotWord = `${spelledWord(dot)}|\\s*\\.\\s*`;
  const spelled = new RegExp(`(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)(?:${spelledWord(at)})([A-Za-z0-9-]+(?:(?:${dotWord})[A-Za-z0-9-]+)*)`, 'iu').exec(text);
  if (!spelled) return { attempted: false };
  const domain = spelled[2].replace(new RegExp(dotWord, 'giu'), '.');
  const email = `${spelled[1]}@${domain}`;
  return VALID_EMAIL.test(email) ? { email, attempted: true } : { attempted: true };
}

function findEmail(text: string, hinted: boolean): { email?: string; malformed: boolean } {
  for (const r of text.includes('@') ? recognizeEmails(text) : []) if (VALID_EMAIL.test(r.text)) return { email: r.text, malformed: false };
  const direct = text.match(EMAIL_IN_TEXT)?.[0];
  if (direct) return { email: direct, malformed: false };
  if (text.includes('@')) return { malformed: true };
  if (!hinted) return { malformed: false };
  const spelled = spelledEmail(text);
  return { email: spelled.email, malformed: !spelled.email && spelled.attempted };
}

function findPhone(text: string, hinted: boolean): { phone?: string; malformed: boolean } {
  let sawCandidate = false;
  for (const r of /\d(?:\D?\d){4}/.test(text) ? recognizePhones(text) : []) {
    sawCandidate = true;
    const phone = normalizePhone(r.text);
    if (phone) return { phone, malformed: false };
  }
  const mobile = CHINESE_MOBILE.exec(text)?.[0];
  const phone = mobile ? normalizePhone(mobile) : undefined;
  if (phone) return { phone, malformed: false };
  const digitRuns = (text.match(DIGIT_RUN) ?? []).map((run) => run.replace(/\D/g, '').length);
  const longRun = digitRuns.some((n) => n >= 5);
  return { malformed: sawCandidate || longRun || (hinted && digitRuns.some((n) => n >= 3)) };
}

/**
 * A phone number and an e-mail address, through the recognizers' sequence models and our validation. Something
 * that looks meant as one but is not valid ("138123", "bob@", "bob at mail") is reported as malformed.
 */
export function recognizeContact(text: string): { contact: Contact; malformed: ('phone' | 'email')[] } {
  const p = prepare(text);
  const contact: Contact = {};
  const malformed: ('phone' | 'email')[] = [];
  const { email: emailHints, phone: phoneHints } = hints();
  const email = findEmail(p.text, findHits(p, emailHints, { raw: true }).length > 0);
  if (email.email) contact.email = email.email;
  else if (email.malformed) malformed.push('email');
  const rest = email.email ? p.text.split(email.email).join(' ') : p.text.replace(/(?<!\S)\S*@\S*/g, ' ');
  const phone = findPhone(rest, findHits(p, phoneHints, { raw: true }).length > 0);
  if (phone.phone) contact.phone = phone.phone;
  else if (phone.malformed) malformed.push('phone');
  return { contact, malformed };
}

const MASK_EMAIL = /(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*/g;
const MASK_PHONE = /(?<![\d+])\+?\d[\d\s().-]{5,}\d/g;
const ISO_DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** For logs: e-mail addresses and anything with seven or more digits in phone-like punctuation become ***. */
export function maskContact(text: string): string {
  if (typeof text !== 'string') return '';
  return text.replace(MASK_EMAIL, '***').replace(MASK_PHONE, (m) => (m.replace(/\D/g, '').length >= 7 && !ISO_DATE_ONLY.test(m) ? '***' : m));
}
