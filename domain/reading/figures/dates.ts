import * as Cal from '../../understand/calendar';
import { Day, Span } from '../../understand/calendar';
import { parseNumberText } from '../../understand/numbers';
import { Prepared } from '../../understand/text';
import { DateFact, DateRole } from '../types';
import { FigureWords, occurrences } from './lists';
import { around, Layout } from './segments';

/** `weekday`: a bare weekday ("by Tuesday"), which a frequency in its clause makes a recurring day, not a date. */
export type FoundDate = DateFact & { at: number; to: number; weekday?: boolean };

interface Env {
  p: Prepared;
  words: FigureWords;
  layout: Layout;
  now: Day;
  /** The role words of both languages: "before 春节", "必须 before Christmas". */
  roles?: FigureWords['dates'];
}

type Groups = Record<string, string | undefined>;

const num = (raw: string | undefined): number | undefined => (raw === undefined ? undefined : parseNumberText(raw));

/** Chinese New Year by year: a lunar date no calendar rule gives. */
const NEW_YEAR: Record<number, [number, number]> = { 2026: [1, 17], 2027: [1, 6], 2028: [0, 26] };

function holiday(key: string, now: Day): Span | undefined {
  const pick = (make: (y: number) => Day | undefined): Span | undefined => {
    for (const y of [now.y, now.y + 1]) {
      const d = make(y);
      if (d && Cal.compare(d, now) >= 0) return { start: d, end: d };
    }
    return undefined;
  };
  if (key === 'christmas') return pick((y) => Cal.day(y, 11, 25));
  if (key === 'ny') return pick((y) => Cal.day(y, 0, 1));
  if (key === 'may1') return pick((y) => Cal.day(y, 4, 1));
  if (key === 'oct1') return pick((y) => Cal.day(y, 9, 1));
  if (key === 'cny') return pick((y) => (NEW_YEAR[y] ? Cal.day(y, NEW_YEAR[y][0], NEW_YEAR[y][1]) : undefined));
  if (key === 'thanksgiving') return pick((y) => { const first = Cal.day(y, 10, 1); const wd = (new Date(Date.UTC(y, 10, 1)).getUTCDay() + 6) % 7; return Cal.addDays(first, ((3 - wd + 7) % 7) + 21); });
  if (key === 'd11') { const d = Cal.day(now.y, 10, 11); return { start: d, end: Cal.compare(d, now) <= 0 ? d : d }; }
  return undefined;
}

function weekStart(now: Day): Day {
  const wd = (new Date(Date.UTC(now.y, now.m, now.d)).getUTCDay() + 6) % 7;
  return Cal.addDays(now, -wd);
}

function partOfMonth(y: number, m: number, part: string): Span {
  if (part === 'early') return { start: Cal.day(y, m, 1), end: Cal.day(y, m, 10) };
  if (part === 'mid') return { start: Cal.day(y, m, 11), end: Cal.day(y, m, 20) };
  const last = Cal.day(y, m, Cal.lastDayOf(y, m));
  return part === 'late' ? { start: Cal.day(y, m, 21), end: last } : { start: last, end: last };
}

function period(unit: string, rel: number, now: Day): Span {
  if (unit === 'week') {
    const start = Cal.addDays(weekStart(now), 7 * rel);
    return { start, end: Cal.addDays(start, 6) };
  }
  if (unit === 'month') {
    const first = Cal.day(now.y, now.m + rel, 1);
    return Cal.wholeMonth(first.y, first.m);
  }
  if (unit === 'quarter') {
    const first = Cal.day(now.y, Math.floor(now.m / 3) * 3 + 3 * rel, 1);
    return Cal.quarter(first.y, Math.floor(first.m / 3) + 1);
  }
  return { start: Cal.day(now.y + rel, 0, 1), end: Cal.day(now.y + rel, 11, 31) };
}

