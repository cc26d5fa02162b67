import { VerticalDialog } from '../../dialogs/discovery/VerticalDialog';
import { DialogRow, DialogTurnStatus, playRow, profileOf, sessionFor } from '../support/dialogHarness';
import { crmFocused } from './fixtures';

/** Depth on the focus area: describe, the why-ladder, then the two impact questions. */
const ROWS: DialogRow[] = [
  {
    name: 'general: the whole why-ladder, then the impact answer is heard as the stakes, not probed for a why again',
    locale: 'en',
    seed: { playbook: 'general', profile: crmFocused },
    turns: [
      ['hello', ['discovery:vertical.describe']],
      ['we track leads in spreadsheets', ['discovery:vertical.why1']],
      ['because leads get lost', ['discovery:vertical.why2']],
      ['we lose sales', ['discovery:vertical.why3']],
      ['the boss wants growth', ['discovery:vertical.impactUnsolved']],
      ['we keep losing deals', ['discovery:vertical.impactSolved']],
    ],
    status: DialogTurnStatus.waiting,
    check: async (session) => expect((await profileOf(session)).motives).toEqual(expect.arrayContaining(['because leads get lost', 'we lose sales', 'the boss wants growth'])),
  },
  {
    name: 'general: a motive a latent rule knows ends the ladder with a suggestion',
    locale: 'zh-CN',
    seed: { playbook: 'general', profile: crmFocused },
    turns: [
      ['你好', ['discovery:vertical.describe']],
      ['全靠手工记录', ['discovery:vertical.why1']],
      ['人手不够,大家天天加班', ['latent:rules.general.overload.acknowledge', 'latent:rules.general.overload.suggest']],
      ['好', ['discovery:latent.accepted', 'discovery:vertical.impactUnsolved']],
      ['客户流失', ['discovery:vertical.impactSolved']],
      ['效率更高', []],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => {
      const profile = await profileOf(session);
      expect(profile.latentNeeds.map((n) => [n.rule, n.status])).toEqual([['overload', 'accepted']]);
      expect(profile.impact).toEqual({ ifUnsolved: ['客户流失'], ifSolved: ['效率更高'] });
    },
  },
  {
    name: 'training: the playbook\'s own questions; "don\'t know" ends the ladder and is not kept as impact',
    locale: 'zh-CN',
    seed: { playbook: 'training', profile: (p) => ((p.answers.current = [{ quote: '新经理', turn: 1 }]), (p.focusArea = 'current')) },
    turns: [
      ['你好', ['playbook-training:areas.current.describe']],
      ['新经理带团队不行', ['playbook-training:areas.current.why1']],
      ['不知道', ['playbook-training:areas.current.impactUnsolved']],
      ['不清楚', ['playbook-training:areas.current.impactSolved']],
      ['业绩会提升', []],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => expect((await profileOf(session)).impact).toEqual({ ifUnsolved: [], ifSolved: ['业绩会提升'] }),
  },
  {
    name: 'fruit: a playbook without depth asks nothing',
    locale: 'en',
    seed: { playbook: 'fruit', profile: (p) => (p.focusArea = 'taste') },
    turns: [['hello', []]],
    status: DialogTurnStatus.complete,
  },
];

describe('VerticalDialog', () => {
  it.each(ROWS)('$name ($locale)', async (row) => playRow(sessionFor((deps) => new VerticalDialog(deps), row), row));
});
