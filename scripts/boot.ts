import fs from 'node:fs';
import path from 'node:path';
import { compileStrapi, createStrapi, type Core } from '@strapi/strapi';

export const APP_DIR = path.resolve(__dirname, '..');

/** Loads the app from its compiled output, compiling the app's TypeScript first when it has not been. */
export const bootApp = async (opts: { serveAdminPanel?: boolean } = {}): Promise<Core.Strapi> => {
  if (!fs.existsSync(path.join(APP_DIR, 'dist', 'config'))) await compileStrapi({ appDir: APP_DIR });
  return createStrapi({
    appDir: APP_DIR,
    distDir: path.join(APP_DIR, 'dist'),
    autoReload: false,
    serveAdminPanel: opts.serveAdminPanel ?? false,
  }).load();
};
