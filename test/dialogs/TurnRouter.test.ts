import { Activity, ActivityTypes, TestAdapter, TurnContext } from 'botbuilder';
import { TurnRouter } from '../../bot/router';

import { Locale } from '../../domain/types';
import { createTestDeps, routerSession, TestDeps } from '../support/dialogHarness';
import { keysOf, Reply, toReply } from '../support/harness';
import { Scorecard } from '../../domain/practice/score';
import { LOCALES } from '../../domain/types';
import { SCRIPTS } from '../practice/scripts';
import { setTurnLocale } from '../../services/locale';

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
      ['结束练习', ['persona-plums:endings.bought', ...ENDED]], // asking sweet or sour finds the explicit need: she buys, as from the method's second seller
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

const COMMANDS: Record<Locale, { menu: string; start: string; end: string; progress: string; script: string }> = {
  en: { menu: 'practice', start: 'practice plums', end: 'end practice', progress: 'my progress', script: 'show script broadband' },
  'zh-CN': { menu: '练习', start: '练习 李子', end: '结束练习', progress: '我的进度', script: '查看话术 宽带' },
};

function scorecardOf(replies: Reply[]): Scorecard | undefined {
  for (const r of replies) {
    const card = (r.activity.channelData as { tanxun?: { scorecard?: Scorecard } } | undefined)?.tanxun?.scorecard;
    if (card) return card;
  }
  return undefined;
}

function adaptiveBody(replies: Reply[]): string {
  return JSON.stringify(replies.flatMap((r) => r.activity.attachments ?? []).map((a) => a.content));
}

