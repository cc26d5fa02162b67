import { TurnContext } from 'botbuilder';
import { BotStateSet, ConversationData } from '../../services/state';
import { ListWords } from '../../domain/discovery';
import { GENERAL_PLAYBOOK, Playbook } from '../../domain/playbook';
import { emptyProfile, NeedProfile } from '../../domain/types';
import { Translate } from '../../services/i18n';
import { HandoffPort } from '../../services/ports';
import { turnLocale } from '../../services/locale';
import { Persona } from '../../domain/practice/persona';
import { PracticeHistory } from '../../services/PracticeHistory';

/** What practice mode needs besides the discovery dependencies. */
export interface PracticeDeps {
  personas: Map<string, Persona>;
  history: PracticeHistory;
}

/** What the bot offers the dialogs, through their constructors; the dialogs never reach for globals. */
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
