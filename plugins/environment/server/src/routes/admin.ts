const can = (action: string) => ({
  policies: [
    'admin::isAuthenticatedAdmin',
    { name: 'admin::hasPermissions', config: { actions: [`plugin::environment.${action}`] } },
  ],
});

export default {
  type: 'admin' as const,
  routes: [
    {
      method: 'POST',
      path: '/import/observations',
      handler: 'admin.importObservations',
      config: can('import'),
    },
    { method: 'GET', path: '/overdue', handler: 'admin.overdue', config: can('overdue.read') },
  ],
};
