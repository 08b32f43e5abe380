/**
 * Request and 200 bodies of ppp's own routes (gov-core generates the OpenAPI document from them; the project
 * and update lists are column routes, documented from the models).
 */
import { z } from 'zod';
import { responses as shared } from '@gov-portal/kit';
import { EDITION_IDS, OPERATION_MODE_KEYS, RETURN_MECHANISM_KEYS, SECTOR_KEYS, STAGE_KEYS } from './enums';

const { dataOf, labelsOf } = shared;

const filterShape = {
  filters: z.looseObject({}).optional().describe('Strapi 的 filters（与项目列表相同）'),
  q: z.string().optional().describe('关键词（项目名称、编号、建设地址、社会资本方）'),
  locale: z.string().optional(),
  stage: z.enum(STAGE_KEYS as unknown as [string, ...string[]]).optional(),
  sector: z.enum(SECTOR_KEYS).optional(),
  operationMode: z.enum(OPERATION_MODE_KEYS).optional(),
  township: z.string().optional().describe('乡镇的部门代码'),
  department: z.string().optional().describe('责任部门代码'),
  column: z.string().optional().describe('栏目代码'),
  minInvestment: z.string().optional().describe('投资规模下限（万元）'),
  maxInvestment: z.string().optional().describe('投资规模上限（万元）'),
};

export const queries = {
  stats: filterShape,
  chart: {
    ...filterShape,
    by: z.enum(['stage', 'sector', 'operationMode']).optional().describe('分组，默认 sector'),
  },
  labels: {},
  deadlines: {
    overdue: z.enum(['true', 'false']).optional().describe('true：只列逾期'),
    on: z.string().optional().describe('按此日期计算（YYYY-MM-DD，默认今天）'),
  },
};

const entry = z.object({
  key: z.string(),
  label: z.string(),
  count: z.number().int(),
  totalInvestment: z.number().describe('万元'),
});

const due = z
  .looseObject({
    item: z.string(),
    label: z.string(),
    dueOn: z.string().describe('YYYY-MM-DD'),
    overdue: z.boolean(),
    rule: z.string(),
  })
  .nullable();

export const responses = {
  stats: dataOf(
    z.object({
      total: z.object({ count: z.number().int(), totalInvestment: z.number().describe('万元') }),
      byStage: z.array(entry),
      bySector: z.array(entry),
      byOperationMode: z.array(entry),
    }),
  ),
  chart: z.string().describe('SVG 图像'),
  labels: dataOf(
    z
      .looseObject({
        sector: labelsOf(SECTOR_KEYS),
        operationMode: labelsOf(OPERATION_MODE_KEYS),
        returnMechanism: labelsOf(RETURN_MECHANISM_KEYS),
        edition: labelsOf(EDITION_IDS),
      })
      .describe(
        'sector、operationMode、returnMechanism、disclosureMode、edition 及各版本的阶段（stage:<版本>）：键 → 简繁标签',
      ),
  ),
  deadlines: z.object({
    data: z.array(
      z.looseObject({
        documentId: z.string(),
        name: z.string(),
        code: z.string(),
        edition: z.string().nullable(),
        stage: z.string(),
        department: z.looseObject({ documentId: z.string(), name: z.string(), code: z.string() }).nullable(),
        next: due,
      }),
    ),
    meta: z.object({ on: z.string(), total: z.number().int() }),
  }),
};
