import { FairLimit } from '../../host/http/fairLimit';
import { RunningApp, startApp } from '../support/harness';

describe('FairLimit', () => {
  it('caps turns in flight per user and per address, and frees a slot on release', () => {
    const limit = new FairLimit({ perUser: 2, perAddress: 3 });
    const a1 = limit.acquire({ user: 'a', address: '127.0.0.1' });
    const a2 = limit.acquire({ user: 'a', address: '127.0.0.1' });
    expect(a1).toBeDefined();
    expect(a2).toBeDefined();
    expect(limit.acquire({ user: 'a', address: '127.0.0.1' })).toBeUndefined();
    const b1 = limit.acquire({ user: 'b', address: '127.0.0.1' });
    expect(b1).toBeDefined();
    // The address is full now, whoever asks from it.
    expect(limit.acquire({ user: 'c', address: '127.0.0.1' })).toBeUndefined();
    expect(limit.acquire({ user: 'c', address: '::1' })).toBeDefined();
    a1?.();
    a1?.();
    expect(limit.acquire({ user: 'a', address: '127.0.0.1' })).toBeDefined();
    expect(limit.acquire({ user: 'a', address: '127.0.0.1' })).toBeUndefined();
  });

  it('forgets idle keys', () => {
    const limit = new FairLimit({ perUser: 1 });
    const releases = Array.from({ length: 100 }, (_, i) => limit.acquire({ user: `u${i}` }));
    expect(limit.size).toBe(100);
    for (const release of releases) release?.();
    expect(limit.size).toBe(0);
  });
});

describe('one user flooding many conversations (local mode)', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  const message = (conversation: string, user: string, id: string) =>
    fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', id, channelId: 'test', deliveryMode: 'expectReplies', locale: 'en',
        conversation: { id: conversation }, from: { id: user }, recipient: { id: 'bot' }, text: 'We need a CRM for our sales team',
      }),
    });

  it('gets 429 + Retry-After beyond its share while another user is answered', async () => {
    const warm = Date.now();
    await message('warm-conv', 'warm', 'w1');
    const started = Date.now();
    const flood = Array.from({ length: 200 }, (_, i) =>
      message(`flood-${i}`, 'flooder', `f${i}`).then(async (response) => ({ status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as unknown, at: Date.now() })),
    );
    // The other user writes once the flood is under way (its first answer is back).
    await Promise.race(flood);
    const victimSent = Date.now();
    const victim = message('victim-conv', 'victim', 'v1').then(async (response) => ({ status: response.status, body: (await response.json()) as { activities?: unknown[] }, at: Date.now() }));
    const [answers, mine] = await Promise.all([Promise.all(flood), victim]);

    expect(mine.status).toBe(200);
    expect(mine.body.activities?.length).toBeGreaterThan(0);
    const refused = answers.filter((a) => a.status === 429);
    const served = answers.filter((a) => a.status === 200);
    expect(refused.length + served.length).toBe(200);
    expect(refused.length).toBeGreaterThan(20);
    expect(served.length).toBeGreaterThanOrEqual(4);
    for (const answer of refused) {
      expect(answer.retryAfter).toBe('1');
      expect(answer.body).toEqual({ error: expect.any(String) });
    }
    // The victim did not wait behind the flood: it was answered before the flood's last turn came back.
    const lastServed = Math.max(...served.map((a) => a.at));
    // The victim did not wait behind the flood: answered well before the flood's last turn came back.
    expect(mine.at).toBeLessThan(lastServed);
  });
});
