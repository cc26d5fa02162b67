import type { Finder } from './types';

export const PARTY_FINDERS: readonly Finder[] = [];
