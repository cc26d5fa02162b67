import * as zlib from 'zlib';
import { RunningApp, startApp } from '../support/harness';
import { isJsonError, rawRequest } from './rawHttp';

const activity = JSON.stringify({
  type: 'message', id: 'e1', channelId: 'test', deliveryMode: 'expectReplies', conversation: { id: 'enc-1' }, from: { id: 'u-enc' }, text: 'hello',
});

/** Routes that read a body: the bot endpoint, the staff claim and the embedded Direct Line. */
const ROUTES = ['/api/messages', '/api/handoffs/h-1/claim', '/v3/directline/tokens/generate', '/v3/directline/conversations'];

describe('encoded request bodies', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  const alive = async (): Promise<void> => {
    const health = await rawRequest(running.url, { method: 'GET', path: '/healthz' });
    expect(health.status).toBe(200);
  };

  it.each(ROUTES)('refuses a plain body labelled gzip on %s with 415 and stays up', async (path) => {
    const answer = await rawRequest(running.url, { path, headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: activity });
    expect(answer.status).toBe(415);
    expect(isJsonError(answer)).toBe(true);
    await alive();
  });

  it.each(['deflate', 'br', 'gzip, identity', 'x-unknown', 'GZIP'])('refuses Content-Encoding: %s with 415', async (encoding) => {
    const answer = await rawRequest(running.url, { path: '/api/messages', headers: { 'content-type': 'application/json', 'content-encoding': encoding }, body: 'garbage' });
    expect(answer.status).toBe(415);
    expect(isJsonError(answer)).toBe(true);
    await alive();
  });

  it('refuses a gzip bomb (204 KB expanding to 200 MB) without inflating it', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(200 * 1024 * 1024, 0x20), { level: 9 });
    expect(bomb.length).toBeLessThan(256 * 1024);
    const rssBefore = process.memoryUsage().rss;
    const answer = await rawRequest(running.url, { path: '/api/messages', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: bomb });
    expect(answer.status).toBe(415);
    expect(isJsonError(answer)).toBe(true);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
    await alive();
  });

  it('still takes an identity-encoded body', async () => {
    const answer = await rawRequest(running.url, { path: '/api/messages', headers: { 'content-type': 'application/json', 'content-encoding': 'identity' }, body: activity });
    expect(answer.status).toBe(200);
  });

  it.each(ROUTES)('answers 413 with a JSON error to an oversized chunked body on %s and stays up', async (path) => {
    const pieces = ['{"type":"message","text":"', ...Array.from({ length: 40 }, () => 'y'.repeat(10 * 1024)), '"}'];
    const answer = await rawRequest(running.url, { path, headers: { 'content-type': 'application/json' }, body: pieces });
    expect(answer.status).toBe(413);
    expect(isJsonError(answer)).toBe(true);
    await alive();
  });
});
