import { Locale } from '../types';
import { lexicon } from './lexicon';
import { prepare } from './text';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
}

let patterns: { chinese: RegExp; english: RegExp; englishList: RegExp } | undefined;
function peoplePatterns(): { chinese: RegExp; english: RegExp; englishList: RegExp } {
  if (!patterns) {
    const zh = lexicon('zh-CN').people;
    const en = lexicon('en').people;
    patterns = {
      chinese: new RegExp(`(?:${alternation(zh.surnames)})(?:${alternation(zh.titles)})`, 'gu'),
      english: new RegExp(`\\b(${alternation(en.titles)})\\s+(\\p{L}[\\p{L}'-]*)`, 'giu'),
      englishList: new RegExp(
        `\\b(${alternation(Object.keys(en.pluralTitles))})\\s+(\\p{L}+(?:\\s*,\\s*\\p{L}+)*(?:,?\\s+and\\s+\\p{L}+))`,
        'giu',
      ),
    };
  }
  return patterns;
}

function capitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A surname with its title ("Manager Li", the Chinese "Li jingli"): titles followed by a blocker are common words. */
function chinesePeople(text: string): string[] {
  const zh = lexicon('zh-CN').people;
  const found: string[] = [];
  for (const m of text.matchAll(peoplePatterns().chinese)) {
    const title = zh.titles.filter((t) => m[0].endsWith(t)).sort((a, b) => b.length - a.length)[0] ?? '';
    const next = text.charAt((m.index ?? 0) + m[0].length);
    if (zh.titleBlockers[title]?.includes(next)) continue;
    found.push(m[0]);
  }
  return found;
}

function englishPeople(text: string): { index: number; name: string }[] {
  const en = lexicon('en').people;
  const found: { index: number; name: string }[] = [];
  for (const m of text.matchAll(peoplePatterns().englishList)) {
    const title = en.pluralTitles[m[1].toLowerCase()] ?? titleCase(m[1]);
    const names = m[2].split(/\s*,\s*|\s+and\s+/).filter(Boolean);
    if (!names.every(capitalized)) continue;
    names.forEach((name, i) => found.push({ index: (m.index ?? 0) + i, name: `${title} ${name}` }));
  }
  for (const m of text.matchAll(peoplePatterns().english)) {
    if (!capitalized(m[2])) continue;
    found.push({ index: m.index ?? 0, name: `${titleCase(m[1])} ${m[2]}` });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** People the customer names with a title: "Manager Li, Manager Wang and Manager Song", in either language. */
export function recognizePeople(text: string, locale?: Locale): string[] {
  const p = prepare(text);
  const people: string[] = [];
  for (const name of [...chinesePeople(p.text), ...englishPeople(p.text).map((f) => f.name)]) {
    if (!people.includes(name)) people.push(name);
  }
  return people;
}
