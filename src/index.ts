import type { Core } from '@strapi/strapi';

export default {
  register(/* { strapi }: { strapi: Core.Strapi } */) {},

  /** Runs after every plugin's bootstrap: locales and the public role are set from what plugins declared. */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Absent only when booted bare (PORTAL_PLUGINS=none, the boot benchmark).
    await strapi.plugin('gov-core')?.service('setup').afterPluginsBootstrap();
  },
};
