import { runOnPostgres, runOnSqlite } from './lib';

type Run = { rows: number; stored: number; ms: number };

const onPostgres = (env: Record<string, string>) => runOnPostgres<Run>('environment-import-child.ts', env);
const onSqlite = (env: Record<string, string>) => runOnSqlite<Run>('environment-import-child.ts', env);

const line = (db: string, run: Run, what: string) =>
  console.log(
    `environment import (${db}, ${what}): ${run.rows} rows in ${(run.ms / 1000).toFixed(1)} s = ${Math.round((run.rows / run.ms) * 1000)} rows/s (${run.stored} entry rows stored)`,
  );

/** CSV import of a year of hourly observations for 5 stations (43,800 rows), drafts and published, per database. */
export default async function environmentImportBench() {
  for (const [what, env] of [
    ['drafts', { BENCH_PUBLISH: 'false' }],
    ['published', { BENCH_PUBLISH: 'true' }],
  ] as const) {
    const sqlite = onSqlite(env);
    line('SQLite', sqlite, what);
    const pg = await onPostgres(env);
    if (pg) {
      line('PostgreSQL', pg, what);
      console.log(
        `environment import ratio (${what}, PostgreSQL rows/s ÷ SQLite rows/s): ${(sqlite.ms / pg.ms).toFixed(2)}`,
      );
    }
  }
}
