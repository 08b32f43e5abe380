import { Eye } from '@strapi/icons';
import { AccessibilityPanel } from './components/EditViewPanel';

const PLUGIN_ID = 'accessibility';

/** Admin part: the 无障碍检查 page (paste HTML or pick an entry) and the edit view's side panel. */
export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Eye,
      intlLabel: { id: `${PLUGIN_ID}.menu`, defaultMessage: '无障碍检查' },
      permissions: [{ action: `plugin::${PLUGIN_ID}.check`, subject: null }],
      Component: () => import('./pages/CheckPage'),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: '无障碍检查' });
  },
  bootstrap(app: any) {
    app.getPlugin('content-manager')?.apis?.addEditViewSidePanel([AccessibilityPanel]);
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ data: {}, locale }));
  },
};
