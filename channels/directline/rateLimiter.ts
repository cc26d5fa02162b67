import * as restify from 'restify';

/**
 * The caller's address for rate limiting: the socket's peer. X-Forwarded-For is anyone's to write, so it
 * names the visitor only when `trustProxy` (TRUST_PROXY) says a reverse proxy of ours is in front; then
 * the last entry, the one that proxy appended, is the visitor (earlier entries came from the client).
 */
export function clientAddress(req: restify.Request, trustProxy = false): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  const forwarded = req.headers['x-forwarded-for'];
  if (!trustProxy || !forwarded) return peer;
  const hops = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded).split(',');
  return hops[hops.length - 1].trim() || peer;
}

/** A token bucket per key: `perMinute` requests a minute, refilled continuously, bursts up to `perMinute`. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 10_000,
  ) {}

  allow(key: string): boolean {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + ((now - bucket.at) / 60_000) * this.perMinute);
    bucket.at = now;
    if (!this.buckets.has(key) && this.buckets.size >= this.maxKeys) this.makeRoom(now);
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Full buckets carry no information; failing that, the fullest goes, so a limited caller stays limited. */
  private makeRoom(now: number): void {
    const level = (bucket: { tokens: number; at: number }) => bucket.tokens + ((now - bucket.at) / 60_000) * this.perMinute;
    let fullest: string | undefined;
    let most = -1;
    for (const [key, bucket] of this.buckets) {
      if (level(bucket) >= this.perMinute) this.buckets.delete(key);
      else if (level(bucket) > most) {
        most = level(bucket);
        fullest = key;
      }
    }
    if (this.buckets.size >= this.maxKeys && fullest !== undefined) this.buckets.delete(fullest);
  }
}
