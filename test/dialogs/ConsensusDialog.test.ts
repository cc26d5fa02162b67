import { ConsensusDialog } from '../../dialogs/discovery/ConsensusDialog';
import { DialogRow, DialogTurnStatus, playRow, profileOf, sessionFor } from '../support/dialogHarness';
import { crmFocused } from './fixtures';

const seed = { playbook: 'general', profile: crmFocused };

/** The need gets a name and is read back; the customer accepts it, corrects it, or cannot say. */
const READ_BACK = ['discovery:consensus.readBack', 'synthesis:named.because', 'discovery:consensus.ask'];
const READ_AGAIN = ['synthesis:change.again', ...READ_BACK];

/**
 * The need gets a name and is read back; partly or no asks what to change, the change is applied and the need is
 * read back again; only a plain yes to the last version confirms it.
 */
const ROWS: DialogRow[] = [
  {
    name: 'accepts the named need with a plain yes',
    locale: 'en',
    seed,
    turns: [['hello', READ_BACK], ['yes', []]],
    status: DialogTurnStatus.complete,
    result: { agreed: true },
    check: async (session) => {
      const profile = await profileOf(session);
      // The catalogue's need that "a mess" and the lost leads point to, not a stock phrase.
      expect(profile.needName).toBe('Information that reaches the right people');
      expect(profile.confirmation).toBe('confirmed');
    },
  },
  {
    name: 'no, then a change: read back again with it, then a yes',
    locale: 'zh-CN',
    seed,
    turns: [
      ['你好', READ_BACK],
      ['不对', ['discovery:consensus.whatToChange']],
      ['还要手机端', READ_AGAIN],
      ['对', []],
    ],
    status: DialogTurnStatus.complete,
    result: { agreed: true },
    check: async (session) => {
      const profile = await profileOf(session);
      expect(profile.statement).toContain('手机端');
      expect(profile.statement).not.toContain('还要');
      expect(profile.confirmation).toBe('confirmed');
    },
  },
  {
    name: '"大体对。不过……" is not a yes: asked what to change',
    locale: 'zh-CN',
    seed,
    turns: [
      ['你好', READ_BACK],
      ['大体对。不过……', ['discovery:consensus.whatToChange']],
      ['预算改成三万', READ_AGAIN],
      ['对', []],
    ],
    status: DialogTurnStatus.complete,
    result: { agreed: true },
    check: async (session) => {
      const profile = await profileOf(session);
      expect(profile.budget?.amount).toBe(30000);
      expect(profile.statement).toContain('30,000');
      expect(profile.confirmation).toBe('confirmed');
    },
  },
  {
    name: 'the customer names the need: the name is stored and read back',
    locale: 'en',
    seed,
    turns: [
      ['hello', READ_BACK],
      ['partly', ['discovery:consensus.whatToChange']],
      ['call it: better team leads, lower night-shift turnover', ['synthesis:change.again', 'discovery:consensus.readBack', 'synthesis:named.yours', 'discovery:consensus.ask']],
      ['yes', []],
    ],
    status: DialogTurnStatus.complete,
    result: { agreed: true },
    check: async (session) => {
      const profile = await profileOf(session);
      expect(profile.needName).toBe('better team leads, lower night-shift turnover');
      expect(profile.confirmation).toBe('confirmed');
    },
  },
  {
    name: 'a change with the answer, whom it is for: applied and read back at once',
    locale: 'en',
    seed,
    turns: [
      ['hello', READ_BACK],
      ["No, it's for my wife", READ_AGAIN],
      ['yes', []],
    ],
    status: DialogTurnStatus.complete,
    result: { agreed: true },
    check: async (session) => expect((await profileOf(session)).statement).toContain('for your wife'),
  },
  {
    name: 'keeps changing: after the third read-back the changes are kept, not confirmed',
    locale: 'en',
    seed,
    turns: [
      ['hello', READ_BACK],
      ['mostly, but the budget is 30,000', READ_AGAIN],
      ['no, the budget is 40,000', READ_AGAIN],
      ['no, make the budget 50,000', ['discovery:consensus.revised']],
    ],
    status: DialogTurnStatus.complete,
    result: { agreed: false },
    check: async (session) => {
      const profile = await profileOf(session);
      expect(profile.budget?.amount).toBe(50000);
      expect(profile.confirmation).toBe('revised');
    },
  },
  {
    name: 'a change that cannot be applied is asked for again, not read back unchanged',
    locale: 'zh-CN',
    seed,
    turns: [
      ['你好', READ_BACK],
      ['不对', ['discovery:consensus.whatToChange']],
      ['预算每月三万以内', ['synthesis:change.noChange']],
      ['预算三万以内', READ_AGAIN],
      ['对', []],
    ],
    status: DialogTurnStatus.complete,
    result: { agreed: true },
    check: async (session) => expect((await profileOf(session)).budget).toMatchObject({ amount: 30000, bound: 'max' }),
  },
  {
    name: 'rejects it and cannot say what to change',
    locale: 'en',
    seed,
    turns: [['hello', READ_BACK], ['no', ['discovery:consensus.whatToChange']], ["I don't know", []]],
    status: DialogTurnStatus.complete,
    result: { agreed: false },
    check: async (session) => expect((await profileOf(session)).confirmation).toBe('rejected'),
  },
];

describe('ConsensusDialog', () => {
  it.each(ROWS)('$name ($locale)', async (row) => playRow(sessionFor((deps) => new ConsensusDialog(deps), row), row));
});
