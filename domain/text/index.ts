/**
 * The one text engine of the domain: normalisation, word and clause segmentation, phrase matching at word
 * boundaries and negation. Understanding, latent needs, commands, the question classifier and the practice
 * persona all match through it, so a phrase means the same thing everywhere.
 */
export * from './normalise';
export * from './segment';
export * from './negation';
export * from './phrases';
