import { adminCan } from '@gov-portal/kit';
import type { z } from 'zod';
import {
  auditQuery,
  indexNumberQuery,
  publishDateCorrection,
  publishDateHistoryQuery,
  reviewDecision,
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
  ],
};
