/**
 * Fairness for the bot endpoint: a cap on turns in flight (waiting in a conversation queue or running)
 * per user id and per caller address. One sender flooding many conversations gets 429s beyond its share
 * instead of filling the event loop, while everyone else's turns go on. Counting in-flight turns rather
 * than a rate keeps fast, well-behaved clients (the benchmark: 50 conversations from loopback) unthrottled.
 */
export interface FairLimitOptions {
  /** Turns in flight per user id. Default 4. */
  perUser?: number;
  /** Turns in flight per caller address. Default 64. */
  perAddress?: number;
  /** Seconds a refused caller is told to wait (Retry-After). Default 1. */
  retryAfterSeconds?: number;
}

export interface FairKeys {
  user?: string;
  address?: string;
}

export class FairLimit {
  readonly retryAfterSeconds: number;
  private readonly perUser: number;
  private readonly perAddress: number;
  private readonly inFlight = new Map<string, number>();

  constructor(options: FairLimitOptions = {}) {
    this.perUser = options.perUser ?? 4;
    this.perAddress = options.perAddress ?? 64;
    this.retryAfterSeconds = options.retryAfterSeconds ?? 1;
  }

  /** A release function when the turn may go ahead (call it exactly once when done), else undefined. */
  acquire(keys: FairKeys): (() => void) | undefined {
    const wanted: [string, number][] = [];
    if (keys.user !== undefined) wanted.push([`u:${keys.user}`, this.perUser]);
    if (keys.address !== undefined) wanted.push([`a:${keys.address}`, this.perAddress]);
    if (wanted.some(([key, limit]) => (this.inFlight.get(key) ?? 0) >= limit)) return undefined;
    for (const [key] of wanted) this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      for (const [key] of wanted) {
        const left = (this.inFlight.get(key) ?? 1) - 1;
        // Idle keys are dropped, so the map holds only callers with turns in flight.
        if (left <= 0) this.inFlight.delete(key);
        else this.inFlight.set(key, left);
      }
    };
  }

  /** Keys with turns in flight (for tests and metrics). */
  get size(): number {
    return this.inFlight.size;
  }
}
