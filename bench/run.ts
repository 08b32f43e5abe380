/**
 * npm run bench [-- name …] — every benchmark prints ratios measured in one run (the machine is shared and
 * noisy: absolute timings are not comparable across runs).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
// A static import: tsx keeps `await import()` as ESM, which resolves @strapi/core's .mjs build and fails on
// its directory import of lodash/fp.
import { compileStrapi } from '@strapi/strapi';
import bootBench from './boot.bench';
import budgetImportBench from './budget-import.bench';
import chineseVariantsBench from './chinese-variants.bench';
import environmentImportBench from './environment-import.bench';
import powerListImportBench from './power-list-import.bench';
import readBench from './read.bench';

const BENCHES: Record<string, () => Promise<void>> = {
  boot: bootBench,
  'budget-import': budgetImportBench,
  'chinese-variants': chineseVariantsBench,
  'environment-import': environmentImportBench,
  'power-list-import': powerListImportBench,
  read: readBench,
};

const main = async () => {
  const appDir = path.resolve(__dirname, '..');
  execFileSync(process.execPath, [path.join(appDir, 'scripts/build-plugins.js')], {
    cwd: appDir,
    stdio: 'inherit',
  });
  await compileStrapi({ appDir });
  const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  for (const [name, bench] of Object.entries(BENCHES)) {
    if (names.length && !names.includes(name)) continue;
    console.log(`\n## ${name}`);
    await bench();
  }
};

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
