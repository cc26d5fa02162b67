import { Chat, keysOf, Reply, RunningApp, startApp } from '../support/harness';
import { Scorecard } from '../../bot/domain/practice/score';
import { LOCALES, Locale } from '../../bot/domain/types';
import { SCRIPTS } from './scripts';

let running: RunningApp;

beforeAll(async () => {
  running = await startApp();
});

afterAll(async () => {
  await running.close();
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

describe.each(LOCALES.map((l) => [l]))('practice mode in %s', (locale) => {
  const commands = COMMANDS[locale];
  const plums = SCRIPTS.find((s) => s.persona === 'plums')!;

  test('"practice" lists the personas in a card with a start button each; a button starts its persona', async () => {
    const chat = new Chat(running.url, locale);
    const replies = await chat.send(commands.menu);
    expect(keysOf(replies)).toEqual(['practice:menu.intro']);
    const body = JSON.stringify(replies[0].activity.attachments?.[0]?.content);
    const starts = [...body.matchAll(/"persona":"([a-z-]+)"/g)].map((m) => m[1]);
    expect(starts.length).toBeGreaterThanOrEqual(6);
    expect(body).toContain(`"command":"${commands.start}"`);
    const started = await chat.send('', { value: { action: 'practice.start', persona: starts[0] } });
    expect(keysOf(started)).toEqual(['practice:session.started', `persona-${starts[0]}:opening`]);
  });

  test('a strong session ends when the need is confirmed, with a scorecard card, and lands in "my progress"', async () => {
    const chat = new Chat(running.url, locale);
    const opening = await chat.send(commands.start);
    expect(keysOf(opening)).toEqual(['practice:session.started', 'persona-plums:opening']);
    let last: Reply[] = [];
    for (const line of plums[locale].strong) last = await chat.send(line);
    const card = scorecardOf(last);
    expect(card?.score).toBeGreaterThanOrEqual(80);
    expect(card?.outcome).toBe('boughtMore');
    expect(keysOf(last)).toEqual(['persona-plums:endings.boughtMore', 'practice:session.ended', 'practice:score.total']);
    const body = adaptiveBody(last);
    expect(body).toContain(plums[locale].strong[1].replace(/"/g, '\\"').slice(0, 8));
    expect(card?.tips).toHaveLength(3);

    const progress = await chat.send(commands.progress);
    expect(keysOf(progress)).toEqual(['practice:progress.title']);
    expect(adaptiveBody(progress)).toContain(String(card?.score));

    // The session is over: the next message is an ordinary customer conversation again.
    const after = await chat.send(locale === 'en' ? 'Hello' : '你好');
    expect(keysOf(after)[0]).toMatch(/^discovery:/);
  });

  test('"end practice" ends a weak session with the persona walking away in character and a low score', async () => {
    const chat = new Chat(running.url, locale);
    await chat.send(commands.start);
    const pitch = await chat.send(plums[locale].weak[0]);
    expect(keysOf(pitch)).toEqual(['persona-plums:reactions.pitch']);
    const ended = await chat.send(commands.end);
    expect(keysOf(ended)).toEqual(['persona-plums:endings.thinking', 'practice:session.ended', 'practice:score.total']);
    const card = scorecardOf(ended)!;
    expect(card.score).toBeLessThanOrEqual(30);
    expect(card.tips[0]).toMatchObject({ problem: 'pitch', quote: plums[locale].weak[0] });
    const again = await chat.send(commands.end);
    expect(keysOf(again)[0]).toBe('practice:session.notActive');
  });

  test('customer commands are lines of the role-play; help and language switches still work', async () => {
    const chat = new Chat(running.url, locale);
    await chat.send(commands.start);
    const human = await chat.send(locale === 'en' ? 'talk to a human' : '转人工');
    expect(keysOf(human)[0]).toMatch(/^persona-plums:|^practice:persona\./);
    const help = await chat.send(locale === 'en' ? 'help' : '帮助');
    expect(keysOf(help)).toEqual(['practice:session.help']);
    const other: Locale = locale === 'en' ? 'zh-CN' : 'en';
    const switched = await chat.send(other === 'en' ? 'English please' : '说中文');
    expect(switched[0].locale).toBe(other);
    const answer = await chat.send(other === 'en' ? 'Who are they for?' : '这是买给谁吃的？');
    expect(answer[0]).toMatchObject({ key: 'persona-plums:facts.daughterInLaw.say', locale: other });
  });

  test('"show script" shows a playbook layer by layer; an unknown name gets the list', async () => {
    const chat = new Chat(running.url, locale);
    const script = await chat.send(commands.script);
    expect(keysOf(script)).toEqual(['practice:script.title']);
    expect((script[0].activity.channelData as { tanxun: { playbook: string } }).tanxun.playbook).toBe('broadband');
    const body = adaptiveBody(script);
    for (const layer of ['horizontal', 'vertical', 'consensus']) expect(body.length).toBeGreaterThan(layer.length);
    const unknown = await chat.send(locale === 'en' ? 'show script spaceships' : '查看话术 飞船');
    expect(keysOf(unknown)).toEqual(['practice:script.unknown']);
  });

  test('practice commands in the middle of a discovery conversation carry on with the pending question', async () => {
    const chat = new Chat(running.url, locale);
    await chat.send(locale === 'en' ? 'Hi' : '你好');
    const progress = await chat.send(commands.progress);
    expect(keysOf(progress)[0]).toBe('practice:progress.none');
    expect(keysOf(progress)[1]).toBe('discovery:opening.ask');
  });
});

test('practising a persona switches from the running one, scoring it first', async () => {
  const chat = new Chat(running.url, 'en');
  await chat.send('practice plums');
  await chat.send('Who are they for?');
  const replies = await chat.send('practice plums');
  expect(keysOf(replies)).toEqual([
    'practice:session.switching',
    'persona-plums:endings.thinking',
    'practice:session.ended',
    'practice:score.total',
    'practice:session.started',
    'persona-plums:opening',
  ]);
});

test('history is per rep and kept across conversations', async () => {
  const first = new Chat(running.url, 'en', 'practice-history-a');
  await first.send('practice plums');
  await first.send('end practice');
  const second = new Chat(running.url, 'en', 'practice-history-b');
  // Same rep (the harness derives the user from the conversation), so give the second chat the first's user.
  Object.defineProperty(second, 'userId', { value: first.userId });
  const progress = await second.send('my progress');
  expect(keysOf(progress)).toEqual(['practice:progress.title']);
  expect((progress[0].activity.channelData as { tanxun: { sessions: number } }).tanxun.sessions).toBe(1);
});

test('"delete my data" also removes the rep\'s practice history', async () => {
  const chat = new Chat(running.url, 'en');
  await chat.send('practice plums');
  await chat.send('end practice');
  expect(keysOf(await chat.send('my progress'))).toEqual(['practice:progress.title']);
  await chat.send('delete my data');
  expect(keysOf(await chat.send('my progress'))[0]).toBe('practice:progress.none');
});

test('a message without text in a session gets a polite request to type; a pasted essay gets an answer and a card that fits Teams', async () => {
  const chat = new Chat(running.url, 'en');
  await chat.send('practice plums');
  const empty = await chat.send('', { attachments: [{ contentType: 'image/png', contentUrl: 'https://example.com/a.png' }] });
  expect(keysOf(empty)).toEqual(['practice:session.textOnly']);
  const essay = 'Tell me, why do you want sour plums? '.repeat(2000);
  const answered = await chat.send(essay);
  expect(answered).toHaveLength(1);
  const ended = await chat.send('end practice');
  const card = ended.find((r) => r.activity.attachments?.length);
  expect(Buffer.byteLength(JSON.stringify(card?.activity.attachments), 'utf8')).toBeLessThan(26_000);
});
