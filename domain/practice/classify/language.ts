import * as fs from 'fs';
import { fromRoot } from '../../paths';
import { escapeRegex, previousWord, wholeWordSource, wordStarts } from '../../text';
import { Locale } from '../../types';
import { normalizeChinese, normalizeEnglish } from './normalise';
import { ClassifierData, Cues, Hit } from './types';

const dataCache = new Map<Locale, ClassifierData>();

function classifierData(locale: Locale): ClassifierData {
  let data = dataCache.get(locale);
  if (!data) {
    data = JSON.parse(fs.readFileSync(fromRoot('data', 'classifier', `${locale}.json`), 'utf8')) as ClassifierData;
    dataCache.set(locale, data);
  }
  return data;
}

const regexCache = new Map<string, RegExp>();

export function regex(source: string): RegExp {
  let re = regexCache.get(source);
  if (!re) {
    re = new RegExp(source, 'iu');
    regexCache.set(source, re);
  }
  return re;
}

/** The language's matcher: cue lists of data/classifier/<locale>.json applied to normalized text. */
export class Language {
  readonly data: ClassifierData;
  readonly chinese: boolean;

  constructor(readonly locale: Locale) {
    this.data = classifierData(locale);
    this.chinese = locale === 'zh-CN';
  }

  normalize(text: string): string {
    return this.chinese ? normalizeChinese(text) : normalizeEnglish(text);
  }

  /** Every cue of the list found in the text, one hit per cue (its first occurrence). */
  find(text: string, cues: Cues | undefined): Hit[] {
    if (!cues || !text) return [];
    const hits: Hit[] = [];
    for (const word of cues.words ?? []) {
      const hit = this.chinese ? this.findChineseWord(text, word, cues) : this.findEnglishWord(text, word);
      if (hit) hits.push(hit);
    }
    for (const pattern of cues.patterns ?? []) {
      const m = regex(pattern).exec(text);
      if (m && m[0].trim()) hits.push({ text: m[0].trim(), index: m.index });
    }
    return hits.sort((a, b) => a.index - b.index);
  }

  has(text: string, cues: Cues | undefined): boolean {
    return this.find(text, cues).length > 0;
  }

  /** A hit at the very start of the text. */
  atStart(text: string, cues: Cues | undefined): Hit | undefined {
    return this.find(text, cues).find((h) => h.index === 0);
  }

  /** A hit that ends the text. */
  atEnd(text: string, cues: Cues | undefined): Hit | undefined {
    const trimmed = text.trim();
    return this.find(trimmed, cues).find((h) => h.index + h.text.length === trimmed.length);
  }

  /** English cues are whole words; an apostrophe continues a word ("don't" is not "don"). */
  private findEnglishWord(text: string, word: string): Hit | undefined {
    const m = regex(wholeWordSource(escapeRegex(normalizeEnglish(word)), "'")).exec(text);
    return m ? { text: m[0], index: m.index } : undefined;
  }

  /** Chinese cues count only where the word segmenter starts a word, minus the cue's exceptions. */
  private findChineseWord(text: string, word: string, cues: Cues): Hit | undefined {
    const needle = normalizeChinese(word);
    if (!needle) return undefined;
    const starts = wordStarts(text);
    for (let index = text.indexOf(needle); index >= 0; index = text.indexOf(needle, index + 1)) {
      const token = starts.get(index);
      if (token === undefined) continue;
      if (cues.except?.includes(token)) continue;
      const before = previousWord(starts, index);
      if (before !== undefined && cues.notAfter?.includes(before)) continue;
      return { text: needle, index };
    }
    return undefined;
  }
}

const languages = new Map<Locale, Language>();

export function language(locale: Locale): Language {
  let lang = languages.get(locale);
  if (!lang) {
    lang = new Language(locale);
    languages.set(locale, lang);
  }
  return lang;
}

export function stripLead(lang: Language, clause: string): string {
  let rest = clause.trim();
  for (let hit = lang.atStart(rest, lang.data.form.lead); hit; hit = lang.atStart(rest, lang.data.form.lead)) {
    const next = rest.slice(hit.text.length).trim();
    if (next === rest) break;
    rest = next;
  }
  return rest;
}

export function isSmalltalk(lang: Language, clause: string): boolean {
  return lang.atStart(stripLead(lang, clause), lang.data.smalltalk) !== undefined;
}

export function texts(hits: Hit[]): string[] {
  return hits.map((h) => h.text);
}
