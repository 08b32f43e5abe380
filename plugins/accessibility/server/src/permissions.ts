import { PLUGIN_ID } from './utils/plugin-id';

/** Admin RBAC actions (role editor → 插件 → accessibility). */
export const ADMIN_ACTIONS = [{ uid: 'check', displayName: '无障碍内容检查' }].map((a) => ({
  ...a,
  section: 'plugins' as const,
  pluginName: PLUGIN_ID,
}));

export const CHECK_ACTION = `plugin::${PLUGIN_ID}.check`;

/** The portal roles (created by gov-core) that get the check once, when they first appear. */
export const PORTAL_ROLE_CODES = ['gov-webmaster', 'gov-department-editor', 'gov-reviewer'] as const;
