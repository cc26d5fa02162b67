import { ObjectionDialog, ObjectionOptions } from '../../dialogs/discovery/ObjectionDialog';
import { Objection } from '../../domain/types';
import { DialogRow, DialogSession, DialogTurnStatus, playRow, profileOf, sessionFor } from '../support/dialogHarness';
import { priceObjection } from './fixtures';

/** The objection as interpretAnswer stored it, and the same objection handed to the dialog. */
function raised(text: string): Pick<DialogRow, 'seed' | 'options'> {
  const options: ObjectionOptions = { objection: priceObjection(text) };
  return { seed: { playbook: 'general', profile: (p) => p.objections.push(priceObjection(text)) }, options };
}

function recorded(expected: Partial<Objection>) {
  return async (session: DialogSession): Promise<void> => expect((await profileOf(session)).objections).toEqual([expect.objectContaining(expected)]);
}

/** Real or not: the hypothetical test first, the rhetorical one when that does not settle it. */
const ROWS: DialogRow[] = [
  {
    name: 'real: settled by the hypothetical question',
    locale: 'zh-CN',
    ...raised('太贵了'),
    turns: [['你好', ['discovery:objection.hypothetical.price']], ['是的', ['discovery:objection.real']]],
    status: DialogTurnStatus.complete,
    check: recorded({ real: true, test: 'hypothetical' }),
  },
  {
    name: 'real: settled by the hypothetical question',
    locale: 'en',
    ...raised('your product is too expensive'),
    turns: [['hello', ['discovery:objection.hypothetical.price']], ['yes', ['discovery:objection.real']]],
    status: DialogTurnStatus.complete,
    check: recorded({ kind: 'price', real: true, test: 'hypothetical' }),
  },
  {
    name: 'real: a specific condition to the rhetorical question',
    locale: 'zh-CN',
    ...raised('看起来太贵了'),
    turns: [['你好', ['discovery:objection.hypothetical.price']], ['不是', ['discovery:objection.rhetorical.price']], ['能打九折就行', ['discovery:objection.conditionNoted']]],
    status: DialogTurnStatus.complete,
    check: recorded({ real: true, test: 'rhetorical', condition: '能打九折就行' }),
  },
  {
    name: 'real: a specific condition to the rhetorical question',
    locale: 'en',
    ...raised('too expensive'),
    turns: [
      ['hello', ['discovery:objection.hypothetical.price']],
      ['no', ['discovery:objection.rhetorical.price']],
      ['A discount of ten percent would do it', ['discovery:objection.conditionNoted']],
    ],
    status: DialogTurnStatus.complete,
    check: recorded({ real: true, test: 'rhetorical', condition: 'A discount of ten percent would do it' }),
  },
  {
    name: 'not real: no condition to the rhetorical question',
    locale: 'zh-CN',
    ...raised('太贵了'),
    turns: [['你好', ['discovery:objection.hypothetical.price']], ['不是', ['discovery:objection.rhetorical.price']], ['不知道', ['discovery:objection.notReal']]],
    status: DialogTurnStatus.complete,
    check: recorded({ real: false, test: 'rhetorical' }),
  },
  {
    name: 'not real: a vague answer to the rhetorical question',
    locale: 'en',
    ...raised('too expensive'),
    turns: [['hello', ['discovery:objection.hypothetical.price']], ['no', ['discovery:objection.rhetorical.price']], ['not sure', ['discovery:objection.notReal']]],
    status: DialogTurnStatus.complete,
    check: recorded({ real: false, test: 'rhetorical' }),
  },
  ...(
    [
      ['en', 'too expensive', 'hello', 'no', 'hmm'],
      ['en', 'too expensive', 'hello', 'no', 'Hmm, okay'],
      ['zh-CN', '太贵了', '你好', '不是', '嗯'],
      ['zh-CN', '太贵了', '你好', '不是', '嗯嗯，好吧'],
    ] as const
  ).map(([locale, text, hello, no, sound]): DialogRow => ({
    name: `not real: "${sound}" is no condition`,
    locale,
    ...raised(text),
    turns: [[hello, ['discovery:objection.hypothetical.price']], [no, ['discovery:objection.rhetorical.price']], [sound, ['discovery:objection.notReal']]],
    status: DialogTurnStatus.complete,
    check: recorded({ real: false, test: 'rhetorical' }),
  })),
];

describe('ObjectionDialog', () => {
  it.each(ROWS)('$name ($locale)', async (row) => playRow(sessionFor((deps) => new ObjectionDialog(deps), row), row));
});
