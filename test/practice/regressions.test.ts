import { loadPersonas, Persona } from '../../domain/practice/persona';
import { PracticeSession, respond, startSession, stopSession } from '../../domain/practice/engine';
import { scoreSession } from '../../domain/practice/score';
import { classifyQuestion, QuestionType } from '../../domain/practice/classify';
import { Locale } from '../../domain/types';
import { renderReply } from '../../dialogs/practice/text';

/** The examples of issue 18, each a case that went wrong in a trainer's sessions. */
const personas = loadPersonas();
const get = (id: string): Persona => personas.get(id) as Persona;

function talk(id: string, lines: string[], locale: Locale): PracticeSession {
  const persona = get(id);
  const session = startSession(persona, new Date('2026-12-05T09:00:00Z'));
  for (const line of lines) if (!session.ended) respond(persona, session, line, locale, renderReply);
  return session;
}
const keyOf = (session: PracticeSession, i: number): string => session.lines[i].reply;

describe('rudeness is read from phrases and intent, not single words of polite speech', () => {
  test.each([
    ['en', 'whatever you pick, the reps must not type things twice'],
    ['en', 'Whatever happens, how is she feeling in herself these days?'],
    ['en', 'Is there anything else, whatever it is, that still worries you?'],
    ['en', "There's no need to hurry up for me, take your time."],
    ['en', "I don't want to waste your time, so what matters most to you?"],
    ['en', 'Come on in and sit down, what can I get you?'],
    ['zh-CN', '想换个快点的宽带是吧？'],
    ['zh-CN', '您说想要快点的，是指晚上快点还是白天？'],
    ['zh-CN', '您觉得到底是什么原因让网这么慢呢？'],
    ['zh-CN', '我直接说一下我的理解，您看对不对？'],
    ['zh-CN', '您慢慢说，我没那么多讲究。'],
    ['zh-CN', '不想浪费您的时间，您最看重的是什么？'],
  ] as const)('%s: polite "%s"', (locale, line) => {
    expect(classifyQuestion(line, locale).rude).toBe(false);
  });

  test.each([
    ['en', 'Whatever, just buy it.'],
    ['en', 'Stop wasting my time, are you buying or not?'],
    ['en', 'Hurry up and make up your mind.'],
    ['en', "Come on, it's not rocket science."],
    ['zh-CN', '你到底买不买啊，别浪费我时间'],
    ['zh-CN', '快点说，我没空'],
    ['zh-CN', '爱买不买'],
    ['zh-CN', '废话少说，签不签？'],
  ] as const)('%s: rude "%s"', (locale, line) => {
    expect(classifyQuestion(line, locale).rude).toBe(true);
  });

  test('a polite line with "whatever" does not end the session or draw a rebuke', () => {
    const session = talk('crm', ['whatever you pick, the reps must not type things twice', 'Whatever system you choose, what matters most to the reps?'], 'en');
    expect(session.ended).toBeUndefined();
    expect(session.lines.filter((l) => l.rude)).toEqual([]);
  });
});

describe('question types the trainer saw mislabelled', () => {
  test.each([
    ['en', "If she doesn't get enough vitamins, what worries you most?", ['impact-unsolved']],
    ['en', 'why was that such a big deal for you and the GM?', ['open', 'descriptive']],
    ['en', 'If we hosted all data in China, would that settle it for Mr. Zhou?', ['objection-test']],
    ['en', 'So a reliable connection in every room, is that your real need?', ['hypothesis']],
    // Pressing for the order is a closed question when asked (the project's table labels 你到底买不买? closed),
    // other without a question mark; never an impact question.
    ['zh-CN', '你到底买不买啊，别浪费我时间', ['closed', 'other']],
    ['zh-CN', '你到底买不买？', ['closed']],
    ['zh-CN', '我们的CRM有AI预测和手机端，这个季度打八折。', ['pitch']],
    ['zh-CN', '功能有AI预测、手机App，这个月打七折。', ['pitch']],
    ['zh-CN', '所以每个房间都有稳定的网络，这是您真正的需求吗？', ['hypothesis']],
    ['zh-CN', '如果她维生素不够，您最担心什么？', ['impact-unsolved']],
    ['zh-CN', '如果我们把数据都放在国内，周总那边是不是就没问题了？', ['objection-test']],
  ] as const)('%s: "%s"', (locale, line, types) => {
    const c = classifyQuestion(line, locale);
    expect((types as readonly QuestionType[]).includes(c.type) ? 'ok' : c.type).toBe('ok');
  });

  test('"why was that such a big deal" asks why', () => {
    expect(classifyQuestion('why was that such a big deal for you and the GM?', 'en').why).toBe(true);
  });
});

