import { PartId, WEIGHTS } from '../../domain/practice/score';
import { Locale } from '../../domain/types';
import { getI18n } from '../i18n';
import { PracticeRecord } from '../PracticeHistory';

export interface PracticePeriod {
  from?: string;
  to?: string;
}

export interface PracticeOverviewReport {
  from: string | null;
  to: string | null;
  sessions: number;
  reps: { rep: string; sessions: number; average: number; trend: { at: string; persona: string; score: number }[] }[];
  personas: { persona: string; sessions: number; average: number; best: number }[];
  tips: { tip: string; part: PartId; text: string; sessions: number }[];
}

/** Most a positive part can score; penalties (pitching, rudeness) count as a shortfall whenever they are below zero. */
const PART_MAX: Partial<Record<PartId, number>> = {
  coverage: WEIGHTS.coverage,
  explicit: WEIGHTS.explicit,
  depth: WEIGHTS.depth,
  latent: WEIGHTS.latentUncovered + WEIGHTS.latentLinked,
  hypothesis: WEIGHTS.hypothesis,
  repeat: WEIGHTS.repeat,
  objection: WEIGHTS.objection,
  mix: WEIGHTS.mix,
  talk: WEIGHTS.talk,
};

/** The tip (practice:tips.<key>) a rep is given when the part falls short. */
const TIP_OF: Record<PartId, string> = {
  coverage: 'coverage',
  explicit: 'listen',
  depth: 'why',
  latent: 'offer',
  hypothesis: 'hypothesis',
  repeat: 'repeat',
  objection: 'objection',
  mix: 'closed',
  talk: 'listen',
  pitching: 'pitch',
  rudeness: 'rude',
};

function fellShort(part: PartId, points: number): boolean {
  const max = PART_MAX[part];
  return max === undefined ? points < 0 : points < max;
}

const average = (values: number[]): number => (values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : 0);

export interface PracticeSource {
  all(): Promise<{ rep: string; records: PracticeRecord[] }[]>;
}

/** Managers' view of practice: sessions, scores per rep over time and per persona, and where reps most often fall short. */
export class PracticeOverview {
  constructor(private readonly source: PracticeSource) {}

  async overview(period: PracticePeriod, locale: Locale = 'en'): Promise<PracticeOverviewReport> {
    const inPeriod = (r: PracticeRecord): boolean => (!period.from || r.endedAt >= period.from) && (!period.to || r.endedAt <= period.to);
    const histories = (await this.source.all()).map((h) => ({ rep: h.rep, records: h.records.filter(inPeriod).sort((a, b) => a.endedAt.localeCompare(b.endedAt)) })).filter((h) => h.records.length);
    const all = histories.flatMap((h) => h.records);
    const personas = new Map<string, number[]>();
    const shortfalls = new Map<PartId, number>();
    for (const record of all) {
      personas.set(record.persona, [...(personas.get(record.persona) ?? []), record.score]);
      for (const [part, points] of Object.entries(record.parts) as [PartId, number][]) {
        if (TIP_OF[part] && fellShort(part, points)) shortfalls.set(part, (shortfalls.get(part) ?? 0) + 1);
      }
    }
    const t = getI18n().getFixedT(locale);
    return {
      from: period.from ?? null,
      to: period.to ?? null,
      sessions: all.length,
      reps: histories
        .map((h) => ({ rep: h.rep, sessions: h.records.length, average: average(h.records.map((r) => r.score)), trend: h.records.map((r) => ({ at: r.endedAt, persona: r.persona, score: r.score })) }))
        .sort((a, b) => b.sessions - a.sessions || a.rep.localeCompare(b.rep)),
      personas: [...personas]
        .map(([persona, scores]) => ({ persona, sessions: scores.length, average: average(scores), best: Math.max(...scores) }))
        .sort((a, b) => b.sessions - a.sessions || a.persona.localeCompare(b.persona)),
      tips: [...shortfalls]
        .map(([part, sessions]) => ({ tip: TIP_OF[part], part, text: t(`practice:tips.${TIP_OF[part]}`), sessions }))
        .sort((a, b) => b.sessions - a.sessions || a.part.localeCompare(b.part))
        .slice(0, 5),
    };
  }
}
