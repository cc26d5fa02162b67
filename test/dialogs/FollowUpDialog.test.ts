import { FollowUpDialog, FollowUpOptions } from '../../dialogs/discovery/FollowUpDialog';
import { DialogRow, DialogTurnStatus, playRow, profileOf, sessionFor } from '../support/dialogHarness';
import { complaint, facts, priceObjection, TWENTY_PEOPLE } from './fixtures';

const seed = { playbook: 'general' };
const options = (o: FollowUpOptions): FollowUpOptions => o;

/** After an answer, in order: repeat the facts back, ask about a cue, test an objection; nothing to follow up ends it at once. */
const ROWS: DialogRow[] = [
  {
    name: 'facts only: repeated back',
    locale: 'en',
    seed,
    options: options({ facts: facts(TWENTY_PEOPLE.en) }),
    turns: [['hello', ['discovery:repeat.ask']], ['yes', ['discovery:repeat.noted']]],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'a cue only: the tactful why, a known motive, a suggestion',
    locale: 'zh-CN',
    seed,
    options: options({ cue: complaint('现在全靠手工记录,很乱') }),
    turns: [
      ['你好', ['discovery:latent.why.complaint']],
      ['人手不够,大家天天加班', ['latent:rules.general.overload.acknowledge', 'latent:rules.general.overload.suggest']],
      ['好', ['discovery:latent.accepted']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => expect((await profileOf(session)).latentNeeds.map((n) => [n.rule, n.status])).toEqual([['overload', 'accepted']]),
  },
  {
    name: 'facts, cue and objection, in that order',
    locale: 'zh-CN',
    seed,
    options: options({ facts: facts(TWENTY_PEOPLE['zh-CN']), cue: complaint('很乱'), objection: priceObjection('太贵了') }),
    turns: [
      ['你好', ['discovery:repeat.ask']],
      ['对', ['discovery:repeat.noted', 'discovery:latent.why.complaint']],
      ['不知道', ['discovery:latent.noMotive', 'discovery:objection.hypothetical.price']],
      ['不是', ['discovery:objection.rhetorical.price']],
      ['能打九折就行', ['discovery:objection.conditionNoted']],
    ],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'an objection only: the hypothetical test',
    locale: 'en',
    seed: { playbook: 'general', profile: (p) => p.objections.push(priceObjection('too expensive')) },
    options: options({ objection: priceObjection('too expensive') }),
    turns: [['hello', ['discovery:objection.hypothetical.price']], ['yes', ['discovery:objection.real']]],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'nothing to follow up',
    locale: 'en',
    seed,
    options: options({}),
    turns: [['hello', []]],
    status: DialogTurnStatus.complete,
  },
];

describe('FollowUpDialog', () => {
  it.each(ROWS)('$name ($locale)', async (row) => playRow(sessionFor((deps) => new FollowUpDialog(deps), row), row));
});
