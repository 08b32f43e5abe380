import type { Core } from '@strapi/strapi';
import { variantText } from '@gov-portal/kit';
import { barChartSvg, centsToNumber, formatCents } from '@gov-portal/kit/domain';
import { editionFor } from '../data/classification';
import { FUNDS, KINDS, UNITS, type FundKey, type KindKey, type UnitKey } from '../data/labels';
import { tableSetFor } from '../data/table-sets';
import { buildTree, summarize, treeTotal, type TreeNode } from '../domain';
import { UID } from '../constants';
import { govCore } from '../get-service';
import { LINE_FIELDS, lineOf } from '../setup/stored';

type Doc = Record<string, any>;
export type TreeBy = 'function' | 'economic';

export interface PublicNode {
  code: string;
  name: string;
  amount: number;
  lastYearAmount: number | null;
  basic: number;
  project: number;
  children: PublicNode[];
}

const publicNode = (n: TreeNode): PublicNode => ({
  code: n.code,
  name: n.name,
  amount: centsToNumber(n.amount),
  lastYearAmount: n.lastYearAmount === null ? null : centsToNumber(n.lastYearAmount),
  basic: centsToNumber(n.basic),
  project: centsToNumber(n.project),
  children: n.children.map(publicNode),
});

/**
 * What the public sees of a report's tables: only reports the public API serves (published, not 不予公开 —
 * gov-core's one rule), their classification trees, the year's summary and the chart.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The published report, or null when the public may not see it. */
  const publicReport = async (documentId: string): Promise<Doc | null> => {
    if (!/^[a-z0-9]{24}$/.test(documentId)) return null;
    const visible = await govCore(strapi, 'public-read').publicDocumentIds(UID.report, [documentId]);
    if (!visible.has(documentId)) return null;
    return (await strapi.db.query(UID.report).findOne({
      where: { documentId, publishedAt: { $notNull: true } },
      select: ['documentId', 'title', 'year', 'kind', 'unit'],
      populate: { department: { select: ['documentId', 'name', 'code'] } },
    })) as Doc | null;
  };

  /** The lines of the function (or economic) tables of reports, as tree input grouped per table. */
  const treeLines = async (
    reportIds: string[],
    report: { kind: KindKey; year: number },
    by: TreeBy,
    fund?: FundKey,
  ) => {
    const tables = tableSetFor(report.kind, report.year).tables.filter(
      (t) => t.layout === by && (!fund || t.fund === fund),
    );
    if (!tables.length || !reportIds.length) return [];
    const rows = (await strapi.db.query(UID.line).findMany({
      where: {
        report: { $in: reportIds },
        tableKey: { $in: tables.map((t) => t.key) },
        publishedAt: { $notNull: true },
      },
      select: ['report', ...LINE_FIELDS],
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    })) as Doc[];
    return rows.flatMap((row) => {
      const line = lineOf(row);
      const code = by === 'function' ? line.functionCode : line.economicCode;
      if (!code) return [];
      return [
        {
          report: row.report as string,
          code,
          name: (by === 'function' ? line.functionName : line.economicName) ?? '',
          amount: line.amount,
          lastYearAmount: line.lastYearAmount,
          basic: line.expenseType === 'basic' ? line.amount : 0n,
          project: line.expenseType === 'project' ? line.amount : 0n,
          group: `${row.report}\u0000${line.table}`,
        },
      ];
    });
  };

  const treeOf = async (report: Doc, by: TreeBy, fund?: FundKey) => {
    const edition = editionFor(report.year);
    return buildTree(
      await treeLines([report.documentId], report as never, by, fund),
      (code) => edition[by][code],
    );
  };

  return {
    publicReport,

    async tree(documentId: string, by: TreeBy, fund?: FundKey) {
      const report = await publicReport(documentId);
      if (!report) return null;
      const nodes = await treeOf(report, by, fund);
      return {
        data: nodes.map(publicNode),
        meta: {
          report: { documentId, title: report.title, year: report.year, kind: report.kind },
          by,
          fund: fund ?? null,
          unit: report.unit as UnitKey,
          unitLabel: UNITS[report.unit as UnitKey]['zh-Hans'],
          total: centsToNumber(treeTotal(nodes)),
        },
      };
    },

    /** Totals of the year's public reports (in 元), by department, by 类 and for the 民生 categories. */
    async summary(year: number) {
      // The public list's rules (published, not 不予公开) over every report of the year, not one page.
      const { params } = (await govCore(strapi, 'public-api').listParams(UID.report, {
        filters: { year: { $eq: String(year) } },
      })) as { params: Doc };
      const { start: _s, limit: _l, populate: _p, fields: _f, sort: _o, ...where } = params;
      const data = (await strapi.documents(UID.report as never).findMany({
        ...where,
        fields: ['title', 'year', 'kind', 'unit'],
        populate: { department: { fields: ['name', 'code'] } },
        sort: ['id:asc'],
      } as never)) as unknown as Doc[];
      const edition = editionFor(year);
      const out: Record<string, unknown> = {};
      for (const kind of Object.keys(KINDS) as KindKey[]) {
        const reports = data.filter((r) => r.kind === kind);
        const lines = await treeLines(
          reports.map((r) => r.documentId),
          { kind, year },
          'function',
        );
        const summary = summarize(
          reports.map((r) => {
            const own = lines.filter((l) => l.report === r.documentId);
            return {
              department: r.department
                ? { documentId: r.department.documentId, name: r.department.name, code: r.department.code }
                : null,
              unit: r.unit,
              // The 类 of its tree: each the exact sum of the most detailed rows below it.
              leaves: buildTree(own, () => undefined).map((n) => ({ code: n.code, amount: n.amount })),
            };
          }),
        );
        const name = (code: string) => edition.function[code] ?? code;
        out[kind === 'budget' ? 'budget' : 'finalAccount'] = {
          reports: summary.reports,
          total: centsToNumber(summary.total),
          byDepartment: summary.byDepartment.map((d) => ({
            department: d.department,
            amount: centsToNumber(d.amount),
          })),
          byCategory: summary.byCategory.map((c) => ({
            code: c.code,
            name: name(c.code),
            amount: centsToNumber(c.amount),
          })),
          livelihood: summary.livelihood.map((c) => ({
            code: c.code,
            name: name(c.code),
            amount: centsToNumber(c.amount),
          })),
        };
      }
      return {
        year,
        unit: 'yuan',
        unitLabel: '元',
        edition: { id: edition.id, title: edition.title },
        ...out,
      };
    },

    /** The accessible SVG of a report's top-level split (类), in the response's variant. */
    async chart(documentId: string, by: TreeBy, variant: string | null) {
      const report = await publicReport(documentId);
      if (!report) return null;
      const nodes = await treeOf(report, by);
      const t = variantText(strapi, variant);
      const unit = UNITS[report.unit as UnitKey]['zh-Hans'];
      const total = treeTotal(nodes);
      const axis = by === 'function' ? '支出功能分类' : '支出经济分类';
      return barChartSvg(
        nodes.map((n) => ({
          label: t(`${n.code} ${n.name}`),
          value: Number(n.amount),
          text: t(
            `${formatCents(n.amount)} ${unit}${total > 0n ? `（${((Number(n.amount) / Number(total)) * 100).toFixed(1)}%）` : ''}`,
          ),
        })),
        {
          title: t(`${report.title ?? ''}支出按${axis}（类）`),
          desc: t(`合计 ${formatCents(total)} ${unit}。`),
          id: `budget-${report.documentId}`,
          noData: t('暂无数据'),
        },
      );
    },

    fundLabels: FUNDS,
  };
};
