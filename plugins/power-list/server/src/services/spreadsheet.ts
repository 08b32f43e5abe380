import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CATEGORIES, type CategoryKey } from '../data/categories';
import { COLUMNS, type ColumnKey } from '../data/columns';
import { formatItemCode, nextItemSerial, parseItemCode } from '../domain/item-code';
import { plainTextToHtml, richTextToPlainText } from '@gov-portal/kit/domain';
import {
  parsePowerListFile,
  writePowerListFile,
  type ParsedRow,
  type PowerListRow,
  type SpreadsheetFormat,
} from '../domain/spreadsheet';
import { importLimits, pluginConfig } from '../config';
import { lockDepartmentCodes } from '../hooks/write-rules';
import type { Actor } from 'strapi-plugin-gov-core/types';
import { fieldError, forbidden } from '@gov-portal/kit';
import { govCore } from '../utils/get-service';
import { SCOPE_FIELD, SOURCE_LOCALE, UID } from '../utils/constants';

/** Rows per `$in` look-up: well under SQLite's and PostgreSQL's bound-variable limits. */
const CHUNK = 500;

export interface RowError {
  row: number;
  column: string;
  message: string;
  /** The limit that refused the file (row 0 only), with `path: ['file']`. */
  rule?: string;
  path?: string[];
}

interface Department {
  documentId: string;
  code: string;
  name: string;
  shortName: string | null;
  order: number | null;
}

interface StoredItem {
  documentId: string;
  code: string | null;
  name: string;
  category: CategoryKey;
  legalBasis: string | null;
  remark: string | null;
  [SCOPE_FIELD]: string | null;
  responsibilities?: { stage: string; duty: string }[];
  accountability?: { situation: string; basis: string | null }[];
}

export type RowAction = 'create' | 'update' | 'unchanged';

export interface PlannedRow {
  row: number;
  action: RowAction;
  code: string;
  name: string;
  department: string;
  documentId: string | null;
}

export interface ImportOptions {
  dryRun?: boolean;
  /** The importing admin (department scoping); null = the system (seeds, benchmarks). */
  actor?: Actor | null;
  /** Slug of the column new items go into; default: the first thematic column of 权力事项. */
  column?: string;
  filename?: string;
  /** Called after each written row (progress bars, benchmarks). */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportResult {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  column: { slug: string; name: string };
  items: PlannedRow[];
}

const header = (key: ColumnKey) => COLUMNS.find((c) => c.key === key)!.header;

/**
 * The import refused: the bad rows with their spreadsheet row number and column, nothing stored. The list
 * and its messages are capped by gov-core (`table-files.refusal`: the first 100, quotations cut short).
 */
export const importRefused = (strapi: Core.Strapi, list: RowError[]) => {
  const sorted = [...list].sort((a, b) => a.row - b.row);
  const rows = new Set(sorted.filter((e) => e.row > 0).map((e) => e.row)).size;
  const message = rows
    ? `导入失败：${rows} 行有错误，未导入任何数据`
    : `导入失败：${sorted[0]?.message ?? '文件无法读取'}`;
  return govCore(strapi, 'table-files').refusal(message, sorted, importLimits(strapi)) as InstanceType<
    typeof errors.ValidationError
  >;
};

const chunks = <T>(xs: readonly T[], size = CHUNK) => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
};

const sameText = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').trim() === (b ?? '').trim();

/** Whether the stored draft already says what the row says (a re-imported export changes nothing). */
const unchanged = (stored: StoredItem, row: ParsedRow, department: string) =>
  stored.name === row.name &&
  stored.category === row.category &&
  stored[SCOPE_FIELD] === department &&
  richTextToPlainText(stored.legalBasis) === row.legalBasis &&
  sameText(stored.remark, row.remark) &&
  JSON.stringify((stored.responsibilities ?? []).map((r) => [r.stage, r.duty])) ===
    JSON.stringify(row.responsibilities.map((r) => [r.stage, r.duty])) &&
  JSON.stringify((stored.accountability ?? []).map((a) => [a.situation, a.basis ?? ''])) ===
    JSON.stringify(row.accountability.map((a) => [a.situation, a.basis]));

