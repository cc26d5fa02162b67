import { LatentProbeDialog, LatentProbeOptions } from '../../dialogs/LatentProbeDialog';
import { DialogRow, DialogTurnStatus, playRow, profileOf, sessionFor } from '../support/dialogHarness';
import { complaint } from './fixtures';

const options = (o: LatentProbeOptions): LatentProbeOptions => o;
const general = { playbook: 'general' };

async function latentOf(session: Parameters<NonNullable<DialogRow['check']>>[0]): Promise<[string | undefined, string][]> {
  return (await profileOf(session)).latentNeeds.map((n) => [n.rule, n.status]);
}

/** Why, then the motive linked to a latent need with a question; no motive, or one no rule knows, is respected. */
const ROWS: DialogRow[] = [
  {
    name: 'a motive a rule knows: acknowledged, suggested, declined',
    locale: 'en',
    seed: general,
    options: options({ cue: complaint('Everything is done by hand and it is a mess') }),
    turns: [
      ['hello', ['discovery:latent.why.complaint']],
      ['We are swamped and everyone works overtime', ['playbook-general:latent.overload.acknowledge', 'playbook-general:latent.overload.suggest']],
      ['no', ['discovery:latent.declined']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => expect(await latentOf(session)).toEqual([['overload', 'declined']]),
  },
  {
    name: 'a deviation from the playbook\'s norm: its own why, then accepted',
    locale: 'zh-CN',
    seed: { playbook: 'fruit' },
    options: options({ cue: { kind: 'deviation', area: 'taste', quote: '酸的', norm: 'taste-sweet', turn: 1 } }),
    turns: [
      ['你好', ['playbook-fruit:norms.taste-sweet.why']],
      ['她怀孕了,喜欢吃酸的', ['playbook-fruit:latent.pregnancy.acknowledge', 'playbook-fruit:latent.pregnancy.suggest']],
      ['好', ['discovery:latent.accepted']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => expect(await latentOf(session)).toEqual([['pregnancy', 'accepted']]),
  },
  {
    name: 'no motive given',
    locale: 'zh-CN',
    seed: general,
    options: options({ cue: complaint('很乱') }),
    turns: [['你好', ['discovery:latent.why.complaint']], ['不知道', ['discovery:latent.noMotive']]],
    status: DialogTurnStatus.complete,
    check: async (session) => expect(await latentOf(session)).toEqual([]),
  },
  {
    name: 'a motive no rule covers is noted as an open question',
    locale: 'en',
    seed: general,
    options: options({ cue: complaint('The current system is terrible') }),
    turns: [['hello', ['discovery:latent.why.complaint']], ['The vendor went bankrupt and nobody maintains it', ['discovery:latent.noted']]],
    status: DialogTurnStatus.complete,
    check: async (session) => {
      expect(await latentOf(session)).toEqual([[undefined, 'noted']]);
      expect((await profileOf(session)).openQuestions.join(' ')).toContain('The vendor went bankrupt');
    },
  },
  {
    name: 'a motive already known from the why-ladder skips the why',
    locale: 'en',
    seed: general,
    options: options({ cue: { kind: 'emotion', area: 'current', quote: 'We are swamped', turn: 1 }, motive: 'We are swamped and everyone works overtime' }),
    turns: [['hello', ['playbook-general:latent.overload.acknowledge', 'playbook-general:latent.overload.suggest']], ['yes', ['discovery:latent.accepted']]],
    status: DialogTurnStatus.complete,
  },
];

describe('LatentProbeDialog', () => {
  it.each(ROWS)('$name ($locale)', async (row) => playRow(sessionFor((deps) => new LatentProbeDialog(deps), row), row));
});
