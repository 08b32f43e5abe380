import type { Core } from '@strapi/strapi';
import { adminCan } from '@gov-portal/kit';
import { UID } from '../constants';
import { govCore } from '../get-service';
import { queries, responses } from '../schemas';

const can = adminCan('budget');

export default {
  'content-api': ({ strapi }: { strapi: Core.Strapi }) => ({
    type: 'content-api' as const,
    routes: [
      {
        method: 'GET',
        path: '/reports/:documentId/tree',
        handler: 'tables.tree',
        request: { query: queries.tree },
        response: responses.tree,
        config: {
          description:
            '预决算报告的科目树（by=function 支出功能分类，by=economic 经济分类；fund 按资金性质）：每一级金额等于其下级之和',
        },
      },
      {
        method: 'GET',
        path: '/reports/:documentId/chart.svg',
        handler: 'tables.chart',
        request: { query: queries.chart },
        response: responses.chart,
        config: {
          description: '预决算报告支出按类的结构图（SVG，含标题、说明和文字标签；简繁随 locale）',
          produces: 'image/svg+xml',
        },
      },
      ...govCore(strapi, 'public-api').routes({
        uid: UID.report,
        path: '/reports',
        controller: 'reports',
        description: {
          list: '部门预算、部门决算（已发布；Strapi 查询语言；department、column、year、kind 筛选）',
          one: '预决算报告详情（含“三公”经费、机关运行经费、表格清单与空表说明）',
        },
      }),
      ...govCore(strapi, 'public-api').routes({
        uid: UID.line,
        path: '/lines',
        controller: 'lines',
        description: {
          list: '已公开预决算报告的表格明细（Strapi 查询语言；report、table 筛选；amount 为报告金额单位的百分之一，amountDecimal 为该单位的精确金额）',
          one: '预决算明细详情',
        },
      }),
      {
        method: 'GET',
        path: '/summary',
        handler: 'tables.summary',
        request: { query: queries.summary },
        response: responses.summary,
        config: {
          description:
            '某年度已公开预决算的汇总（元）：按部门、按功能分类（类）合计，及教育、社会保障和就业、卫生健康、农林水、住房保障等民生支出',
        },
      },
      {
        method: 'GET',
        path: '/labels',
        handler: 'tables.labels',
        request: { query: queries.labels },
        response: responses.labels,
        config: { description: '报告类型、资金性质、支出类型、金额单位、“三公”经费及各年度表套的简繁标签' },
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
            '各预决算报告的公开期限（批复后 20 日）与状态（限本部门；on=YYYY-MM-DD，overdue=true 只列逾期）',
        },
      },
      {
        method: 'POST',
        path: '/reports/:documentId/import',
        handler: 'admin.import',
        request: { query: queries.import },
        response: responses.import,
        config: {
          ...can('tables.import'),
          description:
            '导入报告的标准表格（.xlsx 每表一个工作表，或 .csv 每表以表名行开始）：逐行校验，全部成功才写入；dryRun=true 只检查',
        },
      },
      {
        method: 'GET',
        path: '/reports/:documentId/export',
        handler: 'admin.export',
        request: { query: queries.export },
        response: responses.export,
        config: {
          ...can('tables.export'),
          description: '导出报告的标准表格（与导入格式相同，导出后再导入不改变任何数据）',
          produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
      },
    ],
  },
};
