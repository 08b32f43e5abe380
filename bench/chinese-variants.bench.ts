import { median, runChild } from './lib';
import { ROUNDS, ratioOf, startServer, stopServer, titles } from './serve';

interface Conversion {
  pluginMbps: number[];
  plainMbps: number[];
  pageBytes: number;
}

/**
 * chinese-variants: list throughput zh-Hant vs zh-Hans (target ≥ 0.95 warm), the server in its own process
 * and autocannon in this one (so the load generator does not take the server's thread), by req/s and by the
 * server's CPU time per request; and the cache-miss conversion speed of the Dao County page vs plain opencc-js
 * (target ≥ 0.90). Each measured in one run.
 */
export default async function chineseVariantsBench() {
  const server = await startServer('chinese-variants-child.ts', { BENCH_MODE: 'serve' });
  try {
    const hans = `${server.base}/api/gov-core/articles?pageSize=25`;
    const hant = `${hans}&locale=zh-Hant`;
    const [a, b] = [await titles(hant), await titles(hans)];
    if (a.length !== 25 || b.length !== 25)
      throw new Error(`expected 25 articles, got ${a.length} / ${b.length}`);
    // The first request of each variant fills the conversion caches: the ratio is of warm serving.
    const r = await ratioOf([server, hant], [server, hans]);
    console.log(
      `GET /api/gov-core/articles?pageSize=25 (25 articles of ~2,000 characters), autocannon 10 connections from ` +
        `another process, median of ${ROUNDS} rounds (ABBA order): zh-Hant ${r.a.toFixed(0)} req/s, zh-Hans ${r.b.toFixed(0)} req/s`,
    );
    console.log(
      `throughput ratio zh-Hant/zh-Hans (warm): ${r.ratio.toFixed(3)} by req/s; ${r.cpuRatio.toFixed(3)} by server ` +
        `CPU per request (${r.cpuA.toFixed(0)} vs ${r.cpuB.toFixed(0)} µs) (target ≥ 0.95)`,
    );
  } finally {
    await stopServer(server);
  }
  const c = runChild<Conversion>('chinese-variants-child.ts', { BENCH_MODE: 'convert' });
  const plugin = median(c.pluginMbps);
  const plain = median(c.plainMbps);
  console.log(
    `Dao County page (${(c.pageBytes / 1024).toFixed(1)} KiB UTF-8) cn→tw: plugin converter, cache miss ` +
      `${plugin.toFixed(1)} MB/s, plain opencc-js ${plain.toFixed(1)} MB/s`,
  );
  console.log(
    `conversion speed ratio plugin(miss)/opencc-js: ${(plugin / plain).toFixed(3)} (target ≥ 0.90)`,
  );
}
