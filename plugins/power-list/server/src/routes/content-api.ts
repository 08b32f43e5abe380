/** Public reads. Every handler here is declared public in ../permissions.ts. */
export default {
  type: 'content-api' as const,
  routes: [
    {
      method: 'GET',
      path: '/items',
      handler: 'public.items',
      config: {
        description: '权力事项（已发布）：按部门代码、职权类型、状态筛选，按名称搜索',
        // `status` is the item status (in-force, cancelled …, all): checked by the route's schema.
        publicRead: { ownStatus: true },
      },
    },
    {
      method: 'GET',
      path: '/items/:documentId',
      handler: 'public.item',
      config: { description: '权力事项详情（含责任事项、追责情形、调整情况）' },
    },
    {
      method: 'GET',
      path: '/summary',
      handler: 'public.summary',
      config: { description: '按部门 × 职权类型统计的权力事项数', publicRead: { ownStatus: true } },
    },
    {
      method: 'GET',
      path: '/labels',
      handler: 'public.labels',
      config: { description: '职权类型、事项状态、责任环节与调整类型的简繁标签' },
    },
    {
      method: 'GET',
      path: '/adjustments',
      handler: 'public.adjustments',
      config: { description: '权力清单动态调整情况（最新在前），按部门和年份筛选' },
    },
  ],
};
