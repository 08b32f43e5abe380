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
  { serveAdminPanel = false }: { serveAdminPanel?: boolean } = {},
): Promise<TestApp> => {
  const db = await createTestDatabase(label);
  Object.assign(process.env, db.env, { NODE_ENV: 'test', CRON_ENABLED: 'false' });

  const strapi = await createStrapi({
    appDir: APP_DIR,
    distDir: path.join(APP_DIR, 'dist'),
    autoReload: false,
    // The admin panel (dist/build, `npm run build`) only for browser tests of the admin.
    serveAdminPanel,
  }).load();
  strapi.server.mount();
  // Listening once on an ephemeral loopback port lets many requests run concurrently (supertest would otherwise
  // bind the same server for every request).
  await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', () => resolve()));

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
