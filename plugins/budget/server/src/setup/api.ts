import type { Core } from '@strapi/strapi';
import { centsToNumber, formatCents } from '@gov-portal/kit/domain';
import { query } from '@gov-portal/kit';
import { z } from 'zod';
import { KINDS, KIND_KEYS, UNITS, type KindKey, type UnitKey } from '../data/labels';
import { tableSetFor } from '../data/table-sets';
import { threeFundsView } from '../domain';
import { UID } from '../constants';
import { govCore } from '../get-service';
import { centsOf, threeFundsOf } from './stored';

type Doc = Record<string, any>;

const money = (v: unknown) => {
  const cents = centsOf(v);
  return cents === null ? null : centsToNumber(cents);
};

/** A served report with its labels, 三公经费 as parts with totals and changes, amounts as numbers. */
export const decorateReport = (entry: Doc): Doc => {
  const funds = entry.threePublicFunds ? threeFundsOf(entry) : null;
  const view = funds ? threeFundsView(funds) : null;
  return {
    ...entry,
    kindLabel: KINDS[entry.kind as KindKey]?.['zh-Hans'] ?? null,
    unitLabel: UNITS[entry.unit as UnitKey]?.['zh-Hans'] ?? null,
    ...('agencyOperatingCost' in entry ? { agencyOperatingCost: money(entry.agencyOperatingCost) } : {}),
    ...('agencyOperatingCostLastYear' in entry
      ? { agencyOperatingCostLastYear: money(entry.agencyOperatingCostLastYear) }
      : {}),
    ...(view
      ? {
          threePublicFunds: {
            parts: view.parts.map((p) => ({
              key: p.key,
              label: p.label,
              amount: centsToNumber(p.amount),
              lastYearAmount: p.lastYearAmount === null ? null : centsToNumber(p.lastYearAmount),
              change: p.change === null ? null : centsToNumber(p.change),
            })),
            total: centsToNumber(view.total),
            lastYearTotal: view.lastYearTotal === null ? null : centsToNumber(view.lastYearTotal),
            change: view.change === null ? null : centsToNumber(view.change),
            explanation: view.explanation,
          },
        }
      : {}),
  };
};

/** The tables of a served report: each table of its set, how many lines it has, and its 空表说明. */
export const tablesOfReport = async (strapi: Core.Strapi, entry: Doc) => {
  if (!KIND_KEYS.includes(entry.kind) || !Number.isInteger(entry.year)) return [];
  const set = tableSetFor(entry.kind, entry.year);
  const rows = (await strapi.db.query(UID.line).findMany({
    where: { report: entry.documentId, publishedAt: { $notNull: true } },
    select: ['tableKey'],
  })) as { tableKey: string }[];
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.tableKey, (counts.get(r.tableKey) ?? 0) + 1);
  const notes = new Map(((entry.tableNotes ?? []) as Doc[]).map((n) => [n.table, n.note]));
  return set.tables.map((t) => ({
    key: t.key,
    title: t.title,
    layout: t.layout,
    lines: t.layout === 'three-public-funds' ? (entry.threePublicFunds ? 4 : 0) : (counts.get(t.key) ?? 0),
    note:
      t.layout === 'three-public-funds'
        ? (entry.threePublicFunds?.explanation ?? null)
        : (notes.get(t.key) ?? null),
  }));
};

/** GET /api/budget/reports[/:documentId]: Strapi's query language plus department, column, year and kind. */
export const reportApi = (strapi: Core.Strapi) => {
  const filters = () => govCore(strapi, 'public-api').aliasFilters;
  return {
    searchFields: ['title'],
    aliases: {
      department: {
        schema: query.slug(),
        description: '部门代码',
        toFilters: (v: string) => filters().ofDepartment(v),
      },
      column: {
        schema: query.slug(),
        description: '栏目代码',
        toFilters: (v: string) => filters().inColumn(v),
      },
      year: {
        schema: query.year(1949),
        description: '年度',
        toFilters: (v: number) => ({ year: { $eq: v } }),
      },
      kind: {
        schema: z.enum(KIND_KEYS as [KindKey, ...KindKey[]], {
          message: '须为 budget（预算）或 final-account（决算）',
        }),
        description: '报告类型：budget 预算 | final-account 决算',
        toFilters: (v: string) => ({ kind: { $eq: v } }),
      },
    },
    defaultSort: ['year:desc', 'id:asc'],
    defaultPopulate: {
      department: { fields: ['name', 'shortName', 'code'] },
      column: { fields: ['name', 'slug'] },
      threePublicFunds: true,
      tableNotes: true,
      attachments: true,
      disclosure: { populate: { publisher: { fields: ['name', 'code', 'organizationCode'] } } },
    },
    decorate: (entries: Doc[]) => entries.map(decorateReport),
  };
};

/**
 * GET /api/budget/lines[/:documentId]: the rows of published reports only (`publicWith`: a line is public exactly
 * while its report is), in Strapi's query language plus report, table and year. `amount` is stored as hundredths
 * of the report's unit; `amountDecimal` gives it as exact decimal text in that unit.
 */
export const lineApi = () => ({
  searchFields: ['functionName', 'economicName', 'item', 'projectName'],
  publicWith: { field: 'report', uid: UID.report },
  aliases: {
    report: {
      schema: z.string().regex(/^[a-z0-9]{24}$/, '须为报告的 documentId'),
      description: '报告 documentId',
      toFilters: (v: string) => ({ report: { $eq: v } }),
    },
    table: {
      schema: z.string().regex(/^[a-z-]{1,40}$/, '须为表格代码，如 general-function'),
      description: '表格代码（表套中的 key，如 general-function）',
      toFilters: (v: string) => ({ tableKey: { $eq: v } }),
    },
  },
  defaultSort: ['report:asc', 'tableKey:asc', 'position:asc', 'id:asc'],
  maxPageSize: 500,
  decorate: (entries: Doc[]) =>
    entries.map((e) => ({
      ...e,
      ...('amount' in e
        ? { amountDecimal: e.amount == null ? null : formatCents(BigInt(String(e.amount))) }
        : {}),
      ...('lastYearAmount' in e
        ? {
            lastYearAmountDecimal:
              e.lastYearAmount == null ? null : formatCents(BigInt(String(e.lastYearAmount))),
          }
        : {}),
    })),
});
