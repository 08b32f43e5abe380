/**
 * The route config of an admin route that needs a plugin's RBAC action: an authenticated admin holding
 * `plugin::<pluginId>.<action>` (the OpenAPI generator reads the action from these policies).
 */
export const adminCan = (pluginId: string) => (action: string) => ({
  policies: [
    'admin::isAuthenticatedAdmin',
    { name: 'admin::hasPermissions', config: { actions: [`plugin::${pluginId}.${action}`] } },
  ],
});
