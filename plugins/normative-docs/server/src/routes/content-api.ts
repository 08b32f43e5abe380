import type { Core } from '@strapi/strapi';
import { govCore } from '../utils/get-service';
import { UID } from '../utils/plugin-id';

/** Public reads (`/api/normative-docs/...`). Every handler is declared public in ../permissions.ts. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  type: 'content-api' as const,
  routes: [
    ...govCore(strapi, 'public-api').routes({
      uid: UID.document,
      path: '/documents',
      controller: 'documents',
      description: {
        list: '规范性文件列表（Strapi 查询语言；有效性、部门、栏目、成文年份、主题筛选，q 关键词）',
        one: '一件规范性文件；populate=history 附带有效性变更记录',
      },
    }),
    {
      method: 'GET',
      path: '/batches',
      handler: 'batches.find',
      config: { description: '已发布的清理批次（清理结果）' },
    },
    {
      method: 'GET',
      path: '/batches/:id',
      handler: 'batches.findOne',
      config: { description: '一个清理批次及其逐件清理结果' },
    },
    {
      method: 'GET',
      path: '/labels',
      handler: 'documents.labels',
      config: { description: '有效性与清理结果的简繁标签' },
    },
  ],
});
