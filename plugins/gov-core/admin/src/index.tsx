import { Pencil, Shield } from '@strapi/icons';
import { LabelledEnumeration, labelEnumerationColumns } from './components/enumeration-labels';
import { ReviewPanel } from './components/review-panel';

const PLUGIN_ID = 'gov-core';
// Widget ids (not message ids).
const REVIEW_QUEUE_WIDGET = 'review-queue';
const RECENT_DRAFTS_WIDGET = 'recent-drafts';

/** Admin part of gov-core: the 保密审查 queue page and edit-view panel (approve / reject with a comment), enumeration labels. */
export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/reviews`,
      icon: Shield,
      intlLabel: { id: `${PLUGIN_ID}.menu.reviews`, defaultMessage: '保密审查' },
      permissions: [{ action: 'plugin::gov-core.reviews.read', subject: null }],
      Component: () => import('./pages/review-queue'),
    });
    // The homepage: 保密审查 queue (reviewers, their departments) and the departments' newest drafts.
    app.widgets.register([
      {
        icon: Shield,
        title: { id: `${PLUGIN_ID}.widget.reviews.title`, defaultMessage: '保密审查待审' },
        component: async () => (await import('./components/home-widgets')).ReviewQueueWidget,
        pluginId: PLUGIN_ID,
        id: REVIEW_QUEUE_WIDGET,
        link: {
          label: { id: `${PLUGIN_ID}.widget.reviews.link`, defaultMessage: '打开审查队列' },
          href: `/plugins/${PLUGIN_ID}/reviews`,
        },
        permissions: [{ action: 'plugin::gov-core.reviews.read', subject: null }],
      },
      {
        icon: Pencil,
        title: { id: `${PLUGIN_ID}.widget.drafts.title`, defaultMessage: '本部门最近草稿' },
        component: async () => (await import('./components/home-widgets')).RecentDraftsWidget,
        pluginId: PLUGIN_ID,
        id: RECENT_DRAFTS_WIDGET,
      },
    ]);
    // 正文: CKEditor 5 (self-hosted) on the richtext attributes marked plugin::gov-core.rich-text.
    app.customFields.register({
      name: 'rich-text',
      pluginId: PLUGIN_ID,
      type: 'richtext',
      intlLabel: { id: `${PLUGIN_ID}.rich-text.label`, defaultMessage: '富文本（正文）' },
      intlDescription: {
        id: `${PLUGIN_ID}.rich-text.description`,
        defaultMessage: '表格（可合并单元格）、从办公软件文档粘贴、媒体库图片',
      },
      icon: Pencil,
      components: { Input: async () => import('./components/rich-text-editor') },
    });
    // Enumerations show their Chinese labels (主动公开, 行政许可 …) in the edit view and the list.
    app.addFields({ type: 'enumeration', Component: LabelledEnumeration });
    app.registerPlugin({ id: PLUGIN_ID, name: '政务核心' });
  },
  bootstrap(app: any) {
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', labelEnumerationColumns);
    app.getPlugin('content-manager')?.apis?.addEditViewSidePanel([ReviewPanel]);
  },
  /**
   * The content manager asks for a message per type name and field label (content-manager.content-types.<uid>.
   * <field>): the labels as configured in 「配置视图」, from the server, so none is missing and a webmaster's own
   * label is the one shown. Loaded before login; without them the configured labels still show (as defaults).
   */
  async registerTrads({ locales }: { locales: string[] }) {
    let data: Record<string, string> = {};
    try {
      const backend = (window as { strapi?: { backendURL?: string } }).strapi?.backendURL ?? '';
      const res = await fetch(`${backend}/gov-core/admin-messages`, { credentials: 'omit' });
      if (res.ok) data = ((await res.json()) as { data: Record<string, string> }).data ?? {};
    } catch {
      data = {};
    }
    return locales.map((locale) => ({ data, locale }));
  },
};
