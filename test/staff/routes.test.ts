import { HandoffRecord } from '../../services/handoff/HandoffQueue';
import { StaffView } from '../../host/staff/requests';
import { record } from '../handoff/fixtures';
import { call, KEY, QUEUES, QueueUnderTest, Running, serve, tickingClock } from './support';

type Sent = HandoffRecord[];

describe.each(QUEUES)('staff workspace API on %s', (_name, open) => {
  let store: QueueUnderTest;
  let running: Running;
  let sent: Sent;
  let failDelivery: boolean;

  beforeEach(async () => {
    store = await open(tickingClock());
    sent = [];
    failDelivery = false;
    await store.queue.upsert(record(1, { playbook: 'training', locale: 'en', trigger: 'discovery-complete' }));
    await store.queue.upsert(record(2, { playbook: 'training', locale: 'zh-CN', trigger: 'customer-asked' }));
    await store.queue.upsert(record(3, { playbook: 'fruit', locale: 'zh-CN', trigger: 'bot-stuck', createdAt: '2026-11-25T10:00:00.000Z' }));
    running = await serve({
      queue: store.queue,
      apiKey: KEY,
      updatesWaitMs: 2000,
      sendConfirmation: async (r) => {
        if (failDelivery) throw new Error('conversation gone');
        sent.push(r);
      },
    });
  });
  afterEach(async () => {
    await running.close();
    await store.close();
  });

  const ids = (body: unknown): string[] => (body as StaffView[]).map((r) => r.id);

  it.each([
    ['no filter', '', ['h-3', 'h-2', 'h-1']],
    ['status', '?status=open', ['h-3', 'h-2', 'h-1']],
    ['playbook', '?playbook=training', ['h-2', 'h-1']],
    ['language', '?locale=zh-CN', ['h-3', 'h-2']],
    ['trigger', '?trigger=customer-asked', ['h-2']],
    ['from (a date)', '?from=2026-11-24', ['h-3']],
    ['to (a date, the whole day)', '?to=2026-11-23', ['h-2', 'h-1']],
    ['from and to (date-times)', '?from=2026-11-23T02:01:30Z&to=2026-11-23T02:02:30Z', ['h-2']],
    ['before (the cursor)', '?before=2026-11-23T02:02:00.000Z', ['h-1']],
    ['conversation', '?conversationId=conv-2', ['h-2']],
    ['limit', '?limit=1', ['h-3']],
  ])('lists newest first, filtered by %s', async (_label, query, expected) => {
    const answer = await call(running.url, 'GET', `/api/handoffs${query}`);
    expect(answer.status).toBe(200);
    expect(ids(answer.body)).toEqual(expected);
  });

  it('shows the staff fields on every view and never the user id or the conversation address', async () => {
    await store.queue.upsert(record(4, { address: { channelId: 'webchat', serviceUrl: 'http://127.0.0.1:1', conversation: { id: 'conv-4' }, bot: { id: 'bot' } } }));
    const answer = await call(running.url, 'GET', '/api/handoffs/h-4');
    expect(answer.body).toMatchObject({ id: 'h-4', notes: [], edits: [], needConfirmation: { status: 'draft' } });
    expect(answer.text).not.toContain('user-4');
    expect(answer.text).not.toContain('serviceUrl');
  });

  it.each([
    ['status', '?status=lost'],
    ['locale', '?locale=fr'],
    ['trigger', '?trigger=whim'],
    ['from', '?from=yesterday'],
    ['to', '?to=2026-13-45'],
    ['from after to', '?from=2026-11-25&to=2026-11-24'],
    ['playbook', '?playbook=%3Cscript%3E'],
    ['limit', '?limit=0'],
  ])('refuses a bad %s with 400', async (_label, query) => {
    const answer = await call(running.url, 'GET', `/api/handoffs${query}`);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: expect.any(String) });
  });

  it.each([
    ['GET', '/api/handoffs', undefined],
    ['GET', '/api/handoffs/updates?after=1', undefined],
    ['GET', '/api/handoffs/h-1', undefined],
    ['POST', '/api/handoffs/h-1/claim', { rep: 'Li Na' }],
    ['POST', '/api/handoffs/h-1/complete', { rep: 'Li Na' }],
    ['POST', '/api/handoffs/h-1/notes', { rep: 'Li Na', text: 'x' }],
    ['PATCH', '/api/handoffs/h-1/definition', { rep: 'Li Na', changes: { needName: 'x' } }],
    ['POST', '/api/handoffs/h-1/approve', { rep: 'Li Na' }],
    ['POST', '/api/handoffs/h-1/send', { rep: 'Li Na' }],
    ['GET', '/api/insights', undefined],
    ['GET', '/api/practice/overview', undefined],
  ])('%s %s without the key is 401 and changes nothing', async (method, route, body) => {
    const answer = await call(running.url, method, route, body, { authorization: 'Bearer wrong-key-0000000000' });
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ error: expect.any(String) });
    expect(await store.queue.get('h-1')).toMatchObject({ status: 'open', needName: expect.not.stringMatching(/^x$/) });
    expect((await store.queue.get('h-1'))?.notes).toBeUndefined();
  });

  it.each([
    ['GET', '/api/handoffs/nope', undefined],
    ['POST', '/api/handoffs/nope/claim', { rep: 'Li Na' }],
    ['POST', '/api/handoffs/nope/complete', { rep: 'Li Na' }],
    ['POST', '/api/handoffs/nope/notes', { rep: 'Li Na', text: 'x' }],
    ['PATCH', '/api/handoffs/nope/definition', { rep: 'Li Na', changes: { needName: 'x' } }],
    ['POST', '/api/handoffs/nope/approve', { rep: 'Li Na' }],
    ['POST', '/api/handoffs/nope/send', { rep: 'Li Na' }],
  ])('%s %s for an unknown handoff is 404', async (method, route, body) => {
    const answer = await call(running.url, method, route, body);
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({ error: expect.any(String) });
  });

  it('lets exactly one of two simultaneous claims win, and tells the other who holds it', async () => {
    const [a, b] = await Promise.all([call(running.url, 'POST', '/api/handoffs/h-1/claim', { rep: 'Wang Fang' }), call(running.url, 'POST', '/api/handoffs/h-1/claim', { rep: 'Li Lei' })]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const loser = a.status === 200 ? b : a;
    const holder = (winner.body as StaffView).claimedBy as string;
    expect(loser.body).toEqual({ error: `already claimed by ${holder}`, claimedBy: holder });
    expect((await store.queue.get('h-1'))?.claimedBy).toBe(holder);
    // The holder claiming again is not a conflict.
    expect((await call(running.url, 'POST', '/api/handoffs/h-1/claim', { rep: holder })).status).toBe(200);
  });

  it('completes with a note, keeps CONTRACT.md\'s body-less complete, and adds notes in order', async () => {
    const noted = await call(running.url, 'POST', '/api/handoffs/h-1/notes', { rep: 'Li Na', text: 'Called, no answer' });
    expect(noted.status).toBe(201);
    await call(running.url, 'POST', '/api/handoffs/h-1/notes', { rep: 'Wang Fang', text: '<b>second</b>' });
    const done = await call(running.url, 'POST', '/api/handoffs/h-1/complete', { rep: 'Li Na', note: 'Sent the offer' });
    expect(done.status).toBe(200);
    const view = done.body as StaffView;
    expect(view.status).toBe('completed');
    expect(view.notes.map((n) => [n.by, n.text])).toEqual([
      ['Li Na', 'Called, no answer'],
      ['Wang Fang', '<b>second</b>'],
      ['Li Na', 'Sent the offer'],
    ]);
    expect(view.notes[0].at < view.notes[2].at).toBe(true);
    const plain = await fetch(`${running.url}/api/handoffs/h-2/complete`, { method: 'POST', headers: { authorization: `Bearer ${KEY}` } });
    expect(plain.status).toBe(200);
    expect((await call(running.url, 'POST', '/api/handoffs/h-2/complete', {})).status).toBe(409);
  });

  it.each([
    ['a note without text', 'POST', '/api/handoffs/h-1/notes', { rep: 'Li Na' }],
    ['a note of blanks', 'POST', '/api/handoffs/h-1/notes', { rep: 'Li Na', text: '   ' }],
    ['a note too long', 'POST', '/api/handoffs/h-1/notes', { rep: 'Li Na', text: 'x'.repeat(4001) }],
    ['a note without rep', 'POST', '/api/handoffs/h-1/notes', { text: 'hello' }],
    ['a claim without rep', 'POST', '/api/handoffs/h-1/claim', {}],
    ['a rep with control characters', 'POST', '/api/handoffs/h-1/approve', { rep: 'Li\u0007Na' }],
    ['a completion note without rep', 'POST', '/api/handoffs/h-1/complete', { note: 'done' }],
    ['an edit without changes', 'PATCH', '/api/handoffs/h-1/definition', { rep: 'Li Na' }],
    ['an edit with an empty change list', 'PATCH', '/api/handoffs/h-1/definition', { rep: 'Li Na', changes: {} }],
    ['an edit of the status', 'PATCH', '/api/handoffs/h-1/definition', { rep: 'Li Na', changes: { status: 'completed' } }],
    ['an edit of the transcript', 'PATCH', '/api/handoffs/h-1/definition', { rep: 'Li Na', changes: { 'transcript.0.text': 'rewritten' } }],
    ['an edit of the prototype', 'PATCH', '/api/handoffs/h-1/definition', { rep: 'Li Na', changes: { 'customer.__proto__.x': 1 } }],
    ['an edit that breaks the schema', 'PATCH', '/api/handoffs/h-1/definition', { rep: 'Li Na', changes: { needName: 42 } }],
    ['an edit of a wrong enum', 'PATCH', '/api/handoffs/h-1/definition', { rep: 'Li Na', changes: { 'latentNeeds.0.status': 'maybe' } }],
    ['an edit past the end of a list', 'PATCH', '/api/handoffs/h-1/definition', { rep: 'Li Na', changes: { 'openQuestions.99': 'x' } }],
    ['an edit into a text', 'PATCH', '/api/handoffs/h-1/definition', { rep: 'Li Na', changes: { 'needName.length': 3 } }],
  ])('refuses %s with 400 and keeps nothing', async (_label, method, route, body) => {
    const before = await store.queue.get('h-1');
    const answer = await call(running.url, method, route, body);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: expect.any(String) });
    expect(await store.queue.get('h-1')).toEqual(before);
  });

  it('keeps every edit with who, when, the field and both values, and the result stays valid', async () => {
    const before = (await store.queue.get('h-1')) as HandoffRecord;
    const first = await call(running.url, 'PATCH', '/api/handoffs/h-1/definition', {
      rep: 'Li Na',
      changes: { needName: 'Regional sales training', 'budget.amount': 55000, 'openQuestions.0': null, [`explicitNeeds.${before.explicitNeeds.length}`]: { area: 'use', text: 'a refresher in spring', evidence: [] } },
    });
    expect(first.status).toBe(200);
    const second = await call(running.url, 'PATCH', '/api/handoffs/h-1/definition', { rep: 'Wang Fang', changes: { needName: 'Sales training for three regions' } });
    const view = second.body as StaffView;
    expect(view.needName).toBe('Sales training for three regions');
    expect(view.budget?.amount).toBe(55000);
    expect(view.openQuestions).toEqual(before.openQuestions.slice(1));
    expect(view.explicitNeeds.at(-1)?.text).toBe('a refresher in spring');
    expect(view.edits.map((e) => [e.by, e.field, e.from, e.to])).toEqual([
      ['Li Na', 'needName', before.needName, 'Regional sales training'],
      ['Li Na', 'budget.amount', before.budget?.amount, 55000],
      ['Li Na', 'openQuestions.0', before.openQuestions[0], undefined],
      ['Li Na', `explicitNeeds.${before.explicitNeeds.length}`, undefined, { area: 'use', text: 'a refresher in spring', evidence: [] }],
      ['Wang Fang', 'needName', 'Regional sales training', 'Sales training for three regions'],
    ]);
    expect(view.edits[0].at < view.edits[4].at).toBe(true);
    // The summaries follow the edit.
    expect(view.summary?.en).toContain('Sales training for three regions');
  });

  it('approves, refuses to send before approval, sends, withdraws approval on an edit, and keeps approved when delivery fails', async () => {
    const early = await call(running.url, 'POST', '/api/handoffs/h-1/send', { rep: 'Li Na' });
    expect(early.status).toBe(409);
    expect(sent).toHaveLength(0);
    const approved = await call(running.url, 'POST', '/api/handoffs/h-1/approve', { rep: 'Li Na' });
    expect((approved.body as StaffView).needConfirmation).toMatchObject({ status: 'approved', approvedBy: 'Li Na', approvedAt: expect.any(String) });
    await call(running.url, 'PATCH', '/api/handoffs/h-1/definition', { rep: 'Li Na', changes: { statement: 'A new statement.' } });
    expect((await call(running.url, 'POST', '/api/handoffs/h-1/send', { rep: 'Li Na' })).status).toBe(409);
    await call(running.url, 'POST', '/api/handoffs/h-1/approve', { rep: 'Wang Fang' });
    failDelivery = true;
    const failed = await call(running.url, 'POST', '/api/handoffs/h-1/send', { rep: 'Wang Fang' });
    expect(failed.status).toBe(502);
    expect(failed.text).not.toContain('conversation gone');
    expect((await store.queue.get('h-1'))?.needConfirmation?.status).toBe('approved');
    failDelivery = false;
    const ok = await call(running.url, 'POST', '/api/handoffs/h-1/send', { rep: 'Wang Fang' });
    expect(ok.status).toBe(200);
    expect((ok.body as StaffView).needConfirmation).toMatchObject({ status: 'sent', approvedBy: 'Wang Fang', sentAt: expect.any(String) });
    expect(sent.map((r) => [r.id, r.statement])).toEqual([['h-1', 'A new statement.']]);
    expect((await call(running.url, 'POST', '/api/handoffs/h-1/send', { rep: 'Wang Fang' })).status).toBe(409);
  });

  it('answers updates at once when something changed after the version, else when it changes', async () => {
    const start = (await call(running.url, 'GET', '/api/handoffs/updates')).body as { version: number; ids: string[] };
    expect(start).toEqual({ version: expect.any(Number), ids: [] });
    const waiting = call(running.url, 'GET', `/api/handoffs/updates?after=${start.version}`);
    await new Promise((r) => setTimeout(r, 100));
    await call(running.url, 'POST', '/api/handoffs/h-2/claim', { rep: 'Li Na' });
    const changed = (await waiting).body as { version: number; ids: string[] };
    expect(changed).toEqual({ version: start.version + 1, ids: ['h-2'] });
    const again = await call(running.url, 'GET', `/api/handoffs/updates?after=${start.version}`);
    expect(again.body).toEqual({ version: start.version + 1, ids: ['h-2'] });
    const began = Date.now();
    const quiet = await call(running.url, 'GET', `/api/handoffs/updates?after=${changed.version}`);
    expect(Date.now() - began).toBeGreaterThanOrEqual(1900);
    expect(quiet.body).toEqual({ version: changed.version, ids: [] });
    expect((await call(running.url, 'GET', '/api/handoffs/updates?after=abc')).status).toBe(400);
  });

  it('still serves the Markdown summary', async () => {
    const answer = await call(running.url, 'GET', '/api/handoffs/h-1', undefined, { accept: 'text/markdown', 'accept-language': 'zh-CN' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('text/markdown');
  });
});
