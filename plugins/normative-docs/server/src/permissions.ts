import { PLUGIN_ID } from './utils/plugin-id';

/** Content-API actions the public role may call (granted by gov-core's public-access sync). */
export const PUBLIC_ACTIONS = [
  'documents.find',
  'documents.findOne',
  'batches.find',
  'batches.findOne',
  'documents.labels',
] as const;

/** Admin RBAC actions (role editor → 插件 → normative-docs). */
export const ADMIN_ACTIONS = [
  { uid: 'batches.apply', displayName: '执行清理批次（变更文件有效性）' },
  { uid: 'jobs.run', displayName: '立即执行规范性文件自动失效' },
].map((a) => ({ ...a, section: 'plugins' as const, pluginName: PLUGIN_ID }));

export const ACTION = {
  applyBatch: `plugin::${PLUGIN_ID}.batches.apply`,
  runJobs: `plugin::${PLUGIN_ID}.jobs.run`,
} as const;
