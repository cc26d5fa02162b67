import * as path from 'path';
import { fail, GENERAL_PLAYBOOK, readDataFiles, Words, dataDir } from '../playbook';
import { validateDataFile } from '../schemas';

/**
 * A motive rule: the words that say why a customer wants something, in the playbook it belongs to
 * (data/motives/<playbookId>.json). The latent need, the offer and the lines around it are text under
 * latent:rules.<playbook>.<id>.* (need, offer, acknowledge, suggest).
 */
export interface MotiveRule {
  id: string;
  playbook: string;
  /** Set on the general playbook's rules only: why the rule holds for most buyers. */
  general?: string;
  words: Words;
  offer: string;
  /** The rule may also fire on the complaint that prompted the why. */
  fromCue?: boolean;
}

interface MotivesFile {
  playbook: string;
  rules: Omit<MotiveRule, 'playbook'>[];
}

let cached: Map<string, MotiveRule[]> | undefined;

function defaultDir(): string {
  return path.join(dataDir(), 'motives');
}

/**
 * Every motives file, validated by data/schemas/motives.schema.json; a file naming a playbook that does
 * not exist, or a rule id used twice in one playbook's reach (its own and the general rules), is reported.
 */
export function loadMotives(playbookIds?: Iterable<string>, dir = defaultDir()): Map<string, MotiveRule[]> {
  const known = playbookIds ? new Set(playbookIds) : undefined;
  const out = new Map<string, MotiveRule[]>();
  for (const { file, raw } of readDataFiles(dir)) {
    const data = validateDataFile<MotivesFile>('motives', file, raw);
    if (known && !known.has(data.playbook)) fail(file, `names unknown playbook "${data.playbook}"`);
    if (out.has(data.playbook)) fail(file, `a second file for playbook "${data.playbook}"`);
    const ids = new Set<string>();
    for (const rule of data.rules) {
      if (ids.has(rule.id)) fail(file, `rule "${rule.id}" is defined twice`);
      // A rule that fires in every conversation must say why it is true for most buyers; a domain rule must not claim it.
      if ((data.playbook === GENERAL_PLAYBOOK) !== (rule.general !== undefined)) {
        fail(file, data.playbook === GENERAL_PLAYBOOK ? `general rule "${rule.id}" needs "general": the reason it holds for most buyers` : `rule "${rule.id}" is marked general outside the general playbook`);
      }
      ids.add(rule.id);
    }
    out.set(data.playbook, data.rules.map((r) => ({ ...r, playbook: data.playbook })));
  }
  const general = out.get(GENERAL_PLAYBOOK) ?? [];
  for (const [id, rules] of out) {
    if (id === GENERAL_PLAYBOOK) continue;
    const clash = rules.find((r) => general.some((g) => g.id === r.id));
    if (clash) fail(path.join(dir, `${id}.json`), `rule "${clash.id}" has the id of a general rule`);
  }
  // The shipped folder is what conversations use: start-up's validated read is the one they keep.
  if (dir === defaultDir()) cached = out;
  return out;
}

function all(): Map<string, MotiveRule[]> {
  cached ??= loadMotives();
  return cached;
}

/** The rules a conversation of this playbook may fire: its own, then the general ones. */
export function motiveRulesFor(playbookId: string): { own: MotiveRule[]; general: MotiveRule[] } {
  const general = all().get(GENERAL_PLAYBOOK) ?? [];
  if (playbookId === GENERAL_PLAYBOOK) return { own: general, general: [] };
  return { own: all().get(playbookId) ?? [], general };
}

/** The locale key of one part of a rule's text. */
export function ruleKey(rule: Pick<MotiveRule, 'playbook' | 'id'>, part: 'need' | 'offer' | 'acknowledge' | 'suggest'): string {
  return `latent:rules.${rule.playbook}.${rule.id}.${part}`;
}

/** A rule by its id in a playbook's reach. */
export function findRule(playbookId: string, id: string): MotiveRule | undefined {
  const { own, general } = motiveRulesFor(playbookId);
  return [...own, ...general].find((r) => r.id === id);
}
