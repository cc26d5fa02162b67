import { Locale } from '../../../domain/types';

/**
 * Rep scripts written from each persona's public brief and opening only, as a rep meets the customer:
 * the writer never read the persona's hidden facts, so the lines are what a rep at that level would say,
 * not what the persona's data rewards. Targets (issue 18): strong 75-100, average 35-60, weak at most 15.
 */
export interface LevelScripts {
  strong: string[];
  average: string[];
  weak: string[];
}

export type Level = keyof LevelScripts;
export const LEVELS: readonly Level[] = ['strong', 'average', 'weak'];
export const TARGETS: Record<Level, [number, number]> = { strong: [75, 100], average: [35, 60], weak: [0, 15] };

export type PersonaReps = { persona: string } & Record<Locale, LevelScripts>;
