const can = (action: string) => ({
  policies: [
    'admin::isAuthenticatedAdmin',
    { name: 'admin::hasPermissions', config: { actions: [`plugin::gov-core.${action}`] } },
  ],
});

export default {
  type: 'admin' as const,
  routes: [
    {
      method: 'POST',
      path: '/disclosure/publish-date',
      handler: 'disclosure.correctPublishDate',
      config: can('publish-date.correct'),
    },
    {
      method: 'GET',
      path: '/disclosure/publish-date',
      handler: 'disclosure.publishDateHistory',
      config: can('publish-date.correct'),
    },
    {
      method: 'GET',
      path: '/disclosure/index-numbers',
      handler: 'disclosure.indexNumbers',
      config: can('index-numbers.read'),
    },
  ],
};
