import { loadPlaybooks, Playbook } from '../../domain/playbook';
import { read } from '../../domain/reading/read';
import { Asked } from '../../domain/reading/types';
import { emptyProfile, Locale, NeedProfile } from '../../domain/types';
import { apply, Change } from '../../domain/update';
import { getI18n, translator } from '../../services/i18n';
import { renderMoney } from '../../services/render';
import { buildNeedDefinition, validateNeedDefinition } from '../../services/handoff/needDefinition';

/**
 * What apply() keeps in the profile beyond the areas (issue #14): corrections of people anywhere, said back as
 * corrections; how and when to reach the customer, carried to the handoff record; a ceiling ("up to", the
 * Chinese "at most") kept as a ceiling and said as one.
 */
const NOW = new Date('2026-11-23T10:00:00+08:00');
const playbooks = loadPlaybooks();

function playbook(id: string): Playbook {
  const found = playbooks.get(id);
  if (!found) throw new Error(`no playbook ${id}`);
  return found;
}

/** Reads and files the messages in turn, as the dialog does; returns the last update's changes. */
function converse(locale: Locale, messages: [Asked | undefined, string][], playbookId = 'general'): { profile: NeedProfile; changes: Change[] } {
  const pb = playbook(playbookId);
  let profile = emptyProfile(pb.id, locale);
  let changes: Change[] = [];
  messages.forEach(([asked, text], turn) => {
    const reading = read(text, { locale, now: NOW, asked, currency: pb.currency });
    const update = apply(profile, reading, { playbook: pb, evidence: { quote: text, turn } });
    profile = update.profile;
    changes = update.changes;
  });
  return { profile, changes };
}

beforeAll(() => {
  getI18n();
});

describe.each<[Locale, string, string, string, string]>([
  ['en', 'Mr. Zhang has the final say.', "Not Zhang, sorry - it's Mr. Wang.", 'Zhang', 'Mr. Wang'],
  ['zh-CN', '张总说了算', '不是张总，是王总', '张总', '王总'],
])('a person corrected unprompted (%s)', (locale, first, correction, old, now) => {
  const { profile, changes } = converse(locale, [
    ['decision', first],
    ['date', correction],
  ]);
  it('replaces the old name in the people and the decision chain', () => {
    expect(profile.people.filter((p) => p.includes(old))).toEqual([]);
    expect(profile.decisionChain).toEqual([{ role: 'decision-maker', who: now }]);
  });
  it('lists the new name among the changes as a correction, for the repeat-back', () => {
    expect(changes).toContainEqual({ kind: 'person', value: now, role: 'decision-maker', corrected: true });
  });
});

describe.each<[Locale, string, object]>([
  ['en', 'Sure, 07700 900123. Afternoons are best, not at lunchtime.', { phone: '07700900123', preference: { when: 'Afternoons', avoid: 'at lunchtime' } }],
  ['en', 'Email only please: ops@greenleaf-wholesale.co.uk', { email: 'ops@greenleaf-wholesale.co.uk', preference: { channel: 'email' } }],
  [
    'zh-CN',
    '可以，打我电话13812345678，姓王，下午两点到五点之间方便，中午别打',
    { phone: '13812345678', preference: { channel: 'phone', when: '下午两点到五点之间', avoid: '中午' } },
  ],
])('contact preferences (%s) %s', (locale, text, contact) => {
  const { profile, changes } = converse(locale, [['contact', text]]);
  it('are filed with the contact details in the profile', () => {
    expect(profile.customer.contact).toEqual(contact);
    expect(changes.some((c) => c.kind === 'contact-preference')).toBe(true);
  });
  it('travel to the handoff record with consent, and the record still validates', () => {
    profile.customer.consentToContact = true;
    const def = buildNeedDefinition(profile, { id: 'h-1', conversationId: 'c-1', channelId: 'msteams', trigger: 'discovery-complete', now: NOW, transcript: [] });
    const { preference, ...reach } = contact as typeof contact & { preference?: object };
    // The record keeps how to reach the customer beside the contact details (customer.contactPreference).
    expect(def.customer.contact ?? {}).toEqual(reach);
    expect(def.customer.contactPreference).toEqual(preference);
    expect(validateNeedDefinition(def)).toEqual({ valid: true, errors: [] });
  });
});

describe.each<[Locale, string, string]>([
  ['en', 'Up to 25,000 dollars', 'up to $25,000'],
  ['zh-CN', '最多两万五', '最多¥25,000'],
  ['zh-CN', '不对，预算最多一万吧', '最多¥10,000'],
])('a ceiling (%s) %s', (locale, text, said) => {
  const { profile } = converse(locale, [['money', text]]);
  it('is kept as a ceiling in the profile and said as one, never as a range to itself', () => {
    expect(profile.budget).toMatchObject({ bound: 'max' });
    expect(profile.budget?.max).toBeUndefined();
    const rendered = renderMoney(translator(locale), locale, profile.budget ?? { amount: 0, text: '' });
    expect(rendered.replace(/\s/g, '')).toBe(said.replace(/\s/g, ''));
  });
});
