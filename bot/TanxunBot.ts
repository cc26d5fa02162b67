import { Activity, ActivityTypes, TeamsActivityHandler, TurnContext } from 'botbuilder';
import { BotStateSet, ConversationData, isETagConflict, MAX_SEEN_IDS, MAX_TRANSCRIPT } from '../services/state';
import { Logger } from '../services/logger';
import { detectCommand } from '../domain/commands';
import { detectLocale } from '../domain/understand';
import { Locale } from '../domain/types';
import { MainDialogOptions } from '../dialogs/discovery/MainDialog';
import { TurnRouter } from './router';
import { DATA_DELETED, StaffPort } from '../services/ports';

import { say } from '../services/render';
import { setTurnLocale } from '../services/locale';



export interface TanxunBotOptions {
  logger: Logger;
  state: BotStateSet;
  /** Sends each turn to discovery or practice. */
  router: TurnRouter;
  defaultLocale: Locale;
  staff: StaffPort;
}

/**
 * Attempts of one turn when another instance keeps saving the same conversation first. With the jittered
 * backoff below a turn that runs out has waited about 1.5 s at most: long enough for a burst of parallel
 * messages to drain, short enough that the customer is still looking.
 */
const MAX_TURN_ATTEMPTS = 8;
const BACKOFF_FIRST_MS = 20;
const BACKOFF_CAP_MS = 400;

/** Full jitter: instances that collided once pick different moments to try again. */
function conflictBackoff(attempt: number): Promise<void> {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_FIRST_MS * 2 ** (attempt - 1));
  return new Promise((resolve) => setTimeout(resolve, ceiling / 2 + (Math.random() * ceiling) / 2));
}

/** A pasted essay stays readable in the handoff but cannot swell the conversation state turn after turn. */
const MAX_TRANSCRIPT_TEXT = 4000;

function pushTranscript(data: ConversationData, from: 'customer' | 'bot', text: string): void {
  const clipped = text.length > MAX_TRANSCRIPT_TEXT ? `${text.slice(0, MAX_TRANSCRIPT_TEXT - 1)}…` : text;
  data.transcript.push({ from, text: clipped, timestamp: new Date().toISOString() });
  if (data.transcript.length > MAX_TRANSCRIPT) data.transcript.splice(0, data.transcript.length - MAX_TRANSCRIPT);
}

/** A personal chat in Teams is a rep's: prospects meet the bot on the website, reps in Teams. */
function isRepChat(context: TurnContext): boolean {
  return context.activity.channelId === 'msteams' && context.activity.conversation?.conversationType === 'personal';
}

function localeOfActivity(locale: string | undefined): Locale | undefined {
  if (!locale) return undefined;
  const lower = locale.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('en')) return 'en';
  return undefined;
}

/**
 * The turn: dedupe, pick the language, keep the transcript, run the dialog, save state once.
 * Language order: the customer's explicit choice, else the script of what they just wrote, else the
 * conversation's language so far, else the client's locale, else DEFAULT_LOCALE.
 */
export class TanxunBot extends TeamsActivityHandler {
  constructor(private readonly options: TanxunBotOptions) {
    super();
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onEvent(async (context, next) => {
      await this.handleEvent(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient?.id);
      if (joined && isRepChat(context)) {
        (await this.options.state.conversation(context)).greeted = true;
        await this.options.router.welcomeRep(context);
      } else if (joined && context.activity.channelId !== 'directline' && context.activity.channelId !== 'webchat') {
        await this.options.router.run(context);
      }
      await next();
    });
  }

