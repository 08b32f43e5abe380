/** Public reads. Every handler here is declared public in ../permissions.ts. */
export default {
  type: 'content-api' as const,
  routes: [
    {
      method: 'GET',
      path: '/info',
      handler: 'info.index',
      config: { description: '名称、版本与已启用的本地插件' },
    },
    {
      method: 'GET',
      path: '/columns/tree',
      handler: 'content.columnTree',
      config: { description: '栏目树' },
    },
    {
      method: 'GET',
      path: '/columns/:slug',
      handler: 'content.columnBySlug',
      config: { description: '栏目、面包屑与最新信息' },
    },
    {
      method: 'GET',
      path: '/articles',
      handler: 'content.articles',
      config: { description: '信息列表（按栏目、部门、主题、年份筛选）' },
    },
    {
      method: 'GET',
      path: '/articles/:documentId',
      handler: 'content.article',
      config: { description: '一条信息及其信息公开目录元数据' },
    },
    {
      method: 'GET',
      path: '/departments',
      handler: 'content.departments',
      config: { description: '部门列表' },
    },
    {
      method: 'GET',
      path: '/labels',
      handler: 'content.labels',
      config: { description: '枚举键 → 简繁标签' },
    },
  ],
};
