import type { Core } from '@strapi/strapi';
import { query } from '@gov-portal/kit';
import { z } from 'zod';
import { OPERATION_MODE_KEYS, SECTOR_KEYS, STAGE_KEYS, labelsOfProject, labelsOfUpdate } from '../enums';
import { UID } from '../constants';
import { govCore } from '../get-service';

type Doc = Record<string, any>;

const oneOf = (keys: readonly string[], what: string) =>
  z.enum(keys as unknown as [string, ...string[]], { message: `须为${what}代码之一：${keys.join(', ')}` });
const wan = z.coerce
  .number({ message: '须为数字（万元）' })
  .refine(Number.isFinite, '须为数字（万元）')
  .refine((v) => v >= 0, '不能为负数');

export const PROJECT_POPULATE = {
  department: { fields: ['name', 'shortName', 'code'] },
  governmentParty: { fields: ['name', 'shortName', 'code'] },
  township: { fields: ['name', 'code'] },
  column: { fields: ['name', 'slug'] },
  milestones: true,
  disclosure: { populate: { publisher: { fields: ['name', 'code', 'organizationCode'] } } },
};

/** The shortcut filters every column type with department and column shares (gov-core's one copy). */
const shared = (strapi: Core.Strapi) => {
  const filters = () => govCore(strapi, 'public-api').aliasFilters;
  return {
    department: {
      schema: query.slug(),
      description: '责任部门代码',
      toFilters: (v: string) => filters().ofDepartment(v),
    },
    column: {
      schema: query.slug(),
      description: '栏目代码',
      toFilters: (v: string) => filters().inColumn(v),
    },
  };
};

/**
 * GET /api/ppp/projects[/:documentId]: Strapi's query language plus the shortcuts of the issue (stage, sector,
 * operationMode, township, minInvestment, maxInvestment); every entry carries the Chinese labels of its keys.
 */
export const projectApi = (strapi: Core.Strapi) => ({
  searchFields: ['code', 'location', 'socialCapitalParty'],
  aliases: {
    ...shared(strapi),
    stage: {
      schema: oneOf(STAGE_KEYS, '项目阶段'),
      description: '项目阶段',
      toFilters: (v: string) => ({ stage: { $eq: v } }),
    },
    sector: {
      schema: oneOf(SECTOR_KEYS, '所属行业'),
      description: '所属行业',
      toFilters: (v: string) => ({ sector: { $eq: v } }),
    },
    operationMode: {
      schema: oneOf(OPERATION_MODE_KEYS, '运作方式'),
      description: '运作方式',
      toFilters: (v: string) => ({ operationMode: { $eq: v } }),
    },
    township: {
      schema: query.slug(),
      description: '所在乡镇（部门代码）',
      toFilters: (v: string) => ({ township: { code: { $eq: v } } }),
    },
    minInvestment: {
      schema: wan,
      description: '投资规模下限（万元，含）',
      toFilters: (v: number) => ({ investment: { $gte: v } }),
    },
    maxInvestment: {
      schema: wan,
      description: '投资规模上限（万元，含）',
      toFilters: (v: number) => ({ investment: { $lte: v } }),
    },
  },
  defaultSort: ['investment:desc', 'id:desc'],
  defaultPopulate: PROJECT_POPULATE,
  decorate: (entries: Doc[]) => entries.map(labelsOfProject),
});

/** GET /api/ppp/updates[/:documentId]: 实施情况, newest period first; `project` = its documentId. */
export const updateApi = (strapi: Core.Strapi) => ({
  searchFields: ['period'],
  aliases: {
    ...shared(strapi),
    project: {
      schema: z.string().regex(/^[a-z0-9]{24}$/, '须为项目的 documentId'),
      description: '项目 documentId',
      toFilters: (v: string) => ({ project: { documentId: { $eq: v } } }),
    },
    year: {
      schema: query.year(1990),
      description: '报告年度',
      toFilters: (v: number) => ({ period: { $startsWith: String(v) } }),
    },
  },
  // Only reports of projects the public can see (the platform adds published-only and 不予公开 to the relation).
  defaultFilters: () => ({ project: { documentId: { $notNull: true } } }),
  defaultSort: ['period:desc', 'id:desc'],
  defaultPopulate: { project: { fields: ['name', 'code', 'stage'] }, attachments: true },
  decorate: (entries: Doc[]) => entries.map(labelsOfUpdate),
});

export { UID };
