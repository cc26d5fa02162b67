import * as fs from 'fs';
import * as path from 'path';
import { Locale } from './types';
import { fromRoot } from './paths';
import { validateDataFile } from './schemas';

/** Words per language; a phrase matches when all its words appear in order (see `lexicon.ts`). */
export type Words = Record<Locale, string[]>;

export type AreaKind = 'text' | 'money' | 'date' | 'quantity' | 'decision' | 'criteria' | 'alternatives' | 'choice';

export interface AreaOption {
  id: string;
  words: Words;
}

export interface Area {
  id: string;
  kind: AreaKind;
  /** Words that show an answer touches this area even when another area was asked (out-of-order answers). */
  signals?: Words;
  /** For kind=choice: the options, shown as buttons and matched in typed answers. */
  options?: AreaOption[];
  /** Areas that may be skipped when the customer is buying for themselves. */
  organizationOnly?: boolean;
  /** Asked only in this register: a family is never asked about a team, a business is. */
  register?: 'person' | 'business';
}

/** A question customers ask the bot; the answer is `faq.<id>` in the playbook's locale namespace. */
export interface FaqEntry {
  id: string;
  topic: 'price' | 'availability' | 'process' | 'product' | 'next' | 'length' | 'other';
  words: Words;
}

/** A typical price range; what is priced is `prices.<id>` in the playbook's locale namespace. */
export interface PriceRange {
  id: string;
  min: number;
  max: number;
  per?: 'item' | 'month' | 'year' | 'hour' | 'person' | 'event' | 'kg';
  /** Words that single this range out ("grand piano"); the first range is the playbook's usual one. */
  words?: Words;
}

/** What most customers choose or say: an answer matching `deviation` instead is a cue worth a tactful why. */
export interface Norm {
  id: string;
  area: string;
  /** Option id (kind=choice) or words most customers use. */
  usual?: string;
  deviation: Words;
}

export interface Criterion {
  id: string;
  words: Words;
}

export interface Playbook {
  id: string;
  /** ISO 4217 currency assumed when the customer names none. */
  currency: string;
  /** Words in the customer's first messages that select this playbook. */
  match: Words;
  areas: Area[];
  norms: Norm[];
  criteria: Criterion[];
  /** Area ids in order of preference when signals tie for the focus of vertical probing. */
  focusOrder: string[];
  /** How far the vertical layer goes: a description, whys in the ladder (<=3), the impact questions. */
  vertical: { describe: boolean; maxWhys: number; impact: boolean };
  /** "ask": offer the strongest areas as buttons; "auto": take the strongest (a fruit stall does not ask). */
  focus: 'ask' | 'auto';
  /** The area the customer's first message answers ("what brings you here"). */
  openingArea: string;
  /** Product facts a customer may ask for; text under `products.<id>` in the playbook's namespace. */
  products: string[];
  /** The register when the opening shows none. */
  register?: 'person' | 'business';
  /** Product nouns for routing unseen wording ("laptops", "a used upright piano"). */
  nouns: Words;
  faq: FaqEntry[];
  prices: PriceRange[];
}

export const GENERAL_PLAYBOOK = 'general';

export function playbookNamespace(id: string): string {
  return `playbook-${id}`;
}

export function fail(file: string, what: string): never {
  throw new Error(`${file}: ${what}`);
}

/**
 * Validates one playbook file so that a business user's typo is reported with the file and place: the
 * shape by data/schemas/playbook.schema.json, here only what a schema cannot see (areas named elsewhere).
 */
export function parsePlaybook(file: string, raw: unknown): Playbook {
  const pb = validateDataFile<Partial<Playbook> & Pick<Playbook, 'id' | 'areas'>>('playbook', file, raw);
  const areaIds = new Set(pb.areas.map((area) => area.id));
  for (const norm of pb.norms ?? []) if (!areaIds.has(norm.area)) fail(file, `norm "${norm.id}" names unknown area "${norm.area}"`);
  for (const id of pb.focusOrder ?? []) if (!areaIds.has(id)) fail(file, `focusOrder names unknown area "${id}"`);
  if (pb.openingArea !== undefined && !areaIds.has(pb.openingArea)) fail(file, `openingArea names unknown area "${pb.openingArea}"`);
  return {
    id: pb.id,
    currency: pb.currency ?? 'CNY',
    match: pb.match ?? { en: [], 'zh-CN': [] },
    areas: pb.areas,
    norms: pb.norms ?? [],
    criteria: pb.criteria ?? [],
    focusOrder: pb.focusOrder ?? pb.areas.map((a) => a.id),
    vertical: { describe: pb.vertical?.describe ?? true, maxWhys: pb.vertical?.maxWhys ?? 3, impact: pb.vertical?.impact ?? true },
    focus: pb.focus ?? 'ask',
    openingArea: pb.openingArea ?? pb.areas[0].id,
    products: pb.products ?? [],
    ...(pb.register ? { register: pb.register } : {}),
    nouns: pb.nouns ?? { en: [], 'zh-CN': [] },
    faq: pb.faq ?? [],
    prices: pb.prices ?? [],
  };
}

export function dataDir(): string {
  return fromRoot('data');
}

/** Every JSON file of a data folder, in name order; a file that does not parse is reported by name. */
export function readDataFiles(dir: string): { file: string; raw: unknown }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      try {
        return { file, raw: JSON.parse(fs.readFileSync(file, 'utf8')) as unknown };
      } catch (err) {
        return fail(file, `not valid JSON (${(err as Error).message})`);
      }
    });
}

export function loadPlaybooks(dir = path.join(dataDir(), 'playbooks')): Map<string, Playbook> {
  const playbooks = new Map<string, Playbook>();
  for (const { file, raw } of readDataFiles(dir)) {
    const playbook = parsePlaybook(file, raw);
    playbooks.set(playbook.id, playbook);
  }
  if (!playbooks.has(GENERAL_PLAYBOOK)) throw new Error(`${dir}: the "${GENERAL_PLAYBOOK}" playbook is required`);
  return playbooks;
}
