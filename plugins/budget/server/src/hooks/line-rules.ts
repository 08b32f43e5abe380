import type { Core } from '@strapi/strapi';
import { problem, type FieldError } from '@gov-portal/kit/domain';
import type { WriteHookContext } from 'strapi-plugin-gov-core/types';
import { editionFor } from '../data/classification';
import { EXPENSE_TYPE_KEYS, FUND_KEYS } from '../data/labels';
import { tableSetFor } from '../data/table-sets';
import { checkCode, parentCode, type Axis } from '../domain';
import { UID } from '../constants';

type Doc = Record<string, any>;

interface ReportRow {
  documentId: string;
  year: number;
  kind: 'budget' | 'final-account';
  department: { documentId: string } | null;
  published: boolean;
}

const FROZEN = '所属报告已发布：明细随报告公开，发布期间不能修改；请先撤回报告，修改后经保密审查再发布';

/**
 * The write rules of a budget line: its report exists, is of the same department and is not published (lines
 * are public with their report and are never changed behind its 保密审查); the table is one of the report's
 * set; codes have the right form, are in the report's edition of 政府收支分类科目 or flagged `custom`, and extend
 * a code of the same table; amounts are integers (hundredths of the report's unit), not negative.
 *
 * In the bulk writer (imports) the report is read once per call, and the hierarchy is not re-read per row: the
 * import checked the whole file (domain/tables.ts) before writing it.
 */
