/**
 * Content-API actions that the public (anonymous) role may call: `<controller>.<action>` within gov-core,
 * or a full action UID of another plugin. Declared as data and granted by the public-access sync;
 * nothing else is granted to the public.
 */
export const PUBLIC_ACTIONS = [
  'info.index',
  'content.columnTree',
  'content.columnBySlug',
  'articles.find',
  'articles.findOne',
  'content.departments',
  'content.labels',
  'info.openapi',
  // The locale list feeds the 简体 | 繁体 switcher of every front end.
  'plugin::i18n.locales.listLocales',
] as const;

/** Admin RBAC actions of gov-core (shown in the role editor under 插件 / gov-core). */
export const ADMIN_ACTIONS = [
  { uid: 'publish-date.correct', displayName: '更正发布日期（留有记录）' },
  { uid: 'index-numbers.read', displayName: '查看索引号登记' },
  { uid: 'reviews.read', displayName: '查看保密审查队列' },
  { uid: 'reviews.decide', displayName: '保密审查：通过 / 不通过' },
  { uid: 'audit.read', displayName: '查看操作日志' },
].map((a) => ({ ...a, section: 'plugins' as const, pluginName: 'gov-core' }));

/** The department-scoping RBAC condition (`plugin::gov-core.in-own-department`). */
export const IN_OWN_DEPARTMENT = 'plugin::gov-core.in-own-department';
/** Scalar copy of an item's department documentId, added to every registered column type. */
export const SCOPE_FIELD = 'scopeDepartment';

/** The roles created on bootstrap (idempotently; a super admin may edit them afterwards). */
export const ROLES = {
  webmaster: { code: 'gov-webmaster', name: '网站管理员', description: '管理所有栏目、栏目树和部门，可发布' },
  editor: {
    code: 'gov-department-editor',
    name: '部门编辑',
    description: '只能起草、修改、删除本部门的信息，不能发布',
  },
  reviewer: {
    code: 'gov-reviewer',
    name: '审核员',
    description: '审查本部门的信息（保密审查），发布或撤回通过审查的信息',
  },
} as const;