/**
 * Spreadsheet import and export of the 权力清单 in the common layout (序号、职权编码、职权名称、职权类型、设定依据、
 * 实施主体、责任事项、追责情形、备注). An import checks every row — format, category, department, department scope,
 * codes in the file and in the database — before anything is written; then, in one transaction (all or nothing)
 * under the departments' 职权编码 locks, creates the new drafts through gov-core's bulk writer (batched inserts
 * of rows indistinguishable from the document service's, after the write rules ran on every row) and updates
 * changed drafts through the document service.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const departments = async (): Promise<Department[]> =>
    govCore(strapi, 'directory').departmentDrafts(SOURCE_LOCALE) as Promise<Department[]>;

  /** 实施主体 as written (name, short name or code) → department; ambiguous names are refused. */
  const departmentResolver = (list: Department[]) => {
    const byKey = new Map<string, Department[]>();
    const add = (key: string | null | undefined, d: Department) => {
      const k = key?.trim();
      if (!k) return;
      const found = byKey.get(k) ?? [];
      if (!found.includes(d)) found.push(d);
      byKey.set(k, found);
    };
    for (const d of list) {
      add(d.name, d);
      add(d.shortName, d);
      add(d.code, d);
    }
    return (text: string) => byKey.get(text.trim()) ?? [];
  };

  /** documentIds of the departments the actor may import for; null = every department. */
  const scopeOf = async (actor: Actor | null | undefined): Promise<string[] | null> => {
    if (!actor || actor.isSuperAdmin) return null;
    const scoping = govCore(strapi, 'scoping');
    const scoped = await scoping.isScoped(actor.id, UID.item, 'create');
    if (scoped === null) throw forbidden('无权新建权力事项，不能导入');
    return scoped ? scoping.departmentsOf(actor.id) : null;
  };

  const targetColumn = async (slug: string | undefined) => {
    const column = await govCore(strapi, 'directory').column(slug ? { slug } : { contentType: UID.item });
    if (!column) {
      throw fieldError(
        'column',
        slug
          ? `栏目“${slug}”不存在`
          : '没有权责清单栏目：请先在栏目树中建立内容类型为“权力事项”的专题栏目，或用 ?column= 指定栏目代码',
        'exists',
      );
    }
    return column as { documentId: string; slug: string; name: string };
  };

  const storedBy = async (where: (part: string[]) => Record<string, unknown>, keys: string[]) => {
    const found: StoredItem[] = [];
    for (const part of chunks([...new Set(keys)])) {
      found.push(
        ...(await strapi.db.query(UID.item).findMany({
          where: { ...where(part), publishedAt: null, locale: SOURCE_LOCALE },
          populate: { responsibilities: true, accountability: true },
        })),
      );
    }
    return found;
  };

  const dataOf = (row: ParsedRow, code: string, department: string) => ({
    code,
    name: row.name,
    category: row.category,
    legalBasis: plainTextToHtml(row.legalBasis),
    department,
    responsibilities: row.responsibilities.map((r) => ({ stage: r.stage, duty: r.duty })),
    accountability: row.accountability.map((a) => ({ situation: a.situation, basis: a.basis || null })),
    remark: row.remark,
  });

  return {
    async importFile(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
      const { codePattern } = pluginConfig(strapi);
      const limits = importLimits(strapi);
      const tableFiles = govCore(strapi, 'table-files');
      const parsed = await parsePowerListFile(bytes, options.filename, {
        codePattern,
        maxRows: tableFiles.limits(limits).maxRows,
        guard: {
          xlsx: (file) => tableFiles.inspectXlsx(file, limits),
          csv: (text, delimiter) => tableFiles.inspectCsv(text, limits, delimiter),
          counter: () => tableFiles.cellCounter(limits),
        },
      });
      // A limit names the field and the rule as well (Strapi's details.errors shape).
      const problems: RowError[] = parsed.errors.map(({ row, column, message, rule }) =>
        rule ? { row, column, message, path: ['file'], rule } : { row, column, message },
      );
      if (parsed.errors.some((e) => e.row === 0 || e.field === 'header'))
        throw importRefused(strapi, problems);

      const scope = await scopeOf(options.actor);
      const column = await targetColumn(options.column);
      const resolve = departmentResolver(await departments());
      const fail = (row: number, key: ColumnKey, message: string) =>
        problems.push({ row, column: header(key), message });

      // 实施主体 and the importer's departments.
      const rows: { row: ParsedRow; department: Department }[] = [];
      for (const row of parsed.rows) {
        const found = resolve(row.department);
        if (found.length === 0) {
          fail(
            row.row,
            'department',
            `department: 实施主体“${row.department}”不是已登记的部门（按名称、简称或代码查找）`,
          );
        } else if (found.length > 1) {
          fail(
            row.row,
            'department',
            `department: 实施主体“${row.department}”对应多个部门（${found.map((d) => d.code).join('、')}），请填写部门代码`,
          );
        } else if (scope && !scope.includes(found[0].documentId)) {
          fail(
            row.row,
            'department',
            `department: 只能导入本部门的权力事项，“${found[0].name}”不是您所在的部门`,
          );
        } else if (row.code && !parseItemCode(codePattern, row.code, { departmentCode: found[0].code })) {
          fail(
            row.row,
            'code',
            `code: 职权编码“${row.code}”与实施主体“${found[0].name}”（部门代码 ${found[0].code}）不一致`,
          );
        } else rows.push({ row, department: found[0] });
      }

      /**
       * The plan: each row created, updated or unchanged, with its 职权编码 (codes of new items without one: the
       * next serials of their department and category). Run inside the import's transaction, after the
       * departments' code locks, so that simultaneous writes cannot take the same codes.
       */
      const planRows = async () => {
        // Existing items: by code, or (rows without a code) by name and category within the department.
        const byCode = new Map(
          (
            await storedBy(
              (part) => ({ code: { $in: part } }),
              rows.flatMap((r) => r.row.code ?? []),
            )
          ).map((s) => [s.code!, s]),
        );
        const uncoded = rows.filter((r) => !r.row.code);
        const byName = new Map<string, StoredItem>();
        if (uncoded.length) {
          const found = await storedBy(
            (part) => ({
              name: { $in: part },
              [SCOPE_FIELD]: { $in: [...new Set(uncoded.map((r) => r.department.documentId))] },
            }),
            uncoded.map((r) => r.row.name),
          );
          for (const s of found) byName.set(`${s[SCOPE_FIELD]}\u0000${s.name}\u0000${s.category}`, s);
        }

        const highest = new Map<string, number>();
        const used = new Map<string, string[]>();
        const allocate = async (department: Department, category: CategoryKey) => {
          const ctx = { departmentCode: department.code, categoryCode: CATEGORIES[category].code };
          const key = `${department.documentId}\u0000${category}`;
          if (!highest.has(key)) {
            if (!used.has(department.documentId)) {
              const stored = await strapi.db
                .query(UID.item)
                .findMany({ where: { [SCOPE_FIELD]: department.documentId }, select: ['code'] });
              const inFile = rows.filter((r) => r.department === department).flatMap((r) => r.row.code ?? []);
              used.set(department.documentId, [
                ...stored.map((u: { code: string | null }) => u.code ?? ''),
                ...inFile,
              ]);
            }
            highest.set(key, nextItemSerial(codePattern, used.get(department.documentId)!, ctx) - 1);
          }
          const serial = highest.get(key)! + 1;
          highest.set(key, serial);
          return formatItemCode(codePattern, { ...ctx, serial });
        };

        const plan: (PlannedRow & { data: ReturnType<typeof dataOf> })[] = [];
        for (const { row, department } of rows) {
          const stored = row.code
            ? byCode.get(row.code)
            : byName.get(`${department.documentId}\u0000${row.name}\u0000${row.category}`);
          if (stored && stored[SCOPE_FIELD] !== department.documentId) {
            fail(row.row, 'code', `code: 职权编码“${row.code}”已被其他部门的“${stored.name}”使用`);
            continue;
          }
          let code = row.code ?? stored?.code ?? null;
          if (!code) {
            try {
              code = await allocate(department, row.category);
            } catch (e) {
              fail(row.row, 'code', (e as Error).message);
              continue;
            }
          }
          plan.push({
            row: row.row,
            action: !stored
              ? 'create'
              : unchanged(stored, row, department.documentId)
                ? 'unchanged'
                : 'update',
            code,
            name: row.name,
            department: department.code,
            documentId: stored?.documentId ?? null,
            data: dataOf(row, code, department.documentId),
          });
        }
        if (problems.length) throw importRefused(strapi, problems);
        return plan;
      };

      const summary = (plan: Awaited<ReturnType<typeof planRows>>, dryRun: boolean): ImportResult => {
        const count = (action: RowAction) => plan.filter((p) => p.action === action).length;
        return {
          dryRun,
          rows: plan.length,
          created: count('create'),
          updated: count('update'),
          unchanged: count('unchanged'),
          column: { slug: column.slug, name: column.name },
          items: plan.map(({ data: _data, ...p }) => p),
        };
      };

      /** The bulk writer's bad rows, under the spreadsheet's column headings. */
      const refuse = (list: { row: number; field: string; message: string }[]) => {
        const keyOf = (field: string) => COLUMNS.find((c) => c.key === field.split('.')[0])?.key;
        return importRefused(
          strapi,
          list.map((e) => {
            const key = keyOf(e.field);
            return { row: e.row, column: key ? header(key) : e.field, message: e.message };
          }),
        );
      };
      const bulk = govCore(strapi, 'bulk-writer');
      const creates = (plan: Awaited<ReturnType<typeof planRows>>) => ({
        uid: UID.item,
        locale: SOURCE_LOCALE,
        actor: options.actor ?? null,
        documents: plan
          .filter((p) => p.action === 'create')
          .map((p) => ({ row: p.row, data: { ...p.data, column: column.documentId } })),
        refuse,
      });

      if (options.dryRun) {
        const plan = await planRows();
        await bulk.createMany({ ...creates(plan), dryRun: true });
        return summary(plan, true);
      }

      let current: PlannedRow | null = null;
      try {
        return await strapi.db.transaction(async () => {
          // 职权编码 are allocated and checked under each department's lock (as the document middleware does).
          for (const d of [...new Set(rows.map((r) => r.department.documentId))].sort())
            await lockDepartmentCodes(strapi, d);
          const plan = await planRows();
          const result = summary(plan, false);
          const created: string[] = (await bulk.createMany(creates(plan))).documentIds;
          plan.filter((p) => p.action === 'create').forEach((p, i) => (p.documentId = created[i]));
          options.onProgress?.(result.created, plan.length);
          const items = strapi.documents(UID.item) as any;
          let done = result.created;
          for (const p of plan) {
            if (p.action !== 'update') continue;
            current = p;
            await items.update({ documentId: p.documentId, locale: SOURCE_LOCALE, data: p.data });
            options.onProgress?.(++done, plan.length);
          }
          current = null;
          await govCore(strapi, 'audit').write(
            {
              action: 'import',
              uid: UID.item,
              changes: [
                { field: 'rows', from: null, to: result.rows },
                { field: 'created', from: null, to: result.created },
                { field: 'updated', from: null, to: result.updated },
              ],
            },
            options.actor ?? null,
          );
          return { ...result, items: plan.map(({ data: _data, ...p }) => p) };
        });
      } catch (e) {
        const failed = current as PlannedRow | null;
        if (failed && e instanceof errors.ApplicationError) {
          const detail = (e.details as { errors?: { path?: string[]; message: string }[] })?.errors?.[0];
          const key = COLUMNS.find((c) => c.key === detail?.path?.[0])?.key;
          throw importRefused(strapi, [
            { row: failed.row, column: key ? header(key) : '', message: detail?.message ?? e.message },
          ]);
        }
        throw e;
      }
    },

    /** The items (drafts, or published versions) of some departments, in the import layout. */
    async exportFile(
      query: { department?: string; status?: 'draft' | 'published'; format?: SpreadsheetFormat },
      actor: Actor | null,
    ): Promise<{ buffer: Buffer; rows: number }> {
      let scope: string[] | null = null;
      if (actor && !actor.isSuperAdmin) {
        const scoping = govCore(strapi, 'scoping');
        const limited = await Promise.all(
          ['update', 'publish'].map((a) => scoping.isScoped(actor.id, UID.item, a)),
        );
        if (limited.every((s) => s === null)) throw forbidden('无权查看权力事项，不能导出');
        if (!limited.includes(false)) scope = await scoping.departmentsOf(actor.id);
      }
      const list = await departments();
      const department = query.department ? list.find((d) => d.code === query.department) : null;
      if (query.department && !department) {
        throw fieldError('department', `部门“${query.department}”不存在`, 'exists');
      }
      if (department && scope && !scope.includes(department.documentId)) {
        throw forbidden('只能导出本部门的权力清单');
      }
      const where: Record<string, unknown> = {
        locale: SOURCE_LOCALE,
        publishedAt: query.status === 'published' ? { $notNull: true } : null,
      };
      if (department) where[SCOPE_FIELD] = department.documentId;
      else if (scope) where[SCOPE_FIELD] = { $in: scope };
      const items: (StoredItem & { department?: Department | null })[] = await strapi.db
        .query(UID.item)
        .findMany({
          where,
          populate: {
            responsibilities: true,
            accountability: true,
            department: { select: ['documentId', 'code', 'name', 'order'] },
          },
        });
      const order = (d?: Department | null) => d?.order ?? Number.MAX_SAFE_INTEGER;
      items.sort(
        (a, b) =>
          order(a.department) - order(b.department) ||
          (a.department?.code ?? '').localeCompare(b.department?.code ?? '') ||
          (a.code ?? '').localeCompare(b.code ?? ''),
      );
      const rows: PowerListRow[] = items.map((item) => ({
        code: item.code,
        name: item.name,
        category: item.category,
        legalBasis: richTextToPlainText(item.legalBasis),
        department: item.department?.name ?? '',
        responsibilities: (item.responsibilities ?? []).map((r) => ({
          stage: r.stage as never,
          duty: r.duty,
        })),
        accountability: (item.accountability ?? []).map((a) => ({
          situation: a.situation,
          basis: a.basis ?? '',
        })),
        remark: item.remark,
      }));
      return { buffer: await writePowerListFile(rows, query.format ?? 'xlsx'), rows: rows.length };
    },
  };
};
