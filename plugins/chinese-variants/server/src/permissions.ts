/** Admin RBAC actions (role editor → 插件 → chinese-variants). Phrases themselves use content-manager permissions. */
export const ADMIN_ACTIONS = [{ uid: 'preview', displayName: '预览繁体输出' }].map((a) => ({
  ...a,
  section: 'plugins' as const,
  pluginName: 'chinese-variants',
}));

export const PREVIEW_ACTION = 'plugin::chinese-variants.preview';
