import { TurnContext } from 'botbuilder';
import { applyCorrection, choosePlaybook, correctionFound, interpretTurn, keyFactsOf } from '../../domain/discovery';
import { recordAnswer } from '../../domain/update';
import { GENERAL_PLAYBOOK, Playbook } from '../../domain/playbook';
import { areaQuestion, emptyMemory, keepForRep, Line, Memory, Phase, registerOf, respond, saysWrongTopic, TurnPlan } from '../../domain/respond';
import { questionResponder } from '../../domain/respond/responders/question';
import { Reading } from '../../domain/reading/types';
import { read } from '../../domain/reading/read';
import { Interpretation } from '../../domain/extractors';
import { HAN, normalize } from '../../domain/text';
import { say } from '../../services/render';
import { turnLocale } from '../../services/locale';
import { DialogDeps, generalPlaybook, profileOf } from './deps';

/**
 * Longer than this, a message is a pasted essay: kept whole for the rep, thanked for, and read for its facts.
 * A Chinese character carries about a word, so Chinese text reaches it sooner.
 */
const ESSAY = { latin: 600, han: 250 };

export interface Heard {
  plan: TurnPlan;
  interpretation?: Interpretation;
  reading: Reading;
  /** The customer said the playbook was wrong; the conversation now runs on another one. */
  switched?: boolean;
  /** Lines sent before the plan's (bad input, a corrected topic). */
  prefaced: Line[];
}

/** The turn's memory of the Respond stage, created on first use. */
export async function memoryOf(deps: DialogDeps, context: TurnContext): Promise<Memory> {
  const data = await deps.state.conversation(context);
  data.respond ??= emptyMemory();
  return data.respond;
}

function sameMessage(a: string | undefined, b: string): boolean {
  return !!a && normalize(a).replace(/\s+/g, ' ').trim() === normalize(b).replace(/\s+/g, ' ').trim();
}

/**
 * "It's not sales training, it's leadership": another playbook whose words the customer's own noun uses, else
 * the general one, which phrases its questions with that noun. What was said stays in the profile.
 */
async function switchTopic(deps: DialogDeps, context: TurnContext, noun: string): Promise<Line> {
  const { data, profile, playbook } = await profileOf(deps, context);
  const others = [...deps.playbooks.values()].filter((p) => p.id !== playbook.id);
  const target = noun ? choosePlaybook(noun, turnLocale(context), others, GENERAL_PLAYBOOK) : GENERAL_PLAYBOOK;
  data.playbook = target;
  profile.playbook = target;
  if (noun) profile.product = noun;
  const memory = await memoryOf(deps, context);
  data.respond = { ...memory, asked: [] };
  return { key: target === GENERAL_PLAYBOOK ? 'respond:topic.general' : 'respond:topic.switched' };
}

/**
 * Right after a repeat-back, "no, four" (and the Chinese "不对，是四个") corrects the facts said back, in the
 * profile too; the corrected facts are said back once more.
 */
async function correctRepeat(deps: DialogDeps, context: TurnContext, text: string, memory: Memory): Promise<Line | undefined> {
  const previous = memory.lastRepeat;
  if (!previous) return undefined;
  const locale = turnLocale(context);
  const { profile, playbook } = await profileOf(deps, context);
  const said = read(text, { locale, now: deps.clock(), asked: 'confirm', currency: playbook.currency });
  const denies = said.facts.some((f) => (f.kind === 'answer' && f.value !== 'yes') || f.kind === 'correction');
  if (!denies) return undefined;
  const after = applyCorrection(profile, previous, text, { now: deps.clock(), locale }, playbook);
  if (!correctionFound(previous, after)) return undefined;
  profile.turn += 1;
  const facts = [
    ...after.people.map((p) => ({ quote: p })),
    ...after.quantities.map((quantity) => ({ quantity })),
    ...(after.timeline ? [{ date: after.timeline }] : []),
    ...(after.budget ? [{ money: after.budget }] : []),
  ];
  return { key: 'respond:repeat.corrected', params: { facts: { list: facts } } };
}

/**
 * One customer message through Read, Update and Respond (DESIGN.md 1-3): the reading is filed into the profile,
 * the responders decide what to say, their lines are sent, and the question (if any) is left to the caller,
 * who asks it as its prompt. Questions and notes for the rep are kept on the profile.
 */
