import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { pickArea, rankFocus } from '../../domain/discovery';
import { registerOf } from '../../domain/respond';
import { recognizeYesNo, isDontKnow } from '../../domain/understand';
import { areaLabel, DialogDeps, profileOf, TEXT_PROMPT } from '../shared/deps';
import { promptOptions } from '../../services/render';
import { tr, turnLocale } from '../../services/locale';

export const FOCUS_DIALOG = 'focusDialog';
const FOCUS_WATERFALL = 'focusWaterfall';
const OFFERED = 3;

interface FocusValues {
  ranked: string[];
}

/** Where to dig: the area with the strongest signal is proposed first, the customer has the last word. */
export class FocusDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(FOCUS_DIALOG);
    this.addDialog(new WaterfallDialog(FOCUS_WATERFALL, [this.askFocusStep.bind(this), this.recordFocusStep.bind(this)]));
    this.initialDialogId = FOCUS_WATERFALL;
  }

  private async askFocusStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { profile, playbook } = await profileOf(this.deps, step.context);
    const ranked = rankFocus(profile, playbook);
    (step.values as FocusValues).ranked = ranked;
    // A family is not asked to pick a "focus area": the strongest signal is taken.
    if (ranked.length <= 1 || playbook.focus === 'auto' || registerOf(profile, playbook) === 'person') {
      profile.focusArea = ranked[0] ?? playbook.focusOrder[0];
      return step.endDialog(profile.focusArea);
    }
    const offered = ranked.slice(0, OFFERED);
    return step.prompt(
      TEXT_PROMPT,
      promptOptions(step.context, {
        key: 'discovery:focus.ask',
        params: { recommended: { t: [`areas:${offered[0]}`, 'discovery:area.unknown'], params: { area: offered[0] } } },
        buttons: offered.map((id) => ({ key: [`areas:${id}`, 'discovery:area.unknown'], params: { area: id } })),
      }),
    );
  }

  private async recordFocusStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { profile } = await profileOf(this.deps, step.context);
    const ranked = (step.values as FocusValues).ranked;
    const text = String(step.result ?? '');
    const locale = turnLocale(step.context);
    const t = tr(step.context);
    const picked = pickArea(text, ranked.map((id) => ({ id, label: areaLabel(t, id) })), locale);
    const deferred = !picked && (recognizeYesNo(text, locale) === 'yes' || isDontKnow(text, locale));
    profile.focusArea = picked ?? ranked[0];
    if (!picked && !deferred) (profile.answers[profile.focusArea] ??= []).push({ quote: text.trim(), turn: profile.turn });
    return step.endDialog(profile.focusArea);
  }
}
