import * as fs from 'fs';
import { fromRoot } from '../../paths';
import { Locale } from '../../types';
import { CueKind } from '../types';

/** data/reading/cues.<lng>.json: general cue words (neighbours, a battery that dies by lunch, someone quitting). */
const cache = new Map<Locale, Partial<Record<CueKind, string[]>>>();

export function generalCueWords(locale: Locale, kind: CueKind): string[] {
  let data = cache.get(locale);
  if (!data) {
    data = JSON.parse(fs.readFileSync(fromRoot('data', 'reading', `cues.${locale}.json`), 'utf8')) as Partial<Record<CueKind, string[]>>;
    cache.set(locale, data);
  }
  return data[kind] ?? [];
}
