import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { runChild } from './lib';

type Run = { rows: number; stored: number; ms: number };

const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Runs the child against a fresh PostgreSQL database; null when PostgreSQL is not reachable. */
const onPostgres = async (env: Record<string, string>): Promise<Run | null> => {
  const name = `bench_env_import_${process.pid}`;
  const admin = new Client({ connectionString: PG_URL });
  try {
    await admin.connect();
  } catch (e) {
    console.log(
      `environment import: PostgreSQL not reachable at ${PG_URL} (${(e as Error).message}); skipped`,
    );
    return null;
  }
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    return runChild<Run>('environment-import-child.ts', {
      ...env,
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: url.toString(),
    });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
};

const onSqlite = (env: Record<string, string>): Run => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-env-import-'));
  try {
    return runChild<Run>('environment-import-child.ts', {
      ...env,
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(dir, 'import.db'),
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

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
