import { converse, Script } from '../handoff/conversation';
import { NeedRecord } from '../../services/handoff/needDefinition';
import { loadPlaybooks, Playbook } from '../../domain/playbook';
import { emptyProfile, Locale } from '../../domain/types';
import { needSlots, NeedSlots } from '../../domain/synthesis';
import { synthesisContext } from '../../services/handoff/format';
import { read } from '../../domain/reading/read';

const PLAYBOOKS = loadPlaybooks();
const NOW = new Date('2026-11-23T10:00:00+08:00');

/** What a customer says while thinking: none of it may end up as a value a rep reads. */
const FILLERS = ['嗯', '嗯嗯', '好问题', 'Okay', 'Okay.', 'Hmm', 'good question', 'Hmm, good question', 'I guess', '我想想'];

function holdsFiller(value: string): boolean {
  const bare = value.replace(/[\s\p{P}]+/gu, ' ').trim().toLowerCase();
  return FILLERS.some((f) => bare === f.replace(/[\s\p{P}]+/gu, ' ').trim().toLowerCase() || bare.startsWith(`${f.toLowerCase()} `) || value.startsWith(f));
}

/** The values of a record a rep reads as facts (the customer's quotes live in evidence and transcript only). */
function readValues(record: NeedRecord): string[] {
  return [
    record.needName,
    ...record.statement.split(/[，,]\s*/),
    ...record.explicitNeeds.map((n) => n.text),
    ...record.decisionCriteria,
    ...record.decisionChain.map((r) => r.who),
    ...(record.customer.name ? [record.customer.name] : []),
    ...record.openQuestions,
  ];
}

const THINKING: Script[] = [
  {
    playbook: 'fruit',
    locale: 'zh-CN',
    discovery: [
      { area: 'item', say: '嗯，李子吧' },
      { area: 'taste', say: '嗯' },
      { area: 'quantity', say: '嗯，好问题，两斤吧' },
      { area: 'recipient', say: '我想想……给我女儿' },
    ],
    hypothesis: ['嗯', '对'],
    readBack: ['对'],
    consent: ['嗯，不用了'],
  },
  {
    playbook: 'training',
    locale: 'en',
    discovery: [
      { area: 'use', say: 'Okay. Hmm, good question. I guess sales training' },
      { area: 'current', say: 'Hmm' },
      { area: 'goals', say: 'Hmm, good question. I guess the budget is about 50,000 yuan' },
      { area: 'seats', say: 'Okay.' },
      { area: 'criteria', say: 'Hmm, good question' },
    ],
    hypothesis: ['yes'],
    readBack: ['Okay.'],
    consent: ['no'],
  },
  {
    playbook: 'general',
    locale: 'en',
    discovery: [
      { area: 'use', say: "Hmm, good question. Well, our warehouse keeps running out of the parts our new customers ask for and nobody notices until it's too late" },
      { area: 'budget', say: 'I guess around 5,000' },
      { area: 'timing', say: 'Okay. By the 15th of December' },
    ],
    hypothesis: ['yes'],
    readBack: ['yes'],
    consent: ['no'],
  },
];

describe.each(THINKING)('no filler in the record: $playbook ($locale)', (script) => {
  let record: NeedRecord;
  beforeAll(async () => {
    record = (await converse(script)).record;
  });

  it('no value a rep reads is a filler', () => {
    expect(readValues(record).filter(holdsFiller)).toEqual([]);
  });

  it('the goals answer that only gave a budget files the budget, not a goal', () => {
    for (const need of record.explicitNeeds) expect(read(need.text, { locale: script.locale, now: NOW }).facts.filter((f) => f.kind === 'money')).toEqual([]);
  });
});

/** Slot values are short phrases: never a whole sentence, never a figure that answers another area. */
describe.each<[Locale, string, Record<string, string>, Partial<NeedSlots>]>([
  ['en', 'general', { use: "Hmm, good question. Well, our warehouse keeps running out of the parts our new customers ask for and nobody notices until it's too late" }, { what: undefined }],
  ['en', 'general', { use: 'Okay. I guess the budget is about 5,000 yuan' }, { what: undefined }],
  ['zh-CN', 'general', { use: '嗯，预算大概五千块' }, { what: undefined }],
  ['zh-CN', 'general', { use: '嗯，我们仓库老是缺新客户要的零件，等发现的时候已经来不及了，客户都跑了' }, { what: undefined }],
  ['en', 'fruit', { item: 'Hmm, good question. Plums, I guess' }, { what: 'plums' }],
  ['zh-CN', 'fruit', { item: '嗯，好问题，李子吧' }, { what: '李子' }],
])('slots: %s %s %j', (locale, playbookId, answers, expected) => {
  it('holds only short phrases', () => {
    const playbook = PLAYBOOKS.get(playbookId) as Playbook;
    const profile = emptyProfile(playbookId, locale);
    for (const [area, quote] of Object.entries(answers)) profile.answers[area] = [{ quote, turn: 1 }];
    const slots = needSlots(profile, playbook, undefined, synthesisContext(locale, NOW));
    expect(slots).toMatchObject(expected);
    for (const value of [slots.what, slots.forWhom, slots.motive, ...slots.mustHaves].filter((v): v is string => !!v)) expect(holdsFiller(value)).toBe(false);
  });
});
