/**
 * npm run seed [-- --reset] [--json]
 * Loads the demo data into the configured database (DATABASE_CLIENT / DATABASE_FILENAME / DATABASE_URL).
 */
import { bootApp } from '../scripts/boot';
import { formatReport, runSeeds } from './loader';

const main = async () => {
  const args = process.argv.slice(2);
  const strapi = await bootApp();
  try {
    const reports = await runSeeds(strapi, { reset: args.includes('--reset') });
    if (args.includes('--json')) console.log(JSON.stringify(reports));
    else console.log(formatReport(reports));
    process.exitCode = reports.some((r) => r.failed > 0) ? 1 : 0;
  } finally {
    await strapi.destroy();
  }
};

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
