export * from './types';
export * from './phrasing';
export * from './catalogue';
export * from './slots';
export * from './statement';
export * from './answers';
