// Read benchmark server, one fresh process per app (BENCH_APP=ours|bare): boots the app on a temporary SQLite
// file, seeds the same content (read-content.ts), listens on a free loopback port, prints {"port": …} and
// serves until its stdin closes (or SIGTERM). `ours` is the whole app (every plugin: every global middleware is measured);
// `bare` is the generated fixture app with none of our plugins (bare-app.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createStrapi, type Core } from '@strapi/strapi';
import { bootApp } from '../scripts/boot';
import { BARE_APP_DIR, BARE_PUBLIC_ACTIONS } from './bare-app';
import { seedReadContent, type SeedTarget } from './read-content';
import { serveUntilStdinCloses } from './serve-child';

const APP = process.env.BENCH_APP;

const bootOurs = async (): Promise<{ strapi: Core.Strapi; target: SeedTarget }> => {
  process.env.PORTAL_PLUGINS = 'all';
  const strapi = await bootApp();
  const uid = (name: string) => `plugin::gov-core.${name}`;
  return {
    strapi,
    target: {
      uid,
      publish: async (name, documentId) => {
        if (name === 'article') {
          await (strapi.plugin('gov-core').service('reviews') as any).decide(
            { uid: uid(name), documentId, decision: 'approve', comment: '基准测试' },
            null,
          );
        }
        await (strapi.documents(uid(name) as never) as any).publish({ documentId });
      },
    },
  };
};

const bootBare = async (): Promise<{ strapi: Core.Strapi; target: SeedTarget }> => {
  const strapi = await createStrapi({
    appDir: BARE_APP_DIR,
    distDir: BARE_APP_DIR,
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  // The same locale as ours (Strapi's factory default is `en`).
  const locales = strapi.plugin('i18n').service('locales');
  if (!(await locales.findByCode('zh-Hans'))) await locales.create({ code: 'zh-Hans', name: '简体中文' });
  await locales.setDefaultLocale({ code: 'zh-Hans' });
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  for (const action of BARE_PUBLIC_ACTIONS) {
    await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
  }
  const uid = (name: string) => `api::${name}.${name}`;
  return {
    strapi,
    target: {
      uid,
      publish: async (name, documentId) => {
        await (strapi.documents(uid(name) as never) as any).publish({ documentId });
      },
    },
  };
};

const main = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-read-${APP}-`));
  Object.assign(process.env, {
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(dir, 'bench.db'),
    NODE_ENV: 'test',
    CRON_ENABLED: 'false',
  });
  if (APP !== 'ours' && APP !== 'bare') throw new Error('BENCH_APP must be "ours" or "bare"');
  const { strapi, target } = APP === 'ours' ? await bootOurs() : await bootBare();
  await seedReadContent(strapi, target);
  await serveUntilStdinCloses(strapi, APP as string, dir);
};

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
