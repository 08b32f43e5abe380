import { CHECK_ACTION } from '../permissions';
import { checkBody, demoQuery, documentParams, documentQuery } from '../schemas/check';
import { responses } from '../schemas/responses';

const policies = [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [CHECK_ACTION] } },
];

/** Mounted under /accessibility. The toolbar assets and the demo page are public (auth: false). */
export default {
  type: 'admin' as const,
  routes: [
    {
      method: 'POST',
      path: '/check',
      handler: 'check.check',
      request: { body: { 'application/json': checkBody } },
      response: responses.check,
      config: { policies, description: '检查一段 HTML 的无障碍问题（GB/T 37668-2019、WCAG 2.1）' },
    },
    {
      method: 'GET',
      path: '/documents/:uid/:documentId',
      handler: 'check.document',
      request: { params: documentParams.shape, query: documentQuery.shape },
      response: responses.document,
      config: { policies, description: '一条栏目内容草稿的无障碍检查报告' },
    },
    {
      method: 'GET',
      path: '/rules',
      handler: 'check.rules',
      response: responses.rules,
      config: { policies, description: '检查规则表' },
    },
    {
      method: 'GET',
      path: '/toolbar.js',
      handler: 'toolbar.script',
      response: responses.asset,
      config: { auth: false, description: '无障碍工具条脚本', produces: 'text/javascript' },
    },
    {
      method: 'GET',
      path: '/toolbar.css',
      handler: 'toolbar.style',
      response: responses.asset,
      config: { auth: false, description: '无障碍工具条样式', produces: 'text/css' },
    },
    {
      method: 'GET',
      path: '/demo',
      handler: 'toolbar.demo',
      request: { query: demoQuery.shape },
      response: responses.asset,
      config: { auth: false, description: '带工具条的示例页面', produces: 'text/html' },
    },
  ],
};
