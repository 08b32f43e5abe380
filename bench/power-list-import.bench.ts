import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { runChild } from './lib';

/** Issue #13: a 10,000-row import at ≥ 2,000 rows/s on SQLite and on PostgreSQL (parse, checks and writes). */
const TARGET = 2000;

type Run = { rows: number; bytes: number; dryRunMs: number; importMs: number; stored: number };

const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Runs the child against a fresh PostgreSQL database; null when PostgreSQL is not reachable. */
const onPostgres = async (): Promise<Run | null> => {
  const name = `bench_power_list_${process.pid}`;
  const admin = new Client({ connectionString: PG_URL });
  try {
    await admin.connect();
  } catch (e) {
    console.log(
      `power-list import: PostgreSQL not reachable at ${PG_URL} (${(e as Error).message}); skipped`,
    );
    return null;
  }
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    return runChild<Run>('power-list-import-child.ts', {
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: url.toString(),
    });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
};

const onSqlite = (): Run => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-power-list-'));
  try {
    return runChild<Run>('power-list-import-child.ts', {
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(dir, 'import.db'),
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

const rate = (rows: number, ms: number) => Math.round((rows / ms) * 1000);

const line = (db: string, run: Run) => {
  const importRate = rate(run.rows, run.importMs);
  console.log(
    `power-list import (${db}): ${run.rows} rows (${(run.bytes / 1024).toFixed(0)} KB xlsx) — dry run ${(run.dryRunMs / 1000).toFixed(1)} s = ${rate(run.rows, run.dryRunMs)} rows/s; import ${(run.importMs / 1000).toFixed(1)} s = ${importRate} rows/s (${run.stored} item rows stored)`,
  );
  console.log(
    `power-list import rate (${db}): ${importRate} rows/s, target ≥ ${TARGET} rows/s: ${importRate >= TARGET ? 'met' : 'NOT met'}`,
  );
};

/**
 * 权力清单 spreadsheet import: a generated 10,000-row xlsx (BENCH_ROWS) checked (dry run), then imported as
 * drafts, on SQLite and PostgreSQL (temporary databases).
 */
export default async function powerListImportBench() {
  const sqlite = onSqlite();
  line('SQLite', sqlite);
  const pg = await onPostgres();
  if (pg) {
    line('PostgreSQL', pg);
    console.log(
      `power-list import ratio (PostgreSQL rows/s ÷ SQLite rows/s): ${(sqlite.importMs / pg.importMs).toFixed(2)}`,
    );
  }
}
