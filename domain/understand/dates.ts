import { Timeline } from '../types';
import * as Cal from './calendar';
import { Day, Span } from './calendar';
import { UnderstandContext } from './context';
import { dateTimes, Recognized, stringOf } from './engine';
import { allLexicons, Lexicon, lexicons, pattern, PeriodPart } from './lexicon';
import { adjacentPair, parseNumberText } from './numbers';
import { clauseBefore, clauses, endsWithAny, findHits, firstHit, HAN, Prepared, prepare, startsWithAny, quote } from './text';

type Groups = Record<string, string | undefined>;

interface Found {
  start: number;
  end: number;
  span: Span;
  part?: PeriodPart;
  lex: Lexicon;
}

type Resolver = (g: Groups, lex: Lexicon, now: Day) => { span: Span; part?: PeriodPart } | undefined;

function lookup<T>(table: Record<string, T>, key: string | undefined): T | undefined {
  if (key === undefined) return undefined;
  return table[key.toLowerCase().replace(/\s+/g, ' ').trim()];
}

function yearOf(g: Groups, lex: Lexicon, now: Day): number | undefined {
  const raw = g.year ?? g.year2;
  if (raw === undefined) return undefined;
  const digits = /\d{4}/.exec(raw);
  if (digits) return Number(digits[0]);
  const offset = lookup(lex.dates.years, raw);
  return offset === undefined ? undefined : now.y + offset;
}

function monthOf(g: Groups, lex: Lexicon): number | undefined {
  if (g.month === undefined) return undefined;
  const month = lookup(lex.dates.monthNames, g.month) ?? parseNumberText(g.month);
  return month !== undefined && Number.isInteger(month) && month >= 1 && month <= 12 ? month - 1 : undefined;
}

/** The month a phrase points at, and whether it was only implied ("the end of the month" said without a month). */
function monthBase(g: Groups, lex: Lexicon, now: Day): { y: number; m: number; implied: boolean } | undefined {
  const rel = lookup(lex.dates.relativeMonths, g.rel);
  if (rel !== undefined) {
    const first = Cal.day(now.y, now.m + rel, 1);
    return { y: first.y, m: first.m, implied: false };
  }
  if (g.month !== undefined) {
    const m = monthOf(g, lex);
    if (m === undefined) return undefined;
    const y = yearOf(g, lex, now) ?? (m < now.m ? now.y + 1 : now.y);
    return { y, m, implied: false };
  }
  return { y: now.y, m: now.m, implied: true };
}

function partOf(g: Groups, lex: Lexicon): PeriodPart | undefined {
  return lookup(lex.dates.parts, g.part);
}

/** The first of `candidates` (this period, the next, ...) that has not ended yet. */
function upcoming(candidates: Span[], now: Day): Span {
  return candidates.find((s) => Cal.compare(s.end, now) >= 0) ?? candidates[candidates.length - 1];
}

const resolvers: Record<keyof Lexicon['dates']['patterns'], Resolver> = {
  monthPart: (g, lex, now) => {
    const part = partOf(g, lex);
    const base = monthBase(g, lex, now);
    if (!part || !base) return undefined;
    const span = base.implied
      ? upcoming([Cal.monthPart(base.y, base.m, part), Cal.monthPart(base.y, base.m + 1, part)].map(normalizeSpan), now)
      : Cal.monthPart(base.y, base.m, part);
    return { span, part };
  },
  monthDay: (g, lex, now) => {
    const dayOfMonth = parseNumberText(g.day ?? '');
    if (dayOfMonth === undefined || !Number.isInteger(dayOfMonth) || dayOfMonth < 1 || dayOfMonth > 31) return undefined;
    const base = monthBase(g, lex, now);
    if (!base) return undefined;
    if (!base.implied) {
      if (dayOfMonth > Cal.lastDayOf(base.y, base.m)) return undefined;
      let date: Day = { y: base.y, m: base.m, d: dayOfMonth };
      // A named month without a year is the next one that still has that day ahead.
      if (g.month !== undefined && g.year === undefined && Cal.compare(date, now) < 0) date = { ...date, y: date.y + 1 };
      return { span: { start: date, end: date } };
    }
    for (let ahead = 0; ahead < 3; ahead++) {
      const first = Cal.day(now.y, now.m + ahead, 1);
      if (dayOfMonth > Cal.lastDayOf(first.y, first.m)) continue;
      const date = Cal.day(first.y, first.m, dayOfMonth);
      if (Cal.compare(date, now) >= 0) return { span: { start: date, end: date } };
    }
    return undefined;
  },
  yearPart: (g, lex, now) => {
    const part = partOf(g, lex);
    if (!part) return undefined;
    const year = yearOf(g, lex, now);
    const span = year !== undefined ? Cal.yearPart(year, part) : upcoming([Cal.yearPart(now.y, part), Cal.yearPart(now.y + 1, part)], now);
    return { span, part };
  },
  quarter: (g, lex, now) => {
    const rel = lookup(lex.dates.relativeQuarters, g.rel);
    if (rel !== undefined) {
      const current = Math.floor(now.m / 3);
      const first = Cal.day(now.y, (current + rel) * 3, 1);
      return { span: Cal.quarter(first.y, Math.floor(first.m / 3) + 1) };
    }
    const q = g.q !== undefined ? parseNumberText(g.q) : lookup(lex.dates.ordinals, g.qw);
    if (q === undefined || q < 1 || q > 4) return undefined;
    const year = yearOf(g, lex, now);
    return { span: year !== undefined ? Cal.quarter(year, q) : upcoming([Cal.quarter(now.y, q), Cal.quarter(now.y + 1, q)], now) };
  },
  within: (g, lex, now) => {
    const count = parseNumberText(g.n ?? '');
    const unit = lookup(lex.dates.units, g.unit);
    if (!count || !unit) return undefined;
    return { span: { start: now, end: Cal.after(now, count, unit) } };
  },
  after: (g, lex, now) => {
    const unit = lookup(lex.dates.units, g.unit);
    const pair = adjacentPair(g.n ?? '');
    if (unit && pair) return { span: { start: Cal.after(now, pair[0], unit), end: Cal.after(now, pair[1], unit) } };
    const count = parseNumberText(g.n ?? '');
    if (!count || !unit) return undefined;
    const date = Cal.after(now, count, unit);
    return { span: { start: date, end: date } };
  },
  season: (g, lex, now) => {
    const which = lookup(lex.dates.seasons, g.season);
    if (!which) return undefined;
    const year = yearOf(g, lex, now);
    if (year !== undefined) return { span: Cal.season(year, which) };
    return { span: upcoming([Cal.season(now.y - 1, which), Cal.season(now.y, which), Cal.season(now.y + 1, which)], now) };
  },
};

