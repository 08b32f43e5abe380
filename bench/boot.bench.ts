import { median, runChild } from './lib';

/** Boot time with every local plugin vs bare Strapi, alternated in one run; prints the ratio. */
export default async function bootBench(rounds = Number(process.env.BENCH_ROUNDS ?? 3)) {
  const all: number[] = [];
  const none: number[] = [];
  for (let i = 0; i < rounds; i++) {
    none.push(runChild<{ ms: number }>('boot-child.ts', { PORTAL_PLUGINS: 'none' }).ms);
    all.push(runChild<{ ms: number }>('boot-child.ts', { PORTAL_PLUGINS: 'all' }).ms);
  }
  const a = median(all);
  const n = median(none);
  console.log(
    `boot: load() with all local plugins ${a.toFixed(0)} ms, bare Strapi ${n.toFixed(0)} ms (median of ${rounds})`,
  );
  console.log(`boot ratio (all local plugins / bare): ${(a / n).toFixed(2)}`);
}
