import { ActivityTypes } from 'botbuilder';
import { DialogContext } from 'botbuilder-dialogs';
import { Command, detectCommand } from '../../domain/commands';
import { Locale } from '../../domain/types';
import { buildPromptOptions, RenderablePromptOptions, say } from '../../services/render';
import { DialogDeps } from './deps';
import { setTurnLocale, turnLocale } from '../../services/locale';

export function commandOf(dc: DialogContext): Command | undefined {
  const activity = dc.context.activity;
  return activity.type === ActivityTypes.Message && activity.text ? detectCommand(activity.text) : undefined;
}

/**
 * Asks the pending question again. Prompts are registered on the root dialog, so the reprompt must go
 * through the child contexts (which know their parents), not through repromptDialog on the top context.
 */
export async function repromptPending(innerDc: DialogContext): Promise<void> {
  let deepest: DialogContext = innerDc;
  while (deepest.child) deepest = deepest.child;
  await deepest.repromptDialog();
}

/** Records the language choice, then (if asked to) the pending question again, rendered in the new language. */
export async function switchLanguage(deps: DialogDeps, innerDc: DialogContext, locale: Locale, reprompt: boolean): Promise<void> {
  const data = await deps.state.conversation(innerDc.context);
  const user = await deps.state.user(innerDc.context);
  data.locale = user.locale = locale;
  data.localeChosen = true;
  if (data.profile) data.profile.locale = locale;
  setTurnLocale(innerDc.context, locale);
  await say(innerDc.context, 'common:language.switched');
  if (!reprompt) return;
  let deepest: DialogContext = innerDc;
  while (deepest.child) deepest = deepest.child;
  const state = deepest.activeDialog?.state as { options?: RenderablePromptOptions } | undefined;
  const render = state?.options?.validations;
  if (state?.options && render) state.options = buildPromptOptions(turnLocale(innerDc.context), render.render, render.kind);
  await repromptPending(innerDc);
}