function normalizeSpan(span: Span): Span {
  return { start: Cal.day(span.start.y, span.start.m, span.start.d), end: Cal.day(span.end.y, span.end.m, span.end.d) };
}

function findByRules(p: Prepared, lexes: Lexicon[], now: Day): Found | undefined {
  let best: Found | undefined;
  for (const lex of lexes) {
    for (const [kind, sources] of Object.entries(lex.dates.patterns) as [keyof Lexicon['dates']['patterns'], string[]][]) {
      for (const source of sources) {
        const m = pattern(lex, source).exec(p.lower);
        if (!m) continue;
        const start = m.index;
        const end = start + m[0].length;
        if (best && (start > best.start || (start === best.start && end <= best.end))) continue;
        const resolved = resolvers[kind](m.groups ?? {}, lex, now);
        if (resolved) best = { start, end, span: normalizeSpan(resolved.span), part: resolved.part, lex };
      }
    }
  }
  return best;
}

/** "Before X" ends the day before X, "by X" on X; "before the end of X" means by the end of X. */
function applyDeadline(p: Prepared, found: Found, now: Day): Found {
  const { deadline } = found.lex.dates;
  let inclusive: boolean | undefined;
  let start = found.start;
  let end = found.end;
  const rest = p.lower.slice(found.end);
  const lead = /^\s*/.exec(rest)?.[0].length ?? 0;
  const incAfter = startsWithAny(rest, lead, deadline.after.inclusive);
  const after = incAfter ?? startsWithAny(rest, lead, deadline.after.exclusive);
  if (after) {
    inclusive = !!incAfter;
    end = found.end + lead + after.length;
  }
  const before = clauseBefore(p, found.start, 30);
  const trimmed = before.text.replace(/\s+$/, '');
  const incBefore = endsWithAny(trimmed, trimmed.length, deadline.before.inclusive);
  const prefix = incBefore ?? endsWithAny(trimmed, trimmed.length, deadline.before.exclusive);
  if (prefix) {
    inclusive = inclusive === true || !!incBefore;
    start = before.from + trimmed.length - prefix.length;
  }
  if (inclusive === undefined) return found;
  const last = inclusive || found.part === 'end' ? found.span.end : Cal.addDays(found.span.start, -1);
  return { ...found, start, end, span: { start: now, end: last } };
}

function timexOf(span: Span): string {
  const start = Cal.iso(span.start);
  if (Cal.compare(span.start, span.end) === 0) return start;
  const whole = Cal.wholeMonth(span.start.y, span.start.m);
  if (Cal.compare(whole.start, span.start) === 0 && Cal.compare(whole.end, span.end) === 0) return start.slice(0, 7);
  const endExclusive = Cal.addDays(span.end, 1);
  return `(${start},${Cal.iso(endExclusive)},P${Cal.daysBetween(span.start, endExclusive)}D)`;
}

/** A range that has begun runs from today: "the end of the month" said on the 27th starts on the 27th. */
function fromToday(span: Span, now: Day): Span {
  return Cal.compare(span.start, now) < 0 && Cal.compare(span.end, now) >= 0 ? { start: now, end: span.end } : span;
}

interface DateValue {
  timex?: string;
  value?: string;
  start?: string;
  end?: string;
  mod?: string;
  point?: boolean;
}

