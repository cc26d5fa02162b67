import { HandoffDialog, HandoffDialogOptions } from '../../dialogs/discovery/HandoffDialog';
import { HandoffTrigger } from '../../domain/types';
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
];

describe('HandoffDialog', () => {
  it.each(ROWS)('$name ($locale)', async (row) => playRow(sessionFor((deps) => new HandoffDialog(deps), row), row));
});
