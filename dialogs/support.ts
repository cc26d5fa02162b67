import { TurnContext } from 'botbuilder';
import { BotStateSet, ConversationData } from '../bot/state';
import { ListWords } from '../bot/domain/discovery';
import { GENERAL_PLAYBOOK, Playbook } from '../bot/domain/playbook';
import { emptyProfile, HandoffTrigger, Locale, NeedProfile } from '../bot/domain/types';
import { Translate, translator } from '../bot/i18n';
import type { PracticeDeps } from './practiceSupport';

/** What the rest of the bot offers the dialogs; the dialogs never reach for globals. */
export interface HandoffPort {
  /** Builds, stores and announces the need definition; returns its id. */
  handOff(context: TurnContext, trigger: HandoffTrigger): Promise<string>;
}

export interface DialogDeps {
  state: BotStateSet;
  practice: PracticeDeps;
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


export function areaLabel(t: Translate, areaId: string): string {
  return t([`areas:${areaId}`, 'discovery:area.unknown'], { area: areaId }) as string;
}



