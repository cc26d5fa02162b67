import { PARTY_FINDERS } from '../../domain/reading/parties';
import { Asked, Fact, ReadContext } from '../../domain/reading/types';
import { Locale } from '../../domain/types';

/** The parties reader alone, on the hard cases: shapes of numbers and addresses, fragments that are not names, denial. */
const NOW = new Date('2026-11-23T12:00:00+08:00');

function readParties(text: string, locale: Locale, asked?: Asked): Fact[] {
  const clauses = [{ text, start: 0, end: text.length, negated: false, irrealis: false }];
  const ctx: ReadContext = { locale, now: NOW, asked };
  return PARTY_FINDERS.flatMap((find) => find(text, clauses, ctx));
}

/** The fields that matter, without clause and confidence. */
function shape(f: Fact): Record<string, unknown> {
  const { clause: _c, confidence: _k, role: _r, stance: _s, when: _w, avoid: _a, title: _t, ...rest } = f as Fact & Record<string, unknown>;
  return rest;
}

type Row = [string, Locale, Asked | undefined, Record<string, unknown>[]];

const ROWS: Row[] = [
  // Phones in local and international forms, e-mails of any TLD.
  ['my number is 555-0188', 'en', 'contact', [{ kind: 'contact', phone: '5550188' }]],
  ['Call me on +1 617 555 0188', 'en', 'contact', [{ kind: 'contact', phone: '+16175550188' }, { kind: 'contact-preference', channel: 'phone' }]],
  ['Reach me at j.smith@studio.photography', 'en', 'contact', [{ kind: 'contact', email: 'j.smith@studio.photography' }]],
  ['maria.lopez@smiledental.example', 'en', 'contact', [{ kind: 'contact', email: 'maria.lopez@smiledental.example' }]],
  ['We need 500 pairs, about 2,000 pages, budget 1,050', 'en', 'quantity', []],
  // Organisations as names only, never the verb or the pronoun before them.
  ['We looked at HubSpot', 'en', 'alternatives', [{ kind: 'organisation', name: 'HubSpot', relation: 'competitor' }]],
  ["I'm sick of Brightwater, they're always late.", 'en', undefined, [{ kind: 'organisation', name: 'Brightwater', relation: 'current-supplier' }]],
  ['Not really', 'en', 'confirm', []],
  ['Because zhongkao', 'en', 'why', []],
  // People said, with a relation; "myself" and a joke are not people.
  ['Ha, my husband would say I talk too much.', 'en', undefined, [{ kind: 'person', relation: 'husband' }]],
  ["I'll decide myself.", 'en', 'decision', []],
  ['Our CFO, Ms. Rivera, has the final say.', 'en', 'decision', [{ kind: 'person', name: 'Ms. Rivera', relation: 'CFO' }]],
  ["Hi, I'm Jen, the office manager.", 'en', 'opening', [{ kind: 'own-name', name: 'Jen' }]],
  ["I'm worried about the install.", 'en', undefined, []],
  // The brief's example, in Chinese.
  [
    '\u53ef\u4ee5\uff0c\u6253\u6211\u7535\u8bdd13812345678\uff0c\u59d3\u738b\uff0c\u4e0b\u5348\u4e24\u70b9\u5230\u4e94\u70b9\u4e4b\u95f4\u65b9\u4fbf\uff0c\u4e2d\u5348\u522b\u6253',
    'zh-CN',
    'contact',
    [
      { kind: 'contact', phone: '13812345678' },
      { kind: 'own-name', name: '\u738b' },
      { kind: 'contact-preference', channel: 'phone' },
    ],
  ],
  // "Myself decides", "money matters: she decides": no relation said, so no made-up one.
  ['\u81ea\u5df1\u51b3\u5b9a\u5c31\u884c', 'zh-CN', 'decision', []],
  ['\u94b1\u7684\u4e8b\u5979\u8bf4\u4e86\u7b97', 'zh-CN', 'decision', [{ kind: 'person' }]],
  // Denied: "not for my wife", "not considering Yamaha".
  ['\u4e0d\u662f\u7ed9\u6211\u8001\u5a46\u4e70\u7684', 'zh-CN', 'why', []],
  ['\u4e0d\u8003\u8651\u96c5\u9a6c\u54c8\uff0c\u592a\u5927\u4f17\u4e86', 'zh-CN', 'alternatives', []],
  // A company by its suffix; a full-width number.
  ['\u6211\u4eec\u516c\u53f8\u53eb\u534e\u4fe1\u79d1\u6280', 'zh-CN', 'name', [{ kind: 'organisation', name: '\u534e\u4fe1\u79d1\u6280', relation: 'own' }]],
  ['\u7535\u8bdd\uff11\uff13\uff19 \uff10\uff12\uff11\uff11 \uff18\uff18\uff17\uff16', 'zh-CN', 'contact', [{ kind: 'contact', phone: '13902118876' }]],
  // A Latin name glued to Chinese text ends where the Latin script does.
  ['\u4eba\u529b\u7684Lisa\u4e5f\u8981\u53c2\u4e0e', 'zh-CN', 'decision', [{ kind: 'person', name: 'Lisa', relation: '\u4eba\u529b' }]],
];

describe('the parties reader', () => {
  it.each(ROWS)('%s (%s)', (text, locale, asked, expected) => {
    const found = readParties(text, locale, asked).map(shape);
    expect(found).toEqual(expect.arrayContaining(expected));
    expect(found).toHaveLength(expected.length);
  });
});
