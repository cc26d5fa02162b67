import type { Finder } from './types';

export const FIGURE_FINDERS: readonly Finder[] = [];