describe('the persona answers the question asked', () => {
  test('a question about how she is doing is not answered with the quantity', () => {
    const s = talk('plums', ['Sweet or sour?', 'Who are they for?', 'Why sour?', "How's she doing, is she eating well otherwise?"], 'en');
    expect(s.lines[3].revealed).not.toContain('oneJin');
    expect(s.lines[3].revealed.length).toBeGreaterThan(0);
  });

  test('孩子们晚上上网主要是学习还是娱乐 is answered about use, not the current plan', () => {
    const s = talk('broadband', ['您现在用的是什么宽带？', '孩子们晚上上网主要是学习还是娱乐？'], 'zh-CN');
    expect(s.lines[1].revealed).not.toContain('plan100');
    expect(s.lines[1].reply).not.toContain('我刚才说了');
  });

  test.each([
    ['en', "What's the capital of France?"],
    ['en', 'Did you watch the football last night?'],
    ['zh-CN', '法国的首都是哪里？'],
  ] as const)('%s: off-topic "%s" stays in character and gives no fact', (locale, line) => {
    const s = talk('plums', [line], locale);
    expect(s.lines[0].reply).not.toMatch(/Paris|巴黎/);
    expect(s.lines[0].revealed).toEqual([]);
    expect(s.lines[0].offTopic).toBe(true);
  });

  test.each([
    ['en', 'Who are they for, and how many would you like?'],
    ['zh-CN', '是买给谁吃的？要几斤？'],
  ] as const)('%s: each part of a two-part question is answered', (locale, line) => {
    const s = talk('plums', [line], locale);
    expect(s.lines[0].revealed).toEqual(expect.arrayContaining(['daughterInLaw', 'oneJin']));
  });

  test.each([
    ['en', 'Who are thye for?', 'Who are they for?'],
    ['en', 'Do you like them sweet or suor?', 'Do you like them sweet or sour?'],
    ['en', 'Waht budget do you have per month?', 'What budget do you have per month?'],
  ] as const)('%s: the typo in "%s" gets the answer of the spelled question', (locale, typo, spelled) => {
    const id = typo.includes('budget') ? 'broadband' : 'plums';
    expect(talk(id, [typo], locale).lines[0].revealed).toEqual(talk(id, [spelled], locale).lines[0].revealed);
  });

  test.each([
    ['en', 'So can we go ahead?'],
    ['en', 'Shall I put you down for it then?'],
    ['zh-CN', '那就这么定了吧？'],
  ] as const)('%s: "%s" before the need is met is not agreed to', (locale, line) => {
    const s = talk('broadband', [line], locale);
    expect(s.lines[0].reply).not.toMatch(/I suppose so|可能吧|好吧/);
    expect(s.lines[0].closeEarly).toBe(true);
    expect(s.outcome).toBeUndefined();
  });

  test('good impact questions before the motive are not all "hard to say"', () => {
    const s = talk('broadband', ['您现在用的是什么宽带？', '如果一直这么慢，对家里有什么影响？', '要是网好了，对您来说有什么变化？', '如果孩子们一直上不好网，会怎么样？'], 'zh-CN');
    const earned = s.lines.slice(1).filter((l) => l.revealed.length > 0);
    expect(earned.length).toBeGreaterThan(0);
  });
});

describe('hypotheses are judged on what they say', () => {
  const discovery = [
    'Could you tell me how your region works and where the team struggles?',
    'Why is that happening, do you think?',
    'Why is that such a problem for you?',
    'Who would attend?',
    'When would suit you?',
  ];
  test("the method's own Mr. Li hypothesis is agreed, and no tip asks for a hypothesis", () => {
    const hypothesis =
      "Mr. Li, the trouble is that market information in your region doesn't flow and efficiency is low; are you planning to send three sales managers to our course mid-month?";
    const s = talk('training', [...discovery, hypothesis], 'en');
    const last = s.lines[s.lines.length - 1];
    expect(last.type).toBe('hypothesis');
    expect(last.event).toBe('hypothesisAgreed');
    expect(scoreSession(get('training'), s).tips.map((t) => t.problem)).not.toContain('hypothesis');
  });

  test('a hypothesis naming only part of the need is agreed in part', () => {
    const s = talk('training', [...discovery, 'So your need is to get three managers trained, do you agree?'], 'en');
    expect(s.lines[s.lines.length - 1].event).toBe('hypothesisPartly');
  });

  test('a hypothesis about something else is turned down', () => {
    const s = talk('training', [...discovery, 'So your need is a cheaper course, do you agree?'], 'en');
    expect(s.lines[s.lines.length - 1].event).toBe('hypothesisRejected');
  });
});

