import { columnRoutes } from './column-routes';

const get = (path: string, handler: string, description: string) => ({
  method: 'GET',
  path,
  handler,
  config: { description },
});

/** Public reads. Every handler here is declared public in ../permissions.ts. */
export default {
  type: 'content-api' as const,
  routes: [
    get('/info', 'info.index', '名称、版本与已启用的本地插件'),
    get('/openapi.json', 'info.openapi', 'OpenAPI 3.1 文档'),
    get('/columns/tree', 'content.columnTree', '栏目树'),
    get('/columns/:slug', 'content.columnBySlug', '栏目、面包屑与最新信息'),
    ...columnRoutes({
      uid: 'plugin::gov-core.article',
      path: '/articles',
      controller: 'articles',
      description: {
        list: '信息列表（Strapi 查询语言；按栏目、部门、主题、成文年份筛选，q 关键词）',
        one: '一条信息及其信息公开目录元数据',
      },
    }),
    get('/departments', 'content.departments', '部门列表'),
    get('/labels', 'content.labels', '枚举键 → 简繁标签'),
  ],
};
