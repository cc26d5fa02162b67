import type { Finder } from './types';

export const SPEECH_FINDERS: readonly Finder[] = [];
