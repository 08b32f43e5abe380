import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { compileStrapi } from '@strapi/strapi';

/** Compile once per Jest run: the local plugins' servers, then the app's TypeScript (config, src). */
export default async function globalSetup() {
  // Workers inherit this: per-file PostgreSQL databases are created from (and dropped via) the run's database.
  if (process.env.DATABASE_URL && !process.env.TEST_ADMIN_DATABASE_URL) {
    process.env.TEST_ADMIN_DATABASE_URL = process.env.DATABASE_URL;
  }
  const appDir = path.resolve(__dirname, '../..');
  // TEST_PLUGIN_BUILD=gov-core,… limits the plugin build (handy while another plugin is mid-change).
  const only = (process.env.TEST_PLUGIN_BUILD ?? '').split(',').filter(Boolean);
  execFileSync(process.execPath, [path.join(appDir, 'scripts/build-plugins.js'), ...only], {
    cwd: appDir,
    stdio: 'inherit',
  });
  await compileStrapi({ appDir });
}
