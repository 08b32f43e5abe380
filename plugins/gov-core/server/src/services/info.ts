import path from 'node:path';
import type { Core } from '@strapi/strapi';
import pkg from '../../../package.json';

/** Ids of the enabled plugins that live in this app's `plugins/` folder. */
export const localPluginIds = (strapi: Core.Strapi): string[] => {
  // Plugins enabled from a folder of the app (plugins/<id>, or PORTAL_EXTRA_PLUGINS), not from node_modules.
  const enabled = (strapi.config.get('enabledPlugins') ?? {}) as Record<string, { pathToPlugin?: string }>;
  const root = path.resolve(strapi.dirs.app.root);
  return Object.keys(strapi.plugins)
    .filter((id) => {
      const where = enabled[id]?.pathToPlugin;
      if (!where) return false;
      const resolved = path.resolve(root, where);
      return resolved.startsWith(root + path.sep) && !resolved.split(path.sep).includes('node_modules');
    })
    .sort();
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  describe() {
    return { name: pkg.strapi.name, version: pkg.version, plugins: localPluginIds(strapi) };
  },
});
