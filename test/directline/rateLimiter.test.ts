import * as restify from 'restify';
import { clientAddress, RateLimiter } from '../../channels/directline/rateLimiter';

function request(remoteAddress: string, forwarded?: string): restify.Request {
  return { socket: { remoteAddress }, headers: forwarded ? { 'x-forwarded-for': forwarded } : {} } as unknown as restify.Request;
}

describe('rate limiting by visitor', () => {
  it('keys by the socket address unless trustProxy is set, whatever X-Forwarded-For says', () => {
    expect(clientAddress(request('203.0.113.5'))).toBe('203.0.113.5');
    expect(clientAddress(request('203.0.113.5', '198.51.100.1'))).toBe('203.0.113.5');
    // Anyone on this machine can write the header: without a proxy of ours it names nobody.
    expect(clientAddress(request('127.0.0.1', '10.0.0.9, 198.51.100.1'))).toBe('127.0.0.1');
    expect(clientAddress(request('::ffff:127.0.0.1', '198.51.100.2'), false)).toBe('::ffff:127.0.0.1');
    expect(clientAddress(request('127.0.0.1'))).toBe('127.0.0.1');
  });

  it('with trustProxy, takes the entry our proxy appended (the last), not what the client sent before it', () => {
    expect(clientAddress(request('127.0.0.1', '10.0.0.9, 198.51.100.1'), true)).toBe('198.51.100.1');
    expect(clientAddress(request('::ffff:127.0.0.1', '198.51.100.2'), true)).toBe('198.51.100.2');
    expect(clientAddress(request('127.0.0.1'), true)).toBe('127.0.0.1');
  });

  it('allows a burst of the per-minute allowance, then refills continuously, per key', () => {
    let now = 0;
    const limiter = new RateLimiter(3, () => now);
    expect([1, 2, 3, 4].map(() => limiter.allow('a'))).toEqual([true, true, true, false]);
    expect(limiter.allow('b')).toBe(true);
    now += 20_000;
    expect([limiter.allow('a'), limiter.allow('a')]).toEqual([true, false]);
  });

  it('keeps a bounded number of keys without forgiving a key that is still limited', () => {
    let now = 0;
    const limiter = new RateLimiter(2, () => now, 3);
    limiter.allow('spent');
    limiter.allow('spent');
    now += 1000;
    for (const key of ['x', 'y', 'z', 'w']) limiter.allow(key);
    expect(limiter.allow('spent')).toBe(false);
  });
});