export const lineHooks = (strapi: Core.Strapi) => {
  const readReport = async (documentId: string): Promise<ReportRow | null> => {
    const rows = (await strapi.db.query(UID.report).findMany({
      where: { documentId },
      select: ['documentId', 'year', 'kind', 'publishedAt'],
      populate: { department: { select: ['documentId'] } },
    })) as Doc[];
    const draft = rows.find((r) => !r.publishedAt);
    if (!draft) return null;
    return { ...(draft as ReportRow), published: rows.some((r) => r.publishedAt) };
  };
  /** The report of a line; in the bulk writer read once per call (its rows share the write's `state`). */
  const reportOf = (documentId: unknown, ctx: WriteHookContext) => {
    if (typeof documentId !== 'string' || !/^[a-z0-9]{24}$/.test(documentId)) return Promise.resolve(null);
    if (!ctx.bulk || !ctx.state) return readReport(documentId);
    const memo = (ctx.state.budgetReports ??= new Map()) as Map<string, Promise<ReportRow | null>>;
    if (!memo.has(documentId)) memo.set(documentId, readReport(documentId));
    return memo.get(documentId)!;
  };
  const storedReportOf = async (ctx: WriteHookContext) => {
    if (!ctx.documentId) return null;
    const row = (await strapi.db.query(UID.line).findOne({
      where: { documentId: ctx.documentId, publishedAt: null },
      select: ['report', 'tableKey', 'functionCode', 'economicCode'],
    })) as Doc | null;
    return row;
  };

  return {
    async validate(before: Doc | null, after: Doc, ctx: WriteHookContext): Promise<FieldError[]> {
      const problems: FieldError[] = [];
      const report = await reportOf(after.report, ctx);
      if (!report)
        return [problem('report', 'exists', '所属报告不存在（report 须为预决算报告的 documentId）')];
      if (before && before.report !== after.report)
        problems.push(problem('report', 'immutable', '明细不能移到另一份报告'));
      if (report.published) problems.push(problem('report', 'published', FROZEN));
      const department = after.department?.documentId ?? null;
      if (department !== (report.department?.documentId ?? null))
        problems.push(problem('department', 'report-department', '责任部门须与所属报告的责任部门一致'));
      const set = tableSetFor(report.kind, report.year);
      const table = set.tables.find((t) => t.key === after.tableKey);
      if (!table)
        problems.push(
          problem(
            'tableKey',
            'enum',
            `“${String(after.tableKey)}”不是《${set.title}》的表格，应为：${set.tables.map((t) => t.key).join('、')}`,
          ),
        );
      if (!Number.isInteger(Number(after.position)) || Number(after.position) < 1)
        problems.push(problem('position', 'range', '行号须为正整数'));
      if (after.fund != null && !FUND_KEYS.includes(after.fund))
        problems.push(problem('fund', 'enum', `资金性质应为：${FUND_KEYS.join('、')}`));
      if (after.expenseType != null && !EXPENSE_TYPE_KEYS.includes(after.expenseType))
        problems.push(problem('expenseType', 'enum', `支出类型应为：${EXPENSE_TYPE_KEYS.join('、')}`));
      for (const field of ['amount', 'lastYearAmount'] as const) {
        const value = after[field];
        if (value === null || value === undefined || value === '') {
          if (field === 'amount') problems.push(problem(field, 'required', '请填写金额'));
          continue;
        }
        if (!/^\d{1,17}$/.test(String(value)))
          problems.push(
            problem(field, 'integer', '金额须为不小于 0 的整数（报告金额单位的百分之一，如 元 的“分”）'),
          );
      }
      const edition = editionFor(report.year);
      const coded: [Axis, string][] = [];
      if (after.functionCode) coded.push(['function', String(after.functionCode)]);
      if (after.economicCode) coded.push(['economic', String(after.economicCode)]);
      if (table && table.layout !== 'summary' && coded.length === 0 && !after.item)
        problems.push(problem('functionCode', 'required', '请填写科目编码（合计行填写 item）'));
      for (const [axis, code] of coded) {
        const field = axis === 'function' ? 'functionCode' : 'economicCode';
        const check = checkCode(axis, code, edition);
        if (!check.ok) problems.push(problem(field, 'code-format', check.message));
        else if (check.custom && after.custom !== true)
          problems.push(
            problem(
              field,
              'custom',
              `${check.warning.replace(/，按自定义科目.*$/, '')}：如确为自定义科目，请勾选“自定义科目”（custom）`,
            ),
          );
        // A 款 extends a 类 of the same table, a 项 a 款 (the import checked its whole file).
        const parent = check.ok ? parentCode(code) : null;
        if (parent && !ctx.bulk) {
          const found = await strapi.db.query(UID.line).count({
            where: { report: after.report, tableKey: after.tableKey, [field]: parent, publishedAt: null },
          });
          if (!found)
            problems.push(problem(field, 'hierarchy', `上级科目 ${parent} 不在本表中：请先录入上级科目`));
        }
      }
      return problems;
    },

    /** A line written by hand changes what the report's review covers: the report waits for review again. */
    async afterWrite(_result: unknown, ctx: WriteHookContext) {
      if (ctx.bulk || !['create', 'update', 'delete', 'clone', 'discardDraft'].includes(ctx.action)) return;
      const report =
        (ctx.data?.report as string | undefined) ??
        (ctx.state?.budgetLineReport as string | undefined) ??
        (await storedReportOf(ctx))?.report;
      if (typeof report !== 'string') return;
      const row = (await strapi.db.query(UID.report).findOne({
        where: { documentId: report, publishedAt: null },
        select: ['title', 'scopeDepartment'],
      })) as Doc | null;
      if (!row) return;
      await strapi
        .plugin('gov-core')
        .service('reviews')
        .markPending({
          uid: UID.report,
          documentId: report,
          locale: null,
          title: row.title ?? null,
          department: row.scopeDepartment ?? null,
          author: (ctx.actor as never) ?? null,
        });
    },

    /** Publishing or withdrawing a line while its report is public would change what was reviewed. */
    async beforePublish(document: Doc, ctx: WriteHookContext): Promise<FieldError[]> {
      const stored = (await storedReportOf({
        ...ctx,
        documentId: document.documentId ?? ctx.documentId,
      })) as Doc | null;
      const report = stored ? await readReport(stored.report) : null;
      return report?.published ? [problem('report', 'published', FROZEN)] : [];
    },

    async beforeUnpublish(_published: Doc | null, ctx: WriteHookContext): Promise<FieldError[]> {
      const stored = await storedReportOf(ctx);
      const report = stored ? await readReport(stored.report) : null;
      return report?.published ? [problem('report', 'published', FROZEN)] : [];
    },

    async beforeDelete(before: Doc | null, ctx: WriteHookContext): Promise<FieldError[]> {
      const stored = before ?? (await storedReportOf(ctx));
      if (!stored) return [];
      // The line is gone after the write: its report is remembered for afterWrite.
      if (ctx.state) ctx.state.budgetLineReport = stored.report;
      const report = await readReport(stored.report);
      if (report?.published) return [problem('report', 'published', FROZEN)];
      const code = stored.functionCode ?? stored.economicCode;
      const field = stored.functionCode ? 'functionCode' : 'economicCode';
      if (code) {
        const below = await strapi.db.query(UID.line).count({
          where: {
            report: stored.report,
            tableKey: stored.tableKey,
            [field]: { $startsWith: code, $ne: code },
            publishedAt: null,
          },
        });
        if (below) return [problem(field, 'hierarchy', `科目 ${code} 下还有下级科目，请先删除下级科目`)];
      }
      return [];
    },
  };
};
