/** Content-API actions the public (anonymous) role may call, granted by gov-core's public-access sync. */
export const PUBLIC_ACTIONS = [
  'items.find',
  'items.findOne',
  'public.summary',
  'public.adjustments',
  'public.labels',
] as const;

/** Admin RBAC actions (role editor: 插件 / power-list). */
export const ADMIN_ACTIONS = [
  { uid: 'import', displayName: '导入权力清单（xlsx / csv，存为草稿）' },
  { uid: 'export', displayName: '导出权力清单（xlsx / csv）' },
  { uid: 'adjustments.read', displayName: '查看权力清单调整情况' },
].map((a) => ({ ...a, section: 'plugins' as const, pluginName: 'power-list' }));

/** What the portal roles get (department editors are limited to their departments by the services). */
export const ROLE_GRANTS = {
  webmaster: [
    'plugin::power-list.import',
    'plugin::power-list.export',
    'plugin::power-list.adjustments.read',
  ],
  editor: ['plugin::power-list.import', 'plugin::power-list.export', 'plugin::power-list.adjustments.read'],
  reviewer: ['plugin::power-list.export', 'plugin::power-list.adjustments.read'],
};
