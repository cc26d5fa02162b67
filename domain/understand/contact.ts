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

/**
 * Detection runs on an NFKC form of the text, so full-width digits, "＠", "．" and "－" from Chinese input
 * methods look like their ASCII forms; each code point is normalised alone so every position of the
 * normalised text maps back to the original span, and the original characters are what get masked.
 */
function normalizedWithOrigins(text: string): { normalized: string; from: number[]; to: number[] } {
  let normalized = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (const char of text) {
    const folded = char.normalize('NFKC');
    for (let i = 0; i < folded.length; i++) {
      from.push(at);
      to.push(at + char.length);
    }
    normalized += folded;
    at += char.length;
  }
  return { normalized, from, to };
}

const MASK_WORD_CHAR = '[\\p{L}\\p{N}\\p{M}._%+-]';
const MASK_EMAIL = new RegExp(`${MASK_WORD_CHAR}+@[\\p{L}\\p{N}\\p{M}-]+(?:\\.[\\p{L}\\p{N}\\p{M}-]+)*`, 'gu');
const HAN = /\p{Script=Han}/u;

/** Chinese has no spaces: Han words glued to a Latin address (or Latin to a Han one) are not part of it. */
function emailSpan(match: string, index: number): [number, number] {
  const at = match.indexOf('@');
  let start = at;
  const beforeAt = HAN.test(match[at - 1] ?? '');
  while (start > 0 && HAN.test(match[start - 1]) === beforeAt) start--;
  const lastDot = match.lastIndexOf('.');
  let end = match.length;
  if (lastDot > at) {
    const labelHan = HAN.test(match[lastDot + 1] ?? '');
    end = lastDot + 1;
    while (end < match.length && HAN.test(match[end]) === labelHan) end++;
  }
  return [index + start, index + end];
}

/**
 * A digit run with the separators phones are written with. It may not start inside a longer number nor
 * at a date (ISO or day.month.year), and may not run into a word.
 */
const MASK_PHONE = /(?<![\p{N}_+]|\p{N}[-_./])(?!(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})(?!\d))\+?\(?\d(?:[ \t().-]{0,3}\d)*(?![\p{N}_]|(?!\p{Script=Han})\p{L})/gu;
/** Glued to a word of a script with spaces ("abc123...", "ORD-2024-..."): part of an id. Han text has no spaces. */
const IN_A_WORD = /(?:(?!\p{Script=Han})\p{L})[-_]?$/u;
const CN_MOBILE_DIGITS = /^(?:86)?1[3-9]\d{9}$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const DECIMAL = /^\d+\.\d+$/;
/** Every log line is masked: a lexicon that fails to load must not stop logging (the Latin words remain). */
function lexiconPhoneHints(): string[] {
  try {
    return hints().phone;
  } catch {
    return [];
  }
}

/** Words that make any number near them a phone number: the lexicons' phone hints, and "call". */
let phoneWords: RegExp | undefined;
function nearPhoneWord(around: string): boolean {
  phoneWords ??= new RegExp(
    [...lexiconPhoneHints(), 'phone', 'tel', 'mobile', 'call', 'calls', 'called', 'calling', 'fax']
      .map((word) => (/\p{Script=Han}/u.test(word) ? escape(word) : `\\b${escape(word)}\\b`))
      .join('|'),
    'iu',
  );
  return phoneWords.test(around);
}

/**
 * Why this shape: logs are full of ids, timestamps and counts (1732358400000, "turn 12345678 of", eTags,
 * uuids) that must stay readable, so a bare run of digits is not masked by itself. What is masked: a
 * number with a leading "+", a Chinese mobile (1[3-9] and nine digits, +86 optional) in any grouping, and
 * 7-15 digits grouped the way phones are ("(617) 555-0188", "010-12345678"): a first group of at most four
 * digits, no lone digit after it, and not a decimal or an IP address. And, because a person saying "my
 * phone is" means it, any run of five or more digits near a phone word.
 */
function looksLikePhone(candidate: string, nearPhoneWord: boolean): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (nearPhoneWord && digits.length >= 5) return true;
  if (digits.length < 7 || digits.length > 15) return false;
  if (CN_MOBILE_DIGITS.test(digits)) return true;
  if (candidate.startsWith('+')) return true;
  const groups = candidate.split(/\D+/).filter(Boolean);
  if (groups.length < 2 || IPV4.test(candidate) || DECIMAL.test(candidate)) return false;
  return groups[0].length <= 4 && groups.slice(1).every((group) => group.length >= 2);
}

function phoneSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(MASK_PHONE)) {
    const index = match.index ?? 0;
    if (IN_A_WORD.test(text.slice(Math.max(0, index - 2), index))) continue;
    const around = `${text.slice(Math.max(0, index - 24), index)} ${text.slice(index + match[0].length, index + match[0].length + 12)}`;
    if (looksLikePhone(match[0], nearPhoneWord(around))) spans.push([index, index + match[0].length]);
  }
  return spans;
}

/** For logs: e-mail addresses and phone numbers (see looksLikePhone) become ***. */
export function maskContact(text: string): string {
  if (typeof text !== 'string') return '';
  const { normalized, from, to } = normalizedWithOrigins(text);
  const emails = [...normalized.matchAll(MASK_EMAIL)].map((m) => emailSpan(m[0], m.index ?? 0));
  // Blanked out, so the digits of an address are not read as a phone number as well.
  let rest = normalized;
  for (const [start, end] of emails) rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
  const spans = [...emails, ...phoneSpans(rest)];
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let copied = 0;
  for (const [start, end] of spans) {
    const originStart = from[start];
    if (originStart < copied) continue;
    out += `${text.slice(copied, originStart)}***`;
    copied = to[end - 1];
  }
  return out + text.slice(copied);
}
