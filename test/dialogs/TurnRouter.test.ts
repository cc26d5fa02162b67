import { Activity, ActivityTypes, TestAdapter, TurnContext } from 'botbuilder';
import { TurnRouter } from '../../bot/router';

import { Locale } from '../../bot/domain/types';
import { createTestDeps, TestDeps } from '../support/dialogHarness';
import { toReply } from '../support/harness';
import { setTurnLocale } from '../../bot/services/locale';

/**
 * The bot's router: discovery and practice are two root dialogs with their own stacks, and the rep's
 * practice commands work from either. Each row is one conversation: the lines and the reply keys after each.
 */
interface RouterRow {
  name: string;
  locale: Locale;
  turns: [line: string, keys: string[]][];
  check?: (deps: TestDeps, context: () => TurnContext) => Promise<void>;
}

const ENDED = ['practice:session.ended', 'practice:score.total'];

const ROWS: RouterRow[] = [
  {
    name: 'practice from anywhere: a persona starts, answers, and "end practice" scores it',
    locale: 'zh-CN',
    turns: [
      ['练习 李子', ['practice:session.started', 'persona-plums:opening']],
      ['您喜欢甜的还是酸的？', ['persona-plums:facts.sour.short']],
      ['结束练习', ['persona-plums:endings.thinking', ...ENDED]],
    ],
    check: async (deps, context) => expect(await deps.state.practiceSession(context())).toBeUndefined(),
  },
  {
    name: 'a practice command in the middle of discovery, then discovery starts afresh',
    locale: 'en',
    turns: [
      ['Hello, our company needs a CRM', ['discovery:greeting.short', 'playbook-general:areas.users.ask']],
      ['practice plums', ['practice:session.started', 'persona-plums:opening']],
      ['talk to a person', ['persona-plums:reactions.greeting']],
      ['end practice', ['persona-plums:endings.thinking', ...ENDED]],
      ['hi', ['discovery:greeting.full', 'discovery:opening.ask']],
    ],
  },
  {
    name: '"my progress" during discovery shows the progress and asks the pending question again',
    locale: 'en',
    turns: [
      ['Hello, our company needs a CRM', ['discovery:greeting.short', 'playbook-general:areas.users.ask']],
      ['my progress', ['practice:progress.none', 'playbook-general:areas.users.ask']],
      ['end practice', ['practice:session.notActive', 'playbook-general:areas.users.ask']],
    ],
  },
  {
    name: 'help and stop inside a session are the practice ones',
    locale: 'en',
    turns: [
      ['practice plums', ['practice:session.started', 'persona-plums:opening']],
      ['help', ['practice:session.help']],
      ['stop', ['persona-plums:endings.thinking', ...ENDED]],
    ],
    check: async (deps, context) => expect(await deps.state.practiceSession(context())).toBeUndefined(),
  },
  {
    name: 'start over in a session starts the same persona again',
    locale: 'zh-CN',
    turns: [
      ['练习 李子', ['practice:session.started', 'persona-plums:opening']],
      ['重新开始', ['practice:session.started', 'persona-plums:opening']],
    ],
    check: async (deps, context) => expect((await deps.state.practiceSession(context()))?.persona).toBe('plums'),
  },
  {
    name: 'the menu without a persona, then a start button',
    locale: 'en',
    turns: [['practice', ['practice:menu.intro']]],
  },
];

async function play(row: RouterRow): Promise<void> {
  const deps = createTestDeps();
  const router = new TurnRouter(deps);
  let reference: ReturnType<typeof TurnContext.getConversationReference> | undefined;
  const adapter = new TestAdapter(async (context) => {
    const data = await deps.state.conversation(context);
    setTurnLocale(context, data.localeChosen && data.locale ? data.locale : row.locale);
    await router.run(context);
    await deps.state.saveAll(context);
    reference = TurnContext.getConversationReference(context.activity);
  });
  const seen: [string, string[]][] = [];
  for (const [line] of row.turns) {
    await adapter.receiveActivity({ type: ActivityTypes.Message, text: line, locale: row.locale });
    const replies = adapter.activeQueue.splice(0).map((a: Partial<Activity>) => toReply(a).key ?? `<no key: ${a.type}>`);
    seen.push([line, replies]);
  }
  expect(seen).toEqual(row.turns);
  await row.check?.(deps, () => {
    if (!reference) throw new Error('no turn ran');
    return new TurnContext(adapter, TurnContext.applyConversationReference({ type: ActivityTypes.Message }, reference, true));
  });
}

describe('TurnRouter', () => {
  it.each(ROWS)('$name ($locale)', play);
});
