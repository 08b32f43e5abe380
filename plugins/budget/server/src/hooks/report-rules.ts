import type { Core } from '@strapi/strapi';
import { civilDate, decimalToCents, isCivilDate, problem, type FieldError } from '@gov-portal/kit/domain';
import type { WriteHookContext } from 'strapi-plugin-gov-core/types';
import { KINDS, KIND_KEYS, THREE_FUNDS_PARTS, UNITS, UNIT_KEYS, type KindKey } from '../data/labels';
import { tableSetFor } from '../data/table-sets';
import { editionFor } from '../data/classification';
import { emptyTablesWithoutNote, readReportTables, threeFundsProblems, writeReportTables } from '../domain';
import { UID } from '../constants';
import { govCore } from '../get-service';
import { LINE_FIELDS, lineOf, lineSignature, threeFundsOf } from '../setup/stored';

type Doc = Record<string, any>;

const MONEY_FIELDS = [
  ...THREE_FUNDS_PARTS.flatMap((p) => [p, `lastYear${p[0].toUpperCase()}${p.slice(1)}`]).map(
    (f) => `threePublicFunds.${f}`,
  ),
  'agencyOperatingCost',
  'agencyOperatingCostLastYear',
];

const valueAt = (doc: Doc, path: string) =>
  path.split('.').reduce<any>((v, k) => (v == null ? v : v[k]), doc);

/**
 * The write rules of a budget or final-account report, run by gov-core's pipeline on every write: one report
 * per department, year and kind; the 批复 date real and not in the future; amounts exact; the unit, kind and year
 * fixed once tables are imported (the tables are in that unit and of that year's table set). Publishing asks
 * for the 批复 date, the 保密审查 statement, 三公经费 with last year's figures and, if they changed, an
 * explanation, and a note on every table of the set that holds no data.
 */
