import { PLUGIN_ID } from './utils/plugin-id';

/** Admin RBAC actions (role editor → 插件 → accessibility). */
export const ADMIN_ACTIONS = [{ uid: 'check', displayName: '无障碍内容检查' }].map((a) => ({
  ...a,
  section: 'plugins' as const,
  pluginName: PLUGIN_ID,
}));

export const CHECK_ACTION = `plugin::${PLUGIN_ID}.check`;