function valuesOf(result: Recognized): DateValue[] {
  const values = result.resolution.values;
  if (!Array.isArray(values)) return [];
  return values.map((v: unknown) => {
    const o = typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
    return {
      timex: stringOf(o.timex),
      value: stringOf(o.value),
      start: stringOf(o.start),
      end: stringOf(o.end),
      mod: stringOf(o.Mod),
      point: stringOf(o.sourceEntity) === 'datetimepoint',
    };
  });
}

/** A range end from the recognizer is exclusive (the first moment after); people mean the last day inside. */
function inclusiveEnd(end: string | undefined): Day | undefined {
  const date = Cal.parseIso(end);
  if (!date) return undefined;
  const time = end?.slice(11) ?? '';
  return time && !/^00:00(:00)?$/.test(time) ? date : Cal.addDays(date, -1);
}

function spanOfValue(v: DateValue, now: Day, inclusiveDeadline: boolean): Span | undefined {
  if (v.mod === 'before' || v.mod === 'before-end' || v.mod === 'until') {
    const point = Cal.parseIso(v.end ?? v.value);
    if (!point) return undefined;
    const last = v.mod === 'before' && v.point && inclusiveDeadline ? point : Cal.addDays(point, -1);
    return { start: now, end: last };
  }
  if (v.value && !v.start) {
    const date = Cal.parseIso(v.value);
    return date ? { start: date, end: date } : undefined;
  }
  const start = Cal.parseIso(v.start);
  if (!start) return undefined;
  const end = v.mod === 'after' || v.mod === 'since' ? undefined : inclusiveEnd(v.end);
  return { start, end: end ?? start };
}

function windows(p: Prepared, lexes: Lexicon[]): { from: number; text: string }[] {
  if (p.text.length <= 80) return [{ from: 0, text: p.text }];
  const hints = lexes.map((l) => pattern(l, l.dates.hint));
  return clauses(p)
    .filter((c) => hints.some((h) => h.test(p.text.slice(c.start, c.end))))
    .slice(0, 3)
    .map((c) => ({ from: c.start, text: p.text.slice(c.start, Math.min(c.end, c.start + 120)) }));
}

function findByRecognizer(p: Prepared, lexes: Lexicon[], now: Day): Timeline | undefined {
  if (!lexes.some((l) => pattern(l, l.dates.hint).test(p.text))) return undefined;
  const reference = new Date(now.y, now.m, now.d, 12);
  const { presentOnly, inclusiveWords } = deadlineLists();
  for (const window of windows(p, lexes)) {
    const culture = HAN.test(window.text) ? 'zh-CN' : 'en';
    for (const result of dateTimes(window.text, culture, reference)) {
      if (!/\.(date|daterange|datetime|datetimerange)$/.test(result.typeName)) continue;
      const said = p.text.slice(window.from + result.start, window.from + result.end);
      if (presentOnly.includes(said.trim().toLowerCase())) continue;
      const values = valuesOf(result).filter((v) => !/_REF$/.test(v.timex ?? ''));
      const inclusive = findInclusive(said, inclusiveWords);
      const spans = values.map((v) => ({ v, span: spanOfValue(v, now, inclusive) })).filter((x): x is { v: DateValue; span: Span } => !!x.span);
      const pick = spans.find((x) => Cal.compare(x.span.end, now) >= 0) ?? spans[spans.length - 1];
      if (!pick) continue;
      return { text: said, start: Cal.iso(pick.span.start), end: Cal.iso(pick.span.end), ...(pick.v.timex ? { timex: pick.v.timex } : {}) };
    }
  }
  return undefined;
}

let lists: { presentOnly: string[]; inclusiveWords: string[] } | undefined;
function deadlineLists(): { presentOnly: string[]; inclusiveWords: string[] } {
  lists ??= {
    presentOnly: allLexicons().flatMap((l) => l.dates.presentOnly),
    inclusiveWords: allLexicons().flatMap((l) => [...l.dates.deadline.before.inclusive, ...l.dates.deadline.after.inclusive]),
  };
  return lists;
}

function findInclusive(said: string, inclusiveWords: string[]): boolean {
  return findHits(prepare(said), inclusiveWords, { raw: true }).length > 0;
}

/**
 * When the customer needs it, as ISO dates against `ctx.now`. Our rules go first for what the recognizer gets
 * wrong or misses (parts of a month, "this month's 15th", "in two weeks" as a date, quarters and seasons in
 * Chinese), then the recognizer, then "as soon as possible" without a date.
 */
export function recognizeTimeline(text: string, ctx: UnderstandContext): Timeline | undefined {
  const p = prepare(text);
  if (!p.text.trim()) return undefined;
  const now = Cal.today(ctx.now);
  const lexes = lexicons(ctx.locale);
  const ruled = findByRules(p, lexes, now);
  if (ruled) {
    const found = applyDeadline(p, ruled, now);
    const span = fromToday(found.span, now);
    return { text: p.text.slice(found.start, found.end), start: Cal.iso(span.start), end: Cal.iso(span.end), timex: timexOf(span) };
  }
  const recognized = findByRecognizer(p, lexes, now);
  if (recognized) return recognized;
  for (const lex of lexes) {
    const hit = firstHit(p, lex.asap);
    if (hit) return { text: quote(p, hit), asap: true, start: Cal.iso(now) };
  }
  return undefined;
}
