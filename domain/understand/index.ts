/**
 * Answer understanding for Tanxun: Microsoft's recognizers-text with our rules for what they miss in customer
 * chat, in Chinese and English. Word lists and patterns live in data/lexicon/<locale>.json.
 */
export type { UnderstandContext } from './context';
export { warmRecognizers } from './warm';
export { detectLocale, segmentWords } from './text';
export { recognizeMoney } from './money';
export { recognizeTimeline } from './dates';
export { recognizeQuantities, recognizeBareNumber } from './quantities';
export { recognizeYesNo } from './yesNo';
export { recognizeRoles, recognizeSelfRole } from './roles';
export { recognizeContact, maskContact } from './contact';
export { recognizePeople } from './people';
export { isDontKnow, isVague, detectObjection, detectSentiment } from './classify';
