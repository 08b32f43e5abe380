const can = (action: string) => ({
  policies: [
    'admin::isAuthenticatedAdmin',
    { name: 'admin::hasPermissions', config: { actions: [`plugin::power-list.${action}`] } },
  ],
});

export default {
  type: 'admin' as const,
  routes: [
    { method: 'POST', path: '/import', handler: 'admin.import', config: can('import') },
    { method: 'GET', path: '/export', handler: 'admin.export', config: can('export') },
    { method: 'GET', path: '/adjustments', handler: 'admin.adjustments', config: can('adjustments.read') },
  ],
};
