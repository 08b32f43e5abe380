import { runOnPostgres, runOnSqlite } from './lib';

/** Issue #13: a 10,000-row import at ≥ 2,000 rows/s on SQLite and on PostgreSQL (parse, checks and writes). */
const TARGET = 2000;

type Run = { rows: number; bytes: number; dryRunMs: number; importMs: number; stored: number };

const onPostgres = () => runOnPostgres<Run>('power-list-import-child.ts');
const onSqlite = () => runOnSqlite<Run>('power-list-import-child.ts');

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
