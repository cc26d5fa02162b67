import { loadPersonas, Persona } from '../../domain/practice/persona';
import { LOCALES } from '../../domain/types';
import { loadReps, play, trace } from './reps/run';
import { LEVELS, TARGETS } from './reps/types';

/**
 * Issue 18: scripts written from the public opening only, at three levels, must land in their bands for
 * every persona and language. REPORT=1 prints the table recorded in SCORES.md.
 */
const personas = loadPersonas();
const reps = loadReps();

test('every persona has level scripts', () => {
  expect(reps.map((r) => r.persona).sort()).toEqual([...personas.keys()].sort());
});

const cases = reps.flatMap((r) => LOCALES.flatMap((locale) => LEVELS.map((level) => [r.persona, locale, level] as const)));

test.each(cases)('%s in %s: the %s rep scores within the band', (id, locale, level) => {
  const persona = personas.get(id) as Persona;
  const script = (reps.find((r) => r.persona === id) as (typeof reps)[number])[locale][level];
  const { session, card } = play(persona, script, locale);
  const [low, high] = TARGETS[level];
  const context = `${trace(session)}\n${JSON.stringify(card.parts.map((p) => [p.id, p.points]))}`;
  if (process.env.REPORT) process.stdout.write(`SCORE ${id} ${locale} ${level} ${card.score}\n`);
  if (process.env.TRACE === `${id} ${locale} ${level}`) process.stdout.write(`${context}\n`);
  expect({ inBand: card.score >= low && card.score <= high, score: card.score, context }).toEqual({ inBand: true, score: card.score, context });
});
