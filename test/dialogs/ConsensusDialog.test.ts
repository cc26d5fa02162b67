import { ConsensusDialog } from '../../dialogs/discovery/ConsensusDialog';
import { DialogRow, DialogTurnStatus, playRow, profileOf, sessionFor } from '../support/dialogHarness';
import { crmFocused } from './fixtures';

const seed = { playbook: 'general', profile: crmFocused };

/** The need gets a name and is read back; the customer accepts it, corrects it, or cannot say. */
const ROWS: DialogRow[] = [
  {
    name: 'accepts the named need',
    locale: 'en',
    seed,
    turns: [['hello', ['discovery:consensus.readBack', 'discovery:consensus.ask']], ['yes', []]],
    status: DialogTurnStatus.complete,
    result: { agreed: true },
    check: async (session) => {
      const profile = await profileOf(session);
      expect(profile.needName).toBeTruthy();
      expect(profile.confirmation).toBe('revised');
    },
  },
  {
    name: 'corrects the definition',
    locale: 'zh-CN',
    seed,
    turns: [
      ['你好', ['discovery:consensus.readBack', 'discovery:consensus.ask']],
      ['不对', ['discovery:consensus.whatToChange']],
      ['还要手机端', ['discovery:consensus.revised']],
    ],
    status: DialogTurnStatus.complete,
    result: { agreed: true },
    check: async (session) => expect((await profileOf(session)).statement).toContain('还要手机端'),
  },
  {
    name: 'rejects it and cannot say what to change',
    locale: 'en',
    seed,
    turns: [['hello', ['discovery:consensus.readBack', 'discovery:consensus.ask']], ['no', ['discovery:consensus.whatToChange']], ["I don't know", []]],
    status: DialogTurnStatus.complete,
    result: { agreed: false },
    check: async (session) => expect((await profileOf(session)).confirmation).toBe('rejected'),
  },
  {
    name: 'accepts after a confirmed hypothesis',
    locale: 'zh-CN',
    seed: { playbook: 'general', profile: (p) => (crmFocused(p), p.hypotheses.push({ statement: '需要客户管理系统', outcome: 'confirmed' })) },
    turns: [['你好', ['discovery:consensus.readBack', 'discovery:consensus.ask']], ['对', []]],
    status: DialogTurnStatus.complete,
    result: { agreed: true },
    check: async (session) => expect((await profileOf(session)).confirmation).toBe('confirmed'),
  },
];

describe('ConsensusDialog', () => {
  it.each(ROWS)('$name ($locale)', async (row) => playRow(sessionFor((deps) => new ConsensusDialog(deps), row), row));
});
