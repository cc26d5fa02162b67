import { Activity, MessageFactory, TurnContext } from 'botbuilder';
import { ReplyPart, stopSession } from '../../domain/practice/engine';
import { namedBy } from '../../domain/practice/commands';
import { Persona, personaNamespace } from '../../domain/practice/persona';
import { scoreSession } from '../../domain/practice/score';
import { scriptOf } from '../../domain/practice/script';
import { Playbook, playbookNamespace } from '../../domain/playbook';
import { translator } from '../../services/i18n';
import { PracticeHistory, recordOf } from '../../services/PracticeHistory';
import { personaMenu, progressCard, scorecardCard, scriptCard } from './cards';
import { renderReply, replyKey } from './text';
import { say } from '../../services/render';
import { DialogDeps } from '../shared/deps';
import { turnLocale } from '../../services/locale';

function historyKey(context: TurnContext): string {
  return PracticeHistory.keyOf(context.activity);
}

export function findPersona(deps: DialogDeps, argument: string): Persona | undefined {
  return [...deps.practice.personas.values()].find((p) => namedBy(argument, p.names, p.id));
}

/** A playbook by its id or by its match words in either language; an id wins over a word. */
export function findPlaybook(deps: DialogDeps, argument: string): Playbook | undefined {
  return deps.playbooks.get(argument.trim().toLowerCase()) ?? [...deps.playbooks.values()].find((p) => namedBy(argument, p.match, p.id));
}

/** What the persona says, with the key and what the engine saw in channelData for tests and analytics. */
export async function sendPersona(context: TurnContext, parts: ReplyPart[], extra: Record<string, unknown> = {}): Promise<void> {
  const locale = turnLocale(context);
  const activity: Partial<Activity> = MessageFactory.text(renderReply(parts, locale));
  activity.locale = locale;
  activity.channelData = { tanxun: { key: replyKey(parts, locale), locale, practice: extra } };
  await context.sendActivity(activity);
}

export async function sendMenu(deps: DialogDeps, context: TurnContext, unknown?: string): Promise<void> {
  const locale = turnLocale(context);
  if (unknown) await say(context, 'practice:menu.unknown', { name: unknown });
  const activity = MessageFactory.attachment(personaMenu([...deps.practice.personas.values()], locale), translator(locale)('practice:menu.intro'));
  activity.locale = locale;
  activity.channelData = { tanxun: { key: 'practice:menu.intro', locale, personas: [...deps.practice.personas.keys()] } };
  await context.sendActivity(activity);
}

/**
 * A rep's first contact in Teams: what practice mode is and its commands, then the customers to pick from.
 * Reps meet the bot in Teams; prospects meet it on the website, where the discovery greeting stays.
 */
export async function sendRepWelcome(deps: DialogDeps, context: TurnContext): Promise<void> {
  const locale = turnLocale(context);
  const names = [...deps.practice.personas.values()].map((p) => translator(locale)(`${personaNamespace(p.id)}:title`));
  await say(context, 'practice:welcome.rep', { personas: names.join(locale === 'en' ? '; ' : '；') });
  await sendMenu(deps, context);
}

/**
 * Ends the running session: the persona takes its leave if the rep stopped it, then the scorecard, and
 * the session goes into the rep's history (once, even when the turn runs again after a state conflict).
 */
export async function finishPractice(deps: DialogDeps, context: TurnContext, stoppedByRep: boolean): Promise<void> {
  const session = await deps.state.practiceSession(context);
  const persona = session && deps.practice.personas.get(session.persona);
  await deps.state.endPracticeSession(context);
  if (!session || !persona) return;
  const locale = turnLocale(context);
  if (stoppedByRep && !session.ended) await sendPersona(context, stopSession(persona, session, locale, renderReply), { ended: 'stopped' });
  const card = scoreSession(persona, session);
  await say(context, 'practice:session.ended');
  const activity = MessageFactory.attachment(scorecardCard(card, persona, locale));
  activity.text = translator(locale)('practice:score.total', { score: card.score });
  activity.locale = locale;
  activity.channelData = { tanxun: { key: 'practice:score.total', locale, scorecard: card } };
  await context.sendActivity(activity);
  const record = recordOf(card, locale, deps.clock(), context.activity.conversation?.id ?? '', session.startedAt);
  await deps.practice.history.add(historyKey(context), record);
}

export async function sendProgress(deps: DialogDeps, context: TurnContext): Promise<void> {
  const locale = turnLocale(context);
  const records = await deps.practice.history.list(historyKey(context));
  if (!records.length) return say(context, 'practice:progress.none');
  const activity = MessageFactory.attachment(progressCard(records, deps.practice.personas, locale));
  activity.locale = locale;
  activity.channelData = { tanxun: { key: 'practice:progress.title', locale, sessions: records.length } };
  await context.sendActivity(activity);
}

export async function sendScript(deps: DialogDeps, context: TurnContext, argument: string): Promise<void> {
  const locale = turnLocale(context);
  const t = translator(locale);
  const names = [...deps.playbooks.keys()].map((id) => t(`${playbookNamespace(id)}:title`)).join(t('facts:separator'));
  if (!argument) return say(context, 'practice:script.which', { names });
  const playbook = findPlaybook(deps, argument);
  if (!playbook) return say(context, 'practice:script.unknown', { name: argument, names });
  const activity = MessageFactory.attachment(scriptCard(t(`${playbookNamespace(playbook.id)}:title`), scriptOf(playbook), locale));
  activity.locale = locale;
  activity.channelData = { tanxun: { key: 'practice:script.title', locale, playbook: playbook.id } };
  await context.sendActivity(activity);
}
