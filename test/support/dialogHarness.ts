import { PracticeSession } from '../../domain/practice/engine';
import { Activity, ActivityTypes, BotAdapter, ConversationReference, MemoryStorage, Middleware, TestAdapter, TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, DialogTurnResult, DialogTurnStatus, TextPrompt } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { BotStateSet, ConversationData } from '../../services/state';
import { loadPlaybooks } from '../../domain/playbook';
import { loadPersonas } from '../../domain/practice/persona';
import { matchingData } from '../../domain/lexicon';
import { emptyProfile, HandoffTrigger, Locale, NeedProfile } from '../../domain/types';
import { PracticeHistory } from '../../services/PracticeHistory';
import { DialogDeps, TEXT_PROMPT, YES_NO_PROMPT } from '../../dialogs/shared/deps';
import { YesNoPrompt } from '../../dialogs/shared/prompts/YesNoPrompt';
import { textValidator, yesNoValidator } from '../../dialogs/shared/prompts/validators';
import { FollowUpDialog } from '../../dialogs/discovery/FollowUpDialog';
import { RepeatBackDialog } from '../../dialogs/discovery/RepeatBackDialog';
import { LatentProbeDialog } from '../../dialogs/discovery/LatentProbeDialog';
import { ObjectionDialog } from '../../dialogs/discovery/ObjectionDialog';
import { Reply, REFERENCE_DATE, toReply } from './harness';
import { TurnRouter } from '../../bot/router';
import { HandoffPort } from '../../services/ports';
import { setTurnLocale } from '../../services/locale';

// Loaded once per test file: parsing every playbook and persona for each row would dominate the run time.
const PLAYBOOKS = loadPlaybooks();
const PERSONAS = loadPersonas(undefined, new Set(PLAYBOOKS.keys()));

/** Stands in for HandoffService: records what would have been handed over instead of storing and announcing it. */
export class RecordingHandoff implements HandoffPort {
  readonly triggers: HandoffTrigger[] = [];
  /** Messages added to the record after the handoff. */
  readonly notes: string[] = [];

  async appendCustomerNote(_context: TurnContext, note: string): Promise<void> {
    this.notes.push(note);
  }

  async handOff(_context: TurnContext, trigger: HandoffTrigger): Promise<string> {
    this.triggers.push(trigger);
    return `handoff-${this.triggers.length}`;
  }
}

export interface TestDeps extends DialogDeps {
  storage: MemoryStorage;
  handoff: RecordingHandoff;
}

/** DialogDeps wired the way host/index.ts wires them, on memory storage, with a fixed clock and a recording handoff. */
export function createTestDeps(): TestDeps {
  const storage = new MemoryStorage();
  const state = new BotStateSet(storage);
  return {
    storage,
    state,
    playbooks: PLAYBOOKS,
    clock: () => REFERENCE_DATE,
    lists: { listFillers: matchingData().listFillers },
    handoff: new RecordingHandoff(),
    practice: { personas: PERSONAS, history: new PracticeHistory(storage) },
  };
}

/**
 * In the bot the sub-dialogs find the prompts and the follow-up dialogs on MainDialog, their parent.
 * Tested alone, a dialog gets the same neighbours from this host, which then steps aside: its result is the dialog's.
 */
class HostDialog extends ComponentDialog {
  constructor(deps: DialogDeps, target: Dialog) {
    super(`host.${target.id}`);
    const neighbours: Dialog[] = [
      new TextPrompt(TEXT_PROMPT, textValidator(deps)),
      new YesNoPrompt(YES_NO_PROMPT, yesNoValidator(deps)),
      new FollowUpDialog(deps),
      new RepeatBackDialog(deps),
      new LatentProbeDialog(deps),
      new ObjectionDialog(deps),
    ];
    for (const dialog of neighbours) if (dialog.id !== target.id) this.addDialog(dialog);
    this.addDialog(target);
    this.initialDialogId = target.id;
  }
}

