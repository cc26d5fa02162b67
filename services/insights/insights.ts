import { HandoffTrigger } from '../../domain/types';
import { HandoffRecord } from '../handoff/handoffStore';
import { RecordQuery } from '../handoff/repository/types';
import { ConversationMark, MarkQuery } from './conversationLog';

export interface InsightsQuery {
  playbook?: string;
  from?: string;
  to?: string;
}

export interface Counted {
  text: string;
  count: number;
}

export interface PlaybookInsights {
  playbook: string;
  /**
   * Discovery conversations that started in the period (from the conversation log): handed off, abandoned
   * (no turn for `abandonedAfterMinutes` and not handed off) or still going.
   */
  conversations: { started: number; handedOff: number; abandoned: number; ongoing: number };
  /** The discovery step abandoned conversations stopped at, most frequent first. */
  abandonedAt: { step: string; count: number }[];
  /** Conversations that reached a handoff in the period. */
  handedOff: number;
  handedOffBy: Record<HandoffTrigger, number>;
  /** Handed over before discovery was done: by the customer's wish, or because the bot was stuck. */
  endedEarly: number;
  needs: Counted[];
  needAreas: Counted[];
  latentNeeds: { found: number; accepted: number; declined: number; top: (Counted & { accepted: number })[] };
  objections: { total: number; real: number; notReal: number; untested: number; top: Counted[] };
  openAreas: Counted[];
  customerQuestions: Counted[];
  confirmations: { sent: number; confirmed: number; changeRequested: number };
}

export interface InsightsReport {
  abandonedAfterMinutes: number;
  playbook: string | null;
  from: string | null;
  to: string | null;
  playbooks: PlaybookInsights[];
}

export interface HandoffSource {
  each(query: RecordQuery, visit: (record: HandoffRecord) => void): Promise<void>;
}

export interface ConversationSource {
  each(query: MarkQuery, visit: (mark: ConversationMark) => void): Promise<void>;
}

const ABANDONED_AFTER_MINUTES = 30;

const TOP = 10;
const MAX_TEXT = 200;

/** Case, width and trailing punctuation do not make two needs different. */
function normalized(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').replace(/[.!?。！？…]+$/u, '').toLowerCase().slice(0, MAX_TEXT);
}

/** A customer's line that asks the bot something: ends in a question mark, or a Chinese question particle. */
export function isQuestion(text: string): boolean {
  const trimmed = text.trim();
  return /[?？]$/u.test(trimmed) || /[吗呢吧][。.]?$/u.test(trimmed);
}

class Tally {
  private readonly counts = new Map<string, { text: string; count: number; extra: number }>();

  add(text: string | undefined, extra = false): void {
    if (!text || !text.trim()) return;
    const key = normalized(text);
    const entry = this.counts.get(key) ?? { text: text.trim().slice(0, MAX_TEXT), count: 0, extra: 0 };
    entry.count += 1;
    if (extra) entry.extra += 1;
    this.counts.set(key, entry);
  }

  top(): Counted[] {
    return this.sorted().map(({ text, count }) => ({ text, count }));
  }

  topWithExtra(): (Counted & { accepted: number })[] {
    return this.sorted().map(({ text, count, extra }) => ({ text, count, accepted: extra }));
  }

  private sorted(): { text: string; count: number; extra: number }[] {
    return [...this.counts.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)).slice(0, TOP);
  }
}

class PlaybookTally {
  conversations = { started: 0, handedOff: 0, abandoned: 0, ongoing: 0 };
  readonly abandonedAt = new Map<string, number>();
  handedOff = 0;
  readonly by: Record<HandoffTrigger, number> = { 'discovery-complete': 0, 'customer-asked': 0, 'bot-stuck': 0 };
  readonly needs = new Tally();
  readonly areas = new Tally();
  readonly latent = new Tally();
  latentFound = 0;
  latentAccepted = 0;
  latentDeclined = 0;
  readonly objectionTexts = new Tally();
  objections = { total: 0, real: 0, notReal: 0, untested: 0 };
  readonly open = new Tally();
  readonly questions = new Tally();
  confirmations = { sent: 0, confirmed: 0, changeRequested: 0 };

