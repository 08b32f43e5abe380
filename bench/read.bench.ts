import { writeBareApp } from './bare-app';
import { READ_QUERY } from './read-content';
import { ROUNDS, ratioOf, startServer, stopServer, titles, type Ratio } from './serve';

const line = (name: string, r: Ratio, target: string) =>
  console.log(
    `${name}: ${r.ratio.toFixed(3)} (${target}; ${r.a.toFixed(0)} vs ${r.b.toFixed(0)} req/s, median of ${ROUNDS} rounds); ` +
      `by server CPU per request ${r.cpuRatio.toFixed(3)} (${r.cpuA.toFixed(0)} vs ${r.cpuB.toFixed(0)} µs)`,
  );

/**
 * Read throughput as ratios, both apps booted in this run on SQLite, autocannon with 10 connections, the same
 * duration and a warm-up for each side:
 * - our article list with a Strapi query ÷ the bare Strapi `api::article` core route with the same query and
 *   content (target ≥ 0.9);
 * - the same list in zh-Hant ÷ zh-Hans on our route (target ≥ 0.95);
 * - a static JSON route of ours (/api/gov-core/labels) ÷ Strapi's /_health (global overhead per request).
 * Each ratio is also given by server CPU time per request (b's ÷ a's, so that higher is better as well):
 * on a shared, loaded machine it moves far less than req/s.
 */
export default async function readBench() {
  writeBareApp();
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of each server's serving (<dir>/ours.cpuprofile, bare.cpuprofile).
  const ours = await startServer('read-child.ts', { BENCH_APP: 'ours' });
  const bare = await startServer('read-child.ts', { BENCH_APP: 'bare' }).catch(async (e) => {
    await stopServer(ours);
    throw e;
  });
  try {
    const oursList = `${ours.base}/api/gov-core/articles?${READ_QUERY}`;
    const bareList = `${bare.base}/api/articles?${READ_QUERY}`;
    const [o, b] = [await titles(oursList), await titles(bareList)];
    const same = JSON.stringify(o) === JSON.stringify(b);
    console.log(`query: ?${decodeURIComponent(READ_QUERY)}`);
    console.log(
      same
        ? `both routes answer the same ${o.length} articles in the same order`
        : `NOTE: the routes answer different lists (ours ${o.length}: ${o.join('、')}; bare ${b.length}: ${b.join('、')}) — ` +
            'our route does not apply the whole query yet, so the ratio compares unlike work',
    );
    line(
      'article list, ours ÷ bare Strapi api:: route',
      await ratioOf([ours, oursList], [bare, bareList]),
      'target ≥ 0.9',
    );
    line(
      'article list zh-Hant ÷ zh-Hans (ours)',
      await ratioOf([ours, `${oursList}&locale=zh-Hant`], [ours, oursList]),
      'target ≥ 0.95',
    );
    line(
      'static JSON /api/gov-core/labels ÷ /_health (ours)',
      await ratioOf([ours, `${ours.base}/api/gov-core/labels`], [ours, `${ours.base}/_health`]),
      'no target: global overhead, 690 ÷ 2,900 = 0.24 in issue #13',
    );
    line(
      'static JSON /api/gov-core/labels (ours) ÷ /_health (bare)',
      await ratioOf([ours, `${ours.base}/api/gov-core/labels`], [bare, `${bare.base}/_health`]),
      'no target',
    );
  } finally {
    await stopServer(ours);
    await stopServer(bare);
  }
}