/** What a test may put in the conversation before the first turn, as an earlier part of the conversation would have. */
export interface Seed {
  playbook?: string;
  /** Changes to a fresh profile of the seeded playbook. */
  profile?: (profile: NeedProfile) => void;
  data?: (data: ConversationData) => void;
}

export interface DialogSessionOptions {
  locale: Locale;
  /** Options the dialog is begun with. */
  options?: object;
  seed?: Seed;
  /** MainDialog registers its own prompts and children and runs as the root; every other dialog gets a host. */
  hosted?: boolean;
}

/** One conversation with one dialog through botbuilder-testing's DialogTestClient. */
export class DialogSession {
  readonly client: DialogTestClient;
  private reference?: Partial<ConversationReference>;
  private adapter?: BotAdapter;

  constructor(
    readonly deps: TestDeps,
    dialog: Dialog,
    private readonly settings: DialogSessionOptions,
  ) {
    const target = settings.hosted === false ? dialog : new HostDialog(deps, dialog);
    this.client = new DialogTestClient('test', target, settings.options, [this.turnMiddleware()], deps.state.conversationState);
  }

  /**
   * What TanxunBot does around the dialog: seeds the conversation once, picks the turn's language
   * (an explicit choice made in the conversation wins over the row's language), counts the customer's
   * turns, and saves conversation and user state at the end of the turn.
   */
  private turnMiddleware(): Middleware {
    let seeded = false;
    return {
      onTurn: async (context: TurnContext, next: () => Promise<void>): Promise<void> => {
        this.adapter = context.adapter;
        this.reference = TurnContext.getConversationReference(context.activity);
        const { state } = this.deps;
        const data = await state.conversation(context);
        if (!seeded) {
          seeded = true;
          this.applySeed(data);
        }
        const locale = data.localeChosen && data.locale ? data.locale : this.settings.locale;
        data.locale = locale;
        if (data.profile) data.profile.locale = locale;
        setTurnLocale(context, locale);
        if (context.activity.type === ActivityTypes.Message && context.activity.text && data.profile) data.profile.turn += 1;
        await next();
        await state.saveAll(context);
      },
    };
  }

  private applySeed(data: ConversationData): void {
    const seed = this.settings.seed;
    if (!seed) return;
    if (seed.playbook) data.playbook = seed.playbook;
    if (seed.profile) {
      data.profile = emptyProfile(seed.playbook ?? 'general', this.settings.locale);
      seed.profile(data.profile);
    }
    seed.data?.(data);
  }

  /** Sends one customer line; answers with every reply of the turn. */
  async send(text: string | Partial<Activity>): Promise<Partial<Activity>[]> {
    const replies: Partial<Activity>[] = [];
    for (let reply = await this.client.sendActivity(text); reply; reply = this.client.getNextReply()) replies.push(reply as Partial<Activity>);
    return replies;
  }

  /** The replies to one customer line, read the way the HTTP tests read them (key, locale, buttons). */
  async replies(text: string | Partial<Activity>): Promise<Reply[]> {
    return (await this.send(text)).map(toReply);
  }

  /** The locale keys of the replies to one customer line. */
  async keys(text: string | Partial<Activity>): Promise<string[]> {
    return (await this.send(text)).map((a) => toReply(a).key ?? `<no key: ${a.type}>`);
  }

  get result(): DialogTurnResult {
    return this.client.dialogTurnResult;
  }

  get status(): DialogTurnStatus {
    return this.client.dialogTurnResult.status;
  }

  /** A fresh turn's context on this conversation, to read what was saved through the bot's own accessors. */
  private readingContext(): TurnContext {
    if (!this.adapter || !this.reference) throw new Error('no turn has been sent yet');
    return new TurnContext(this.adapter, TurnContext.applyConversationReference({ type: ActivityTypes.Message }, this.reference, true));
  }

  /** What the conversation has saved. */
  async conversationData(): Promise<ConversationData> {
    return this.deps.state.conversation(this.readingContext());
  }

