import { createHash } from 'crypto';
import { TurnContext } from 'botbuilder';
import { DialogState } from 'botbuilder-dialogs';
import { BotStateSet } from '../services/state';
import { ConversationLog } from '../services/insights/conversationLog';

/** The innermost dialog that is neither a prompt nor a waterfall, without "Dialog": the step of discovery the conversation is at. */
export function currentStep(state: DialogState | undefined): string | undefined {
  let stack = state?.dialogStack;
  let step: string | undefined;
  for (let depth = 0; stack?.length && depth < 10; depth++) {
    const top = stack[0];
    if (!/prompt|waterfall/i.test(top.id)) step = top.id.replace(/Dialog$/, '');
    stack = (top.state as { dialogs?: DialogState } | undefined)?.dialogs?.dialogStack;
  }
  return step;
}

/**
 * After each discovery turn, tells the conversation log where the conversation is (playbook, step, handed
 * off or not), under a hash of its id: the insights count started and abandoned conversations from it.
 */
export class ConversationTracker {
  constructor(
    private readonly state: BotStateSet,
    private readonly log: ConversationLog,
    private readonly clock: () => Date,
  ) {}

  async observe(context: TurnContext): Promise<void> {
    const data = await this.state.conversation(context);
    if (!data.profile && !data.playbook) return;
    const now = this.clock().toISOString();
    const activity = context.activity;
    this.log.observe({
      key: createHash('sha256').update(`${activity.channelId}\n${activity.conversation.id}`).digest('hex').slice(0, 32),
      playbook: data.playbook ?? data.profile?.playbook ?? 'general',
      startedAt: data.startedAt ?? now,
      lastAt: now,
      step: currentStep(await this.state.dialogState.get(context)) ?? '',
      handedOff: Boolean(data.handoffId),
    });
  }
}
