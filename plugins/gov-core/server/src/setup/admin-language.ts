import type { Core } from '@strapi/strapi';

/** 简体中文 is the admin UI language of every new admin unless one is chosen explicitly. */
export const ADMIN_DEFAULT_LANGUAGE = 'zh-Hans';

export const defaultAdminLanguage = (strapi: Core.Strapi) => {
  strapi.db.lifecycles.subscribe({
    models: ['admin::user'],
    beforeCreate(event) {
      const data = event.params.data as { preferedLanguage?: string | null };
      if (!data.preferedLanguage) data.preferedLanguage = ADMIN_DEFAULT_LANGUAGE;
    },
  });
};