  /** The rep's practice session as saved, if one runs. */
  async practiceSession(): Promise<PracticeSession | undefined> {
    return this.deps.state.practiceSession(this.readingContext());
  }
}

export function dialogSession(dialog: (deps: DialogDeps) => Dialog, settings: DialogSessionOptions, deps: TestDeps = createTestDeps()): DialogSession {
  return new DialogSession(deps, dialog(deps), settings);
}

export async function conversationDataOf(session: DialogSession): Promise<ConversationData> {
  return session.conversationData();
}

export async function profileOf(session: DialogSession): Promise<NeedProfile> {
  const profile = (await session.conversationData()).profile;
  if (!profile) throw new Error('the conversation has no profile');
  return profile;
}

/** One row of a dialog table: the customer's lines and the reply keys expected after each. */
export interface DialogRow {
  name: string;
  locale: Locale;
  options?: object;
  seed?: Seed;
  turns: [line: string, keys: string[]][];
  /** Status after the last turn: complete when the dialog has ended. */
  status?: DialogTurnStatus;
  /** What the dialog ended with, when it ends. */
  result?: unknown;
  /** What the turns must have left in the conversation. */
  check?: (session: DialogSession) => Promise<void>;
}

/** A DialogTestClient for the row's dialog, seeded and begun with the row's options. */
export function sessionFor(dialog: (deps: DialogDeps) => Dialog, row: DialogRow, hosted = true): DialogSession {
  return dialogSession(dialog, { locale: row.locale, options: row.options, seed: row.seed, hosted });
}

/** Plays a row turn by turn; the whole list of keys is compared so a failure shows every turn at once. */
export async function playRow(session: DialogSession, row: DialogRow): Promise<void> {
  const seen: [string, string[]][] = [];
  for (const [line] of row.turns) seen.push([line, await session.keys(line)]);
  expect(seen).toEqual(row.turns);
  if (row.status !== undefined) expect(session.status).toBe(row.status);
  if ('result' in row) expect(session.result.result).toEqual(row.result);
  await row.check?.(session);
}

export { DialogTurnStatus };

/**
 * One conversation with the bot's router (discovery and practice, as TurnRouter sends them) on a TestAdapter:
 * the turn's language is the conversation's explicit choice, else the session's.
 */
export class RouterSession {
  readonly adapter: TestAdapter;
  private reference?: Partial<ConversationReference>;

  constructor(
    readonly deps: TestDeps,
    private readonly locale: Locale,
  ) {
    const router = new TurnRouter(deps);
    this.adapter = new TestAdapter(async (context) => {
      const data = await deps.state.conversation(context);
      setTurnLocale(context, data.localeChosen && data.locale ? data.locale : locale);
      await router.run(context);
      await deps.state.saveAll(context);
      this.reference = TurnContext.getConversationReference(context.activity);
    });
  }

  /** Sends one line (or an activity, such as a card's button); answers with every reply of the turn. */
  async replies(line: string | Partial<Activity>): Promise<Reply[]> {
    const activity = typeof line === 'string' ? { text: line } : line;
    await this.adapter.receiveActivity({ type: ActivityTypes.Message, locale: this.locale, ...activity });
    return this.adapter.activeQueue.splice(0).map((a: Partial<Activity>) => toReply(a));
  }

  private readingContext(): TurnContext {
    if (!this.reference) throw new Error('no turn has been sent yet');
    return new TurnContext(this.adapter, TurnContext.applyConversationReference({ type: ActivityTypes.Message }, this.reference, true));
  }

  async conversationData(): Promise<ConversationData> {
    return this.deps.state.conversation(this.readingContext());
  }

  async practiceSession(): Promise<PracticeSession | undefined> {
    return this.deps.state.practiceSession(this.readingContext());
  }
}

export function routerSession(locale: Locale, deps: TestDeps = createTestDeps()): RouterSession {
  return new RouterSession(deps, locale);
}
