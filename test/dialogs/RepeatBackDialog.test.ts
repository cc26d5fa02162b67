import { RepeatBackDialog, RepeatBackOptions } from '../../dialogs/discovery/RepeatBackDialog';
import { DialogRow, DialogTurnStatus, playRow, profileOf, sessionFor } from '../support/dialogHarness';
import { facts, TWENTY_PEOPLE } from './fixtures';

const options = (o: RepeatBackOptions): RepeatBackOptions => o;
/** The figure being checked is already in the profile, as the answer that produced it would have put it. */
const seedFor = (locale: 'en' | 'zh-CN') => ({ playbook: 'general', profile: (p: { quantities: unknown[] }) => void p.quantities.push({ ...TWENTY_PEOPLE[locale] }) });

/** "You mean about twenty people, right?": confirmed, corrected in place, or corrected after a plain no. */
const ROWS: DialogRow[] = [
  {
    name: 'confirms',
    locale: 'zh-CN',
    seed: seedFor('zh-CN'),
    options: options({ facts: facts(TWENTY_PEOPLE['zh-CN']) }),
    turns: [['你好', ['discovery:repeat.ask']], ['对', ['discovery:repeat.noted']]],
    status: DialogTurnStatus.complete,
    result: facts(TWENTY_PEOPLE['zh-CN']),
  },
  {
    name: 'a plain no asks what is right; the new figure is repeated back',
    locale: 'en',
    seed: seedFor('en'),
    options: options({ facts: facts(TWENTY_PEOPLE.en) }),
    turns: [
      ['hello', ['discovery:repeat.ask']],
      ['no', ['discovery:repeat.whatIsRight']],
      ['thirty people', ['discovery:repeat.ask']],
      ['yes', ['discovery:repeat.noted']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => expect((await profileOf(session)).quantities.map((q) => q.value)).toEqual([30]),
  },
  {
    name: 'corrects a figure in the answer and is asked to confirm the new one',
    locale: 'zh-CN',
    seed: seedFor('zh-CN'),
    options: options({ facts: facts(TWENTY_PEOPLE['zh-CN']) }),
    turns: [['你好', ['discovery:repeat.ask']], ['不对,是三十个', ['discovery:repeat.ask']]],
    status: DialogTurnStatus.waiting,
    check: async (session) => expect((await profileOf(session)).quantities.map((q) => q.value)).toEqual([30]),
  },
  {
    name: 'a third correction is recorded without another check',
    locale: 'en',
    seed: seedFor('en'),
    options: options({ facts: facts(TWENTY_PEOPLE.en) }),
    turns: [
      ['hello', ['discovery:repeat.ask']],
      ['no, 25', ['discovery:repeat.ask']],
      ['no, 30', ['discovery:repeat.ask']],
      ['no, 35', ['discovery:repeat.noted']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => expect((await profileOf(session)).quantities.map((q) => q.value)).toEqual([35]),
  },
  {
    name: 'a yes with a "but" is not a yes: asked what is right, then the new figure is repeated',
    locale: 'zh-CN',
    seed: seedFor('zh-CN'),
    options: options({ facts: facts(TWENTY_PEOPLE['zh-CN']) }),
    turns: [
      ['你好', ['discovery:repeat.ask']],
      ['大体对，不过……', ['discovery:repeat.whatIsRight']],
      ['是二十五个人', ['discovery:repeat.ask']],
      ['对', ['discovery:repeat.noted']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => expect((await profileOf(session)).quantities.map((q) => q.value)).toEqual([25]),
  },
  {
    name: 'partly: asked what is right',
    locale: 'en',
    seed: seedFor('en'),
    options: options({ facts: facts(TWENTY_PEOPLE.en) }),
    turns: [
      ['hello', ['discovery:repeat.ask']],
      ['mostly, but', ['discovery:repeat.whatIsRight']],
      ['25 people', ['discovery:repeat.ask']],
      ['yes', ['discovery:repeat.noted']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => expect((await profileOf(session)).quantities.map((q) => q.value)).toEqual([25]),
  },
];

describe('RepeatBackDialog', () => {
  it.each(ROWS)('$name ($locale)', async (row) => playRow(sessionFor((deps) => new RepeatBackDialog(deps), row), row));
});
