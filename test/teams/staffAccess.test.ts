import { Activity, CloudAdapter, ConversationReference, MemoryStorage } from 'botbuilder';
import { Chat, keysOf, RunningApp, startApp, toReply } from '../support/harness';
import { play } from '../support/script';
import { startFakeChannel } from '../support/fakeChannel';
import { record } from '../handoff/fixtures';
import { hasKey } from '../../services/i18n';
import { isAllowedServiceUrl, isStaff } from '../../services/staffAccess';
import { SubscriptionStore } from '../../services/SubscriptionStore';
import { Logger } from '../../services/logger';

const TENANT = '7a1c0f52-0000-4000-8000-00000000ab01';
const TEAM = '19:team-ours@thread.tacv2';
const CHANNEL = '19:channel-ours@thread.tacv2';
const ALLOWED_AAD = '5b0e7e0a-0000-4000-8000-0000000000aa';
const STAFF_ENV = {
  STAFF_TEAMS_TENANT_ID: TENANT,
  STAFF_TEAMS_TEAM_IDS: TEAM,
  STAFF_TEAMS_CHANNEL_IDS: CHANNEL,
  STAFF_AAD_OBJECT_IDS: ALLOWED_AAD,
};
const SUBSCRIPTIONS = 'staff/subscriptions';
const METADATA_URL = 'http://169.254.169.254/';

/** Who is talking: the channel and what the channel says about the conversation and the user. */
interface Who {
  channelId: string;
  channelData?: Record<string, unknown>;
  aadObjectId?: string;
}

const WHO: [string, Who, boolean][] = [
  ['a web visitor', { channelId: 'webchat' }, false],
  ['a Direct Line visitor', { channelId: 'directline' }, false],
  ['an Emulator user', { channelId: 'emulator' }, false],
  ['a web visitor posing as the team', { channelId: 'webchat', channelData: { tenant: { id: TENANT }, team: { id: TEAM } }, aadObjectId: ALLOWED_AAD }, false],
  ['a Teams user of another tenant in a team of the same id', { channelId: 'msteams', channelData: { tenant: { id: 'other-tenant' }, team: { id: TEAM } } }, false],
  ['a Teams user of our tenant in another team', { channelId: 'msteams', channelData: { tenant: { id: TENANT }, team: { id: '19:other@thread.tacv2' } } }, false],
  ['a Teams user in the configured team', { channelId: 'msteams', channelData: { tenant: { id: TENANT }, team: { id: TEAM }, channel: { id: '19:general@thread.tacv2' } } }, true],
  ['a Teams user in the configured channel', { channelId: 'msteams', channelData: { tenant: { id: TENANT }, channel: { id: CHANNEL } } }, true],
  ['an allow-listed AAD user in a personal chat', { channelId: 'msteams', channelData: { tenant: { id: TENANT } }, aadObjectId: ALLOWED_AAD }, true],
  ['an allow-listed AAD id from another tenant', { channelId: 'msteams', channelData: { tenant: { id: 'other-tenant' } }, aadObjectId: ALLOWED_AAD }, false],
];

async function storedReferences(running: RunningApp): Promise<Partial<ConversationReference>[]> {
  const items = await running.app.storage.read([SUBSCRIPTIONS]);
  return (items[SUBSCRIPTIONS] as { references?: Partial<ConversationReference>[] } | undefined)?.references ?? [];
}

async function seedReferences(running: RunningApp, references: Partial<ConversationReference>[]): Promise<void> {
  const current = await storedReferences(running);
  await running.app.storage.write({ [SUBSCRIPTIONS]: { references: [...current, ...references], eTag: '*' } });
}