function lookup(table: Record<string, string | number>, key: string | undefined): string | number | undefined {
  return key === undefined ? undefined : table[key.toLowerCase().trim()];
}

/** The days a date phrase names, against today; `past` turns a bare month toward the one gone by. */
function resolve(g: Groups, w: FigureWords['dates'], now: Day, past: boolean): Span | undefined {
  const part = (lookup(w.parts, g.part ?? g.part2) as string | undefined) ?? (g.part2 === 'mid' ? 'mid' : undefined);
  if (g.hol) {
    const span = holiday(String(lookup(w.holidays, g.hol)), now);
    if (g.relY && span) return g.hol === '\u4e94\u4e00' ? { start: Cal.day(now.y + 1, 4, 1), end: Cal.day(now.y + 1, 4, 1) } : span;
    return span;
  }
  if (g.yday) { const d = Cal.addDays(now, -1); return { start: d, end: d }; }
  if (g.tmr) { const d = Cal.addDays(now, 1); return { start: d, end: d }; }
  // "in Q1": the next such quarter that has not ended.
  if (g.q) {
    const q = Number(g.q);
    const span = Cal.quarter(now.y, q);
    return Cal.compare(span.end, now) < 0 ? Cal.quarter(now.y + 1, q) : span;
  }
  if (g.n && g.dunit) {
    const n = num(g.n);
    if (!n) return undefined;
    const days = /hour|\u5c0f\u65f6/.test(g.dunit) ? Math.ceil(n / 24) : /week|\u5468/.test(g.dunit) ? 7 * n : /month|\u6708/.test(g.dunit) ? 30 * n : n;
    const d = Cal.addDays(now, days);
    return { start: d, end: d };
  }
  if (g.cur) {
    const y = now.y;
    return g.cur === '\u5e74' ? { start: Cal.day(y, 11, 31), end: Cal.day(y, 11, 31) } : partOfMonth(y, now.m, 'end');
  }
  if (g.wknd) { const sat = Cal.addDays(weekStart(now), 5 + (g.relW === '\u4e0b' ? 7 : 0)); return { start: sat, end: Cal.addDays(sat, 1) }; }
  const rel = lookup(w.rel, g.rel) as number | undefined;
  const unit = (lookup(w.units, g.unit ?? g.unit2 ?? g.unit3) as string | undefined) ?? (g.unit3 ? 'month' : undefined);
  if (g.wd) {
    const wd = lookup(w.weekdays, g.wd) as number;
    const start = Cal.addDays(weekStart(now), 7 * (rel ?? 0) + wd - 1);
    if (rel === undefined && Cal.compare(start, now) < 0 && !past) return { start: Cal.addDays(start, 7), end: Cal.addDays(start, 7) };
    return { start, end: start };
  }
  const yearRel = g.relY ? (lookup(w.rel, g.relY) as number | undefined) : undefined;
  const monthRaw = g.month;
  let month = monthRaw ? ((lookup(w.months, monthRaw) as number | undefined) ?? num(monthRaw)) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) month = undefined;
  const day = num(g.day);
  if (month !== undefined) {
    const m = month - 1;
    let y = yearRel !== undefined ? now.y + yearRel : g.nextyear ? now.y + 1 : now.y;
    if (yearRel === undefined && !g.nextyear) {
      const probe = day ? Cal.day(y, m, day) : Cal.day(y, m, Cal.lastDayOf(y, m));
      if (!past && Cal.compare(probe, now) < 0) y += 1;
      if (past && Cal.compare(Cal.day(y, m, 1), now) > 0) y -= 1;
    }
    if (day) { const d = Cal.day(y, m, day); return { start: d, end: d }; }
    if (part) return partOfMonth(y, m, part);
    return Cal.wholeMonth(y, m);
  }
  if (yearRel !== undefined) return period('year', yearRel, now);
  if (unit && rel !== undefined) {
    const span = period(unit, rel, now);
    if (day && unit === 'month') { const d = Cal.day(span.start.y, span.start.m, day); return { start: d, end: d }; }
    if (part) return unit === 'year' ? (part === 'end' ? { start: span.end, end: span.end } : span) : partOfMonth(span.start.y, span.start.m, part);
    return span;
  }
  if (unit === 'month' && part) {
    const here = partOfMonth(now.y, now.m, part);
    return Cal.compare(here.end, now) >= 0 ? here : partOfMonth(now.y, now.m + 1, part);
  }
  if (unit === 'year' && part) return { start: Cal.day(now.y, 11, 31), end: Cal.day(now.y, 11, 31) };
  if (day) {
    for (let ahead = 0; ahead < 3; ahead++) {
      const first = Cal.day(now.y, now.m + ahead, 1);
      const d = Cal.day(first.y, first.m, day);
      if (day <= Cal.lastDayOf(first.y, first.m) && Cal.compare(d, now) >= 0) return { start: d, end: d };
    }
  }
  return undefined;
}

