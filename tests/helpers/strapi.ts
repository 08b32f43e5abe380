import path from 'node:path';
import { createStrapi, type Core } from '@strapi/strapi';
import supertest from 'supertest';
import { APP_DIR, createTestDatabase, type TestDatabase } from './database';

export interface TestApp {
  strapi: Core.Strapi;
  db: TestDatabase;
  /** supertest agent on the mounted (not listening) HTTP server. */
  http: () => ReturnType<typeof supertest>;
  destroy(): Promise<void>;
}

/**
 * Boots a real Strapi (compiled by the global setup) on its own database. One per test file:
 * `const app = await bootStrapi(); … afterAll(() => app.destroy())`.
 */
export const bootStrapi = async (
  label = path.basename(expect.getState().testPath ?? 'test', '.test.ts'),
): Promise<TestApp> => {
  const db = await createTestDatabase(label);
  Object.assign(process.env, db.env, { NODE_ENV: 'test', CRON_ENABLED: 'false' });

  const strapi = await createStrapi({
    appDir: APP_DIR,
    distDir: path.join(APP_DIR, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  strapi.server.mount();

  return {
    strapi,
    db,
    http: () => supertest(strapi.server.httpServer),
    async destroy() {
      await strapi.destroy();
      await db.drop();
    },
  };
};
