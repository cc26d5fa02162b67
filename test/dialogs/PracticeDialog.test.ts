import { PracticeDialog, PracticeDialogOptions } from '../../dialogs/practice/PracticeDialog';
import { DialogRow, DialogTurnStatus, playRow, sessionFor } from '../support/dialogHarness';
import { SCRIPTS } from '../practice/scripts';
import { PracticeHistory } from '../../services/PracticeHistory';

const plums = SCRIPTS.find((s) => s.persona === 'plums');
if (!plums) throw new Error('the plums practice script is missing');
const options = (persona: string): PracticeDialogOptions => ({ persona });
const ENDED = ['practice:session.ended', 'practice:score.total'];

/** The bot plays a customer: it opens, answers each of the rep's lines with a keyed reply, and ends with a scorecard. */
const ROWS: DialogRow[] = [
  {
    name: 'a question gets the fact it asks for',
    locale: 'en',
    options: options('plums'),
    turns: [
      ['hello', ['practice:session.started', 'persona-plums:opening']],
      [plums.en.strong[1], ['persona-plums:facts.sour.short']],
      [plums.en.strong[2], ['persona-plums:facts.oneJin.short']],
    ],
    status: DialogTurnStatus.waiting,
    check: async (session) => expect((await session.practiceSession())?.persona).toBe('plums'),
  },
  {
    name: 'a strong session ends when the need is confirmed',
    locale: 'en',
    options: options('plums'),
    turns: [
      ['hello', ['practice:session.started', 'persona-plums:opening']],
      // She asked for plums in her opening: asked what she would like, she says which.
      [plums.en.strong[0], ['persona-plums:facts.sour.say']],
      [plums.en.strong[1], ['persona-plums:facts.sour.short']],
      [plums.en.strong[2], ['persona-plums:facts.oneJin.short']],
      [plums.en.strong[3], ['persona-plums:facts.daughterInLaw.say']],
      [plums.en.strong[4], ['persona-plums:facts.craving.say']],
      [plums.en.strong[5], ['persona-plums:facts.pregnant.say']],
      [plums.en.strong[6], ['persona-plums:facts.worry.say']],
      [plums.en.strong[7], ['persona-plums:objections.price.raise']],
      [plums.en.strong[8], ['persona-plums:objections.price.fake']],
      [plums.en.strong[9], ['practice:persona.reactions.repeatYes']],
      [plums.en.strong[10], ['persona-plums:endings.boughtMore', ...ENDED]],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => {
      expect(await session.practiceSession()).toBeUndefined();
      expect(await session.deps.practice.history.list(PracticeHistory.key('test', 'user1'))).toHaveLength(1);
    },
  },
  {
    name: 'a pitching rep loses the customer',
    locale: 'zh-CN',
    options: options('plums'),
    turns: [
      ['你好', ['practice:session.started', 'persona-plums:opening']],
      [plums['zh-CN'].weak[0], ['persona-plums:reactions.pitch']],
      [plums['zh-CN'].weak[1], ['persona-plums:endings.left', ...ENDED]],
    ],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'an unknown persona ends at once',
    locale: 'zh-CN',
    options: options('nobody'),
    turns: [['你好', []]],
    status: DialogTurnStatus.complete,
  },
];

describe('PracticeDialog', () => {
  it.each(ROWS)('$name ($locale)', async (row) => playRow(sessionFor((deps) => new PracticeDialog(deps), row), row));
});
