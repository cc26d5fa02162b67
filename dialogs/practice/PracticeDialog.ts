import { DialogTurnResult, PromptValidatorContext, TextPrompt, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { openingOf, respond, startSession } from '../../domain/practice/engine';
import { personaNamespace } from '../../domain/practice/persona';
import { renderReply } from './text';
import { finishPractice, sendPersona } from './session';
import { say } from '../../services/render';
import { PracticeBaseDialog } from './PracticeBaseDialog';
import { DialogDeps } from '../shared/deps';
import { turnLocale } from '../../services/locale';

export const PRACTICE_DIALOG = 'practiceDialog';

/** A card, an image or an empty message says nothing to the persona: the rep is asked to type. */
async function repLineValidator(prompt: PromptValidatorContext<string>): Promise<boolean> {
  if (prompt.recognized.succeeded && prompt.recognized.value?.trim()) return true;
  await say(prompt.context, 'practice:session.textOnly');
  return false;
}
const PRACTICE_WATERFALL = 'practiceWaterfall';
const REP_PROMPT = 'practiceRepPrompt';

export interface PracticeDialogOptions {
  persona: string;
  /** Set on every turn after the first: the persona has already opened. */
  started?: boolean;
}

/**
 * Rep practice: the bot plays the persona, one rep line and one persona answer per turn, until the need
 * is confirmed, the persona walks away, or the rep types "end practice" (handled by the bot's router).
 * The session lives in its own conversation state property, so any instance can go on with it.
 */
export class PracticeDialog extends PracticeBaseDialog {
  constructor(deps: DialogDeps) {
    super(PRACTICE_DIALOG, deps);
    this.addDialog(new TextPrompt(REP_PROMPT, repLineValidator))
      .addDialog(new WaterfallDialog(PRACTICE_WATERFALL, [this.waitForRepStep.bind(this), this.answerAsPersonaStep.bind(this)]));
    this.initialDialogId = PRACTICE_WATERFALL;
  }

  private async waitForRepStep(step: WaterfallStepContext<PracticeDialogOptions>): Promise<DialogTurnResult> {
    const persona = this.deps.practice.personas.get(step.options.persona);
    if (!persona) return step.endDialog();
    if (!step.options.started) {
      const locale = turnLocale(step.context);
      const ns = personaNamespace(persona.id);
      const session = startSession(persona, this.deps.clock());
      await this.deps.state.startPracticeSession(step.context, session);
      await say(step.context, 'practice:session.started', { title: { t: `${ns}:title` }, brief: { t: `${ns}:brief` }, role: { t: `${ns}:role` } });
      await sendPersona(step.context, openingOf(persona, session, locale, renderReply), { persona: persona.id });
    }
    return step.prompt(REP_PROMPT, {});
  }

  private async answerAsPersonaStep(step: WaterfallStepContext<PracticeDialogOptions>): Promise<DialogTurnResult> {
    const session = await this.deps.state.practiceSession(step.context);
    const persona = this.deps.practice.personas.get(step.options.persona);
    if (!session || !persona) return step.endDialog();
    const turn = respond(persona, session, String(step.result ?? ''), turnLocale(step.context), renderReply);
    const { type, why, areas, revealed, event } = turn.line;
    await sendPersona(step.context, turn.parts, { type, why, areas, revealed, event, ended: turn.ended });
    if (turn.ended) {
      await finishPractice(this.deps, step.context, false);
      return step.endDialog();
    }
    return step.replaceDialog(PRACTICE_WATERFALL, { persona: persona.id, started: true });
  }
}
