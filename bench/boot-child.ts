// One measured boot: createStrapi().load() on a fresh SQLite file, then destroy. Prints {"ms": …}.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const main = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-boot-'));
  process.env.DATABASE_CLIENT = 'sqlite';
  process.env.DATABASE_FILENAME = path.join(dir, 'boot.db');
  process.env.NODE_ENV = 'test';
  const { bootApp } = await import('../scripts/boot');
  const t0 = performance.now();
  const strapi = await bootApp();
  const ms = performance.now() - t0;
  await strapi.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(JSON.stringify({ ms }));
};
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
