import type { Core } from '@strapi/strapi';
import { PUBLIC_ACTIONS } from './permissions';
import { PLUGIN_ID } from './utils/plugin-id';
import { getService } from './utils/get-service';
import { defaultAdminLanguage } from './setup/admin-language';
import { GOV_CORE_COMPONENTS, registerComponents } from './setup/components';
import { guardPublicReads } from './setup/public-read';
import { guardUploadRoutes } from './setup/upload-hardening';
import { guardAdminDocumentRoutes } from './setup/admin-route-scope';
import { ARTICLE_API } from './setup/article-api';
import { tableUploadLimit } from './middlewares/table-upload-limit';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // 正文 editor (admin/src/components/rich-text-editor.tsx): HTML in a richtext column.
  strapi.customFields.register({ name: 'rich-text', plugin: PLUGIN_ID, type: 'richtext' });
  registerComponents(strapi, GOV_CORE_COMPONENTS);
  getService(strapi, 'public-access').declare(PLUGIN_ID, PUBLIC_ACTIONS);
  getService(strapi, 'column-registry').registerColumnType({
    uid: 'plugin::gov-core.article',
    label: '信息',
    cadence: 'news',
    publicFields: ['title', 'subtitle', 'summary', 'body', 'source', 'author'],
    api: ARTICLE_API,
  });
  defaultAdminLanguage(strapi);
  guardPublicReads(strapi);
  guardUploadRoutes(strapi);
  guardAdminDocumentRoutes(strapi);
  // Registered before Strapi's own middlewares (added at bootstrap), so it runs ahead of strapi::body.
  strapi.server.use(tableUploadLimit({ strapi }));
};
