import { expiring, memoByKey } from '../read-cache';

const counter = () => {
  let calls = 0;
  return {
    load: async () => ++calls,
    get calls() {
      return calls;
    },
  };
};

describe('expiring', () => {
  it.each([
    // [steps: ms since start of each get(), 'i' = invalidate before that get], expected values, loads
    { steps: [0, 1, 4_999], values: [1, 1, 1], loads: 1 },
    { steps: [0, 5_000], values: [1, 2], loads: 2 },
    { steps: [0, 10, 'i', 20], values: [1, 1, 2], loads: 2 },
  ])('loads once per ttl and again after invalidate: $steps', async ({ steps, values, loads }) => {
    const c = counter();
    let t = 0;
    const cache = expiring(c.load, { ttlMs: 5_000, now: () => t });
    const seen: number[] = [];
    for (const step of steps) {
      if (step === 'i') cache.invalidate();
      else {
        t = step as number;
        seen.push(await cache.get());
      }
    }
    expect(seen).toEqual(values);
    expect(c.calls).toBe(loads);
  });

  it('shares one load between concurrent callers', async () => {
    const c = counter();
    const cache = expiring(c.load, { ttlMs: 1_000, now: () => 0 });
    expect(await Promise.all([cache.get(), cache.get(), cache.get()])).toEqual([1, 1, 1]);
    expect(c.calls).toBe(1);
  });

  it('does not keep a failed load', async () => {
    let fail = true;
    const cache = expiring(async () => (fail ? Promise.reject(new Error('db down')) : 'ok'), {
      ttlMs: 1_000,
      now: () => 0,
    });
    await expect(cache.get()).rejects.toThrow('db down');
    fail = false;
    expect(await cache.get()).toBe('ok');
  });

  it('does not keep a load that was under way when invalidated', async () => {
    let release: (v: string) => void = () => {};
    let calls = 0;
    const cache = expiring(
      () => (++calls === 1 ? new Promise<string>((r) => (release = r)) : Promise.resolve('fresh')),
      { ttlMs: 1_000, now: () => 0 },
    );
    const first = cache.get();
    cache.invalidate();
    release('stale');
    expect(await first).toBe('stale');
    expect(await cache.get()).toBe('fresh');
  });
});

describe('memoByKey', () => {
  it.each([
    { inputs: ['a', 'a', 'b', 'a'], computes: 2 },
    { inputs: ['a', 'b', 'c', 'a'], computes: 4 }, // max 2: the third key drops the others
    { inputs: ['a', 'b', 'a', 'b'], computes: 2 },
  ])('computes each key once while at most max keys are held: $inputs', async ({ inputs, computes }) => {
    let n = 0;
    const memo = memoByKey(async (s: string) => `${s}${++n}`, { keyOf: (s) => s, max: 2 });
    for (const input of inputs) expect((await memo.get(input)).startsWith(input)).toBe(true);
    expect(n).toBe(computes);
  });

  it('does not keep a failed compute', async () => {
    let fail = true;
    const memo = memoByKey(async (s: string) => (fail ? Promise.reject(new Error('x')) : s), {
      keyOf: (s) => s,
      max: 4,
    });
    await expect(memo.get('a')).rejects.toThrow('x');
    fail = false;
    expect(await memo.get('a')).toBe('a');
  });
});
