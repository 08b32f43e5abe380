import type { Core } from '@strapi/strapi';
import { adjustmentQuery, emptyQuery, summaryQuery } from '../schemas/queries';
import { responses } from '../schemas/responses';
import { govCore } from '../utils/get-service';
import { UID } from '../utils/constants';

/** Public reads. Every handler here is declared public in ../permissions.ts. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  type: 'content-api' as const,
  routes: [
    ...govCore(strapi, 'public-api').routes({
      uid: UID.item,
      path: '/items',
      controller: 'items',
      description: {
        list: '权力事项（已发布；Strapi 查询语言；按部门代码、职权类型、事项状态 itemStatus 筛选，q 按名称搜索）',
        one: '权力事项详情（含责任事项、追责情形、调整情况）',
      },
    }),
    {
      method: 'GET',
      path: '/summary',
      handler: 'public.summary',
      request: { query: summaryQuery.shape },
      response: responses.summary,
      config: { description: '按部门 × 职权类型统计的权力事项数（itemStatus 筛选）' },
    },
    {
      method: 'GET',
      path: '/labels',
      handler: 'public.labels',
      request: { query: emptyQuery.shape },
      response: responses.labels,
      config: { description: '职权类型、事项状态、责任环节与调整类型的简繁标签' },
    },
    {
      method: 'GET',
      path: '/adjustments',
      handler: 'public.adjustments',
      request: { query: adjustmentQuery.shape },
      response: responses.adjustments,
      config: { description: '权力清单动态调整情况（最新在前），按部门和年份筛选' },
    },
  ],
});