let compiled = new Map<FigureWords, RegExp[]>();
function patterns(words: FigureWords): RegExp[] {
  let list = compiled.get(words);
  if (!list) {
    const months = Object.keys(words.dates.months).sort((a, b) => b.length - a.length).join('|') || 'zzzz';
    list = words.dates.patterns.map((s) => new RegExp(s.replace(/\{MONTH\}/g, months), 'giu'));
    compiled.set(words, list);
  }
  return list;
}

function has(env: Env, from: number, to: number, list: readonly string[] | undefined): boolean {
  return !!list && occurrences(env.p.lower, from, to, list).length > 0;
}

function roleOf(env: Env, at: number, to: number, g: Groups): { role: DateRole; endOnly: boolean } {
  const w = env.roles ?? env.words.dates;
  const seg = around(env.layout.segments, at);
  const sentence = around(env.layout.sentences, at);
  const lower = env.p.lower;
  const before = lower.slice(Math.max(seg.start, at - 24), at);
  const after = lower.slice(to, Math.min(seg.end, to + 16)).trimStart();
  const next = env.layout.segments.find((s) => s.start >= seg.end);
  const nextText = next ? lower.slice(next.start, next.start + 4) : '';
  const dates = env.words.dates;
  const rel = g.rel ? (lookup(dates.rel, g.rel) as number | undefined) : g.relY ? (lookup(dates.rel, g.relY) as number | undefined) : undefined;
  if (rel !== undefined && rel < 0) return { role: 'past', endOnly: false };
  if (g.yday) return { role: 'past', endOnly: false };
  const beforeWord = w.deadlineBefore.some((b) => new RegExp(`\\b${b}\\s+(?:the\\s+|our\\s+|her\\s+|his\\s+)?[a-z\\s]*$`).test(before) && before.trimEnd().split(/\s+/).slice(-4).includes(b.split(' ')[0]));
  // "before the new sales year starts on April 1": a few words of event between "before" and its day.
  const longBefore = lower.slice(Math.max(seg.start, at - 60), at);
  const eventBefore = (w.eventVerbs ?? []).length > 0 && w.deadlineBefore.some((b) => new RegExp(`\\b${b}\\s+(?:[a-z'-]+\\s+){0,5}(?:${(w.eventVerbs ?? []).join('|')})\\s+(?:on\\s+|in\\s+|at\\s+)?$`).test(longBefore));
  // "前" alone after the date ("春节前") marks a deadline; the next clause must start with the whole word ("之前"), not "前台".
  const afterWord = (w.deadlineAfter ?? []).some((a) => after.startsWith(a) || (a.length > 1 && nextText.startsWith(a)));
  const saidAfter = (w.deadlineAfter ?? []).some((a) => lower.slice(at, to).endsWith(a));
  if (g.n && g.dunit) return { role: 'deadline', endOnly: true };
  if (beforeWord || eventBefore || afterWord || saidAfter) return { role: 'deadline', endOnly: true };
  if (/\buntil\b/.test(before)) return { role: 'start', endOnly: false };
  if (has(env, seg.start, seg.end, w.windowWords)) return { role: 'window', endOnly: false };
  if (g.cur || (g.part === 'end' || /end|\u5e95/.test(g.part ?? ''))) return { role: 'deadline', endOnly: true };
  if (startWord(env, seg.start, at, seg.end, w.startWords)) return { role: 'start', endOnly: false };
  if (has(env, sentence.start, sentence.end, w.deadlineWords)) return { role: 'deadline', endOnly: false };
  return { role: 'window', endOnly: false };
}

