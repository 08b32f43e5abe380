import type { Core } from '@strapi/strapi';
import { adminCan } from '@gov-portal/kit';
import { UID } from '../constants';
import { govCore } from '../get-service';
import { queries, responses } from '../schemas';

const can = adminCan('ppp');

export default {
  'content-api': ({ strapi }: { strapi: Core.Strapi }) => ({
    type: 'content-api' as const,
    routes: [
      ...govCore(strapi, 'public-api').routes({
        uid: UID.project,
        path: '/projects',
        controller: 'projects',
        description: {
          list: 'PPP / 特许经营项目（已发布；Strapi 查询语言；stage、sector、operationMode、township、minInvestment、maxInvestment 筛选，q 按名称、编号、地址搜索）',
          one: 'PPP / 特许经营项目详情（含里程碑和已发布的实施情况 updates）',
        },
      }),
      ...govCore(strapi, 'public-api').routes({
        uid: UID.update,
        path: '/updates',
        controller: 'updates',
        description: {
          list: 'PPP 项目实施情况（已发布；project 按项目、year 按年度筛选）',
          one: 'PPP 项目实施情况详情',
        },
      }),
      {
        method: 'GET',
        path: '/stats',
        handler: 'stats.summary',
        request: { query: queries.stats },
        response: responses.stats,
        config: {
          description:
            'PPP 项目统计：总数与总投资，按阶段、行业、运作方式分组（与项目列表相同的筛选；合计等于所列项目之和）',
        },
      },
      {
        method: 'GET',
        path: '/stats/chart.svg',
        handler: 'stats.chart',
        request: { query: queries.chart },
        response: responses.chart,
        config: {
          description:
            'PPP 项目统计图（SVG，含标题、说明和文字标签；by=sector|stage|operationMode；简繁随 locale）',
          produces: 'image/svg+xml',
        },
      },
      {
        method: 'GET',
        path: '/labels',
        handler: 'stats.labels',
        request: { query: queries.labels },
        response: responses.labels,
        config: { description: '规则版本、项目阶段、行业、运作方式与回报机制的简繁标签' },
      },
    ],
  }),
  admin: {
    type: 'admin' as const,
    routes: [
      {
        method: 'GET',
        path: '/deadlines',
        handler: 'admin.deadlines',
        request: { query: queries.deadlines },
        response: responses.deadlines,
        config: {
          ...can('deadlines.read'),
          description:
            '各项目下一项应公开的信息及期限、是否逾期（限本部门；on=YYYY-MM-DD 按指定日期计算，overdue=true 只列逾期）',
        },
      },
    ],
  },
};
