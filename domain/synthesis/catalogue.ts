import * as fs from 'fs';
import * as path from 'path';
import { dataDir, fail, Playbook, Words } from '../playbook';
import { validateDataFile } from '../schemas';
import { findPhrase } from '../text';
import { Locale, NeedProfile } from '../types';
import { motiveRulesFor } from '../latent/motives';

export type Text = Record<Locale, string>;

/** One named need of a playbook (data/needs/<playbookId>.json). */
export interface CatalogueNeed {
  id: string;
  name: Text;
  description: Text;
  motives?: Words;
  pains?: Words;
  criteria?: string[];
  latentRules?: string[];
  /** "taste:sour": a choice that points to this need. */
  choices?: string[];
  offers: Text[];
}

export interface NeedCatalogue {
  playbook: string;
  /** Areas whose answers say whom the purchase is for. */
  forWhomAreas?: string[];
  /** A short must-have phrase per criterion id. */
  criteria?: Record<string, Text>;
  needs: CatalogueNeed[];
}

const PHRASING_FILE = 'phrasing.json';

/**
 * Every catalogue of data/needs, validated against data/schemas/needs.schema.json; a catalogue must name a
 * playbook that exists and only its criteria and latent rules. A playbook without a file simply has no catalogue.
 */
export function loadNeedCatalogues(playbooks: ReadonlyMap<string, Playbook>, dir = path.join(dataDir(), 'needs')): Map<string, NeedCatalogue> {
  const catalogues = new Map<string, NeedCatalogue>();
  if (!fs.existsSync(dir)) return catalogues;
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.json') && f !== PHRASING_FILE).sort()) {
    const file = path.join(dir, name);
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    } catch (err) {
      fail(file, `not valid JSON (${(err as Error).message})`);
    }
    const catalogue = validateDataFile<NeedCatalogue>('needs', file, raw);
    const playbook = playbooks.get(catalogue.playbook);
    if (!playbook) fail(file, `names unknown playbook "${catalogue.playbook}"`);
    const criteria = new Set(playbook.criteria.map((c) => c.id));
    const reach = motiveRulesFor(playbook.id);
    const rules = new Set([...reach.own, ...reach.general].map((r) => r.id));
    const areas = new Set(playbook.areas.map((a) => a.id));
    for (const id of Object.keys(catalogue.criteria ?? {})) if (!criteria.has(id)) fail(file, `criteria names unknown criterion "${id}"`);
    for (const id of catalogue.forWhomAreas ?? []) if (!areas.has(id)) fail(file, `forWhomAreas names unknown area "${id}"`);
    for (const need of catalogue.needs) {
      for (const id of need.criteria ?? []) if (!criteria.has(id)) fail(file, `need "${need.id}" names unknown criterion "${id}"`);
      for (const id of need.latentRules ?? []) if (!rules.has(id)) fail(file, `need "${need.id}" names unknown latent rule "${id}"`);
      for (const choice of need.choices ?? []) if (!areas.has(choice.split(':')[0])) fail(file, `need "${need.id}" names unknown area in "${choice}"`);
    }
    catalogues.set(catalogue.playbook, catalogue);
  }
  return catalogues;
}

let loaded: Map<string, NeedCatalogue> | undefined;

/** The catalogues, loaded once for the process (start-up loads them first, so a typo stops the host). */
export function needCatalogues(playbooks: ReadonlyMap<string, Playbook>): Map<string, NeedCatalogue> {
  loaded ??= loadNeedCatalogues(playbooks);
  return loaded;
}

export interface NeedMatch {
  need: CatalogueNeed;
  score: number;
  /** What pointed to it, short: the customer's word, a criterion, a choice. */
  reasons: string[];
}

/** What the customer said that can point to a need: whys, cues, pains, impact and every answer. */
function saidTexts(profile: NeedProfile): { motives: string[]; pains: string[] } {
  const answers = Object.values(profile.answers).flatMap((list) => list.map((e) => e.quote));
  return {
    motives: [...profile.motives, ...profile.cues.map((c) => c.quote), ...profile.latentNeeds.flatMap((n) => n.evidence.map((e) => e.quote)), ...answers],
    pains: [...profile.pains.map((p) => p.text), ...profile.impact.ifUnsolved, ...answers],
  };
}

function hits(texts: readonly string[], words: Words | undefined): string[] {
  const found: string[] = [];
  for (const word of [...(words?.en ?? []), ...(words?.['zh-CN'] ?? [])]) {
    if (texts.some((t) => findPhrase(t, word)?.negated === false) && !found.includes(word)) found.push(word);
  }
  return found;
}

/**
 * The catalogue need the conversation points to most: a latent need the customer did not decline weighs most,
 * then the words of their whys and pains, then criteria and choices. Nothing scores: no match, never a guess.
 */
export function matchNeed(
  profile: NeedProfile,
  playbook: Playbook,
  catalogue: NeedCatalogue | undefined,
  criterionLabel: (id: string) => string,
): NeedMatch | undefined {
  if (!catalogue) return undefined;
  const said = saidTexts(profile);
  const declined = new Set(profile.latentNeeds.filter((n) => n.status === 'declined' && n.rule).map((n) => n.rule as string));
  const liveRules = new Set(profile.latentNeeds.filter((n) => n.status !== 'declined' && n.rule).map((n) => n.rule as string));
  const choices = new Set(Object.entries(profile.choices).map(([area, option]) => `${area}:${option}`));
  let best: NeedMatch | undefined;
  for (const need of catalogue.needs) {
    // The customer turned down what serves this need: its words alone do not name it.
    if ((need.latentRules ?? []).some((r) => declined.has(r))) continue;
    const rules = (need.latentRules ?? []).filter((r) => liveRules.has(r));
    const reach = motiveRulesFor(playbook.id);
    const ruleWords = [...reach.own, ...reach.general].filter((r) => rules.includes(r.id)).flatMap((r) => hits(said.motives, r.words));
    const motives = hits(said.motives, need.motives);
    const pains = hits(said.pains, need.pains);
    const criteria = (need.criteria ?? []).filter((c) => profile.criteriaIds.includes(c));
    const chosen = (need.choices ?? []).filter((c) => choices.has(c));
    const score = 3 * rules.length + 2 * motives.length + 2 * pains.length + criteria.length + chosen.length;
    if (score === 0 || (best && best.score >= score)) continue;
    best = { need, score, reasons: [...new Set([...ruleWords, ...motives, ...pains, ...criteria.map(criterionLabel)])].slice(0, 3) };
  }
  return best;
}