export const reportHooks = (strapi: Core.Strapi) => {
  const lineCount = (documentId: string) =>
    strapi.db.query(UID.line).count({ where: { report: documentId } }) as Promise<number>;
  const departmentName = async (documentId: string | undefined) =>
    documentId
      ? ((await govCore(strapi, 'directory').department(documentId, ['name'])) as { name?: string } | null)
          ?.name
      : undefined;

  return {
    async compute(after: Doc) {
      if (typeof after.title === 'string' && after.title.trim()) return {};
      const name = await departmentName(after.department?.documentId);
      const kind = KINDS[after.kind as KindKey];
      if (!name || !kind || !Number.isInteger(Number(after.year))) return {};
      return { title: `${name}${after.year}年部门${kind['zh-Hans']}` };
    },

    async validate(before: Doc | null, after: Doc, ctx: WriteHookContext): Promise<FieldError[]> {
      const problems: FieldError[] = [];
      const year = Number(after.year);
      if (after.year === null || after.year === undefined || after.year === '')
        problems.push(problem('year', 'required', '请填写年度'));
      else if (!Number.isInteger(year) || year < 1949 || year > 2100)
        problems.push(problem('year', 'range', '年度须为 1949–2100 的整数'));
      if (!KIND_KEYS.includes(after.kind))
        problems.push(
          problem(
            'kind',
            'enum',
            `请选择报告类型：${KIND_KEYS.map((k) => `${k}（${KINDS[k]['zh-Hans']}）`).join('、')}`,
          ),
        );
      if (!UNIT_KEYS.includes(after.unit))
        problems.push(
          problem(
            'unit',
            'enum',
            `请选择金额单位：${UNIT_KEYS.map((k) => `${k}（${UNITS[k]['zh-Hans']}）`).join('、')}`,
          ),
        );
      if (after.approvedAt !== null && after.approvedAt !== undefined && after.approvedAt !== '') {
        const day = String(after.approvedAt).slice(0, 10);
        if (!isCivilDate(day)) problems.push(problem('approvedAt', 'date', '批复日期不是有效日期'));
        else {
          if (day > civilDate(new Date())!)
            problems.push(problem('approvedAt', 'future', '批复日期不能晚于今天'));
          if (
            Number.isInteger(year) &&
            (Number(day.slice(0, 4)) < year - 1 || Number(day.slice(0, 4)) > year + 2)
          )
            problems.push(
              problem(
                'approvedAt',
                'year',
                `批复日期（${day}）与年度 ${year} 不符：预算批复在当年或上年，决算批复在次年`,
              ),
            );
        }
      }
      const unit = UNITS[after.unit as keyof typeof UNITS]?.['zh-Hans'] ?? '元';
      for (const field of MONEY_FIELDS) {
        const value = valueAt(after, field);
        if (value === null || value === undefined || value === '') continue;
        const cents = decimalToCents(value, field, unit);
        if (!cents.ok) problems.push({ field, rule: cents.rule, message: cents.message });
        else if (cents.value < 0n) problems.push(problem(field, 'non-negative', '金额不能为负数'));
      }
      const department = after.department?.documentId;
      if (department && Number.isInteger(year) && KIND_KEYS.includes(after.kind)) {
        const taken = (await strapi.db.query(UID.report).findOne({
          where: {
            year,
            kind: after.kind,
            scopeDepartment: department,
            ...(ctx.documentId ? { documentId: { $ne: ctx.documentId } } : {}),
          },
          select: ['documentId', 'title'],
        })) as Doc | null;
        if (taken)
          problems.push(
            problem(
              'year',
              'unique',
              `本部门 ${year} 年的部门${KINDS[after.kind as KindKey]['zh-Hans']}已存在（“${taken.title ?? taken.documentId}”）`,
            ),
          );
      }
      // Imported tables are in the report's unit and of its year's table set.
      if (before && ctx.documentId) {
        const changed: string[] = (['unit', 'kind', 'year'] as const).filter(
          (f) => before[f] !== undefined && String(before[f]) !== String(after[f]),
        );
        // The lines carry the report's department (their scope): it moves only without them.
        if (
          before.scopeDepartment &&
          after.department?.documentId &&
          before.scopeDepartment !== after.department.documentId
        )
          changed.push('department');
        if (changed.length && (await lineCount(ctx.documentId)) > 0)
          for (const f of changed)
            problems.push(
              problem(
                f,
                'tables-imported',
                '已导入预决算表格，不能再修改金额单位、报告类型、年度或责任部门：请新建报告，或删除本报告后重新导入',
              ),
            );
      }
      return problems;
    },

    async beforePublish(document: Doc): Promise<FieldError[]> {
      const draft = (await strapi.db.query(UID.report).findOne({
        where: { documentId: document.documentId, publishedAt: null },
        populate: { threePublicFunds: true, tableNotes: true },
      })) as Doc | null;
      if (!draft) return [];
      const problems: FieldError[] = [];
      if (!draft.approvedAt)
        problems.push(problem('approvedAt', 'required', '发布前须填写财政部门的批复日期'));
      if (!String(draft.reviewStatement ?? '').trim())
        problems.push(problem('reviewStatement', 'required', '发布前须填写保密审查情况（负责人审签）'));
      for (const message of threeFundsProblems(threeFundsOf(draft)))
        problems.push(problem('threePublicFunds', 'three-public-funds', message));
      const rows = (await strapi.db.query(UID.line).findMany({
        where: { report: document.documentId },
        select: ['documentId', 'publishedAt', ...LINE_FIELDS],
      })) as Doc[];
      const lines = rows.filter((r) => !r.publishedAt) as { tableKey: string }[];
      // What is reviewed is what will be public: every line's published version says what its draft says.
      const published = new Map(
        rows.filter((r) => r.publishedAt).map((r) => [r.documentId, lineSignature(lineOf(r))]),
      );
      const unpublished = rows.filter(
        (r) => !r.publishedAt && published.get(r.documentId) !== lineSignature(lineOf(r)),
      );
      // The stored tables still add up (a line written by hand after the import may have broken a total): the
      // tables are read back as an import would read them.
      const drafts = rows.filter((r) => !r.publishedAt).map(lineOf);
      if (drafts.length) {
        const set = tableSetFor(draft.kind, draft.year);
        const sheets = writeReportTables({
          set,
          unit: draft.unit,
          lines: drafts,
          notes: {},
          threePublicFunds: null,
        });
        const reread = readReportTables(
          {
            format: 'xlsx',
            sheets: sheets.map((t) => ({ name: t.title, rows: t.rows.map((r) => r.map(String)) })),
          },
          { set, edition: editionFor(draft.year), unit: draft.unit },
        );
        if (reread.errors.length)
          problems.push(
            problem(
              'tables',
              'tables-inconsistent',
              `表格有 ${reread.errors.length} 处不一致（${reread.errors[0].sheet}：${reread.errors[0].message}${reread.errors.length > 1 ? ' 等' : ''}）：请导出表格，修正后重新导入`,
            ),
          );
      }
      if (unpublished.length)
        problems.push(
          problem(
            'tables',
            'lines-unpublished',
            `有 ${unpublished.length} 行明细的修改尚未发布：请发布这些明细，或重新导入表格`,
          ),
        );
      const notes = Object.fromEntries(((draft.tableNotes ?? []) as Doc[]).map((n) => [n.table, n.note]));
      const missing = emptyTablesWithoutNote({
        set: tableSetFor(draft.kind, draft.year),
        lines: lines.map((l) => ({ table: l.tableKey })),
        notes,
      });
      for (const t of missing)
        problems.push(
          problem(
            'tableNotes',
            'empty-table',
            `表格“${t.title}”没有数据：无数据的表格也须公开，请导入该表或在“空表说明”中说明原因`,
          ),
        );
      return problems;
    },

    /** A report deleted takes its lines with it. */
    async afterWrite(_result: unknown, ctx: WriteHookContext) {
      if (ctx.action !== 'delete' || !ctx.documentId) return;
      const left = await strapi.db.query(UID.report).count({ where: { documentId: ctx.documentId } });
      if (left === 0) await strapi.db.query(UID.line).deleteMany({ where: { report: ctx.documentId } });
    },
  };
};