describe('only configured Teams staff may use staff commands and card actions', () => {
  let running: RunningApp;
  let teams: Awaited<ReturnType<typeof startFakeChannel>>;
  let n = 0;
  beforeAll(async () => {
    running = await startApp(STAFF_ENV);
    teams = await startFakeChannel();
  });
  afterAll(async () => {
    await teams.close();
    await running.close();
  });

  function chatOf(who: Who, locale = 'en'): { chat: Chat; extra: Record<string, unknown> } {
    n += 1;
    const chat = new Chat(running.url, locale, `staff-access-${n}-${Date.now()}`, who.channelId);
    const from = { id: `u-${n}`, name: 'Rep Real', ...(who.aadObjectId ? { aadObjectId: who.aadObjectId } : {}) };
    return { chat, extra: { from, serviceUrl: teams.url, ...(who.channelData ? { channelData: who.channelData } : {}) } };
  }

  describe.each(WHO)('%s', (_name, who, allowed) => {
    it(`${allowed ? 'may' : 'may not'} subscribe to handoffs`, async () => {
      const { chat, extra } = chatOf(who);
      const replies = await chat.send('subscribe handoffs', extra);
      expect(keysOf(replies)).toEqual([allowed ? 'common:staff.subscribed' : 'common:staff.notStaff']);
      const stored = (await storedReferences(running)).filter((r) => r.conversation?.id === chat.conversationId);
      expect(stored).toHaveLength(allowed ? 1 : 0);
    });

    it(`${allowed ? 'may' : 'may not'} unsubscribe a chat`, async () => {
      const { chat, extra } = chatOf(who);
      await seedReferences(running, [{ channelId: 'msteams', serviceUrl: teams.url, conversation: { id: chat.conversationId, isGroup: true, conversationType: 'channel', name: '' } }]);
      const replies = await chat.send('unsubscribe handoffs', extra);
      expect(keysOf(replies)).toEqual([allowed ? 'common:staff.unsubscribed' : 'common:staff.notStaff']);
      const stored = (await storedReferences(running)).filter((r) => r.conversation?.id === chat.conversationId);
      expect(stored).toHaveLength(allowed ? 0 : 1);
    });

    it(`${allowed ? 'may' : 'may not'} claim a handoff from its card`, async () => {
      const { chat, extra } = chatOf(who);
      const open = await running.app.queue.upsert(record(1000 + n));
      // The submitted value names someone else: the claimant is always the Teams user who clicked.
      const replies = await chat.send('', { ...extra, value: { action: 'handoff.claim', id: open.id, rep: 'Forged Name' } });
      const after = await running.app.queue.get(open.id);
      if (allowed) {
        expect(keysOf(replies)).toEqual(['common:staff.claimed']);
        expect(after?.status).toBe('claimed');
        expect(after?.claimedBy).toBe('Rep Real');
      } else {
        expect(keysOf(replies)).toEqual(['common:staff.notStaff']);
        expect(after?.status).toBe('open');
        expect(after?.claimedBy).toBeUndefined();
      }
    });
  });

  it('refuses in the user\'s language', async () => {
    const { chat, extra } = chatOf({ channelId: 'webchat' }, 'zh-CN');
    const replies = await chat.send('订阅交接', extra);
    expect(keysOf(replies)).toEqual(['common:staff.notStaff']);
    expect(replies[0].locale).toBe('zh-CN');
    expect(replies[0].text).toMatch(/[\u4e00-\u9fff]/);
    const en = chatOf({ channelId: 'directline' }, 'en');
    const english = await en.chat.send('subscribe handoffs', en.extra);
    expect(keysOf(english)).toEqual(['common:staff.notStaff']);
    expect(english[0].locale).toBe('en');
    expect(english[0].text).toMatch(/Teams/);
    expect(english[0].text).not.toMatch(/[\u4e00-\u9fff]/);
    expect(hasKey('common:staff.notStaff', 'en') && hasKey('common:staff.notStaff', 'zh-CN')).toBe(true);
  });

  it('sends no handoff cards to chats that subscribed from outside Teams before the rule existed', async () => {
    const web = `legacy-web-${Date.now()}`;
    const staff = `legacy-teams-${Date.now()}`;
    await seedReferences(running, [
      { channelId: 'webchat', serviceUrl: teams.url, conversation: { id: web, isGroup: false, conversationType: 'personal', name: '' } },
      { channelId: 'msteams', serviceUrl: teams.url, conversation: { id: staff, isGroup: true, conversationType: 'channel', name: '' } },
    ]);
    const customer = new Chat(running.url, 'en');
    await play(customer, [{ say: 'Hello, our company needs a CRM' }, { say: 'talk to a human' }, { say: 'no' }]);
    const cards = teams.received.filter((r) => r.body.attachments?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive');
    expect(cards.some((c) => c.path.includes(staff))).toBe(true);
    expect(cards.some((c) => c.path.includes(web))).toBe(false);
  });
});

describe('stored conversation references never point outside', () => {
  let running: RunningApp;
  let spy: jest.SpyInstance;
  const contacted: string[] = [];
  beforeAll(async () => {
    running = await startApp(STAFF_ENV);
    const original = CloudAdapter.prototype.continueConversationAsync;
    spy = jest.spyOn(CloudAdapter.prototype, 'continueConversationAsync').mockImplementation(function (this: CloudAdapter, ...args: unknown[]) {
      const reference = args[1] as Partial<ConversationReference>;
      contacted.push(String(reference.serviceUrl));
      // Never really reach for the metadata address, even before the fix.
      if (!isAllowedServiceUrl(String(reference.serviceUrl), true)) return Promise.resolve();
      return (original as (...a: unknown[]) => Promise<void>).apply(this, args);
    });
  });
  afterAll(async () => {
    spy.mockRestore();
    await running.close();
  });

  it('does not store a subscription whose serviceUrl is the cloud metadata address', async () => {
    const chat = new Chat(running.url, 'en', `ssrf-${Date.now()}`, 'msteams');
    // The server may already turn the activity away at the door (400); either way nothing is stored.
    const { status, body } = await chat.post({ type: 'message', id: 'ssrf-1', text: 'subscribe handoffs', serviceUrl: METADATA_URL, from: { id: 'u-ssrf', name: 'Rep', aadObjectId: ALLOWED_AAD }, channelData: { tenant: { id: TENANT } } });
    if (status === 200) expect(keysOf(((body as { activities: Partial<Activity>[] }).activities ?? []).map(toReply))).toEqual(['common:staff.unreachable']);
    else expect(status).toBe(400);
    expect((await storedReferences(running)).map((r) => r.serviceUrl)).not.toContain(METADATA_URL);
  });

  it('tells staff when their chat has no address cards could be sent to', async () => {
    const chat = new Chat(running.url, 'en', `no-url-${Date.now()}`, 'msteams');
    const replies = await chat.send('subscribe handoffs', { from: { id: 'u-nourl', name: 'Rep', aadObjectId: ALLOWED_AAD }, channelData: { tenant: { id: TENANT } } });
    expect(keysOf(replies)).toEqual(['common:staff.unreachable']);
    expect((await storedReferences(running)).some((r) => r.conversation?.id === chat.conversationId)).toBe(false);
  });

  it.each([
    ['the metadata address', METADATA_URL, false],
    ['a LAN host', 'http://10.0.0.5:8080/', false],
    ['no serviceUrl', undefined, false],
    ['loopback', 'http://127.0.0.1:9/', true],
  ])('SubscriptionStore.add with %s stores it: %s', async (_name, serviceUrl, stored) => {
    const storage = new MemoryStorage();
    const warn = jest.fn();
    const logger: Logger = { info: () => undefined, warn, error: () => undefined };
    const store = new SubscriptionStore(storage, { staff: { tenantId: TENANT, teamIds: [], channelIds: [], aadObjectIds: [] }, localMode: true, logger });
    const added = await store.add({ channelId: 'msteams', serviceUrl, conversation: { id: 'c1', isGroup: true, conversationType: 'channel', name: '' } });
    expect(added).toBe(stored);
    expect(await store.list()).toHaveLength(stored ? 1 : 0);
    expect(warn).toHaveBeenCalledTimes(stored ? 0 : 1);
  });

  it('never posts a handoff to a stored reference that points at the metadata address', async () => {
    await seedReferences(running, [{ channelId: 'msteams', serviceUrl: METADATA_URL, conversation: { id: 'planted', isGroup: true, conversationType: 'channel', name: '' } }]);
    const customer = new Chat(running.url, 'en');
    await play(customer, [{ say: 'Hello, our company needs a CRM' }, { say: 'talk to a human' }, { say: 'no' }]);
    expect(await running.app.queue.list({ conversationId: customer.conversationId })).toHaveLength(1);
    expect(contacted).not.toContain(METADATA_URL);
  });
});

describe('isStaff and isAllowedServiceUrl', () => {
  const staff = { tenantId: TENANT, teamIds: [TEAM], channelIds: [CHANNEL], aadObjectIds: [ALLOWED_AAD] };

  it('with nothing configured nobody is staff over chat', () => {
    const none = { tenantId: '', teamIds: [], channelIds: [], aadObjectIds: [] };
    expect(isStaff({ channelId: 'msteams', channelData: { tenant: { id: '' }, team: { id: '' } }, from: { id: 'u', name: 'x' } }, none)).toBe(false);
    expect(isStaff({ channelId: 'msteams', channelData: { tenant: { id: TENANT }, team: { id: TEAM } }, from: { id: 'u', name: 'x' } }, staff)).toBe(true);
  });

  it.each([
    ['http://127.0.0.1:3978/', true, true],
    ['http://localhost:56000', true, true],
    ['https://[::1]:443/', true, true],
    [METADATA_URL, true, false],
    ['http://10.0.0.5/', true, false],
    ['file:///etc/passwd', true, false],
    ['not a url', true, false],
    ['', true, false],
    ['https://smba.trafficmanager.net/emea/', false, true],
    ['https://webchat.botframework.com/', false, true],
    ['https://directline.botframework.azure.us/', false, true],
    ['http://smba.trafficmanager.net/emea/', false, false],
    ['https://smba.trafficmanager.net.evil.example/', false, false],
    ['https://evilbotframework.com/', false, false],
    ['https://127.0.0.1/', false, false],
    [METADATA_URL, false, false],
  ])('%s (local mode %s) -> %s', (url, localMode, allowed) => {
    expect(isAllowedServiceUrl(url, localMode)).toBe(allowed);
  });
});
