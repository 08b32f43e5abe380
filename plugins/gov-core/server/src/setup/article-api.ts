import type { ColumnApi } from '../services/column-registry';
import { hasTopic, inColumn, ofDepartment, writtenInYear } from '../domain/disclosure-filters';
import { aliasSchemas } from '../schemas/content-api';

/** How the public content API serves 信息 (articles): GET /api/gov-core/articles[/:documentId]. */
export const ARTICLE_API: ColumnApi = {
  searchFields: ['subtitle', 'summary', 'disclosure.keywords', 'disclosure.documentNumber'],
  aliases: {
    column: { schema: aliasSchemas.slug, description: '栏目代码（slug）', toFilters: inColumn },
    department: { schema: aliasSchemas.slug, description: '部门代码', toFilters: ofDepartment },
    topic: { schema: aliasSchemas.topic, description: '主题分类代码', toFilters: hasTopic },
    year: {
      schema: aliasSchemas.year,
      description: '成文年份（成文日期为空时按发布日期）',
      toFilters: (year: number) => writtenInYear(year),
    },
  },
  defaultSort: ['publishedAt:desc', 'id:desc'],
  defaultPopulate: {
    column: { fields: ['name', 'slug'] },
    department: { fields: ['name', 'shortName', 'code'] },
    disclosure: { populate: { publisher: { fields: ['name', 'code', 'organizationCode'] } } },
    attachments: true,
    cover: true,
    interprets: { fields: ['title'] },
    interpretedBy: { fields: ['title'] },
  },
};
