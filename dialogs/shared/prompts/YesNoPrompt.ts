import { TurnContext } from 'botbuilder';
import { Prompt, PromptOptions, PromptRecognizerResult, PromptValidator } from 'botbuilder-dialogs';
import { recognizeYesNo } from '../../../domain/understand';
import { YesNo } from '../../../domain/types';
import { turnLocale } from '../../../services/locale';


/**
 * Yes / no / partly in both languages. botbuilder's ConfirmPrompt has no "partly" and misses common
 * Chinese answers ("that's right", "don't want", "never mind"...), so recognition goes through the domain recogniser.
 */
export class YesNoPrompt extends Prompt<YesNo> {
  constructor(dialogId: string, validator?: PromptValidator<YesNo>) {
    super(dialogId, validator);
  }

  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const activity = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (activity) await context.sendActivity(activity);
  }

  protected async onRecognize(context: TurnContext): Promise<PromptRecognizerResult<YesNo>> {
    const value = recognizeYesNo(context.activity.text ?? '', turnLocale(context));
    return value ? { succeeded: true, value } : { succeeded: false };
  }
}
