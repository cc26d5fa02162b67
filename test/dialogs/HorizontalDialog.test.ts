import { HorizontalDialog } from '../../dialogs/discovery/HorizontalDialog';
import { DialogRow, DialogTurnStatus, playRow, profileOf, sessionFor } from '../support/dialogHarness';

/** Breadth: one question per unanswered area of the playbook, each answer followed up, until every area is asked. */
const ROWS: DialogRow[] = [
  {
    name: 'general: a quantity is said back once, "don\'t know" is acknowledged and every area is asked once',
    locale: 'en',
    seed: { playbook: 'general' },
    turns: [
      ['hello', ['playbook-general:areas.use.ask']],
      ['about 20 people', ['respond:repeat.noted', 'playbook-general:areas.current.askBusiness']],
      ["I don't know", ['discovery:dontKnow.ack', 'playbook-general:areas.goals.askBusiness']],
      ['not sure', ['discovery:dontKnow.ack', 'playbook-general:areas.budget.askBusiness']],
      ['not sure', ['discovery:dontKnow.ack', 'playbook-general:areas.timing.ask']],
      ['not sure', ['discovery:dontKnow.ack', 'playbook-general:areas.decision.ask']],
      ['not sure', ['discovery:dontKnow.ack', 'playbook-general:areas.criteria.ask']],
      ['not sure', ['discovery:dontKnow.ack', 'playbook-general:areas.alternatives.ask']],
      ['not sure', ['discovery:dontKnow.ack']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => {
      const profile = await profileOf(session);
      expect(profile.quantities.map((q) => q.value)).toEqual([20]);
      expect(profile.areasOpen).toEqual(expect.arrayContaining(['current', 'goals', 'budget', 'timing', 'decision', 'criteria', 'alternatives']));
    },
  },
  {
    name: 'training: a correction right after the repeat-back is said back corrected, and the interrupted question asked again',
    locale: 'zh-CN',
    seed: { playbook: 'training' },
    turns: [
      ['你好', ['playbook-training:areas.use.ask']],
      ['不清楚', ['discovery:dontKnow.ack', 'playbook-training:areas.current.ask']],
      ['我们有三个销售经理要参加', ['respond:repeat.noted', 'playbook-training:areas.goals.ask']],
      ['不对,是四个', ['respond:repeat.corrected', 'playbook-training:areas.goals.ask']],
    ],
    status: DialogTurnStatus.waiting,
    check: async (session) => expect((await profileOf(session)).quantities.map((q) => q.value)).toEqual([4]),
  },
  {
    name: 'fruit: a choice against the norm gets a tactful why before the next area',
    locale: 'en',
    seed: { playbook: 'fruit' },
    turns: [
      ['hello', ['playbook-fruit:areas.item.ask']],
      ['sour', ['playbook-fruit:norms.taste-sweet.why']],
      ['My mother is in hospital and wants something to whet her appetite', ['latent:rules.fruit.recovery.acknowledge', 'latent:rules.fruit.recovery.suggest']],
      ['yes', ['discovery:latent.accepted', 'playbook-fruit:areas.quantity.ask']],
    ],
    status: DialogTurnStatus.waiting,
    check: async (session) => expect((await profileOf(session)).latentNeeds.map((n) => [n.rule, n.status])).toEqual([['recovery', 'accepted']]),
  },
  {
    name: 'fruit: the last area answered ends breadth',
    locale: 'zh-CN',
    seed: { playbook: 'fruit' },
    turns: [
      ['你好', ['playbook-fruit:areas.item.ask']],
      ['李子', ['playbook-fruit:areas.taste.ask']],
      ['甜的', ['playbook-fruit:areas.quantity.ask']],
      ['两斤', ['respond:repeat.noted', 'playbook-fruit:areas.recipient.ask']],
      ['自己吃', []],
    ],
    status: DialogTurnStatus.complete,
  },
];

describe('HorizontalDialog', () => {
  it.each(ROWS)('$name ($locale)', async (row) => playRow(sessionFor((deps) => new HorizontalDialog(deps), row), row));
});
