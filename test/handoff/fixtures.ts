import { emptyProfile, NeedProfile, TranscriptEntry } from '../../domain/types';
import { buildNeedDefinition, NeedDefinitionMeta } from '../../services/handoff/needDefinition';
import { HandoffRecord } from '../../services/handoff/HandoffQueue';

export const NOW = new Date('2026-11-23T02:00:00.000Z');

/** A name a customer could type to make a rep click a link or think the message is urgent. */
export const INJECTED_NAME = '[Verify](https://evil.example) **URGENT** @everyone';

/** More ways customer text could turn into formatting: images, autolinks, HTML, emphasis, lists, mentions. */
export const INJECTIONS = [
  INJECTED_NAME,
  '![pixel](https://evil.example/p.png) <b>bold</b> <https://evil.example/auto>',
  'visit www.evil.com or https://evil.com/x or mail boss@evil.com',
  '_italic_ and ***both*** and `code` and ~~gone~~',
  '1. first\n- second\n# heading\n> quote',
  '<at>Everyone</at> {{DATE(2026-11-23T10:00:00Z, SHORT)}}',
];

export const TRANSCRIPT: TranscriptEntry[] = [
  { from: 'bot', text: 'Hello, I am Tanxun. What brings you here today?', timestamp: '2026-11-23T01:50:00.000Z' },
  { from: 'customer', text: 'Our regional sales information does not flow and efficiency is low.', timestamp: '2026-11-23T01:51:00.000Z' },
  { from: 'bot', text: 'How many people would attend?', timestamp: '2026-11-23T01:52:00.000Z' },
  { from: 'customer', text: 'Three sales managers: Manager Li, Manager Wang and Manager Song.', timestamp: '2026-11-23T01:53:00.000Z' },
];

/** Mr. Li's training course, as far as a full conversation gets: every part of the profile filled. */
export function richProfile(locale: NeedProfile['locale'] = 'en'): NeedProfile {
  const profile = emptyProfile('training', locale);
  return {
    ...profile,
    turn: 9,
    buyingFor: 'organization',
    customer: { name: 'Mr. Li', organization: 'Huadong Trading', role: 'sales director', contact: { phone: '13812345678', email: 'li@example.com' }, consentToContact: true },
    areasCovered: ['use', 'current', 'goals', 'seats', 'schedule', 'budget', 'decision', 'criteria', 'alternatives'],
    areasOpen: ['alternatives'],
    answers: { use: [{ quote: 'training for the regional sales team', turn: 1 }] },
    choices: {},
    focusArea: 'current',
    explicitNeeds: [
      { area: 'use', text: 'sales training for regional managers', evidence: [{ quote: 'training for the regional sales team', turn: 1 }] },
      { area: 'seats', text: 'three seats', evidence: [{ quote: 'three sales managers', turn: 4 }] },
    ],
    latentNeeds: [
      {
        rule: 'information-flow',
        text: 'A way to share market information between regions',
        cue: 'information does not flow',
        motive: 'the regions do not know what the others are doing',
        offer: 'a CRM workshop',
        status: 'suggested',
        evidence: [{ quote: 'information does not flow', turn: 2 }],
      },
      { rule: 'overload', text: 'Relief for overloaded managers', motive: 'they have no time', status: 'noted', evidence: [{ quote: 'they have no time', turn: 5 }] },
    ],
    cues: [{ kind: 'complaint', area: 'current', quote: 'efficiency is low', turn: 2 }],
    pains: [{ text: 'efficiency is low', evidence: [{ quote: 'efficiency is low', turn: 2 }] }],
    impact: { ifUnsolved: ['we keep losing deals to faster competitors'], ifSolved: ['each region learns from the others'] },
    motives: ['information does not flow'],
    budget: { amount: 50000, max: 60000, currency: 'CNY', text: 'fifty to sixty thousand yuan' },
    timeline: { text: 'mid-month, on the 15th', start: '2026-12-15', end: '2026-12-15', timex: '2026-12-15', asap: false },
    quantities: [{ value: 3, max: 4, approximate: true, unit: 'people', what: 'sales managers', text: 'three or four sales managers' }],
    people: ['Manager Li', 'Manager Wang', 'Manager Song'],
    decisionChain: [
      { role: 'decision-maker', who: 'the general manager', attitude: 'supportive' },
      { role: 'technical-gatekeeper', who: 'HR', attitude: 'unknown' },
    ],
    decisionCriteria: ['practical content', 'price'],
    criteriaIds: ['quality', 'price'],
    competitors: ['an online course'],
    objections: [
      { kind: 'price', text: 'it is a bit expensive', real: true, test: 'hypothetical' },
      { kind: 'timing', text: 'the managers are busy', real: null, test: 'none' },
      { kind: 'service', text: 'follow-up support', real: true, test: 'rhetorical', condition: 'a review call a month later' },
    ],
    hypotheses: [{ statement: 'Send three managers on the 15th', outcome: 'revised', revision: 'four managers if HR agrees' }],
    needName: 'Getting regional information flowing',
    statement: 'We think your need is to get market information flowing between regions by training three managers on the 15th.',
    confirmation: 'confirmed',
    openQuestions: ['Does HR have to approve the budget?'],
  };
}

export function meta(overrides: Partial<NeedDefinitionMeta> = {}): NeedDefinitionMeta {
  return { id: 'h-1', conversationId: 'conv-1', channelId: 'msteams', trigger: 'discovery-complete', now: NOW, transcript: TRANSCRIPT, ...overrides };
}

/** A stored handoff for queue and API tests: a real built definition with its own ids and time. */
export function record(n: number, overrides: Partial<HandoffRecord> = {}): HandoffRecord {
  const created = new Date(NOW.getTime() + n * 60_000);
  const definition = buildNeedDefinition(richProfile(), meta({ id: `h-${n}`, conversationId: `conv-${n}`, now: created }));
  return { ...definition, userId: `user-${n}`, ...overrides };
}
