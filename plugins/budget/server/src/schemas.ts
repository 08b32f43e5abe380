/**
 * Request and 200 bodies of budget's own routes (gov-core generates the OpenAPI document from them; the report
 * list and single routes are column routes, documented from the model).
 */
import { z } from 'zod';
import { responses as shared } from '@gov-portal/kit';
import { FUND_KEYS, KIND_KEYS } from './data/labels';

const { dataOf } = shared;

export type TreeNodeBody = {
  code: string;
  name: string;
  amount: number;
  lastYearAmount: number | null;
  basic: number;
  project: number;
  children: TreeNodeBody[];
};
const node: z.ZodType<TreeNodeBody> = z.lazy(() =>
  z.object({
    code: z.string().describe('科目编码'),
    name: z.string(),
    amount: z.number().describe('金额（报告金额单位），等于下级之和'),
    lastYearAmount: z.number().nullable(),
    basic: z.number().describe('其中基本支出'),
    project: z.number().describe('其中项目支出'),
    children: z.array(node),
  }),
);

const split = z.object({ code: z.string(), name: z.string(), amount: z.number().describe('元') });
const kindSummary = z.object({
  reports: z.number().int(),
  total: z.number().describe('元'),
  byDepartment: z.array(
    z.object({
      department: z.looseObject({ documentId: z.string(), name: z.string(), code: z.string() }).nullable(),
      amount: z.number().describe('元'),
    }),
  ),
  byCategory: z.array(split),
  livelihood: z
    .array(split)
    .describe('民生支出：教育 205、社会保障和就业 208、卫生健康 210、农林水 213、住房保障 221'),
});

export const queries = {
  tree: {
    by: z.enum(['function', 'economic']).optional().describe('function 功能分类（默认）| economic 经济分类'),
    fund: z
      .enum(FUND_KEYS as [string, ...string[]])
      .optional()
      .describe('只看一种资金（默认全部）'),
    locale: z.string().optional(),
  },
  chart: {
    by: z.enum(['function', 'economic']).optional().describe('默认 function'),
    locale: z.string().optional(),
  },
  summary: { year: z.string().describe('年度，如 2017'), locale: z.string().optional() },
  labels: { locale: z.string().optional() },
  deadlines: {
    overdue: z.enum(['true', 'false']).optional().describe('true：只列逾期'),
    on: z.string().optional().describe('按此日期计算（YYYY-MM-DD，默认今天）'),
  },
  import: { dryRun: z.enum(['true', 'false']).optional().describe('true：只检查，不写入') },
  export: { format: z.enum(['xlsx', 'csv']).optional().describe('默认 xlsx') },
};

export const responses = {
  tree: z.object({
    data: z.array(node),
    meta: z.looseObject({
      by: z.string(),
      fund: z.string().nullable(),
      unit: z.string(),
      unitLabel: z.string(),
      total: z.number(),
    }),
  }),
  chart: z.string().describe('SVG 图像'),
  summary: dataOf(
    z.object({
      year: z.number().int(),
      unit: z.string(),
      unitLabel: z.string(),
      edition: z.object({ id: z.string(), title: z.string() }),
      budget: kindSummary,
      finalAccount: kindSummary,
    }),
  ),
  labels: dataOf(
    z.looseObject({ kind: z.looseObject({}), fund: z.looseObject({}) }).describe('键 → 简繁标签'),
  ),
  deadlines: z.object({
    data: z.array(
      z.looseObject({
        documentId: z.string(),
        title: z.string().nullable(),
        year: z.number().int(),
        kind: z.enum(KIND_KEYS as [string, ...string[]]),
        approvedAt: z.string().nullable(),
        dueOn: z.string().nullable().describe('最迟公开日期（批复后 20 日）'),
        publishedOn: z.string().nullable(),
        status: z.enum(['no-approval', 'pending', 'overdue', 'published-on-time', 'published-late']),
        label: z.string(),
        daysLeft: z.number().int().nullable(),
        overdue: z.boolean(),
        department: z.looseObject({ documentId: z.string(), name: z.string(), code: z.string() }).nullable(),
      }),
    ),
    meta: z.object({ on: z.string(), total: z.number().int() }),
  }),
  import: dataOf(
    z.looseObject({
      dryRun: z.boolean(),
      tables: z.array(
        z.looseObject({ key: z.string(), title: z.string(), action: z.string(), lines: z.number().int() }),
      ),
      created: z.number().int(),
      removed: z.number().int(),
      unchanged: z.number().int(),
      warnings: z.array(z.looseObject({ sheet: z.string(), row: z.number().int(), message: z.string() })),
    }),
  ),
  export: z.string().describe('xlsx 或 csv 文件'),
};
