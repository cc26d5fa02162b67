import { HypothesisDialog } from '../../dialogs/discovery/HypothesisDialog';
import { DialogRow, DialogTurnStatus, playRow, profileOf, sessionFor } from '../support/dialogHarness';
import { crmFocused } from './fixtures';

const seed = { playbook: 'general', profile: crmFocused };

/** "We think your need is ..., do you agree?": yes ends it, partly / no lead to a revision and one more test. */
const ROWS: DialogRow[] = [
  {
    name: 'agrees at once',
    locale: 'en',
    seed,
    turns: [['hello', ['discovery:hypothesis.ask']], ['yes', ['discovery:hypothesis.confirmed']]],
    status: DialogTurnStatus.complete,
    result: true,
    check: async (session) => expect((await profileOf(session)).hypotheses.map((h) => h.outcome)).toEqual(['confirmed']),
  },
  {
    name: 'partly, what is missing, then agrees with the revision',
    locale: 'zh-CN',
    seed,
    turns: [
      ['你好', ['discovery:hypothesis.ask']],
      ['不太对', ['discovery:hypothesis.whatIsMissing']],
      ['还要能做报表', ['discovery:hypothesis.thanks', 'discovery:hypothesis.ask']],
      ['对', ['discovery:hypothesis.confirmed']],
    ],
    status: DialogTurnStatus.complete,
    result: true,
    check: async (session) => {
      const profile = await profileOf(session);
      expect(profile.hypotheses.map((h) => h.outcome)).toEqual(['revised', 'confirmed']);
      expect(profile.hypotheses[0].revision).toBe('还要能做报表');
      // The statement says the change as a short phrase; the customer's sentence stays in the revision.
      expect(profile.hypotheses[1].statement).toContain('做报表');
      expect(profile.hypotheses[1].statement).not.toContain('还要能');
    },
  },
  {
    name: 'partly, what is missing, then agrees with the revision',
    locale: 'en',
    seed,
    turns: [
      ['hello', ['discovery:hypothesis.ask']],
      ['partly', ['discovery:hypothesis.whatIsMissing']],
      ['I also want reports', ['discovery:hypothesis.thanks', 'discovery:hypothesis.ask']],
      ['yes', ['discovery:hypothesis.confirmed']],
    ],
    status: DialogTurnStatus.complete,
    result: true,
    check: async (session) => {
      const profile = await profileOf(session);
      expect(profile.hypotheses.map((h) => h.outcome)).toEqual(['revised', 'confirmed']);
      expect(profile.hypotheses[0].revision).toBe('I also want reports');
      expect(profile.hypotheses[1].statement).toContain('reports');
      expect(profile.hypotheses[1].statement).not.toContain('I also want');
    },
  },
  {
    name: 'disagrees twice: the revisions are kept and the dialog moves on',
    locale: 'zh-CN',
    seed,
    turns: [
      ['你好', ['discovery:hypothesis.ask']],
      ['不是', ['discovery:hypothesis.whatIsOff']],
      ['主要是要做报表', ['discovery:hypothesis.thanks', 'discovery:hypothesis.ask']],
      ['不是', ['discovery:hypothesis.whatIsOff']],
      ['还要有看板', ['discovery:hypothesis.keepRevision']],
    ],
    status: DialogTurnStatus.complete,
    result: false,
    check: async (session) => expect((await profileOf(session)).hypotheses.map((h) => h.outcome)).toEqual(['revised', 'revised']),
  },
  {
    name: 'disagrees twice: the revisions are kept and the dialog moves on',
    locale: 'en',
    seed,
    turns: [
      ['hello', ['discovery:hypothesis.ask']],
      ['no', ['discovery:hypothesis.whatIsOff']],
      ['it is about reports', ['discovery:hypothesis.thanks', 'discovery:hypothesis.ask']],
      ['no', ['discovery:hypothesis.whatIsOff']],
      ['and dashboards', ['discovery:hypothesis.keepRevision']],
    ],
    status: DialogTurnStatus.complete,
    result: false,
    check: async (session) => expect((await profileOf(session)).hypotheses.map((h) => h.outcome)).toEqual(['revised', 'revised']),
  },
  {
    name: 'a yes with a "but" is not a yes: asked what is missing',
    locale: 'zh-CN',
    seed,
    turns: [
      ['你好', ['discovery:hypothesis.ask']],
      ['大体对。不过……', ['discovery:hypothesis.whatIsMissing']],
      ['预算三万', ['discovery:hypothesis.thanks', 'discovery:hypothesis.ask']],
      ['对', ['discovery:hypothesis.confirmed']],
    ],
    status: DialogTurnStatus.complete,
    result: true,
    check: async (session) => {
      const profile = await profileOf(session);
      expect(profile.hypotheses.map((h) => h.outcome)).toEqual(['revised', 'confirmed']);
      expect(profile.budget?.amount).toBe(30000);
      expect(profile.hypotheses[1].statement).toContain('30,000');
    },
  },
  {
    name: 'the correction comes with the answer: applied and tested again at once',
    locale: 'en',
    seed,
    turns: [
      ['hello', ['discovery:hypothesis.ask']],
      ['Mostly right, but the budget is 30,000', ['discovery:hypothesis.thanks', 'discovery:hypothesis.ask']],
      ['yes', ['discovery:hypothesis.confirmed']],
    ],
    status: DialogTurnStatus.complete,
    result: true,
    check: async (session) => {
      const profile = await profileOf(session);
      expect(profile.budget?.amount).toBe(30000);
      expect(profile.hypotheses.map((h) => h.outcome)).toEqual(['revised', 'confirmed']);
      expect(profile.hypotheses[0].revision).toBe('Mostly right, but the budget is 30,000');
    },
  },
  {
    name: 'two unusable answers: asked again, then offered a person',
    locale: 'en',
    seed,
    turns: [['hello', ['discovery:hypothesis.ask']], ['banana', ['common:reprompt.yesNo']], ['banana', ['common:stuck.offer']]],
    status: DialogTurnStatus.waiting,
  },
];

describe('HypothesisDialog', () => {
  it.each(ROWS)('$name ($locale)', async (row) => playRow(sessionFor((deps) => new HypothesisDialog(deps), row), row));
});
