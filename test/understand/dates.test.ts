import { recognizeTimeline, warmRecognizers } from '../../domain/understand';
import { DATES, NOT_DATES, REFERENCE } from './cases/index';

beforeAll(() => warmRecognizers());

describe.each(['zh-CN', 'en'] as const)('recognizeTimeline in %s', (locale) => {
  it('has at least 40 labelled cases', () => {
    expect(DATES[locale].length).toBeGreaterThanOrEqual(40);
  });

  it.each(DATES[locale])('$text (now $now)', (c) => {
    const now = c.now ? new Date(c.now) : REFERENCE;
    const timeline = recognizeTimeline(c.text, { locale, now });
    expect(timeline && { start: timeline.start, end: timeline.end, asap: timeline.asap ?? false }).toEqual({ start: c.start, end: c.end, asap: c.asap ?? false });
    expect(c.text).toContain(timeline?.text);
  });

  it.each(NOT_DATES[locale])('finds no timeline in %p', (text) => {
    expect(recognizeTimeline(text, { locale, now: REFERENCE })).toBeUndefined();
  });
});

describe('timex', () => {
  const ctx = { locale: 'zh-CN' as const, now: REFERENCE };

  it('is the date for a single day and an ISO range for a span', () => {
    expect(recognizeTimeline('15号', ctx)?.timex).toBe('2026-12-15');
    expect(recognizeTimeline('下个月中旬', ctx)?.timex).toBe('(2026-12-11,2026-12-21,P10D)');
    expect(recognizeTimeline('明年三月', ctx)?.timex).toBe('2027-03');
  });

  it('is the recognizer\'s own when it resolved the date', () => {
    expect(recognizeTimeline('next week', { locale: 'en', now: REFERENCE })?.timex).toBe('2026-W49');
  });

  it('resolves against the calendar day in China time, whatever the instant', () => {
    const lateEvening = new Date('2026-11-23T23:30:00+08:00');
    const earlyMorningUtc = new Date('2026-11-22T16:30:00Z');
    expect(recognizeTimeline('明天', { locale: 'zh-CN', now: lateEvening })?.start).toBe('2026-11-24');
    expect(recognizeTimeline('明天', { locale: 'zh-CN', now: earlyMorningUtc })?.start).toBe('2026-11-24');
  });

  it('prefers a stated date to "as soon as possible"', () => {
    expect(recognizeTimeline('尽快,最好下周一', ctx)).toMatchObject({ start: '2026-11-30', end: '2026-11-30' });
    expect(recognizeTimeline('ASAP, by next Friday ideally', { locale: 'en', now: REFERENCE })).toMatchObject({ start: '2026-11-23', end: '2026-12-04' });
  });
});
