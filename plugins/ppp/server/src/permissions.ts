import { UID } from './constants';

/** Content-API actions the public (anonymous) role may call, granted by gov-core's public-access sync. */
export const PUBLIC_ACTIONS = [
  'projects.find',
  'projects.findOne',
  'updates.find',
  'updates.findOne',
  'stats.summary',
  'stats.chart',
  'stats.labels',
] as const;

/** Admin RBAC actions (role editor: 插件 / ppp). */
export const ADMIN_ACTIONS = [{ uid: 'deadlines.read', displayName: '查看 PPP 项目信息公开时限' }].map(
  (a) => ({
    ...a,
    section: 'plugins' as const,
    pluginName: 'ppp',
  }),
);

/** What the portal roles get (department editors and reviewers are limited to their departments). */
export const ROLE_GRANTS = {
  webmaster: ['plugin::ppp.deadlines.read'],
  editor: ['plugin::ppp.deadlines.read'],
  reviewer: ['plugin::ppp.deadlines.read'],
};

export { UID };
