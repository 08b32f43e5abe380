import { median, runChild } from './lib';

interface Result {
  hans: number[];
  hant: number[];
  pluginMbps: number[];
  plainMbps: number[];
  pageBytes: number;
}

/**
 * chinese-variants: list throughput zh-Hant vs zh-Hans (target ≥ 0.95 warm) and the cache-miss conversion
 * speed of the Dao County page vs plain opencc-js (target ≥ 0.90), each measured in one run.
 */
export default async function chineseVariantsBench() {
  const r = runChild<Result>('chinese-variants-child.ts');
  const hans = median(r.hans);
  const hant = median(r.hant);
  const ratio = median(r.hant.map((value, i) => value / r.hans[i]));
  const plugin = median(r.pluginMbps);
  const plain = median(r.plainMbps);
  console.log(
    `GET /api/gov-core/articles?pageSize=25 (25 articles of ~2,000 characters), autocannon 10 connections, ` +
      `median of ${r.hans.length} rounds (ABBA order): zh-Hans ${hans.toFixed(0)} req/s, zh-Hant ${hant.toFixed(0)} req/s`,
  );
  console.log(
    `throughput ratio zh-Hant/zh-Hans (warm, median of per-round ratios): ${ratio.toFixed(3)} (target ≥ 0.95)`,
  );
  console.log(
    `Dao County page (${(r.pageBytes / 1024).toFixed(1)} KiB UTF-8) cn→tw: plugin converter, cache miss ` +
      `${plugin.toFixed(1)} MB/s, plain opencc-js ${plain.toFixed(1)} MB/s`,
  );
  console.log(
    `conversion speed ratio plugin(miss)/opencc-js: ${(plugin / plain).toFixed(3)} (target ≥ 0.90)`,
  );
}
