/**
 * Results remembered only until the current synchronous run ends: one answer is read by several
 * recognisers (money, dates, quantities, people, roles) in one go, and they ask the same questions of the
 * same text. The memo empties itself at the next microtask, so nothing carries over from one turn to the
 * next and memory stays flat. Values handed out are shared: callers must treat them as read-only.
 */
export class TurnMemo<T> {
  private readonly values = new Map<string, T>();
  private clearing = false;

  get(key: string, compute: () => T): T {
    const known = this.values.get(key);
    if (known !== undefined) return known;
    const value = compute();
    this.values.set(key, value);
    if (!this.clearing) {
      this.clearing = true;
      queueMicrotask(() => {
        this.values.clear();
        this.clearing = false;
      });
    }
    return value;
  }
}
