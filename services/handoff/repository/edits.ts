import { HandoffError, HandoffRecord } from '../handoffStore';

/** An edit staff may not make, or one that leaves the need definition invalid: nothing of it is kept. */
export class EditRefused extends HandoffError {
  constructor(message: string) {
    super(message, 400);
  }
}

/** What staff may edit: the need as understood, never identity, status, the transcript or the staff record itself. */
export const EDITABLE_FIELDS: readonly string[] = [
  'needName',
  'statement',
  'focusArea',
  'customer',
  'areasCovered',
  'explicitNeeds',
  'latentNeeds',
  'pains',
  'impact',
  'budget',
  'timeline',
  'quantities',
  'decisionChain',
  'decisionCriteria',
  'competitors',
  'objections',
  'hypotheses',
  'openQuestions',
];

const MAX_CHANGES = 50;
const MAX_DEPTH = 6;
const UNSAFE = new Set(['__proto__', 'prototype', 'constructor']);

export interface ChangedField {
  field: string;
  from?: unknown;
  to?: unknown;
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function segmentsOf(path: string): string[] {
  const segments = path.split('.');
  if (!path || segments.length > MAX_DEPTH || segments.some((s) => !s || UNSAFE.has(s))) throw new EditRefused(`"${path.slice(0, 100)}" is not a field path`);
  if (!EDITABLE_FIELDS.includes(segments[0])) throw new EditRefused(`"${segments[0].slice(0, 100)}" cannot be edited; editable: ${EDITABLE_FIELDS.join(', ')}`);
  return segments;
}

function position(container: unknown[], segment: string, path: string, appending: boolean): number {
  if (!/^\d{1,4}$/.test(segment)) throw new EditRefused(`"${path}": "${segment}" must be a position in a list`);
  const index = Number(segment);
  if (index > container.length || (index === container.length && !appending)) throw new EditRefused(`"${path}": position ${index} is past the end of the list`);
  return index;
}

/** Sets one path (creating objects on the way for optional fields); `null` removes. Returns the old value. */
function setPath(root: Record<string, unknown>, segments: string[], value: unknown, path: string): unknown {
  let node: Container = root;
  for (let i = 0; i < segments.length - 1; i++) {
    const segment = segments[i];
    if (Array.isArray(node)) {
      const index = position(node, segment, path, false);
      if (!isContainer(node[index])) throw new EditRefused(`"${path}": ${segments.slice(0, i + 1).join('.')} holds no fields`);
      node = node[index] as Container;
      continue;
    }
    if (node[segment] === undefined && value !== null) node[segment] = /^\d+$/.test(segments[i + 1]) ? [] : {};
    const next: unknown = node[segment];
    if (!isContainer(next)) throw new EditRefused(`"${path}": ${segments.slice(0, i + 1).join('.')} holds no fields`);
    node = next;
  }
  const last = segments[segments.length - 1];
  if (Array.isArray(node)) {
    const index = position(node, last, path, value !== null);
    const old = node[index];
    if (value === null) node.splice(index, 1);
    else node[index] = value;
    return old;
  }
  const old = node[last];
  if (value === null) delete node[last];
  else node[last] = value;
  return old;
}

/**
 * Applies `{"<dot path>": value}` changes to a copy of the record, in the order given. Only values that
 * JSON carries are accepted; the schema check afterwards (by the caller) decides whether they fit.
 */
export function applyChanges(record: HandoffRecord, changes: Record<string, unknown>): { result: HandoffRecord; changed: ChangedField[] } {
  const entries = Object.entries(changes);
  if (!entries.length) throw new EditRefused('"changes" names no field');
  if (entries.length > MAX_CHANGES) throw new EditRefused(`at most ${MAX_CHANGES} changes at once`);
  const result = structuredClone(record) as HandoffRecord & Record<string, unknown>;
  const changed: ChangedField[] = [];
  for (const [path, value] of entries) {
    const segments = segmentsOf(path);
    if (value === undefined) throw new EditRefused(`"${path}" has no value`);
    const from = setPath(result, segments, structuredClone(value), path);
    if (JSON.stringify(from) === JSON.stringify(value)) continue;
    changed.push({ field: path, ...(from !== undefined ? { from } : {}), ...(value !== null ? { to: value } : {}) });
  }
  return { result, changed };
}
