import { FocusDialog } from '../../dialogs/discovery/FocusDialog';
import { DialogRow, DialogTurnStatus, playRow, profileOf, sessionFor } from '../support/dialogHarness';
import { crmAfterBreadth } from './fixtures';

/** The area with the strongest cue is proposed; the customer accepts it, picks another, or leaves it to us. */
const ROWS: DialogRow[] = [
  {
    name: 'accepts the proposed focus',
    locale: 'en',
    seed: { playbook: 'general', profile: crmAfterBreadth },
    turns: [['hello', ['discovery:focus.ask']], ['yes', []]],
    status: DialogTurnStatus.complete,
    result: 'current',
  },
  {
    name: 'picks another offered area by name',
    locale: 'zh-CN',
    seed: { playbook: 'general', profile: crmAfterBreadth },
    turns: [['你好', ['discovery:focus.ask']], ['目标', []]],
    status: DialogTurnStatus.complete,
    result: 'goals',
  },
  {
    name: '"don\'t know" leaves the proposed focus and records nothing as an answer',
    locale: 'zh-CN',
    seed: { playbook: 'general', profile: crmAfterBreadth },
    turns: [['你好', ['discovery:focus.ask']], ['不知道', []]],
    status: DialogTurnStatus.complete,
    result: 'current',
    check: async (session) => expect((await profileOf(session)).answers.current?.map((a) => a.quote)).toEqual(['spreadsheets, a mess']),
  },
  {
    name: 'an answer naming no offered area keeps the proposal and is kept as an answer there',
    locale: 'en',
    seed: { playbook: 'general', profile: crmAfterBreadth },
    turns: [['hello', ['discovery:focus.ask']], ['actually the price matters most', []]],
    status: DialogTurnStatus.complete,
    result: 'current',
    check: async (session) => expect((await profileOf(session)).answers.current?.map((a) => a.quote)).toContain('actually the price matters most'),
  },
  {
    name: 'a playbook with automatic focus asks nothing',
    locale: 'en',
    seed: { playbook: 'fruit', profile: (p) => (p.answers.taste = [{ quote: 'sour', turn: 1 }]) },
    turns: [['hello', []]],
    status: DialogTurnStatus.complete,
    result: 'taste',
  },
];

describe('FocusDialog', () => {
  it.each(ROWS)('$name ($locale)', async (row) => playRow(sessionFor((deps) => new FocusDialog(deps), row), row));
});
