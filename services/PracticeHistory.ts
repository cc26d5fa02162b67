import { Activity, Storage, StoreItem } from 'botbuilder';
import { Outcome } from '../domain/practice/engine';
import { PartId, Scorecard } from '../domain/practice/score';
import { Locale } from '../domain/types';

/** One finished practice session as the rep's history keeps it: enough to draw progress, nothing the customer said. */
export interface PracticeRecord {
  persona: string;
  locale: Locale;
  score: number;
  outcome: Outcome;
  parts: Partial<Record<PartId, number>>;
  turns: number;
  endedAt: string;
  conversationId: string;
  /** The session's start: with the conversation, it identifies the session so it is recorded once. */
  startedAt: string;
}

interface HistoryItem extends StoreItem {
  records: PracticeRecord[];
}

const MAX_RECORDS = 500;
const MAX_RETRIES = 5;

export function recordOf(card: Scorecard, locale: Locale, endedAt: Date, conversationId: string, startedAt: string): PracticeRecord {
  return {
    persona: card.persona,
    locale,
    score: card.score,
    outcome: card.outcome,
    parts: Object.fromEntries(card.parts.map((p) => [p.id, p.points])),
    turns: card.turns,
    endedAt: endedAt.toISOString(),
    conversationId,
    startedAt,
  };
}

/**
 * Each rep's practice sessions, kept in the bot's Storage (lowdb files or Azure Blob Storage) under the
 * rep's id, so "my progress" works from any conversation and any instance. Appends use the item's eTag:
 * two sessions ending at once on two instances both land.
 */
export class PracticeHistory {
  constructor(private readonly storage: Storage) {}

  static key(channelId: string, userId: string): string {
    return `practice/history/${encodeURIComponent(channelId)}/${encodeURIComponent(userId)}`;
  }

  /** The rep's history is kept across conversations: in Teams the AAD object id survives a new chat. */
  static keyOf(activity: Partial<Activity>): string {
    const from = activity.from ?? { id: 'unknown', name: '' };
    return PracticeHistory.key(activity.channelId ?? 'unknown', from.aadObjectId ?? from.id);
  }

  async list(key: string): Promise<PracticeRecord[]> {
    const items = await this.storage.read([key]);
    return (items[key] as HistoryItem | undefined)?.records ?? [];
  }

  async add(key: string, record: PracticeRecord): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const items = await this.storage.read([key]);
      const current = items[key] as HistoryItem | undefined;
      const known = current?.records ?? [];
      if (known.some((r) => r.conversationId === record.conversationId && r.startedAt === record.startedAt)) return;
      const records = [...known, record].slice(-MAX_RECORDS);
      try {
        await this.storage.write({ [key]: { records, eTag: current?.eTag ?? '*' } });
        return;
      } catch (err) {
        if (attempt >= MAX_RETRIES) throw err;
      }
    }
  }

  async remove(key: string): Promise<void> {
    await this.storage.delete([key]);
  }
}

/** Read-only access to every rep's history, for managers' overview; stores that cannot list keys give none. */
export class PracticeHistoryReader {
  constructor(private readonly storage: Storage) {}

  /** Each rep's records, with the rep as `<channel>/<user id>` taken from the history's key. */
  async all(): Promise<{ rep: string; records: PracticeRecord[] }[]> {
    const lister = this.storage as Storage & { keysWithPrefix?: (prefix: string) => Promise<string[]> };
    const prefix = 'practice/history/';
    let keys: string[] = [];
    if (typeof lister.keysWithPrefix === 'function') keys = await lister.keysWithPrefix(prefix);
    else if ('memory' in this.storage) keys = Object.keys((this.storage as unknown as { memory: Record<string, string> }).memory).filter((k) => k.startsWith(prefix));
    const out: { rep: string; records: PracticeRecord[] }[] = [];
    for (let i = 0; i < keys.length; i += 50) {
      const items = await this.storage.read(keys.slice(i, i + 50));
      for (const [key, item] of Object.entries(items)) {
        const records = (item as HistoryItem | undefined)?.records;
        if (Array.isArray(records) && records.length) out.push({ rep: key.slice(prefix.length).split('/').map(decodeURIComponent).join('/'), records });
      }
    }
    return out;
  }
}
