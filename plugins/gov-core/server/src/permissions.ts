/**
 * Content-API actions that the public (anonymous) role may call: `<controller>.<action>` within gov-core,
 * or a full action UID of another plugin. Declared as data and granted by the public-access sync;
 * nothing else is granted to the public.
 */
export const PUBLIC_ACTIONS = [
  'info.index',
  'content.columnTree',
  'content.columnBySlug',
  'content.articles',
  'content.article',
  'content.departments',
  'content.labels',
  // The locale list feeds the 简体 | 繁体 switcher of every front end.
  'plugin::i18n.locales.listLocales',
] as const;

/** Admin RBAC actions of gov-core (shown in the role editor under 插件 / gov-core). */
export const ADMIN_ACTIONS = [
  { uid: 'publish-date.correct', displayName: '更正发布日期（留有记录）' },
  { uid: 'index-numbers.read', displayName: '查看索引号登记' },
].map((a) => ({ ...a, section: 'plugins' as const, pluginName: 'gov-core' }));
