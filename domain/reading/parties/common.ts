import * as fs from 'fs';
import { fromRoot } from '../../paths';
import { Locale, LOCALES } from '../../types';
import { normalizeSameLength, escapeRegex } from '../../text';
import { lexicon } from '../../understand/lexicon';
import { Clause, ReadContext } from '../types';

/** A regular expression as data: `{CAP}`, `{NAME}`, `{REL}`, `{SURNAME}`, `{TITLE}` are filled in by the reader. */
export type Pattern = string;

export interface RelationWord {
  word: string;
  /** The relation as filed when it differs from the word ("eldest" -> "eldest child"). */
  as?: string;
  /** A group: a person only when it takes part in a decision (a verb from `deptVerbs` follows) or with a name. */
  dept?: boolean;
  /** Needs a possessive or determiner just before it ("my mum", not "mum" in a greeting). */
  strict?: boolean;
  /** Only as the relation of a named person ("the receptionist Xiao Liu"), never alone. */
  mergeOnly?: boolean;
}

export interface PartyData {
  brands: string[];
  brandAliases: Record<string, string>;
  orgPatterns: { re: Pattern; relation?: string; asked?: string }[];
  orgCues: Record<'other' | 'own' | 'competitor' | 'current-supplier', Pattern[]>;
  orgDismiss: Pattern[];
  companyNouns: string[];
  notNames: string[];
  relations: RelationWord[];
  /** Just before a strict relation word. */
  possessive: Pattern;
  /** Right after a strict relation word, it also counts ("the teacher says"). */
  speaks: Pattern;
  /** A relation word used as self ("I'm the GM") or as a form of address: not a person. */
  notPersonBefore: Pattern;
  deptVerbs: Pattern;
  /** A counted group ("two children") is a quantity, not a person (Chinese table). */
  counted?: Pattern;
  /** A person mention the clause denies ("not for my wife"). */
  deniedBefore?: Pattern;
  deniedAfter?: Pattern;
  vocative?: Pattern;
  nameTitles: string[];
  latinSurnames: string[];
  personNamePatterns: Pattern[];
  nameBlockers: string[];
  personBridges: { re: Pattern; relation?: string }[];
  pronounDecider: Pattern[];
  roles?: Partial<Record<'decision-maker' | 'technical-gatekeeper' | 'user' | 'purchaser' | 'influencer', Pattern[]>>;
  stance: Record<'supportive' | 'opposed' | 'neutral', Pattern[]>;
  ownName: { re: Pattern; asked?: string }[];
  wechatId: Pattern[];
  wechatSame: Pattern[];
  preference: {
    channels: Record<'phone' | 'email' | 'chat' | 'wechat' | 'sms', Pattern[]>;
    /** Channels that count only when a number or address is given or the bot asked how to reach them. */
    needsContact: string[];
    when: Pattern[];
    avoid: Pattern[];
  };
}

const cache = new Map<Locale, PartyData>();

export function partyData(locale: Locale): PartyData {
  let data = cache.get(locale);
  if (!data) {
    data = JSON.parse(fs.readFileSync(fromRoot('data', 'reading', `parties.${locale}.json`), 'utf8')) as PartyData;
    cache.set(locale, data);
  }
  return data;
}

/** Brand names of both languages: customers mix scripts ("We use <a Chinese app>"). */
export function allBrands(ctx: ReadContext): { names: string[]; aliases: Record<string, string> } {
  const names = new Set<string>(ctx.brands ?? []);
  const aliases: Record<string, string> = {};
  for (const locale of LOCALES) {
    const d = partyData(locale);
    d.brands.forEach((b) => names.add(b));
    Object.assign(aliases, d.brandAliases);
  }
  return { names: [...names], aliases };
}

function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
}

/** Latin script only: a Chinese sentence glued to a Latin name ("Lisa" then Han) is not part of the name. */
const CAP = "\\p{Lu}[\\p{Script=Latin}'\u2019-]*(?:\\s+\\p{Lu}[\\p{Script=Latin}'\u2019-]*){0,2}";

let fills: Record<string, string> | undefined;
function placeholders(): Record<string, string> {
  if (!fills) {
    const zh = lexicon('zh-CN').people;
    const titles = LOCALES.flatMap((l) => partyData(l).nameTitles);
    fills = {
      CAP,
      FIRST: "\\p{Lu}[\\p{Script=Latin}'\u2019-]+",
      SURNAME: `(?:${alternation(zh.surnames)})`,
      TITLE: `(?:${alternation(titles)})`,
      HAN: '\\p{Script=Han}',
    };
  }
  return fills;
}

/** A data pattern as a RegExp; the flags always include `u`. */
export function compile(source: Pattern, flags = 'u', extra: Record<string, string> = {}): RegExp {
  const all = { ...placeholders(), ...extra };
  const body = source.replace(/\{([A-Z]+)\}/g, (m, key: string) => all[key] ?? m);
  return new RegExp(body, flags.includes('u') ? flags : `${flags}u`);
}

const compiled = new Map<string, RegExp>();
export function re(source: Pattern, flags = 'u'): RegExp {
  const key = `${flags}\u0000${source}`;
  let r = compiled.get(key);
  if (!r) {
    r = compile(source, flags);
    compiled.set(key, r);
  }
  return r;
}

export function anyMatch(sources: readonly Pattern[], text: string, flags = 'iu'): boolean {
  return sources.some((s) => re(s, flags).test(text));
}

/** Full-width digits, letters and "@" from Chinese input methods read as ASCII, with offsets kept. */
export function fold(text: string): string {
  return normalizeSameLength(text);
}

export function clauseAt(clauses: readonly Clause[], index: number): Clause | undefined {
  return clauses.find((c) => index >= c.start && index < c.end) ?? clauses[clauses.length - 1];
}

const SUB_BREAK = /[\uff0c,\u3002;\uff1b!?\uff01\uff1f:\uff1a\n()\uff08\uff09]|\s[-\u2013\u2014]\s|\bbut\b|\.(?=\s|$)/giu;
const SENTENCE_BREAK = /[\u3002!?\uff01\uff1f\n]|\.(?=\s|$)/gu;

function around(text: string, start: number, end: number, breaks: RegExp): { text: string; start: number } {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(breaks)) {
    const i = m.index ?? 0;
    if (i + m[0].length <= start) from = i + m[0].length;
    else if (i >= end) {
      to = i;
      break;
    }
  }
  return { text: text.slice(from, to), start: from };
}

/** The part of the message between commas, "but" or sentence ends around a mention. */
export function subclause(text: string, start: number, end: number): { text: string; start: number } {
  return around(text, start, end, SUB_BREAK);
}

export function sentence(text: string, start: number, end: number): { text: string; start: number } {
  return around(text, start, end, SENTENCE_BREAK);
}

export { alternation };