describe('the session ends when the conversation does', () => {
  const plums = [
    'Sweet or sour?',
    'Who are they for?',
    'Most people want sweet ones, why sour?',
    'Why is that?',
    'So what you need is fruit that helps her eat well while she is expecting, is that right?',
    'You mean sour plums for your daughter-in-law, right?',
  ];
  test('an agreed hypothesis and a repeat-back leave room for the offer', () => {
    const s = talk('plums', [...plums, 'Kiwis are rich in vitamins, good for the baby. How about a few kiwis as well?'], 'en');
    expect(s.lines[4].event).toBe('hypothesisAgreed');
    expect(s.offerLinked).toBe(true);
    expect(s.ended).toBeUndefined();
  });

  test('a natural close after the offer ends it, and she buys more', () => {
    const s = talk('plums', [...plums, 'Kiwis are rich in vitamins, good for the baby. How about a few kiwis as well?', 'Here you are, a jin of sour plums and six kiwis.'], 'en');
    expect(s.ended).toBe('confirmed');
    expect(s.outcome).toBe('boughtMore');
  });

  test('"end practice" still ends it', () => {
    const s = talk('plums', plums, 'en');
    stopSession(get('plums'), s, 'en', renderReply);
    expect(s.ended).toBe('stopped');
  });
});

describe('tips and tallies are read off the same facts as the rows', () => {
  const { loadReps, play } = jest.requireActual<typeof import('./reps/run')>('./reps/run');
  const LOCALES_: Locale[] = ['en', 'zh-CN'];
  const sessions = loadReps().flatMap((r) =>
    LOCALES_.flatMap((locale) => (['strong', 'average', 'weak'] as const).map((level) => ({ name: `${r.persona} ${locale} ${level}`, persona: get(r.persona), locale, lines: r[locale][level] }))),
  );
  const REVEALING = ['describe', 'impact', 'impactSolved', 'offer', 'objection', 'hypothesis', 'repeat'];

  test.each(sessions.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const { session, card } = play(s.persona, s.lines, s.locale);
    const part = (id: string) => card.parts.find((p) => p.id === id)!;
    const counted = session.lines.filter((l) => !l.rude);
    // Tallies agree with the rows.
    expect(card.mix['repeat-back'] ?? 0).toBe(part('repeat').detail.count);
    expect(counted.filter((l) => l.why).length).toBe(part('depth').detail.count);
    expect(session.lines.filter((l) => l.rude).length).toBe(part('rudeness').detail.count);
    for (const tip of card.tips) {
      // Each tip quotes a line the rep said.
      expect(session.lines.map((l) => l.text)).toContain(tip.quote);
      // A persona's own wording that names what the rep never heard is not given away.
      const key = tip.better[0].replace(/^[^:]+:better\./, '');
      if (REVEALING.includes(key) && !(key === 'offer' ? card.latentUncovered : card.motiveReached)) expect(tip.better[0]).toMatch(/^practice:/);
    }
    const problems = card.tips.map((t) => t.problem);
    // Never advice to ask what was asked.
    if (counted.some((l) => l.type === 'descriptive')) expect(problems).not.toContain('describe');
    if (counted.some((l) => l.type === 'impact-solved')) expect(problems).not.toContain('impactSolved');
    if (session.hypothesis !== 'none') expect(problems).not.toContain('hypothesis');
    if (card.parts.find((p) => p.id === 'repeat')!.points > 0) expect(problems).not.toContain('repeat');
    // "Deep before broad" quotes a deep line, never the opening.
    const coverage = card.tips.find((t) => t.problem === 'coverage');
    if (coverage) expect(session.lines.find((l) => l.text === coverage.quote)?.why || /impact/.test(session.lines.find((l) => l.text === coverage.quote)?.type ?? '')).toBeTruthy();
  });

  test('a rude line is left out of the count and the card says so', () => {
    const s = talk('plums', ['Sweet or sour?', 'Hurry up and make up your mind.', 'Who are they for?'], 'en');
    const card = scoreSession(get('plums'), s);
    expect(card.questions).toBe(2);
    expect(card.parts.find((p) => p.id === 'rudeness')?.detail.count).toBe(1);
  });
});
