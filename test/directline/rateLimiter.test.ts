import * as restify from 'restify';
import { clientAddress, RateLimiter } from '../../bot/channels/directline/rateLimiter';

function request(remoteAddress: string, forwarded?: string): restify.Request {
  return { socket: { remoteAddress }, headers: forwarded ? { 'x-forwarded-for': forwarded } : {} } as unknown as restify.Request;
}

describe('rate limiting by visitor', () => {
  it('trusts X-Forwarded-For only from a proxy on this machine, and then only the entry that proxy added', () => {
    expect(clientAddress(request('203.0.113.5'))).toBe('203.0.113.5');
    expect(clientAddress(request('203.0.113.5', '198.51.100.1'))).toBe('203.0.113.5');
    expect(clientAddress(request('127.0.0.1', '10.0.0.9, 198.51.100.1'))).toBe('198.51.100.1');
    expect(clientAddress(request('::ffff:127.0.0.1', '198.51.100.2'))).toBe('198.51.100.2');
    expect(clientAddress(request('127.0.0.1'))).toBe('127.0.0.1');
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
