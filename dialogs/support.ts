import { Activity, ActivityTypes, CardAction, MessageFactory, TurnContext } from 'botbuilder';
import { DialogContext, PromptOptions } from 'botbuilder-dialogs';
import { BotStateSet, ConversationData } from '../bot/state';
import { ListWords } from '../bot/domain/discovery';
import { GENERAL_PLAYBOOK, Playbook, playbookNamespace } from '../bot/domain/playbook';
import { emptyProfile, HandoffTrigger, Locale, NeedProfile } from '../bot/domain/types';
import { Translate, translator } from '../bot/i18n';

/** What the rest of the bot offers the dialogs; the dialogs never reach for globals. */
export interface HandoffPort {
  /** Builds, stores and announces the need definition; returns its id. */
  handOff(context: TurnContext, trigger: HandoffTrigger): Promise<string>;
}

export interface DialogDeps {
  state: BotStateSet;
  playbooks: Map<string, Playbook>;
  clock: () => Date;
  lists: ListWords;
  handoff: HandoffPort;
}

export const TEXT_PROMPT = 'textPrompt';
export const YES_NO_PROMPT = 'yesNoPrompt';

const LOCALE_KEY = Symbol('tanxun.locale');

export function setTurnLocale(context: TurnContext, locale: Locale): void {
  context.turnState.set(LOCALE_KEY, locale);
  context.activity.locale = locale;
}

export function turnLocale(context: TurnContext): Locale {
  const locale = context.turnState.get(LOCALE_KEY) as Locale | undefined;
  return locale ?? (context.activity.locale?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN');
}

export function tr(context: TurnContext): Translate {
  return translator(turnLocale(context));
}

export function playbookOf(deps: DialogDeps, data: ConversationData): Playbook {
  return deps.playbooks.get(data.playbook ?? GENERAL_PLAYBOOK) ?? (deps.playbooks.get(GENERAL_PLAYBOOK) as Playbook);
}

export function generalPlaybook(deps: DialogDeps): Playbook {
  return deps.playbooks.get(GENERAL_PLAYBOOK) as Playbook;
}

export async function profileOf(deps: DialogDeps, context: TurnContext): Promise<{ data: ConversationData; profile: NeedProfile; playbook: Playbook }> {
  const data = await deps.state.conversation(context);
  const playbook = playbookOf(deps, data);
  data.profile ??= emptyProfile(playbook.id, turnLocale(context));
  return { data, profile: data.profile, playbook };
}

/**
 * Text of a playbook-specific key with fallbacks: the playbook's namespace, then the general playbook's,
 * then a generic key. A new domain only writes the keys it wants to change.
 */
export function playbookText(t: Translate, playbook: Playbook, key: string, generic: string | undefined, params: Record<string, unknown> = {}): string {
  const keys = [`${playbookNamespace(playbook.id)}:${key}`, `${playbookNamespace(GENERAL_PLAYBOOK)}:${key}`];
  if (generic) keys.push(generic);
  return t(keys, params) as string;
}

export function areaLabel(t: Translate, areaId: string): string {
  return t([`areas:${areaId}`, 'discovery:area.unknown'], { area: areaId }) as string;
}

export function textPrompt(context: TurnContext, text: string, actions: (string | CardAction)[] = []): PromptOptions {
  const t = tr(context);
  const prompt = actions.length ? MessageFactory.suggestedActions(actions, text) : MessageFactory.text(text);
  const retry = MessageFactory.text(t('common:reprompt.text'));
  return { prompt: prompt as Partial<Activity> as Activity, retryPrompt: retry as Partial<Activity> as Activity };
}

export function yesNoPrompt(context: TurnContext, text: string): PromptOptions {
  const t = tr(context);
  const buttons = [t('common:buttons.yes'), t('common:buttons.no'), t('common:buttons.partly')];
  return {
    prompt: MessageFactory.suggestedActions(buttons, text) as Activity,
    retryPrompt: MessageFactory.suggestedActions(buttons, t('common:reprompt.yesNo')) as Activity,
  };
}

export async function sendTyping(dc: DialogContext): Promise<void> {
  await dc.context.sendActivity({ type: ActivityTypes.Typing });
}
