import type { z } from 'zod';
import { articleListQuery, localeQuery, pagination } from '../schemas/content-api';
import { responses } from '../schemas/responses';

type Shape = Record<string, z.ZodType>;

const get = (path: string, handler: string, description: string, response: z.ZodType, query?: Shape) => ({
  method: 'GET',
  path,
  handler,
  ...(query ? { request: { query } } : {}),
  response,
  config: { description },
});

/** Public reads. Every handler here is declared public in ../permissions.ts. */
export default {
  type: 'content-api' as const,
  routes: [
    get('/info', 'info.index', '名称、版本与已启用的本地插件', responses.info),
    get('/openapi.json', 'info.openapi', 'OpenAPI 3.1 文档（本站所有本地插件的接口）', responses.openapi),
    get('/columns/tree', 'content.columnTree', '栏目树', responses.columnTree, localeQuery.shape),
    get('/columns/:slug', 'content.columnBySlug', '栏目、面包屑与最新信息', responses.column, pagination.shape),
    get(
      '/articles',
      'content.articles',
      '信息列表（按栏目、部门、主题、年份筛选）',
      responses.articles,
      articleListQuery.shape,
    ),
    get(
      '/articles/:documentId',
      'content.article',
      '一条信息及其信息公开目录元数据',
      responses.article,
      localeQuery.shape,
    ),
    get('/departments', 'content.departments', '部门列表', responses.departments, localeQuery.shape),
    get('/labels', 'content.labels', '枚举键 → 简繁标签', responses.labels),
  ],
};
