import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export const APP_DIR = path.resolve(__dirname, '..');

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs a bench child script in a fresh Node process (fresh module cache) and parses its last JSON line. */
export const runChild = <T>(script: string, env: Record<string, string> = {}): T => {
  const tsx = require.resolve('tsx/cli', { paths: [APP_DIR] });
  const res = spawnSync(process.execPath, [tsx, path.join(__dirname, script)], {
    cwd: APP_DIR,
    env: { ...process.env, LOG_LEVEL: 'error', ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (res.status !== 0) throw new Error(`${script} failed (${res.status}):\n${res.stderr}\n${res.stdout}`);
  // The last JSON line: a log line may follow it (a plugin's late error log while Strapi is destroyed).
  const lines = res.stdout.trim().split('\n');
  const json = [...lines].reverse().find((l) => l.startsWith('{'));
  if (!json) throw new Error(`${script} printed no result:\n${res.stdout}`);
  return JSON.parse(json) as T;
};

const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Runs a bench child against a fresh SQLite file (removed afterwards). */
export const runOnSqlite = <T>(script: string, env: Record<string, string> = {}): T => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  try {
    return runChild<T>(script, {
      ...env,
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(dir, 'bench.db'),
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

/** Runs a bench child against a fresh PostgreSQL database (dropped afterwards); null when PostgreSQL is down. */
export const runOnPostgres = async <T>(
  script: string,
  env: Record<string, string> = {},
): Promise<T | null> => {
  const name = `bench_${path.basename(script, '.ts').replace(/\W/g, '_')}_${process.pid}`;
  const admin = new Client({ connectionString: PG_URL });
  try {
    await admin.connect();
  } catch (e) {
    console.log(`${script}: PostgreSQL not reachable at ${PG_URL} (${(e as Error).message}); skipped`);
    return null;
  }
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    return runChild<T>(script, { ...env, DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
};