export async function listen(
  deps: DialogDeps,
  context: TurnContext,
  text: string,
  askedArea: string | undefined,
  phase: Phase,
  greeting?: Line,
): Promise<Heard> {
  const locale = turnLocale(context);
  const memory = await memoryOf(deps, context);
  const prefaced: Line[] = [];
  let reading: Reading = { text, clauses: [], facts: [] };
  let interpretation: Interpretation | undefined;
  let changes: Parameters<typeof respond>[0]['changes'] = [];
  let switched = false;
  const wrong = phase === 'breadth' || phase === 'opening' ? saysWrongTopic(text, locale) : undefined;
  const corrected = wrong ? undefined : await correctRepeat(deps, context, text, memory);
  if (wrong) {
    prefaced.push(await switchTopic(deps, context, wrong.noun));
    switched = true;
  } else if (corrected) {
    prefaced.push(corrected);
  } else {
    const { profile, playbook } = await profileOf(deps, context);
    const heard = interpretTurn(profile, playbook, askedArea, text, { now: deps.clock(), locale }, deps.lists);
    ({ reading, changes, interpretation } = heard);
    // The opening is what brings the customer here, whatever else it says: it answers the opening area.
    if (phase === 'opening' && askedArea && !profile.answers[askedArea]?.length && /[\p{L}\p{N}]/u.test(text)) {
      recordAnswer(profile, askedArea, { quote: text.trim().slice(0, 300), turn: profile.turn });
    }
    if (text.length > (HAN.test(text) ? ESSAY.han : ESSAY.latin)) prefaced.push({ key: 'respond:input.essay' });
    // The same message again, adding nothing ("not sure" to a new question is an answer, not a repeat).
    const added = changes.some((c) => c.area) || heard.interpretation.dontKnow;
    if (sameMessage(memory.lastText, text) && phase !== 'after-handoff' && !added) prefaced.push({ key: 'respond:input.repeated' });
  }
  const { data, profile, playbook } = await profileOf(deps, context);
  const plan = respond({
    reading,
    changes,
    profile,
    playbook: playbook as Playbook,
    memory: data.respond ?? memory,
    locale,
    phase,
    register: registerOf(profile, playbook),
    general: generalPlaybook(deps),
    askedArea: switched ? undefined : askedArea,
  });
  const pending = playbook.areas.find((a) => a.id === askedArea);
  if (corrected && pending && !profile.answers[pending.id]?.length) {
    // A correction is not an answer: the question it interrupted is asked again.
    const dropped = plan.question?.area;
    plan.memory = { ...plan.memory, asked: plan.memory.asked.filter((a) => a !== dropped || a === pending.id) };
    plan.question = areaQuestion(pending, { playbook, profile, register: registerOf(profile, playbook) });
  }
  keepForRep(profile, plan);
  const repeated = plan.lines.some((l) => String(l.key).startsWith('respond:repeat.'));
  data.respond = { ...plan.memory, lastText: text, lastRepeat: repeated ? keyFactsOf(changes) : undefined };
  const room = plan.question ? 2 : 3;
  plan.lines = [...prefaced, ...plan.lines].slice(0, room);
  // A greeting only where it leaves the turn at three bubbles: what the customer said comes first.
  if (greeting && plan.lines.length < room) plan.lines.unshift(greeting);
  for (const line of plan.lines) await say(context, line.key, line.params);
  return { plan, interpretation, reading, switched, prefaced };
}

/**
 * A question typed while any prompt is pending ("how much is it?" at a yes/no): answered from the playbook's
 * data by the question responder alone and recorded for the rep; the pending question is then asked again by
 * the caller. Returns false when there was nothing to answer from data.
 */
export async function answerQuestion(deps: DialogDeps, context: TurnContext, text: string): Promise<boolean> {
  const locale = turnLocale(context);
  const { data, profile, playbook } = await profileOf(deps, context);
  const memory = await memoryOf(deps, context);
  const reading = read(text, { locale, now: deps.clock(), currency: playbook.currency });
  const input = { reading, changes: [], profile, playbook, memory, locale, phase: 'hypothesis' as const, register: registerOf(profile, playbook), general: generalPlaybook(deps) };
  const answered = questionResponder.respond(input, { lines: [] });
  const answers = answered?.lines ?? [];
  // Without a range in the data the playbook's own product facts answer better than "a colleague will quote".
  const real = answers.filter((l) => l.key !== 'respond:answer.colleague' && (l.key !== 'respond:answer.quote' || !playbook.products.length));
  if (!real.length) return false;
  profile.customerQuestions = [...(profile.customerQuestions ?? []), ...(answered?.record?.questions ?? [])];
  data.respond = { ...(answered?.memory ?? memory), lastText: text };
  for (const line of answers) await say(context, line.key, line.params);
  return true;
}
