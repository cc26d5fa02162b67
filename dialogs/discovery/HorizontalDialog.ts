import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { interpretAnswer, nextArea } from '../../domain/discovery';
import { Area, playbookNamespace } from '../../domain/playbook';
import { DialogDeps, profileOf, TEXT_PROMPT } from '../shared/deps';
import { promptOptions, Renderable, say } from '../../services/render';
import { FOLLOW_UP_DIALOG, followUpOptions } from './FollowUpDialog';
import { turnLocale } from '../../services/locale';

export const HORIZONTAL_DIALOG = 'horizontalDialog';
const HORIZONTAL_WATERFALL = 'horizontalWaterfall';

/** Safety net against a playbook with very many areas: breadth first, but never an interrogation. */
const MAX_BREADTH_QUESTIONS = 12;

interface HorizontalOptions {
  asked?: number;
}

interface HorizontalValues {
  area?: string;
}

/** Breadth: one open question per need area the customer has not already answered, in the playbook's order. */
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
    const area = nextArea(profile, playbook);
    if (!area || (step.options.asked ?? 0) >= MAX_BREADTH_QUESTIONS) return step.endDialog();
    (step.values as HorizontalValues).area = area.id;
    return step.prompt(TEXT_PROMPT, promptOptions(step.context, questionFor(area, playbook.id)));
  }

  private async interpretAnswerStep(step: WaterfallStepContext<HorizontalOptions>): Promise<DialogTurnResult> {
    const { profile, playbook } = await profileOf(this.deps, step.context);
    const area = (step.values as HorizontalValues).area;
    const text = String(step.result ?? '');
    const locale = turnLocale(step.context);
    const reading = interpretAnswer(profile, playbook, area, text, { now: this.deps.clock(), locale }, this.deps.lists);
    if (reading.dontKnow) {
      await say(step.context, 'discovery:dontKnow.ack');
      return step.next();
    }
    return step.beginDialog(FOLLOW_UP_DIALOG, followUpOptions(reading, area));
  }

  private async loopStep(step: WaterfallStepContext<HorizontalOptions>): Promise<DialogTurnResult> {
    return step.replaceDialog(HORIZONTAL_WATERFALL, { asked: (step.options.asked ?? 0) + 1 });
  }
}

/** The open question for an area, with buttons for the options of a choice area. */
export function questionFor(area: Area, playbookId: string): Renderable {
  const ns = playbookNamespace(playbookId);
  const key = [`${ns}:areas.${area.id}.ask`, `playbook-general:areas.${area.id}.ask`, 'discovery:area.askGeneric'];
  const buttons = area.options?.map((o) => ({ key: [`${ns}:areas.${area.id}.options.${o.id}`, `areas:${o.id}`] }));
  return { key, params: { area: { t: [`areas:${area.id}`, 'discovery:area.unknown'] } }, buttons };
}
