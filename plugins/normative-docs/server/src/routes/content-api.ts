import { batchListQuery, documentListQuery, documentQuery } from '../schemas/queries';
import { responses } from '../schemas/responses';

/** Public reads (`/api/normative-docs/...`). Every handler is declared public in ../permissions.ts. */
export default {
  type: 'content-api' as const,
  routes: [
    {
      method: 'GET',
      path: '/documents',
      handler: 'documents.find',
      request: { query: documentListQuery.shape },
      response: responses.documents,
      config: { description: '规范性文件列表（有效性、部门、栏目、年份、主题、关键词筛选）' },
    },
    {
      method: 'GET',
      path: '/documents/:documentId',
      handler: 'documents.findOne',
      request: { query: documentQuery.shape },
      response: responses.document,
      config: { description: '一件规范性文件；?populate=history 附带有效性变更记录' },
    },
    {
      method: 'GET',
      path: '/batches',
      handler: 'batches.find',
      request: { query: batchListQuery.shape },
      response: responses.batches,
      config: { description: '已发布的清理批次（清理结果）' },
    },
    {
      method: 'GET',
      path: '/batches/:id',
      handler: 'batches.findOne',
      response: responses.batch,
      config: { description: '一个清理批次及其逐件清理结果' },
    },
    {
      method: 'GET',
      path: '/labels',
      handler: 'documents.labels',
      response: responses.labels,
      config: { description: '有效性与清理结果的简繁标签' },
    },
  ],
};
