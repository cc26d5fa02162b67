import { loadPersonas, Persona } from '../../domain/practice/persona';
import { PersonaTurn, respond, startSession, PracticeSession } from '../../domain/practice/engine';
import { scoreSession } from '../../domain/practice/score';
import { Locale } from '../../domain/types';
import { renderReply } from '../../dialogs/practice/text';

const plums = loadPersonas().get('plums') as Persona;

function talk(lines: string[], locale: Locale = 'en'): { session: PracticeSession; turns: PersonaTurn[] } {
  const session = startSession(plums, new Date('2026-11-23T09:00:00Z'));
  const turns = lines.map((l) => respond(plums, session, l, locale, renderReply));
  return { session, turns };
}

const lastKey = (turn: PersonaTurn): string => turn.parts[turn.parts.length - 1].keys[0];

describe('how the persona answers (Mrs. Li, English and Chinese)', () => {
  test.each([
    ['en', 'Is it for someone else?'],
    ['zh-CN', '是买给别人的吗？'],
  ] as const)('%s: a closed question about a guarded fact gets yes, and the fact stays hidden', (locale, line) => {
    const { session, turns } = talk([line], locale);
    expect(turns[0].line.type).toBe('closed');
    expect(lastKey(turns[0])).toBe('persona-plums:reactions.yes');
    expect(session.heard).toEqual([]);
  });

  test.each([
    ['en', 'Why do you want plums?'],
    ['zh-CN', '您为什么要买李子？'],
  ] as const)('%s: a why before there is anything to ask why about gets no motive', (locale, line) => {
    const { session, turns } = talk([line], locale);
    expect(lastKey(turns[0])).toBe('persona-plums:reactions.whyEarly');
    expect(session.heard).toEqual([]);
  });

  test('the why ladder is climbed one rung at a time, and the top rung is told again, not a new one', () => {
    const { session, turns } = talk(['Sweet or sour?', 'Why sour?', 'Why is that?', 'And why is that?']);
    expect(turns.map((t) => t.line.revealed)).toEqual([['sour'], ['craving', 'daughterInLaw'], ['pregnant'], ['pregnant']]);
    expect(turns[3].parts[0].keys[0]).toBe('persona-plums:asISaid');
    expect(session.heard).toContain('pregnant');
  });

  test('an impact question before the motive is known gets nothing; after it, the cost', () => {
    const early = talk(['If nothing changes, what happens?']);
    expect(lastKey(early.turns[0])).toBe('persona-plums:reactions.impactEarly');
    const late = talk(['Sweet or sour?', 'Why sour?', 'Why is that?', 'If she keeps eating so little, what will that mean for the baby?']);
    expect(late.turns[3].line.revealed).toEqual(['worry']);
  });

  test('a hypothesis before the need is heard is turned down; an offer before it is declined', () => {
    const { session, turns } = talk(['So we think your need is some sweet plums, do you agree?', 'How about some kiwis as well?']);
    expect(lastKey(turns[0])).toBe('persona-plums:reactions.hypothesisNo');
    expect(session.hypothesis).toBe('rejected');
    expect(lastKey(turns[1])).toBe('persona-plums:reactions.offerEarly');
    expect(session.offerLinked).toBe(false);
  });

  test('testing an objection that was never raised gets "no concerns"', () => {
    const { turns } = talk(['If the price were right, would you buy today?']);
    expect(turns[0].line.type).toBe('objection-test');
    expect(lastKey(turns[0])).toBe('persona-plums:reactions.noObjection');
  });

  test('rudeness: a warning first, then she walks away and the session ends', () => {
    const { session, turns } = talk(['Hurry up, old woman, what do you want?', 'Are you deaf? Just tell me what you want, stupid.']);
    expect(lastKey(turns[0])).toBe('persona-plums:reactions.rude');
    expect(turns[1].ended).toBe('left');
    expect(session.outcome).toBe('left');
    const card = scoreSession(plums, session);
    expect(card.parts.find((p) => p.id === 'rudeness')?.points).toBe(-20);
    expect(card.tips[0].problem).toBe('rude');
  });

  test('too many closed questions are flagged and cost points', () => {
    const { session } = talk(['Do you want plums?', 'Sweet ones?', 'Is one jin enough?', 'Is it for you?']);
    const card = scoreSession(plums, session);
    expect(card.tooManyClosed).toBe(true);
    expect(card.parts.find((p) => p.id === 'mix')?.points).toBe(0);
    expect(card.tips.map((t) => t.problem)).toContain('closed');
  });

  test('the persona varies its wording when it says the same thing again', () => {
    const { turns } = talk(['Hmm.', 'Okay.', 'Right.']);
    const replies = turns.map((t) => t.line.reply);
    expect(new Set(replies).size).toBeGreaterThan(1);
  });
});

describe('tips', () => {
  test('a rep who never asked why is told to ask why; one who stopped after one why is told to ask again', () => {
    const none = scoreSession(plums, talk(['Sweet or sour?', 'How many would you like?']).session);
    expect(none.tips.map((t) => t.problem)).toContain('why');
    const once = talk(['Sweet or sour?', 'Why sour?']);
    const card = scoreSession(plums, once.session);
    const tip = card.tips.find((t) => t.problem === 'whyDeeper');
    expect(tip).toMatchObject({ quote: 'Why sour?', better: ['persona-plums:better.whyDeeper', 'practice:better.whyDeeper'] });
    expect(card.tips.map((t) => t.problem)).not.toContain('why');
  });
});

describe('the second fruit seller', () => {
  test.each([
    ['en', ['Sweet or sour?', 'How many would you like?', 'So a jin of sour plums, right?', 'We think you need a jin of sour plums. Do you agree?', 'Here you are, one jin.']],
    ['zh-CN', ['要甜的还是酸的？', '给您称几斤？', '那就是一斤酸李子，对吧？', '我们认为您要的是一斤酸李子，您同意吗？', '给您装好了，一斤。']],
  ] as const)('%s: asks sweet or sour and sells the plums, and that is all: a middling score, no latent need', (locale, lines) => {
    const { session } = talk([...lines], locale);
    const card = scoreSession(plums, session);
    expect(session.outcome).toBe('bought');
    expect(card.latentUncovered).toBe(false);
    expect(card.score).toBeGreaterThan(30);
    expect(card.score).toBeLessThan(70);
    expect(card.tips[0].problem).toBe('why');
  });
});
