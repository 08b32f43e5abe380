/**
 * npm run demo — builds what is not built, loads the demo seeds (SQLite by default) and starts Strapi on PORT.
 * Development only: it creates a super admin from DEMO_ADMIN_EMAIL / DEMO_ADMIN_PASSWORD (documented defaults),
 * and the first run writes random secrets to the git-ignored `.env` (scripts/dev-env.ts).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { APP_DIR, bootApp } from './boot';
import { formatReport, runSeeds } from '../seeds/loader';
import { demoAdminCredentials } from '../seeds/sets/demo-admin';
import { ensureDevelopmentSecrets } from './dev-env';

const built = () => {
  const plugins = fs
    .readdirSync(path.join(APP_DIR, 'plugins'), { withFileTypes: true })
    .filter((d) => d.isDirectory());
  return (
    fs.existsSync(path.join(APP_DIR, 'dist/build/index.html')) &&
    fs.existsSync(path.join(APP_DIR, 'dist/config')) &&
    plugins.every((d) => fs.existsSync(path.join(APP_DIR, 'plugins', d.name, 'dist/server/index.js')))
  );
};

const main = async () => {
  if (process.env.NODE_ENV === 'production') {
    console.error(
      'npm run demo is for development only: it seeds a demo super admin. Refusing with NODE_ENV=production.',
    );
    process.exit(1);
  }
  process.env.NODE_ENV ??= 'development';
  const envFile = path.resolve(APP_DIR, process.env.ENV_PATH ?? '.env');
  const written = ensureDevelopmentSecrets(envFile);
  if (written.length) console.log(`Wrote random development secrets to ${envFile}: ${written.join(', ')}`);
  if (!built() || process.argv.includes('--rebuild')) {
    console.log('Building plugins, app and admin panel (npm run build)…');
    const res = spawnSync('npm', ['run', 'build'], { cwd: APP_DIR, stdio: 'inherit' });
    if (res.status !== 0) process.exit(res.status ?? 1);
  }

  const strapi = await bootApp({ serveAdminPanel: true });
  const reports = await runSeeds(strapi);
  console.log(formatReport(reports));

  await strapi.start();
  const port = strapi.config.get('server.port');
  const { email, password } = demoAdminCredentials();
  console.log(
    [
      '',
      `  政府门户 CMS demo is running`,
      `  Admin panel:  http://localhost:${port}/admin`,
      `  Demo admin:   ${email}`,
      `  Password:     ${password}`,
      `  Content API:  http://localhost:${port}/api/gov-core/info`,
      '',
    ].join('\n'),
  );

  const stop = async () => {
    await strapi.destroy();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
};

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
