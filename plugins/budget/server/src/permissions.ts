/** Content-API actions the public (anonymous) role may call, granted by gov-core's public-access sync. */
export const PUBLIC_ACTIONS = [
  'reports.find',
  'reports.findOne',
  'lines.find',
  'lines.findOne',
  'tables.tree',
  'tables.chart',
  'tables.summary',
  'tables.labels',
] as const;

/** Admin RBAC actions (role editor: 插件 / budget). */
export const ADMIN_ACTIONS = [
  { uid: 'deadlines.read', displayName: '查看预决算公开时限' },
  { uid: 'tables.import', displayName: '导入预决算表格' },
  { uid: 'tables.export', displayName: '导出预决算表格' },
].map((a) => ({ ...a, section: 'plugins' as const, pluginName: 'budget' }));

/** What the portal roles get (department editors and reviewers are limited to their departments). */
export const ROLE_GRANTS = {
  webmaster: [
    'plugin::budget.deadlines.read',
    'plugin::budget.tables.import',
    'plugin::budget.tables.export',
  ],
  editor: ['plugin::budget.deadlines.read', 'plugin::budget.tables.import', 'plugin::budget.tables.export'],
  reviewer: ['plugin::budget.deadlines.read', 'plugin::budget.tables.export'],
};
