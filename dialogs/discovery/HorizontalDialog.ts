import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { Area, Playbook, playbookNamespace } from '../../domain/playbook';
import { areaQuestion, askable, Line, registerOf } from '../../domain/respond';
import { DialogDeps, profileOf, TEXT_PROMPT } from '../shared/deps';
import { promptOptions, Renderable, say } from '../../services/render';
import { FOLLOW_UP_DIALOG, followUpOptions } from './FollowUpDialog';
import { listen, memoryOf } from '../shared/listen';
import { actOn, BreadthResult } from '../shared/actions';

export const HORIZONTAL_DIALOG = 'horizontalDialog';
const HORIZONTAL_WATERFALL = 'horizontalWaterfall';

/** Safety net against a playbook with very many areas: breadth first, but never an interrogation. */
const MAX_BREADTH_QUESTIONS = 12;

export interface HorizontalOptions {
  asked?: number;
  /** The question the last turn's responders chose (what the answer opened, or the next area). */
  question?: Line & { area?: string };
}

interface HorizontalValues {
  area?: string;
  pending?: Line & { area?: string };
}

/**
 * Breadth: one question per turn, chosen by the Respond stage (domain/respond): what the last answer opened,
 * else the next area this customer has not answered, in their register. Every answer is heard first: requests,
 * feelings and questions get their line before the next question.
 */
export class HorizontalDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(HORIZONTAL_DIALOG);
    this.addDialog(
      new WaterfallDialog(HORIZONTAL_WATERFALL, [
        this.askNextAreaStep.bind(this),
        this.interpretAnswerStep.bind(this),
        this.loopStep.bind(this),
      ]),
    );
    this.initialDialogId = HORIZONTAL_WATERFALL;
  }

  private async askNextAreaStep(step: WaterfallStepContext<HorizontalOptions>): Promise<DialogTurnResult> {
    const { profile, playbook } = await profileOf(this.deps, step.context);
    const memory = await memoryOf(this.deps, step.context);
    // In the fast lane only its one most important question is still asked.
    if (memory.fastLane && !step.options.question) return step.endDialog({ fastLane: true } satisfies BreadthResult);
    if ((step.options.asked ?? 0) >= MAX_BREADTH_QUESTIONS) return step.endDialog();
    let question = step.options.question;
    if (!question) {
      const area = askable({ playbook, profile, memory, register: registerOf(profile, playbook) })[0];
      if (!area) return step.endDialog();
      question = areaQuestion(area, { playbook, profile, register: registerOf(profile, playbook) });
      const data = await this.deps.state.conversation(step.context);
      data.respond = { ...memory, asked: [...memory.asked, area.id] };
    }
    (step.values as HorizontalValues).area = question.area;
    return step.prompt(TEXT_PROMPT, promptOptions(step.context, withButtons(question, playbook)));
  }

  private async interpretAnswerStep(step: WaterfallStepContext<HorizontalOptions>): Promise<DialogTurnResult> {
    const area = (step.values as HorizontalValues).area;
    const heard = await listen(this.deps, step.context, String(step.result ?? ''), area, 'breadth');
    const acted = await actOn(step, heard.plan);
    if (acted) return acted;
    (step.values as HorizontalValues).pending = heard.plan.question;
    if (heard.interpretation?.dontKnow && !heard.plan.lines.length) await say(step.context, 'discovery:dontKnow.ack');
    // Feelings first: after a human line the tactful why waits; a cue or an objection is followed up otherwise.
    const follow = heard.interpretation ? followUpOptions(heard.interpretation, area) : {};
    const felt = heard.plan.lines.some((l) => /^respond:feeling\.(loss|goodNews)\./.test(String(l.key)));
    // Frustration about a complaint already asked after: acknowledged, not asked about again.
    const vented = heard.plan.lines.some((l) => String(l.key).startsWith('respond:feeling.frustration.')) && heard.plan.memory.asked.some((a) => a.startsWith('follow:complaint:'));
    if (!felt && !vented && (follow.cue || follow.objection)) {
      // The follow-up asks its own why: a follow-up of the same complaint from the responders would ask it twice.
      if (!heard.plan.question?.area) (step.values as HorizontalValues).pending = undefined;
      return step.beginDialog(FOLLOW_UP_DIALOG, { cue: follow.cue, objection: follow.objection });
    }
    return step.next();
  }

  private async loopStep(step: WaterfallStepContext<HorizontalOptions>): Promise<DialogTurnResult> {
    const pending = (step.values as HorizontalValues).pending;
    const next: HorizontalOptions = { asked: (step.options.asked ?? 0) + 1, ...(pending ? { question: pending } : {}) };
    return step.replaceDialog(HORIZONTAL_WATERFALL, next);
  }
}

/** A question as a prompt, with buttons for the options of a choice area. */
export function withButtons(question: Line & { area?: string }, playbook: Playbook): Renderable {
  const area = playbook.areas.find((a) => a.id === question.area);
  return area?.options ? { ...question, buttons: buttonsOf(area, playbook.id) } : question;
}

function buttonsOf(area: Area, playbookId: string): Renderable[] {
  const ns = playbookNamespace(playbookId);
  return (area.options ?? []).map((o) => ({ key: [`${ns}:areas.${area.id}.options.${o.id}`, `areas:${o.id}`] }));
}
