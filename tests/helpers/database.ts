import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

export const APP_DIR = path.resolve(__dirname, '../..');
export const isPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

// The database the run was pointed at (DATABASE_URL); per-file databases are created and dropped from it.
// Read once: bootStrapi later points DATABASE_URL at the per-file database.
const ADMIN_URL =
  process.env.TEST_ADMIN_DATABASE_URL ??
  process.env.DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';
const adminUrl = () => ADMIN_URL;

const withClient = async <T>(fn: (c: Client) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

export interface TestDatabase {
  /** Environment variables that point a Strapi instance (or a child process) at this database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** A fresh, empty database per test file: a SQLite file, or a PostgreSQL database dropped afterwards. */
export const createTestDatabase = async (label = 'test'): Promise<TestDatabase> => {
  const id = `${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;

  if (isPostgres()) {
    const name = `strapi_${id}`.slice(0, 63);
    await withClient((c) => c.query(`CREATE DATABASE "${name}"`));
    const url = new URL(adminUrl());
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
      drop: () =>
        withClient((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
    };
  }

  const dir = path.join(APP_DIR, '.tmp', 'tests');
  fs.mkdirSync(dir, { recursive: true });
  const filename = path.join(dir, `${id}.db`);
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(filename + suffix, { force: true });
    },
  };
};
