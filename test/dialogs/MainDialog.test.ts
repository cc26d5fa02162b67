import { MainDialog } from '../../dialogs/MainDialog';
import { DialogRow, DialogTurnStatus, playRow, profileOf, sessionFor } from '../support/dialogHarness';

/**
 * MainDialog runs as the root, as in the bot: the discovery order end to end and the interruptions
 * (help, a person, stop, start over, language) that DiscoveryBaseDialog handles at every step.
 */
const ROWS: DialogRow[] = [
  {
    name: 'fruit: breadth, hypothesis, consensus and a handoff with contact',
    locale: 'zh-CN',
    turns: [
      ['我想买点李子', ['discovery:greeting.short', 'playbook-fruit:areas.taste.ask']],
      ['甜的', ['playbook-fruit:areas.quantity.ask']],
      ['两斤', ['discovery:repeat.ask']],
      ['对', ['discovery:repeat.noted', 'playbook-fruit:areas.recipient.ask']],
      ['自己吃', ['discovery:hypothesis.ask']],
      ['对', ['discovery:hypothesis.confirmed', 'discovery:consensus.readBack', 'discovery:consensus.ask']],
      ['对', ['discovery:handoff.introAgreed', 'discovery:handoff.consent']],
      ['好', ['discovery:handoff.contactAsk']],
      ['13800138000', ['discovery:handoff.doneContact']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => {
      expect(session.deps.handoff.triggers).toEqual(['discovery-complete']);
      expect((await profileOf(session)).confirmation).toBe('confirmed');
    },
  },
  {
    name: 'help repeats the pending question; asking for a person hands over',
    locale: 'en',
    turns: [
      ['Hello, our company needs a CRM', ['discovery:greeting.short', 'playbook-general:areas.users.ask']],
      ['help', ['common:help', 'playbook-general:areas.users.ask']],
      ['talk to a person', ['discovery:handoff.introAsked', 'discovery:handoff.consent']],
      ['no', ['discovery:handoff.noContact', 'discovery:handoff.done']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => expect(session.deps.handoff.triggers).toEqual(['customer-asked']),
  },
  {
    name: 'stop says goodbye and keeps what was said',
    locale: 'zh-CN',
    turns: [
      ['你好,我们公司想找一个客户管理系统', ['discovery:greeting.short', 'playbook-general:areas.users.ask']],
      ['结束', ['common:goodbye']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => expect((await profileOf(session)).answers.use?.[0].quote).toBe('你好,我们公司想找一个客户管理系统'),
  },
  {
    name: 'a greeting gets the full welcome; start over forgets the playbook',
    locale: 'en',
    turns: [
      ['hi', ['discovery:greeting.full', 'discovery:opening.ask']],
      ['I want some plums', ['playbook-fruit:areas.taste.ask']],
      ['start over', ['common:startOver', 'discovery:opening.askAgain']],
    ],
    status: DialogTurnStatus.waiting,
    check: async (session) => expect((await session.conversationData()).playbook).toBeUndefined(),
  },
  {
    name: 'switching language asks the pending question again in the new language',
    locale: 'zh-CN',
    turns: [
      ['你好,我们公司想找一个客户管理系统', ['discovery:greeting.short', 'playbook-general:areas.users.ask']],
      ['English please', ['common:language.switched', 'playbook-general:areas.users.ask']],
    ],
    status: DialogTurnStatus.waiting,
    check: async (session) => expect(await session.conversationData()).toMatchObject({ locale: 'en', localeChosen: true }),
  },
];

describe('MainDialog', () => {
  it.each(ROWS)('$name ($locale)', async (row) => playRow(sessionFor((deps) => new MainDialog(deps), row, false), row));

  it('after a language switch the replies come in the chosen language', async () => {
    const row = ROWS[4];
    const session = sessionFor((deps) => new MainDialog(deps), row, false);
    await session.send(row.turns[0][0]);
    const switched = await session.send(row.turns[1][0]);
    expect(switched.map((a) => a.locale)).toEqual(['en', 'en']);
  });
});
