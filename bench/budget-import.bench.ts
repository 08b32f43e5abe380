import { runOnPostgres, runOnSqlite } from './lib';

/** Issue #16: 10,000 lines imported at ≥ 2,000 rows/s on SQLite and PostgreSQL, and the tree endpoint timed. */
const TARGET = 2000;

type Run = {
  lines: number;
  bytes: number;
  dryRunMs: number;
  importMs: number;
  treeMs: number;
  smallTreeMs: number;
};

const rate = (rows: number, ms: number) => Math.round((rows / ms) * 1000);

const line = (db: string, run: Run) => {
  const importRate = rate(run.lines, run.importMs);
  console.log(
    `budget import (${db}): ${run.lines} lines (${(run.bytes / 1024).toFixed(0)} KB xlsx) — dry run ${(run.dryRunMs / 1000).toFixed(1)} s = ${rate(run.lines, run.dryRunMs)} lines/s; import ${(run.importMs / 1000).toFixed(1)} s = ${importRate} lines/s, target ≥ ${TARGET}: ${importRate >= TARGET ? 'met' : 'NOT met'}`,
  );
  console.log(
    `budget tree (${db}): ${run.treeMs.toFixed(1)} ms for ${run.lines} lines, ${run.smallTreeMs.toFixed(1)} ms for 100 — ratio ${(run.treeMs / run.smallTreeMs).toFixed(1)} (median of 7)`,
  );
};

/** 预决算 import: a generated 10,000-line final account (BENCH_LINES) checked (dry run), imported, its tree read. */
export default async function budgetImportBench() {
  const sqlite = runOnSqlite<Run>('budget-import-child.ts');
  line('SQLite', sqlite);
  const pg = await runOnPostgres<Run>('budget-import-child.ts');
  if (pg) {
    line('PostgreSQL', pg);
    console.log(
      `budget import ratio (PostgreSQL lines/s ÷ SQLite lines/s): ${(sqlite.importMs / pg.importMs).toFixed(2)}`,
    );
  }
}
