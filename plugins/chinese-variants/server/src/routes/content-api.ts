/** Not public: API tokens (read-only) may list the overrides. */
export default {
  type: 'content-api' as const,
  routes: [
    { method: 'GET', path: '/phrases', handler: 'phrase.find', config: { description: '繁体词语覆盖列表' } },
    {
      method: 'GET',
      path: '/phrases/:id',
      handler: 'phrase.findOne',
      config: { description: '一条繁体词语覆盖' },
    },
  ],
};