  /**
   * One turn. Replies are held until the state is saved: when another instance saved the same
   * conversation first (eTag conflict), the turn runs again on fresh state and only the replies of the
   * attempt that was saved go out. Retries are bounded and spaced out; a turn that runs out writes nothing
   * and is not answered as if it had been recorded: the customer is asked to send the message again.
   * Never forced through with eTag '*': that would overwrite a turn the other instance already answered.
   */
  override async run(context: TurnContext): Promise<void> {
    const { state } = this.options;
    // In a Teams channel the message starts with "<at>Tanxun</at>"; the customer's words are the rest.
    if (context.activity.type === ActivityTypes.Message && context.activity.text) {
      TurnContext.removeRecipientMention(context.activity);
      context.activity.text = context.activity.text.trim();
    }
    const held: Partial<Activity>[][] = [];
    let holding = true;
    let current: ConversationData | undefined;
    context.onSendActivities(async (ctx, activities: Partial<Activity>[], next) => {
      if (!holding) return next();
      if (current) for (const a of activities) if (a.type === ActivityTypes.Message && a.text) pushTranscript(current, 'bot', a.text);
      held.push(activities);
      ctx.responded = true;
      return activities.map(() => ({ id: '' }));
    });
    for (let attempt = 1; ; attempt++) {
      held.length = 0;
      try {
        const data = await state.conversation(context);
        current = data;
        if (this.isDuplicate(context, data)) break;
        await this.resolveLocale(context, data);
        if (context.activity.type === ActivityTypes.Message && context.activity.text) {
          pushTranscript(data, 'customer', context.activity.text);
          if (data.profile) data.profile.turn += 1;
        }
        await super.run(context);
        if (!context.turnState.get(DATA_DELETED)) await state.saveAll(context);
        break;
      } catch (err) {
        if (!isETagConflict(err)) {
          holding = false;
          throw err;
        }
        state.forget(context);
        if (attempt >= MAX_TURN_ATTEMPTS) {
          this.options.logger.error('state conflict retries ran out', { conversationId: context.activity.conversation?.id, attempts: attempt });
          holding = false;
          await say(context, 'common:error.conflict');
          return;
        }
        this.options.logger.warn('state conflict: running the turn again on fresh state', { conversationId: context.activity.conversation?.id, attempt });
        await conflictBackoff(attempt);
      }
    }
    holding = false;
    for (const batch of held) await context.sendActivities(batch);
  }

  private isDuplicate(context: TurnContext, data: ConversationData): boolean {
    const id = context.activity.id;
    if (!id || context.activity.type !== ActivityTypes.Message) return false;
    if (data.seenActivityIds.includes(id)) return true;
    data.seenActivityIds = [...data.seenActivityIds, id].slice(-MAX_SEEN_IDS);
    return false;
  }

  private async resolveLocale(context: TurnContext, data: ConversationData): Promise<void> {
    const user = await this.options.state.user(context);
    const activity = context.activity;
    const written = activity.type === ActivityTypes.Message && activity.text ? detectLocale(activity.text) : undefined;
    const chosen = data.localeChosen ? data.locale : user.locale;
    const locale = chosen ?? written ?? data.locale ?? localeOfActivity(activity.locale) ?? this.options.defaultLocale;
    data.locale = locale;
    if (data.profile) data.profile.locale = locale;
    setTurnLocale(context, locale);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const submitted = context.activity.value as { action?: string; id?: string } | undefined;
    if (submitted?.action === 'handoff.claim' && typeof submitted.id === 'string') return this.options.staff.claimFromCard(context, submitted.id);
    const command = context.activity.text ? detectCommand(context.activity.text) : undefined;
    if (command === 'deleteData') return this.options.staff.deleteCustomerData(context);
    if (command === 'subscribeHandoffs') return this.options.staff.subscribe(context);
    if (command === 'unsubscribeHandoffs') return this.options.staff.unsubscribe(context);
    const data = await this.options.state.conversation(context);
    const first = !data.greeted;
    data.greeted = true;
    if (first && isRepChat(context)) return this.options.router.welcomeRep(context);
    await this.options.router.run(context);
  }

  private async handleEvent(context: TurnContext): Promise<void> {
    const { name, value } = context.activity;
    const data = await this.options.state.conversation(context);
    if (name === 'setLocale' && (value === 'en' || value === 'zh-CN')) {
      const user = await this.options.state.user(context);
      data.locale = user.locale = value;
      data.localeChosen = true;
      setTurnLocale(context, value);
      if (data.greeted) await say(context, 'common:language.switched');
      return;
    }
    if (name === 'webchat/join') {
      if (data.greeted) return;
      const join = (value ?? {}) as { locale?: string; playbook?: string };
      if (!data.localeChosen) {
        const locale = localeOfActivity(join.locale) ?? data.locale ?? this.options.defaultLocale;
        data.locale = locale;
        setTurnLocale(context, locale);
      }
      data.greeted = true;
      const options: MainDialogOptions = { playbook: join.playbook };
      await this.options.router.run(context, options);
      return;
    }
    if (name === 'handoff.status') {
      const state = (value as { state?: string } | undefined)?.state;
      // A failed handoff leaves the record open; whoever consented is told a rep will still call.
      const failed = data.profile?.customer.consentToContact ? 'failedContact' : 'failed';
      const key = state === 'accepted' || state === 'completed' ? state : state === 'failed' ? failed : undefined;
      if (key) await say(context, `discovery:handoff.status.${key}`);
    }
  }
}