  addMark(mark: ConversationMark, abandonedBefore: string): void {
    this.conversations.started += 1;
    if (mark.handedOff) this.conversations.handedOff += 1;
    else if (mark.lastAt < abandonedBefore) {
      this.conversations.abandoned += 1;
      const step = mark.step || 'start';
      this.abandonedAt.set(step, (this.abandonedAt.get(step) ?? 0) + 1);
    } else this.conversations.ongoing += 1;
  }

  add(record: HandoffRecord): void {
    this.handedOff += 1;
    this.by[record.trigger] = (this.by[record.trigger] ?? 0) + 1;
    if (record.trigger === 'discovery-complete' || record.explicitNeeds.length) this.needs.add(record.needName);
    for (const need of record.explicitNeeds) this.areas.add(need.area);
    for (const latent of record.latentNeeds) {
      this.latentFound += 1;
      if (latent.status === 'accepted') this.latentAccepted += 1;
      if (latent.status === 'declined') this.latentDeclined += 1;
      this.latent.add(latent.text, latent.status === 'accepted');
    }
    for (const objection of record.objections) {
      this.objections.total += 1;
      if (objection.real === true) this.objections.real += 1;
      else if (objection.real === false) this.objections.notReal += 1;
      else this.objections.untested += 1;
      this.objectionTexts.add(objection.text);
    }
    // What the rep still has to find out (open areas, untested objections): the open questions name them.
    for (const question of record.openQuestions) this.open.add(question);
    for (const entry of record.transcript) if (entry.from === 'customer' && isQuestion(entry.text)) this.questions.add(entry.text);
    const status = record.needConfirmation?.status;
    if (status === 'sent' || status === 'confirmed' || status === 'change-requested') this.confirmations.sent += 1;
    if (status === 'confirmed') this.confirmations.confirmed += 1;
    if (status === 'change-requested') this.confirmations.changeRequested += 1;
  }

  report(playbook: string): PlaybookInsights {
    return {
      playbook,
      conversations: this.conversations,
      abandonedAt: [...this.abandonedAt].map(([step, count]) => ({ step, count })).sort((a, b) => b.count - a.count || a.step.localeCompare(b.step)),
      handedOff: this.handedOff,
      handedOffBy: this.by,
      endedEarly: this.by['customer-asked'] + this.by['bot-stuck'],
      needs: this.needs.top(),
      needAreas: this.areas.top(),
      latentNeeds: { found: this.latentFound, accepted: this.latentAccepted, declined: this.latentDeclined, top: this.latent.topWithExtra() },
      objections: { ...this.objections, top: this.objectionTexts.top() },
      openAreas: this.open.top(),
      customerQuestions: this.questions.top(),
      confirmations: this.confirmations,
    };
  }
}

/**
 * What many customers have in common (the method's "extensive" principle), per playbook and period,
 * counted over the handoff records the repository returns for the period.
 */
export class InsightsService {
  constructor(
    private readonly handoffs: HandoffSource,
    private readonly conversations?: ConversationSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async report(query: InsightsQuery): Promise<InsightsReport> {
    const tallies = new Map<string, PlaybookTally>();
    const tallyOf = (playbook: string): PlaybookTally => {
      const tally = tallies.get(playbook) ?? new PlaybookTally();
      tallies.set(playbook, tally);
      return tally;
    };
    const abandonedBefore = new Date(this.clock().getTime() - ABANDONED_AFTER_MINUTES * 60_000).toISOString();
    await this.conversations?.each(query, (mark) => tallyOf(mark.playbook).addMark(mark, abandonedBefore));
    const recordQuery: RecordQuery = { ...(query.playbook ? { playbook: query.playbook } : {}), ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) };
    await this.handoffs.each(recordQuery, (record) => tallyOf(record.playbook ?? 'general').add(record));
    return {
      abandonedAfterMinutes: ABANDONED_AFTER_MINUTES,
      playbook: query.playbook ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
      playbooks: [...tallies].sort((a, b) => a[0].localeCompare(b[0])).map(([playbook, tally]) => tally.report(playbook)),
    };
  }
}
