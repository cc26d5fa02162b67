import { RunningApp, startApp } from '../support/harness';
import { isJsonError, rawRequest } from './rawHttp';

const APP_ID = '00000000-0000-0000-0000-000000000001';

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

const claims = { iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: 'https://smba.trafficmanager.net/amer/', exp: Math.floor(Date.now() / 1000) + 3600, nbf: 0 };
/** A well-formed RS256 token signed by nobody Bot Framework knows. */
const FORGED = `${base64url({ alg: 'RS256', typ: 'JWT', kid: 'forged-key-id' })}.${base64url(claims)}.${Buffer.from('not a signature').toString('base64url')}`;
const ALG_NONE = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;

const activity = JSON.stringify({
  type: 'message', id: 'a1', channelId: 'msteams', conversation: { id: 'auth-1' }, from: { id: 'u1' }, recipient: { id: APP_ID },
  serviceUrl: 'https://smba.trafficmanager.net/amer/', text: 'hi',
});

describe('/api/messages with Bot Framework credentials: every auth failure is a JSON 401', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', HOST: '127.0.0.1' });
  });
  afterAll(async () => {
    await running.close();
  });

  it.each([
    ['no Authorization header', undefined],
    ['a forged RS256 token', `Bearer ${FORGED}`],
    ['an alg:none token', `Bearer ${ALG_NONE}`],
    ['a token that is not a JWT', 'Bearer abc.def'],
    ['another scheme', `Basic ${Buffer.from('a:b').toString('base64')}`],
  ])('refuses %s with 401 {"error"} and no internals', async (_name, authorization) => {
    const answer = await rawRequest(running.url, {
      path: '/api/messages',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: activity,
    });
    expect(answer.status).toBe(401);
    expect(isJsonError(answer)).toBe(true);
    expect(answer.text).not.toMatch(/fetch|ENOTFOUND|ECONN|openid|jwt|token(Extractor|Validation)|Error:/i);
    expect((await rawRequest(running.url, { method: 'GET', path: '/healthz' })).status).toBe(200);
  });
});
