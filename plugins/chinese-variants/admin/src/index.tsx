import type { StrapiApp } from '@strapi/strapi/admin';
import { Globe } from '@strapi/icons';

const PLUGIN_ID = 'chinese-variants';

/** Admin part: a 繁体预览 page (text → converted text; any article by documentId → its 繁体 rendering). */
export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Globe,
      intlLabel: { id: `${PLUGIN_ID}.menu`, defaultMessage: '繁体预览' },
      permissions: [{ action: `plugin::${PLUGIN_ID}.preview`, subject: null }],
      Component: () => import('./pages/PreviewPage'),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: '繁体预览' });
  },
  bootstrap() {},
};