/** "from next week", "下周一开始": an English start word comes before its date, so "working from day one" later in the clause is none. */
function startWord(env: Env, from: number, at: number, to: number, list: readonly string[]): boolean {
  return occurrences(env.p.lower, from, to, list).some((h) => h.at < at || HAN_START.test(h.phrase));
}
const HAN_START = /^\p{Script=Han}/u;

/** "Not next week", the Chinese "not this month": the date is what they correct away from. */
function negatedDate(env: Env, at: number): boolean {
  const before = env.p.lower.slice(Math.max(0, at - 4), at).trimEnd();
  return env.words.negators.some((n) => before.endsWith(n) && n.length > 1);
}

function pastCue(env: Env, at: number): boolean {
  const seg = around(env.layout.segments, at);
  return has(env, seg.start, seg.end, env.words.dates.past);
}

/** Dates with their role: a past event is 'past', never a buying date; an irrealis clause gives none. */
export function findDates(env: Env, irrealisAt: (at: number) => boolean): FoundDate[] {
  const out: FoundDate[] = [];
  const skipped: { at: number; to: number }[] = [];
  const lower = env.p.lower;
  const dw = env.words.dates;
  for (const re of patterns(env.words)) {
    re.lastIndex = 0;
    for (const m of lower.matchAll(re)) {
      const at = m.index ?? 0;
      let to = at + m[0].length;
      let g = (m.groups ?? {}) as Groups;
      // "上礼拜一袋面粉", "上个月二十箱": the number after the period counts something, it is no weekday or day.
      const tail = g.day ?? g.wd;
      if (tail && m[0].endsWith(tail) && counted(env, to)) {
        g = { ...g, day: undefined, wd: undefined };
        to -= tail.length;
      }
      // "下个月二十号": after a month the digit is part of the day, not a weekday.
      if (g.wd && g.unit && dw.units[g.unit] === 'month' && /^[\p{Script=Han}\d]+$/u.test(g.wd) && !/[\u65e5\u5929]/.test(g.wd)) g = { ...g, day: g.wd + (g.day ?? ''), wd: undefined };
      if (out.some((f) => at < f.to && to > f.at) || skipped.some((f) => at < f.to && to > f.at)) continue;
      const seg = around(env.layout.segments, at);
      // A date set aside ("not May 20", a time to call) is set aside whole: its day is not read again on its own.
      if (irrealisAt(at) || negatedDate(env, at) || has(env, seg.start, seg.end, dw.contactWords)) {
        skipped.push({ at, to });
        continue;
      }
      if (g.day && !g.month && !g.unit && !isDay(env, to)) continue;
      if (g.txt) { out.push({ kind: 'date', role: 'window', text: m[0], at, to }); continue; }
      const past = pastCue(env, at) && !g.rel;
      const span = resolve(g, dw, env.now, past);
      if (!span) continue;
      let { role, endOnly } = roleOf(env, at, to, g);
      const current = (g.rel && lookup(dw.rel, g.rel) === 0 && !!(g.unit ?? g.unit2)) || (g.relY && lookup(dw.rel, g.relY) === 0 && !g.month);
      if (Cal.compare(span.end, env.now) < 0) role = 'past';
      // "they shorted me twice this month": the period has begun, and what happened in it is past.
      // "We moved in last week and need broadband this week": a need in the clause keeps the period ahead.
      else if (current && strongPastCue(env, at) && !has(env, seg.start, seg.end, (env.roles ?? dw).deadlineWords)) role = 'past';
      else if (role === 'past') role = 'window';
      const fact: FoundDate = { kind: 'date', role, at, to };
      if (g.wd && !g.rel && !g.unit) fact.weekday = true;
      const wholePeriod = !!(g.rel || g.relY || g.month) && !g.day && !g.part && !g.part2 && !g.cur;
      // A deadline in the current week or month binds only by its end: its start is already here.
      if (role === 'deadline' && ((endOnly && !wholePeriod) || current || Cal.compare(span.start, span.end) === 0)) fact.end = Cal.iso(span.end);
      else if (role === 'start' && Cal.compare(span.start, span.end) === 0) fact.start = Cal.iso(span.start);
      else if (role === 'start' && /\buntil\b/.test(lower.slice(Math.max(0, at - 12), at))) fact.start = Cal.iso(span.start);
      else { fact.start = Cal.iso(span.start); fact.end = Cal.iso(span.end); }
      out.push(fact);
    }
  }
  return out;
}

