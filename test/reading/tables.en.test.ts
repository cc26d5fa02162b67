/**
 * Keeps the English reading table's shape requirements true (issue #14): size, share of rich and of empty
 * messages, valid kinds and field values, ISO dates.
 */
import { READING_CASES_EN } from './cases.en';

const KINDS = ['money', 'date', 'quantity', 'person', 'organisation', 'contact', 'own-name', 'contact-preference',
  'answer', 'correction', 'question', 'request', 'feeling', 'cue', 'filler'];
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const cases = READING_CASES_EN;
const facts = cases.flatMap(c => c.facts.map(f => ({ text: c.text, f })));

describe('READING_CASES_EN shape', () => {
  it('has at least 250 messages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(250);
  });

  it('has at least half the messages with two or more facts', () => {
    expect(cases.filter(c => c.facts.length >= 2).length / cases.length).toBeGreaterThanOrEqual(0.5);
  });

  it('has at least a fifth of the messages with nothing to store', () => {
    expect(cases.filter(c => c.facts.length === 0).length / cases.length).toBeGreaterThanOrEqual(0.2);
  });

  it('uses only valid kinds, and never emits filler', () => {
    const bad = facts.filter(({ f }) => !KINDS.includes(f.kind) || f.kind === 'filler');
    expect(bad).toEqual([]);
  });

  it('gives every date an ISO start or end, or a text', () => {
    const bad = facts.filter(({ f }) => f.kind === 'date' && (
      !(f.start || f.end || f.text)
      || (f.start !== undefined && !(ISO.test(f.start) && !isNaN(Date.parse(f.start))))
      || (f.end !== undefined && !(ISO.test(f.end) && !isNaN(Date.parse(f.end))))
      || (f.start !== undefined && f.end !== undefined && f.start > f.end)
      || (f.role === 'frequency') !== (f.text !== undefined)));
    expect(bad).toEqual([]);
  });

  it('keeps money and quantities numeric, ranges ordered, phones digits', () => {
    const bad = facts.filter(({ f }) =>
      (f.kind === 'money' && (!Number.isFinite(f.amount) || (f.max !== undefined && f.max < f.amount)))
      || (f.kind === 'quantity' && (!Number.isFinite(f.value) || (f.max !== undefined && f.max < f.value)))
      || (f.kind === 'contact' && f.phone !== undefined && !/^\+?\d{7,15}$/.test(f.phone))
      || (f.kind === 'contact' && f.email !== undefined && !/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(f.email)));
    expect(bad).toEqual([]);
  });

  it('has no duplicate messages', () => {
    const seen = new Set<string>();
    const dups = cases.filter(c => (seen.has(c.text) ? true : (seen.add(c.text), false))).map(c => c.text);
    expect(dups).toEqual([]);
  });
});
