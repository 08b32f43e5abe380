/**
 * Caches for the read path (no Strapi import). Reads that every public request repeats — the public role's
 * permissions, the ability built from them — are computed once and reused until they may have changed.
 */

export interface Expiring<T> {
  /** The cached value, loading it when there is none, it is older than `ttlMs`, or after `invalidate()`. */
  get(): Promise<T>;
  /** Forget the value (a write this instance saw); a load already under way is not kept. */
  invalidate(): void;
}

/**
 * One value loaded at most once per `ttlMs` (the bound on how long a change made by another instance may go
 * unseen) and again right after `invalidate()`. Concurrent callers share one load; a failed load is not kept.
 */
export function expiring<T>(
  load: () => Promise<T>,
  { ttlMs, now = Date.now }: { ttlMs: number; now?: () => number },
): Expiring<T> {
  let value: Promise<T> | null = null;
  let loadedAt = 0;
  return {
    get() {
      if (value && now() - loadedAt < ttlMs) return value;
      loadedAt = now();
      const pending = load();
      value = pending;
      pending.catch(() => {
        if (value === pending) value = null;
      });
      return pending;
    },
    invalidate() {
      value = null;
    },
  };
}

/**
 * `compute(input)` memoised by `keyOf(input)`, holding at most `max` keys (all are dropped when one more
 * comes: the inputs are few — one per role — so this bounds memory, not hit rate). A failed compute is not kept.
 */
export function memoByKey<I, V>(
  compute: (input: I) => Promise<V>,
  { keyOf, max }: { keyOf: (input: I) => string; max: number },
): { get(input: I): Promise<V>; clear(): void } {
  const values = new Map<string, Promise<V>>();
  return {
    get(input) {
      const key = keyOf(input);
      const hit = values.get(key);
      if (hit) return hit;
      if (values.size >= max) values.clear();
      const pending = compute(input);
      values.set(key, pending);
      pending.catch(() => {
        if (values.get(key) === pending) values.delete(key);
      });
      return pending;
    },
    clear() {
      values.clear();
    },
  };
}
