import { Activity, CardAction } from 'botbuilder';
import { HandoffDialog, HandoffDialogOptions } from '../../dialogs/discovery/HandoffDialog';
import { HandoffTrigger } from '../../domain/types';
import { ExtendedProfile } from '../../domain/synthesis';
import { DialogRow, DialogSession, DialogTurnStatus, playRow, profileOf, sessionFor } from '../support/dialogHarness';

const seed = { playbook: 'general' };
const options = (trigger: HandoffTrigger, agreed?: boolean): HandoffDialogOptions => ({ trigger, agreed });

function handedOver(trigger: HandoffTrigger, consent: boolean) {
  return async (session: DialogSession): Promise<void> => {
    expect(session.deps.handoff.triggers).toEqual([trigger]);
    expect((await profileOf(session)).customer.consentToContact).toBe(consent);
  };
}

/** Consent first; a contact is asked only with consent, a malformed one once more; the record goes over either way. */
const ROWS: DialogRow[] = [
  {
    name: 'customer asked: consents and leaves a phone number',
    locale: 'en',
    seed,
    options: options('customer-asked'),
    turns: [
      ['hello', ['discovery:handoff.introAsked', 'discovery:handoff.consent']],
      ['yes', ['discovery:handoff.contactAsk']],
      ['call me on 13800138000', ['discovery:handoff.doneContact']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => {
      await handedOver('customer-asked', true)(session);
      expect((await profileOf(session)).customer.contact?.phone).toContain('13800138000');
    },
  },
  {
    name: 'discovery complete and agreed: declines contact',
    locale: 'zh-CN',
    seed,
    options: options('discovery-complete', true),
    turns: [
      ['你好', ['discovery:handoff.introAgreed', 'discovery:handoff.consent']],
      ['不用了', ['discovery:handoff.noContact', 'discovery:handoff.done']],
    ],
    status: DialogTurnStatus.complete,
    check: handedOver('discovery-complete', false),
  },
  {
    name: 'bot stuck: a malformed number is asked once more, then no contact is kept',
    locale: 'en',
    seed,
    options: options('bot-stuck'),
    turns: [
      ['hello', ['discovery:handoff.introStuck', 'discovery:handoff.consent']],
      ['yes', ['discovery:handoff.contactAsk']],
      ['my number is 1234', ['discovery:handoff.contactMalformed']],
      ['sorry, no', ['discovery:handoff.contactMissing', 'discovery:handoff.done']],
    ],
    status: DialogTurnStatus.complete,
    check: handedOver('bot-stuck', false),
  },
  {
    name: 'discovery complete, not agreed: a malformed email is fixed on the second try',
    locale: 'zh-CN',
    seed,
    options: options('discovery-complete', false),
    turns: [
      ['你好', ['discovery:handoff.introNotAgreed', 'discovery:handoff.consent']],
      ['好', ['discovery:handoff.contactAsk']],
      ['abc@', ['discovery:handoff.contactMalformed']],
      ['abc@example.com', ['discovery:handoff.doneContact']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => {
      await handedOver('discovery-complete', true)(session);
      expect((await profileOf(session)).customer.contact?.email).toBe('abc@example.com');
    },
  },
  {
    name: 'contact details with the yes are taken at once, with the name and the calling hours',
    locale: 'zh-CN',
    seed,
    options: options('discovery-complete', true),
    turns: [
      ['你好', ['discovery:handoff.introAgreed', 'discovery:handoff.consent']],
      ['可以，打我电话13812345678，姓王，下午两点到五点之间方便，中午别打', ['discovery:handoff.doneContact']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => {
      await handedOver('discovery-complete', true)(session);
      const profile = (await profileOf(session)) as ExtendedProfile;
      expect(profile.customer.contact?.phone).toBe('13812345678');
      expect(profile.customer.name).toBe('王');
      expect(profile.contactPreference).toEqual({ channel: 'phone', when: '下午两点到五点之间', avoid: '中午' });
    },
  },
  {
    name: 'an email and a name with the yes are taken at once',
    locale: 'en',
    seed,
    options: options('customer-asked'),
    turns: [
      ['hello', ['discovery:handoff.introAsked', 'discovery:handoff.consent']],
      ['Sure, maria.lopez@example.com. I am Maria Lopez', ['discovery:handoff.doneContact']],
    ],
    status: DialogTurnStatus.complete,
    check: async (session) => {
      await handedOver('customer-asked', true)(session);
      const profile = await profileOf(session);
      expect(profile.customer.contact?.email).toBe('maria.lopez@example.com');
      expect(profile.customer.name).toBe('Maria Lopez');
    },
  },
  {
    name: 'the buttons answer it: "No, thanks"',
    locale: 'en',
    seed,
    options: options('customer-asked'),
    turns: [
      ['hello', ['discovery:handoff.introAsked', 'discovery:handoff.consent']],
      ['No, thanks', ['discovery:handoff.noContact', 'discovery:handoff.done']],
    ],
    status: DialogTurnStatus.complete,
    check: handedOver('customer-asked', false),
  },
  {
    name: 'the buttons answer it: "可以"',
    locale: 'zh-CN',
    seed,
    options: options('customer-asked'),
    turns: [
      ['你好', ['discovery:handoff.introAsked', 'discovery:handoff.consent']],
      ['可以', ['discovery:handoff.contactAsk']],
    ],
    status: DialogTurnStatus.waiting,
  },
  {
    name: 'neither yes nor no: asked once more, then a no is respected',
    locale: 'en',
    seed,
    options: options('customer-asked'),
    turns: [
      ['hello', ['discovery:handoff.introAsked', 'discovery:handoff.consent']],
      ['banana', ['discovery:handoff.consent']],
      ['no', ['discovery:handoff.noContact', 'discovery:handoff.done']],
    ],
    status: DialogTurnStatus.complete,
    check: handedOver('customer-asked', false),
  },
];

/** The consent question offers yes and no, never "partly". */
describe('HandoffDialog consent buttons', () => {
  it.each(['en', 'zh-CN'] as const)('%s', async (locale) => {
    const session = sessionFor((deps) => new HandoffDialog(deps), { name: 'buttons', locale, seed, options: options('customer-asked'), turns: [] });
    const reply = await session.client.sendActivity(locale === 'en' ? 'hello' : '你好');
    const replies: Partial<Activity>[] = [reply, session.client.getNextReply()].filter((r): r is Partial<Activity> => !!r);
    const consent = replies.find((r) => (r.channelData as { tanxun?: { key?: string } })?.tanxun?.key === 'discovery:handoff.consent');
    const titles = consent?.suggestedActions?.actions.map((a: CardAction) => a.title);
    expect(titles).toEqual(locale === 'en' ? ['Yes, please', 'No, thanks'] : ['可以', '不用了']);
  });
});

describe('HandoffDialog', () => {
  it.each(ROWS)('$name ($locale)', async (row) => playRow(sessionFor((deps) => new HandoffDialog(deps), row), row));
});
