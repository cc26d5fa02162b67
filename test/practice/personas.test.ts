import { loadPersonas, Persona } from '../../domain/practice/persona';
import { respond, startSession, openingOf, PracticeSession, prematurePitches } from '../../domain/practice/engine';
import { scoreSession } from '../../domain/practice/score';
import { LOCALES, Locale } from '../../domain/types';
import { renderReply } from '../../dialogs/practice/text';
import { hasKey, translator } from '../../services/i18n';
import { classifyQuestion, QuestionType } from '../../domain/practice/classify';
import { SCRIPTS } from './scripts';

const personas = loadPersonas();
const NOW = new Date('2026-11-23T09:00:00Z');

function run(persona: Persona, lines: string[], locale: Locale): PracticeSession {
  const session = startSession(persona, NOW);
  openingOf(persona, session, locale, renderReply);
  for (const line of lines) {
    if (session.ended) break;
    respond(persona, session, line, locale, renderReply);
  }
  return session;
}

function hidden(persona: Persona): string[] {
  return persona.facts.filter((f) => f.reveal !== 'public').map((f) => f.id);
}

function trace(session: PracticeSession): string {
  return session.lines.map((l) => `${l.type}${l.why ? '+why' : ''} [${l.areas.join(',')}] -> ${l.revealed.join(',') || '-'} ${l.event ?? ''} | ${l.reply}`).join('\n');
}

test('there are at least six personas, and every one has scripts', () => {
  expect(personas.size).toBeGreaterThanOrEqual(6);
  expect(SCRIPTS.map((s) => s.persona).sort()).toEqual([...personas.keys()].sort());
});

describe.each(SCRIPTS.map((s) => [s.persona, s] as const))('persona %s', (id, scripts) => {
  const persona = personas.get(id) as Persona;

  test('has every text it needs in both languages', () => {
    const ns = `persona-${id}`;
    const keys = ['name', 'title', 'brief', 'role', 'opening', ...persona.areas.map((a) => `areas.${a.id}`), ...persona.areas.map((a) => `better.areas.${a.id}`)];
    for (const fact of persona.facts) keys.push(`facts.${fact.id}.say`);
    for (const fact of persona.facts.filter((f) => f.reveal === 'public')) keys.push(`facts.${fact.id}.short`);
    for (const o of persona.objections) keys.push(`objections.${o.id}.raise`, `objections.${o.id}.${o.real ? 'real' : 'fake'}`);
    for (const k of ['pitch', 'whyEarly', 'offerWelcome', 'offerEarly', 'hypothesisYes', 'hypothesisNo', 'rude', 'greeting']) keys.push(`reactions.${k}`);
    for (const k of ['boughtMore', 'bought', 'thinking', 'left']) keys.push(`endings.${k}`);
    for (const k of ['open', 'why', 'impact', 'impactSolved', 'describe', 'offer', 'objection', 'hypothesis', 'repeat']) keys.push(`better.${k}`);
    for (const locale of LOCALES) {
      const missing = keys.filter((k) => !hasKey(`${ns}:${k}`, locale));
      expect({ locale, missing }).toEqual({ locale, missing: [] });
    }
  });

  describe.each(LOCALES.map((l) => [l]))('in %s', (locale) => {
    const script = scripts[locale];

    test('a strong rep scores 80 or more, uncovers the latent need and closes', () => {
      const session = run(persona, script.strong, locale);
      const card = scoreSession(persona, session);
      const context = `${trace(session)}\n${JSON.stringify(card.parts.map((p) => [p.id, p.points]))}`;
      expect({ score: card.score >= 80, latent: card.latentUncovered, linked: card.offerLinked, ended: session.ended, context }).toEqual({
        score: true,
        latent: true,
        linked: true,
        ended: 'confirmed',
        context,
      });
      expect(session.outcome).toBe('boughtMore');
      // A rep who did everything gets only ways to go further, never advice to ask what was asked.
      expect(card.tips.length).toBeGreaterThanOrEqual(1);
      expect(card.tips.length).toBeLessThanOrEqual(3);
      for (const tip of card.tips) expect(script.strong).toContain(tip.quote);
    });

    test('a weak rep who pitches at once scores 30 or less and hears no hidden fact', () => {
      const session = run(persona, script.weak, locale);
      const card = scoreSession(persona, session);
      expect(card.score).toBeLessThanOrEqual(30);
      expect(session.heard.filter((f) => hidden(persona).includes(f))).toEqual([]);
      expect(prematurePitches(session)).toBeGreaterThan(0);
      expect(card.tips.map((t) => t.problem)[0]).toBe('pitch');
      expect(card.tips).toHaveLength(3);
    });

    test('the same question asked twice gets the same facts, worded as a repeat', () => {
      const session = run(persona, [script.repeated, script.repeated], locale);
      const [first, second] = session.lines;
      expect(first.revealed.length).toBeGreaterThan(0);
      expect(second.revealed).toEqual(first.revealed);
      expect(second.reply).not.toEqual(first.reply);
    });
  });
});

describe('better questions the tips offer', () => {
  const expected: Record<string, QuestionType[]> = {
    open: ['open', 'descriptive'],
    why: ['open', 'descriptive'],
    describe: ['descriptive', 'open'],
    impact: ['impact-unsolved'],
    impactSolved: ['impact-solved'],
    // After the diagnosis a product claim is a presentation, not a pitch: the third fruit seller's kiwi.
    offer: ['consultative', 'pitch'],
    objection: ['objection-test'],
    hypothesis: ['hypothesis'],
    repeat: ['repeat-back'],
  };
  test.each([...personas.keys()].flatMap((id) => LOCALES.map((l) => [id, l] as const)))('%s in %s are the kind of question they teach', (id, locale) => {
    const persona = personas.get(id) as Persona;
    const t = translator(locale);
    const wrong: string[] = [];
    for (const [key, types] of Object.entries(expected)) {
      const text = t(`persona-${id}:better.${key}`);
      const c = classifyQuestion(text, locale);
      if (!types.includes(c.type) || (key === 'why' && !c.why)) wrong.push(`${key}: ${c.type} <- ${text}`);
    }
    for (const area of persona.areas) {
      const text = t(`persona-${id}:better.areas.${area.id}`);
      const c = classifyQuestion(text, locale);
      // A tip replaces a closed question: the better one must be open.
      if (!['open', 'descriptive'].includes(c.type)) wrong.push(`areas.${area.id}: ${c.type} <- ${text}`);
    }
    expect(wrong).toEqual([]);
  });
});
