import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import pkg from '../../../package.json';

/** Ids of the enabled plugins that live in this app's `plugins/` folder. */
export const localPluginIds = (strapi: Core.Strapi): string[] => {
  const dir = path.join(strapi.dirs.app.root, 'plugins');
  return Object.keys(strapi.plugins)
    .filter((id) => fs.existsSync(path.join(dir, id, 'package.json')))
    .sort();
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  describe() {
    return { name: pkg.strapi.name, version: pkg.version, plugins: localPluginIds(strapi) };
  },
});
