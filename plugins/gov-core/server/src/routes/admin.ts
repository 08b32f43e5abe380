import { adminCan } from '@gov-portal/kit';
import type { z } from 'zod';
import {
  auditQuery,
  indexNumberQuery,
  publishDateCorrection,
  publishDateHistoryQuery,
  reviewDecision,
  reviewStatusQuery,
} from '../schemas/content-api';
import { responses } from '../schemas/responses';

const can = adminCan('gov-core');

interface Doc {
  description: string;
  response: z.ZodType;
  query?: Record<string, z.ZodType>;
  body?: z.ZodType;
  produces?: string;
}

const route = (method: string, path: string, handler: string, config: object, doc: Doc) => ({
  method,
  path,
  handler,
  ...(doc.query || doc.body
    ? {
        request: {
          ...(doc.query ? { query: doc.query } : {}),
          ...(doc.body ? { body: { 'application/json': doc.body } } : {}),
        },
      }
    : {}),
  response: doc.response,
  config: {
    ...config,
    description: doc.description,
    ...(doc.produces ? { produces: doc.produces } : {}),
  },
});

// The CSV export takes the list's filters; page and pageSize are accepted and ignored.
const { page: _page, pageSize: _pageSize, ...auditFilters } = auditQuery.shape;

/** Admin routes. `:uid` is a content-type UID, URL-encoded (plugin%3A%3Agov-core.article). */
export default {
  type: 'admin' as const,
  routes: [
    route('POST', '/disclosure/publish-date', 'disclosure.correctPublishDate', can('publish-date.correct'), {
      description: '更正发布日期（留有记录）',
      body: publishDateCorrection,
      response: responses.publishDateCorrection,
    }),
    route('GET', '/disclosure/publish-date', 'disclosure.publishDateHistory', can('publish-date.correct'), {
      description: '发布日期更正记录，最新在前',
      query: publishDateHistoryQuery.shape,
      response: responses.publishDateHistory,
    }),
    route('GET', '/disclosure/index-numbers', 'disclosure.indexNumbers', can('index-numbers.read'), {
      description: '索引号登记（按机构代码、年份、流水号排序）',
      query: indexNumberQuery.shape,
      response: responses.indexNumbers,
    }),
    route('GET', '/reviews/pending', 'governance.pendingReviews', can('reviews.read'), {
      description: '保密审查待审队列（限本部门的审核员只见本部门）',
      response: responses.pendingReviews,
    }),
    route(
      'GET',
      '/reviews/:uid/:documentId/status',
      'governance.reviewStatus',
      // Whoever may read the item (its editor too) sees its state and the reviewer's comment.
      { policies: ['admin::isAuthenticatedAdmin'] },
      {
        description: '一条信息当前版本的保密审查状态、最近的审查意见，以及四眼原则（编辑视图的保密审查面板）',
        query: reviewStatusQuery.shape,
        response: responses.reviewStatus,
      },
    ),
    route('GET', '/reviews/:uid/:documentId', 'governance.reviewHistory', can('reviews.read'), {
      description: '一条信息的保密审查记录，最新在前',
      response: responses.reviews,
    }),
    route('POST', '/reviews/:uid/:documentId', 'governance.decide', can('reviews.decide'), {
      description: '保密审查：通过 / 不通过当前草稿',
      body: reviewDecision,
      response: responses.review,
    }),
    route('GET', '/audit', 'governance.audit', can('audit.read'), {
      description: '操作日志，最新在前（审核员只见本部门）',
      query: auditQuery.shape,
      response: responses.audit,
    }),
    route('GET', '/audit/export.csv', 'governance.auditCsv', can('audit.read'), {
      description: '操作日志导出（CSV，UTF-8 带 BOM）',
      query: auditFilters,
      response: responses.auditCsv,
      produces: 'text/csv',
    }),
    route(
      'GET',
      '/memberships/me',
      'governance.myDepartments',
      { policies: ['admin::isAuthenticatedAdmin'] },
      { description: '当前用户所属部门（文档 ID）', response: responses.myDepartments },
    ),
    route(
      'GET',
      '/drafts/recent',
      'governance.recentDrafts',
      // Each type's drafts are filtered by the caller's reach (their departments), as the content manager does.
      { policies: ['admin::isAuthenticatedAdmin'] },
      {
        description: '首页「本部门最近草稿」：可查看的各栏目最新草稿及其保密审查状态',
        response: responses.recentDrafts,
      },
    ),
    route(
      'GET',
      '/admin-messages',
      'info.adminMessages',
      // Read by the admin before login (registerTrads): form labels, as public as the admin bundle itself.
      { auth: false },
      {
        description: '管理后台的内容类型名称和字段名称（按「配置视图」中的设置），供后台界面翻译',
        response: responses.adminMessages,
      },
    ),
    route(
      'GET',
      '/admin-layouts/options',
      'info.enumerationLabels',
      { policies: ['admin::isAuthenticatedAdmin'] },
      {
        description: '内容管理中枚举字段的中文选项（按内容类型或组件、字段、取值）',
        response: responses.enumerationLabels,
      },
    ),
  ],
};
