import * as readline from 'readline';
import { loadPersonas } from '../domain/practice/persona';
import { openingOf, respond, startSession } from '../domain/practice/engine';
import { scoreSession } from '../domain/practice/score';
import { Locale, LOCALES } from '../domain/types';
import { renderReply } from '../dialogs/practice/text';
import { translator } from '../services/i18n';

/**
 * Talk to a persona in the terminal while writing one: each line shows how it was classified, which areas
 * it touched and which facts it earned; an empty line or end of input prints the scorecard.
 * Usage: npm run practice:try -- plums en   (lines may also be piped in, one per line)
 */
async function main(): Promise<void> {
  const [id, lng = 'en'] = process.argv.slice(2);
  const personas = loadPersonas();
  const persona = id ? personas.get(id) : undefined;
  const locale = lng as Locale;
  if (!persona || !LOCALES.includes(locale)) {
    process.stderr.write(`usage: npm run practice:try -- <${[...personas.keys()].join('|')}> <${LOCALES.join('|')}>\n`);
    process.exit(2);
  }
  const session = startSession(persona, new Date());
  process.stdout.write(`${renderReply(openingOf(persona, session, locale, renderReply), locale)}\n`);
  const rl = readline.createInterface({ input: process.stdin, terminal: false });
  for await (const text of rl) {
    if (!text.trim()) break;
    const turn = respond(persona, session, text, locale, renderReply);
    const { type, why, areas, revealed, event } = turn.line;
    process.stdout.write(`  [${type}${why ? ' +why' : ''}] areas: ${areas.join(', ') || '-'}; earned: ${revealed.join(', ') || '-'}${event ? `; ${event}` : ''}\n${turn.line.reply}\n`);
    if (turn.ended) break;
  }
  rl.close();
  const card = scoreSession(persona, session);
  const t = translator(locale);
  process.stdout.write(`\n${t('practice:score.total', { score: card.score })} (${t(`practice:outcome.${card.outcome}`)})\n`);
  for (const part of card.parts) process.stdout.write(`  ${t(`practice:score.${part.id}.label`)}: ${part.points}\n`);
  for (const tip of card.tips) process.stdout.write(`- ${t(`practice:tips.${tip.problem}`, { areas: (tip.areas ?? []).join(", ") })}\n  "${tip.quote}"\n`);
}

void main();
