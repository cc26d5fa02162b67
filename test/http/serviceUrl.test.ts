import { isAllowedServiceUrl } from '../../channels/addresses';
import { RunningApp, startApp } from '../support/harness';
import { isJsonError, rawRequest } from './rawHttp';

describe('isAllowedServiceUrl', () => {
  it.each([
    ['http://127.0.0.1:3978', true],
    ['https://localhost/', true],
    ['http://[::1]:9000/x', true],
    ['http://127.8.9.10/', true],
    ['https://attacker.example/', false],
    ['http://169.254.169.254/latest/meta-data', false],
    ['http://10.0.0.1/', false],
    ['http://127.0.0.1.attacker.example/', false],
    ['http://user:pw@127.0.0.1/', false],
    ['file:///etc/passwd', false],
    ['ftp://127.0.0.1/', false],
    ['not a url', false],
  ])('local mode: %s -> %s', (url, allowed) => {
    expect(isAllowedServiceUrl(url, true)).toBe(allowed);
  });

  it.each([
    ['https://smba.trafficmanager.net/amer/', true],
    ['https://directline.botframework.com/', true],
    ['https://webchat.botframework.com/', true],
    ['https://europe.directline.botframework.com/', true],
    ['https://directline.botframework.azure.us/', true],
    ['https://smba.infra.gcc.teams.microsoft.com/', true],
    ['http://smba.trafficmanager.net/amer/', false],
    ['https://evil.trafficmanager.net/', false],
    ['https://botframework.com.attacker.example/', false],
    ['https://attackerbotframework.com/', false],
    ['http://127.0.0.1:3978', false],
    ['https://user@smba.trafficmanager.net/', false],
  ])('with credentials: %s -> %s', (url, allowed) => {
    expect(isAllowedServiceUrl(url, false)).toBe(allowed);
  });

  it.each([[5], [null], [{ href: 'http://127.0.0.1' }], [['http://127.0.0.1']], [undefined]])('refuses a non-string %p', (url) => {
    expect(isAllowedServiceUrl(url, true)).toBe(false);
    expect(isAllowedServiceUrl(url, false)).toBe(false);
  });
});

describe('serviceUrl on /api/messages in local mode', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  const post = (extra: Record<string, unknown>) =>
    rawRequest(running.url, {
      path: '/api/messages',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', id: `s${Math.random()}`, channelId: 'test', conversation: { id: `su-${Math.random()}` }, from: { id: 'u-s' }, text: 'hello', ...extra }),
    });

  it('refuses a foreign serviceUrl even with expectReplies', async () => {
    const answer = await post({ deliveryMode: 'expectReplies', serviceUrl: 'http://169.254.169.254/' });
    expect(answer.status).toBe(400);
    expect(isJsonError(answer)).toBe(true);
  });

  it.each([[5], [{ host: 'x' }], [['http://127.0.0.1']], [true]])('answers 400, not 500, to a non-string serviceUrl %p', async (serviceUrl) => {
    for (const deliveryMode of ['expectReplies', 'normal']) {
      const answer = await post({ deliveryMode, serviceUrl });
      expect({ deliveryMode, status: answer.status }).toEqual({ deliveryMode, status: 400 });
      expect(isJsonError(answer)).toBe(true);
    }
  });

  it('still answers expectReplies without a serviceUrl, and with a loopback one', async () => {
    expect((await post({ deliveryMode: 'expectReplies' })).status).toBe(200);
    const answer = await post({ deliveryMode: 'expectReplies', serviceUrl: 'http://127.0.0.1:1' });
    expect(answer.status).toBe(200);
    expect((answer.json as { activities: unknown[] }).activities.length).toBeGreaterThan(0);
  });
});
