import { PromptValidatorContext } from 'botbuilder-dialogs';
import { YesNo } from '../../../domain/types';
import { DialogDeps } from '../deps';
import { renderActivity } from '../../../services/render';
import { turnLocale } from '../../../services/locale';

/** After this many answers in a row the bot could not use, it offers a person instead of asking again. */
export const STUCK_AFTER = 2;

async function judge<T>(deps: DialogDeps, prompt: PromptValidatorContext<T>, understood: boolean): Promise<boolean> {
  const data = await deps.state.conversation(prompt.context);
  if (understood) {
    data.misunderstood = 0;
    return true;
  }
  data.misunderstood += 1;
  if (data.misunderstood >= STUCK_AFTER) {
    await prompt.context.sendActivity(
      renderActivity(turnLocale(prompt.context), { key: 'common:stuck.offer', buttons: [{ key: 'common:buttons.human' }, { key: 'common:buttons.keepGoing' }] }),
    );
    return false;
  }
  return false;
}

export function textValidator(deps: DialogDeps) {
  return async (prompt: PromptValidatorContext<string>): Promise<boolean> =>
    judge(deps, prompt, prompt.recognized.succeeded && /[\p{L}\p{N}]/u.test(prompt.recognized.value ?? ''));
}

export function yesNoValidator(deps: DialogDeps) {
  return async (prompt: PromptValidatorContext<YesNo>): Promise<boolean> => judge(deps, prompt, prompt.recognized.succeeded);
}