describe.each(LOCALES.map((l) => [l]))('TurnRouter: practice mode in %s', (locale) => {
  const commands = COMMANDS[locale];
  const plums = SCRIPTS.find((s) => s.persona === 'plums');
  if (!plums) throw new Error('the plums script is missing');

  test('"practice" lists the personas in a card with a start button each; a button starts its persona', async () => {
    const session = routerSession(locale);
    const replies = await session.replies(commands.menu);
    expect(keysOf(replies)).toEqual(['practice:menu.intro']);
    const body = JSON.stringify(replies[0].activity.attachments?.[0]?.content);
    const starts = [...body.matchAll(/"persona":"([a-z-]+)"/g)].map((m) => m[1]);
    expect(starts.length).toBeGreaterThanOrEqual(6);
    expect(body).toContain(`"command":"${commands.start}"`);
    const started = await session.replies({ text: '', value: { action: 'practice.start', persona: starts[0] } });
    expect(keysOf(started)).toEqual(['practice:session.started', `persona-${starts[0]}:opening`]);
  });

  test('a strong session ends when the need is confirmed, with a scorecard card, and lands in "my progress"', async () => {
    const session = routerSession(locale);
    expect(keysOf(await session.replies(commands.start))).toEqual(['practice:session.started', 'persona-plums:opening']);
    let last: Reply[] = [];
    for (const line of plums[locale].strong) last = await session.replies(line);
    const card = scorecardOf(last);
    expect(card?.score).toBeGreaterThanOrEqual(80);
    expect(card?.outcome).toBe('boughtMore');
    expect(keysOf(last)).toEqual(['persona-plums:endings.boughtMore', 'practice:session.ended', 'practice:score.total']);
    expect(adaptiveBody(last)).toContain(plums[locale].strong[1].replace(/"/g, '\\"').slice(0, 8));
    expect(card?.tips).toHaveLength(3);
    expect(await session.practiceSession()).toBeUndefined();

    const progress = await session.replies(commands.progress);
    expect(keysOf(progress)).toEqual(['practice:progress.title']);
    expect(adaptiveBody(progress)).toContain(String(card?.score));

    // The session is over: the next message is an ordinary customer conversation again.
    const after = await session.replies(locale === 'en' ? 'Hello' : '你好');
    expect(keysOf(after)[0]).toMatch(/^discovery:/);
  });

  test('"end practice" ends a weak session with the persona walking away in character and a low score', async () => {
    const session = routerSession(locale);
    await session.replies(commands.start);
    expect(keysOf(await session.replies(plums[locale].weak[0]))).toEqual(['persona-plums:reactions.pitch']);
    const ended = await session.replies(commands.end);
    expect(keysOf(ended)).toEqual(['persona-plums:endings.thinking', 'practice:session.ended', 'practice:score.total']);
    const card = scorecardOf(ended);
    expect(card?.score).toBeLessThanOrEqual(30);
    expect(card?.tips[0]).toMatchObject({ problem: 'pitch', quote: plums[locale].weak[0] });
    expect(keysOf(await session.replies(commands.end))[0]).toBe('practice:session.notActive');
  });

  test('customer commands are lines of the role-play; help and language switches still work', async () => {
    const session = routerSession(locale);
    await session.replies(commands.start);
    expect(keysOf(await session.replies(locale === 'en' ? 'talk to a human' : '转人工'))[0]).toMatch(/^persona-plums:|^practice:persona\./);
    expect(keysOf(await session.replies(locale === 'en' ? 'help' : '帮助'))).toEqual(['practice:session.help']);
    const other: Locale = locale === 'en' ? 'zh-CN' : 'en';
    const switched = await session.replies(other === 'en' ? 'English please' : '说中文');
    expect(switched[0].locale).toBe(other);
    const answer = await session.replies(other === 'en' ? 'Who are they for?' : '这是买给谁吃的？');
    expect(answer[0]).toMatchObject({ key: 'persona-plums:facts.daughterInLaw.say', locale: other });
  });

  test('"show script" shows a playbook layer by layer; an unknown name gets the list', async () => {
    const session = routerSession(locale);
    const script = await session.replies(commands.script);
    expect(keysOf(script)).toEqual(['practice:script.title']);
    expect((script[0].activity.channelData as { tanxun: { playbook: string } }).tanxun.playbook).toBe('broadband');
    const body = adaptiveBody(script);
    for (const layer of ['horizontal', 'vertical', 'consensus']) expect(body.length).toBeGreaterThan(layer.length);
    expect(keysOf(await session.replies(locale === 'en' ? 'show script spaceships' : '查看话术 飞船'))).toEqual(['practice:script.unknown']);
  });

  test('practice commands in the middle of a discovery conversation carry on with the pending question', async () => {
    const session = routerSession(locale);
    await session.replies(locale === 'en' ? 'Hi' : '你好');
    const progress = keysOf(await session.replies(commands.progress));
    expect(progress[0]).toBe('practice:progress.none');
    expect(progress[1]).toBe('discovery:opening.ask');
  });
});

describe('TurnRouter: practice sessions', () => {
  test('practising a persona switches from the running one, scoring it first', async () => {
    const session = routerSession('en');
    await session.replies('practice plums');
    await session.replies('Who are they for?');
    expect(keysOf(await session.replies('practice plums'))).toEqual([
      'practice:session.switching',
      'persona-plums:endings.thinking',
      'practice:session.ended',
      'practice:score.total',
      'practice:session.started',
      'persona-plums:opening',
    ]);
  });

  test('a message without text in a session gets a polite request to type; a pasted essay gets an answer and a card that fits Teams', async () => {
    const session = routerSession('en');
    await session.replies('practice plums');
    const empty = await session.replies({ text: '', attachments: [{ contentType: 'image/png', contentUrl: 'https://example.com/a.png' }] });
    expect(keysOf(empty)).toEqual(['practice:session.textOnly']);
    const essay = 'Tell me, why do you want sour plums? '.repeat(2000);
    expect(await session.replies(essay)).toHaveLength(1);
    const ended = await session.replies('end practice');
    const card = ended.find((r) => r.activity.attachments?.length);
    expect(Buffer.byteLength(JSON.stringify(card?.activity.attachments), 'utf8')).toBeLessThan(26_000);
  });
});