/** A counter, a measure or a hedge right after a number: it counts something. */
function counted(env: Env, at: number): boolean {
  const w = env.words;
  const next = env.p.lower.slice(at);
  return [...(w.counters ?? []), ...Object.keys(w.units), ...w.placeMarks].some((c) => c && /^\p{Script=Han}/u.test(c) && next.startsWith(c));
}

/** "the 12th floor", "12号楼": an ordinal that a noun follows is a floor, a building, a grade, not a day. */
function isDay(env: Env, to: number): boolean {
  const dw = env.words.dates;
  const next = env.p.lower.slice(to);
  if ((dw.dayNotBefore ?? []).some((w) => next.startsWith(w))) return false;
  if (!dw.dayFollowers) return true;
  const word = /^\s+([a-z][a-z']*)/.exec(next)?.[1];
  return !word || dw.dayFollowers.includes(word);
}

/** A past cue strong enough to turn the current period past: a word, not the Chinese particle "了" alone. */
function strongPastCue(env: Env, at: number): boolean {
  const seg = around(env.layout.segments, at);
  const own = env.words.dates.pastNotCurrent ?? [];
  return occurrences(env.p.lower, seg.start, seg.end, env.words.dates.past).some((h) => (h.phrase.length > 1 || /[a-z]/.test(h.phrase)) && !own.includes(h.phrase));
}

/** How often: "every week", "a month" after a count; in Chinese a period before a count, not before money. */
export function findFrequencies(env: Env, moneyAt: readonly { at: number; to: number }[]): FoundDate[] {
  const out: FoundDate[] = [];
  const lower = env.p.lower;
  for (const source of env.words.dates.frequency) {
    for (const m of lower.matchAll(new RegExp(source, 'giu'))) {
      // The lookbehind of "300 bottles a month" leaves the space before "a month" in the match.
      const at = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
      const to = (m.index ?? 0) + m[0].length;
      if (out.some((f) => at < f.to && to > f.at)) continue;
      const seg = around(env.layout.segments, at);
      // The Chinese "a month three thousand" and "一百五一个月" are part of the money, as is "一年多少", not dates.
      if (env.p.hasHan && moneyAt.some((x) => x.at < seg.end && x.to > seg.start)) continue;
      if (has(env, seg.start, seg.end, env.words.dates.frequencyNotWith)) continue;
      if (/\u4e00/.test(m[0].charAt(0)) && /^(?:\s*[\u5c31\u5185])/.test(lower.slice(to))) continue;
      if (/^in$/.test(lower.slice(Math.max(0, at - 3), at).trim())) continue;
      out.push({ kind: 'date', role: 'frequency', text: env.p.text.slice(at, to), at, to });
    }
  }
  return out;
}
