import { Shield } from '@strapi/icons';

const PLUGIN_ID = 'gov-core';

/** Admin part of gov-core: the 保密审查 queue page (approve / reject with a comment). */
export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/reviews`,
      icon: Shield,
      intlLabel: { id: `${PLUGIN_ID}.menu.reviews`, defaultMessage: '保密审查' },
      permissions: [{ action: 'plugin::gov-core.reviews.read', subject: null }],
      Component: () => import('./pages/review-queue'),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: '政务核心' });
  },
  bootstrap() {},
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ data: {}, locale }));
  },
};
