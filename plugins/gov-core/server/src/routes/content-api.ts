export default {
  type: 'content-api' as const,
  routes: [
    {
      method: 'GET',
      path: '/info',
      handler: 'info.index',
      config: { description: 'Name, version and enabled local plugins of the portal CMS' },
    },
  ],
};
