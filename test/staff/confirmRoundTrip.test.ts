import * as http from 'http';
import { AddressInfo } from 'net';
import { Activity } from 'botbuilder';
import { StaffView } from '../../host/staff/requests';
import { NEED_CONFIRMATION_ACTION } from '../../services/confirmation/card';
import { Chat, keysOf, Reply, RunningApp, startApp } from '../support/harness';
import { call, KEY } from './support';

/** A channel's connector: records what the bot posts into conversations, as Web Chat's or Teams' service would. */
async function fakeChannel(): Promise<{ url: string; posted: Partial<Activity>[]; close(): Promise<void> }> {
  const posted: Partial<Activity>[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (req.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities/.test(req.url ?? '')) posted.push(JSON.parse(body) as Partial<Activity>);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `a${posted.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, posted, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

interface CardAction {
  title: string;
  data: Record<string, unknown>;
}

const CASES = [
  { locale: 'en', hello: 'Hello, our company needs a CRM', human: 'I want to talk to a human', yes: 'yes', phone: '+1 415 555 0100', title: 'Please confirm your need', how: 'card', answer: 'confirm', words: '', expected: 'confirmed', reply: 'staff-confirm:confirmed' },
  { locale: 'zh-CN', hello: '你好,我们公司想找一个客户管理系统', human: '转人工', yes: '可以', phone: '13812345678', title: '请确认您的需求', how: 'card', answer: 'change', words: '预算改成八万', expected: 'change-requested', reply: 'staff-confirm:changeNoted' },
  { locale: 'en', hello: 'Hello, our company needs a CRM', human: 'I want to talk to a human', yes: 'yes', phone: '+1 415 555 0100', title: 'Please confirm your need', how: 'typed', answer: '', words: 'We need it for twenty people, not ten', expected: 'change-requested', reply: 'staff-confirm:changeNoted' },
  { locale: 'zh-CN', hello: '你好,我们公司想找一个客户管理系统', human: '转人工', yes: '可以', phone: '13812345678', title: '请确认您的需求', how: 'typed', answer: '', words: '是的，没问题', expected: 'confirmed', reply: 'staff-confirm:confirmed' },
] as const;

describe('need confirmation round trip: staff edit, approve and send; the customer answers in their conversation', () => {
  let running: RunningApp;
  let channel: Awaited<ReturnType<typeof fakeChannel>>;
  beforeAll(async () => {
    channel = await fakeChannel();
    running = await startApp({ STAFF_API_KEY: KEY });
  });
  afterAll(async () => {
    await running.close();
    await channel.close();
  });

  async function handedOver(c: (typeof CASES)[number]): Promise<{ chat: Chat; id: string }> {
    const chat = new Chat(running.url, c.locale, undefined, 'webchat');
    const extra = { serviceUrl: channel.url };
    await chat.send(c.hello, extra);
    await chat.send(c.human, extra);
    await chat.send(c.yes, extra);
    await chat.send(c.phone, extra);
    const list = await call(running.url, 'GET', `/api/handoffs?conversationId=${encodeURIComponent(chat.conversationId)}`);
    const [view] = list.body as StaffView[];
    return { chat, id: view.id };
  }

  it.each(CASES)('$locale, answered by $how: $expected', async (c) => {
    const { chat, id } = await handedOver(c);
    const edited = await call(running.url, 'PATCH', `/api/handoffs/${id}/definition`, { rep: 'Li Na', changes: { needName: '**CRM** for <b>sales</b>' } });
    expect(edited.status).toBe(200);
    expect((await call(running.url, 'POST', `/api/handoffs/${id}/approve`, { rep: 'Li Na' })).status).toBe(200);
    const before = channel.posted.length;
    const sent = await call(running.url, 'POST', `/api/handoffs/${id}/send`, { rep: 'Li Na' });
    expect(sent.status).toBe(200);
    expect((sent.body as StaffView).needConfirmation.status).toBe('sent');

    const posted = channel.posted.slice(before);
    expect(posted).toHaveLength(1);
    expect(posted[0].conversation?.id).toBe(chat.conversationId);
    const card = posted[0].attachments?.[0]?.content as { body: { text?: string }[]; actions: CardAction[]; lang: string };
    expect(card.lang).toBe(c.locale);
    const texts = card.body.map((b) => b.text ?? '');
    expect(texts).toContain(c.title);
    // Staff text is shown as typed, never as formatting.
    expect(texts).toContain('\\*\\*CRM\\*\\* for \\<b\\>sales\\</b\\>');
    expect(card.actions.map((a) => a.data)).toEqual([
      { action: NEED_CONFIRMATION_ACTION, id, answer: 'confirm' },
      { action: NEED_CONFIRMATION_ACTION, id, answer: 'change' },
    ]);

    let replies: Reply[];
    if (c.how === 'card') {
      const action = card.actions.find((a) => a.data.answer === c.answer) as CardAction;
      replies = await chat.send('', { value: { ...action.data, needChange: c.words } });
    } else {
      replies = await chat.send(c.words);
    }
    expect(keysOf(replies)).toEqual([c.reply]);
    const after = (await call(running.url, 'GET', `/api/handoffs/${id}`)).body as StaffView;
    expect(after.needConfirmation).toMatchObject({ status: c.expected, answeredAt: expect.any(String), approvedBy: 'Li Na' });
    expect(after.needConfirmation.change).toBe(c.expected === 'change-requested' ? c.words : undefined);

    // Answered: what the customer types next goes back to the conversation.
    expect(keysOf(await chat.send(c.hello))).not.toContain('staff-confirm:changeNoted');
  });

  it('asks for the words when "ask for a change" comes without them, and takes the next message as the change', async () => {
    const c = CASES[0];
    const { chat, id } = await handedOver(c);
    await call(running.url, 'POST', `/api/handoffs/${id}/approve`, { rep: 'Li Na' });
    await call(running.url, 'POST', `/api/handoffs/${id}/send`, { rep: 'Li Na' });
    expect(keysOf(await chat.send('', { value: { action: NEED_CONFIRMATION_ACTION, id, answer: 'change', needChange: '  ' } }))).toEqual(['staff-confirm:askChange']);
    expect(keysOf(await chat.send('no'))).toEqual(['staff-confirm:askChange']);
    expect(keysOf(await chat.send('The deadline is March, not June'))).toEqual(['staff-confirm:changeNoted']);
    const after = (await call(running.url, 'GET', `/api/handoffs/${id}`)).body as StaffView;
    expect(after.needConfirmation).toMatchObject({ status: 'change-requested', change: 'The deadline is March, not June' });
  });

  it('ignores a card submitted from another conversation, and a confirmation that was never sent', async () => {
    const c = CASES[0];
    const victim = await handedOver(c);
    await call(running.url, 'POST', `/api/handoffs/${victim.id}/approve`, { rep: 'Li Na' });
    await call(running.url, 'POST', `/api/handoffs/${victim.id}/send`, { rep: 'Li Na' });
    const other = await handedOver(c);
    const forged = await other.chat.send('', { value: { action: NEED_CONFIRMATION_ACTION, id: victim.id, answer: 'confirm' } });
    expect(keysOf(forged)).toEqual(['staff-confirm:expired']);
    expect(((await call(running.url, 'GET', `/api/handoffs/${victim.id}`)).body as StaffView).needConfirmation.status).toBe('sent');
    // The other conversation's own confirmation was never sent: typing "yes" there is an ordinary turn.
    expect(keysOf(await other.chat.send('yes'))).not.toContain('staff-confirm:confirmed');
    expect(((await call(running.url, 'GET', `/api/handoffs/${other.id}`)).body as StaffView).needConfirmation.status).toBe('draft');
  });
});
