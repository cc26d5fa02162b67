import { READING_CASES_ZH } from './cases.zh-CN';
import { Fact } from '../../domain/reading/types';

const KINDS: ReadonlyArray<Fact['kind']> = [
  'money', 'date', 'quantity', 'person', 'organisation', 'contact', 'own-name', 'contact-preference',
  'answer', 'correction', 'question', 'request', 'feeling', 'cue', 'filler',
];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe('reading table zh-CN: shape requirements', () => {
  const cases = READING_CASES_ZH;

  it('has at least 250 messages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(250);
  });

  it('at least half carry two or more facts', () => {
    const multi = cases.filter((c) => c.facts.length >= 2).length;
    expect(multi / cases.length).toBeGreaterThanOrEqual(0.5);
  });

  it('at least a fifth carry nothing to store', () => {
    const none = cases.filter((c) => c.facts.length === 0).length;
    expect(none / cases.length).toBeGreaterThanOrEqual(0.2);
  });

  it('every fact kind is valid and filler is never emitted', () => {
    for (const c of cases) {
      for (const f of c.facts) {
        expect(KINDS).toContain(f.kind);
        expect(f.kind).not.toBe('filler');
      }
    }
  });

  it('every date has an ISO start or end, or a text', () => {
    for (const c of cases) {
      for (const f of c.facts) {
        if (f.kind !== 'date') continue;
        expect(Boolean(f.start || f.end || f.text)).toBe(true);
        if (f.start) expect(f.start).toMatch(ISO);
        if (f.end) expect(f.end).toMatch(ISO);
        if (f.role === 'frequency') expect(f.text).toBeTruthy();
      }
    }
  });

  it('phones are digits with an optional leading +', () => {
    for (const c of cases) {
      for (const f of c.facts) {
        if (f.kind === 'contact' && f.phone) expect(f.phone).toMatch(/^\+?\d{7,15}$/);
      }
    }
  });

  it('messages are unique within the same asked context', () => {
    const keys = cases.map((c) => `${c.asked ?? ''}|${c.text}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
