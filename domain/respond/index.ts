export * from './types';
export { respond, responders, keepForRep, Slots } from './pipeline';
export { registerWordsOf, registerOf, saysWrongTopic, productNounOf, saysAny } from './data';
export { areaQuestion, askable } from './responders/nextQuestion';
export { mostImportantMissing } from './responders/fastLane';
export { depthFor, Depth } from './depth';
