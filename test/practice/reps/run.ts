import * as fs from 'fs';
import * as path from 'path';
import { openingOf, PracticeSession, respond, startSession } from '../../../domain/practice/engine';
import { Persona } from '../../../domain/practice/persona';
import { scoreSession, Scorecard } from '../../../domain/practice/score';
import { Locale } from '../../../domain/types';
import { renderReply } from '../../../dialogs/practice/text';
import { PersonaReps } from './types';

/** Every persona's level scripts: one module per persona in this folder. */
export function loadReps(): PersonaReps[] {
  const skip = ['types.ts', 'run.ts'];
  const reps: PersonaReps[] = [];
  for (const file of fs.readdirSync(__dirname).filter((f) => /\.ts$/.test(f) && !skip.includes(f)).sort()) {
    const module = require(path.join(__dirname, file)) as Record<string, PersonaReps>;
    reps.push(...Object.values(module).filter((v) => v && typeof v === 'object' && 'persona' in v));
  }
  return reps;
}

/** Plays a script line by line until the session ends, as the practice dialog does. */
export function play(persona: Persona, lines: string[], locale: Locale): { session: PracticeSession; card: Scorecard } {
  const session = startSession(persona, new Date('2026-12-05T09:00:00Z'));
  openingOf(persona, session, locale, renderReply);
  for (const line of lines) {
    if (session.ended) break;
    respond(persona, session, line, locale, renderReply);
  }
  return { session, card: scoreSession(persona, session) };
}

export function trace(session: PracticeSession): string {
  return session.lines
    .map((l) => `${l.text}\n    ${l.type}${l.why ? '+why' : ''}${l.rude ? ' RUDE' : ''}${l.premature ? ' PREMATURE' : ''} [${l.areas.join(',')}] -> ${l.revealed.join(',') || '-'} ${l.event ?? ''} | ${l.reply}`)
    .join('\n');
}
