import type { Core } from '@strapi/strapi';
import { Workbook } from 'exceljs';
import { conflict, forbidden } from '@gov-portal/kit';
import { readWorkbook, writeCsv } from '@gov-portal/kit/domain';
import type { Actor } from 'strapi-plugin-gov-core/types';
import { errors } from '@strapi/utils';
import { editionFor } from '../data/classification';
import { tableSetFor, type TableSet } from '../data/table-sets';
import {
  readReportTables,
  writeReportTables,
  type LineRecord,
  type ParsedWorkbook,
  type SheetIssue,
  type ThreeFunds,
} from '../domain';
import { UID } from '../constants';
import { govCore } from '../get-service';
import { LINE_FIELDS, lineData, lineOf, lineSignature, threeFundsData, threeFundsOf } from '../setup/stored';

type Doc = Record<string, any>;

export type TableFormat = 'xlsx' | 'csv';

export interface ImportOptions {
  dryRun?: boolean;
  /** The importing admin (department scope, audit); null = the system (seeds, benchmarks). */
  actor?: Actor | null;
  filename?: string;
  /** Called as lines are written (benchmarks, the seed CLI's progress bar). */
  onProgress?: (done: number, total: number) => void;
}

export interface TablePlan {
  key: string;
  title: string;
  action: 'create' | 'replace' | 'unchanged';
  lines: number;
  removed: number;
  note: string | null;
}

export interface ImportResult {
  dryRun: boolean;
  report: { documentId: string; title: string | null };
  tableSet: { id: string; title: string };
  edition: { id: string; title: string };
  tables: TablePlan[];
  created: number;
  removed: number;
  unchanged: number;
  threePublicFunds: 'create' | 'replace' | 'unchanged' | null;
  /** The first 100 warnings (codes accepted as custom …); `warningCount` says how many there were. */
  warnings: SheetIssue[];
  warningCount: number;
}

const FROZEN = '报告已发布：发布期间不能导入表格；请先撤回报告，导入后经保密审查再发布';

/** Import limits: the tables of one report, at most 20,000 rows, up to 10 title rows above a header. */
export const IMPORT_LIMITS = { maxRows: 20_000, headerRows: 10 } as const;

const sameThreeFunds = (a: ThreeFunds | null, b: ThreeFunds | null) =>
  JSON.stringify(a, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)) ===
  JSON.stringify(b, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));

/**
 * The standard tables of a report in and out. An import reads every sheet of the file (the year's table set
 * recognises them), checks every row (domain/tables.ts), and then — all or nothing, in one transaction —
 * replaces the lines of the tables the file holds through gov-core's bulk writer (the line rules run on every
 * row), and updates the report's 三公经费 and 空表说明 through the document service. A file that says what is
 * stored changes nothing: export → import writes no row.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /**
   * The report's draft with what the tables touch, for a caller who may `action` it: 403 outside the caller's
   * departments — also for a report that does not exist, so that the answer tells nothing — and 404 for a
   * caller who reaches every department.
   */
  const reportFor = async (
    documentId: string,
    actor: Actor | null | undefined,
    action: 'read' | 'update',
  ) => {
    const reach = actor
      ? await govCore(strapi, 'scoping').reach(actor, UID.report, action)
      : { kind: 'all' as const };
    const denied = () => forbidden(action === 'read' ? '无权查看该预决算报告' : '无权修改该预决算报告的表格');
    if (reach.kind === 'none') throw denied();
    const rows = (await strapi.db.query(UID.report).findMany({
      where: { documentId },
      populate: {
        threePublicFunds: true,
        tableNotes: true,
        department: { select: ['documentId', 'name', 'code'] },
        column: { select: ['documentId'] },
      },
    })) as Doc[];
    const draft = rows.find((r) => !r.publishedAt);
    const scoped = reach.kind === 'departments';
    if (!draft) throw scoped ? denied() : new errors.NotFoundError('预决算报告不存在');
    if (scoped && !(reach as { departments: string[] }).departments.includes(draft.department?.documentId))
      throw denied();
    return { ...draft, published: rows.some((r) => r.publishedAt) } as Doc;
  };

  const storedLines = async (documentId: string): Promise<(LineRecord & { documentId: string })[]> =>
    (
      (await strapi.db.query(UID.line).findMany({
        where: { report: documentId, publishedAt: null },
        select: ['documentId', ...LINE_FIELDS],
        orderBy: [{ tableKey: 'asc' }, { position: 'asc' }, { id: 'asc' }],
      })) as Doc[]
    ).map((row) => ({ ...lineOf(row), documentId: row.documentId }));

  const notesOf = (report: Doc) =>
    Object.fromEntries(((report.tableNotes ?? []) as Doc[]).map((n) => [n.table, n.note as string]));

  const refuse = (list: readonly SheetIssue[]) => {
    const rows = new Set(list.map((e) => `${e.sheet}\u0000${e.row}`)).size;
    const message =
      list.length === 1 && list[0].row === 0
        ? `导入失败：${list[0].message}`
        : `导入失败：${rows} 行（处）有错误，未导入任何数据`;
    return govCore(strapi, 'table-files').refusal(
      message,
      list.map((e) => ({ ...e, path: [e.row === 0 && !e.sheet ? 'file' : 'tables'] })),
      IMPORT_LIMITS,
    );
  };

  const parse = async (bytes: Uint8Array, filename: string | undefined, set: TableSet, report: Doc) => {
    const tableFiles = govCore(strapi, 'table-files');
    const read = await readWorkbook(bytes, filename, {
      xlsx: (file) => tableFiles.inspectXlsx(file, IMPORT_LIMITS),
      csv: (text, delimiter) => tableFiles.inspectCsv(text, IMPORT_LIMITS, delimiter),
      counter: () => tableFiles.cellCounter(IMPORT_LIMITS),
    });
    if (!read.ok)
      throw refuse([
        { sheet: '', row: 0, column: 'file', message: read.message, rule: read.rule ?? 'format' },
      ]);
    const parsed: ParsedWorkbook = readReportTables(read, {
      set,
      edition: editionFor(report.year),
      unit: report.unit,
    });
    if (parsed.errors.length) throw refuse(parsed.errors);
    return parsed;
  };

  return {
    async importFile(
      documentId: string,
      bytes: Uint8Array,
      options: ImportOptions = {},
    ): Promise<ImportResult> {
      const report = await reportFor(documentId, options.actor, 'update');
      if (report.published) throw conflict('report', FROZEN, 'published');
      const set = tableSetFor(report.kind, report.year);
      const edition = editionFor(report.year);
      const parsed = await parse(bytes, options.filename, set, report);

      const isThreeFunds = (key: string) =>
        set.tables.find((t) => t.key === key)?.layout === 'three-public-funds';
      const stored = await storedLines(documentId);
      const notes = notesOf(report);
      const tables: TablePlan[] = parsed.tables.map((t) => {
        const before = stored.filter((l) => l.table === t.key);
        const same =
          before.length === t.lines.length &&
          before.every((l, i) => lineSignature(l) === lineSignature(t.lines[i])) &&
          (isThreeFunds(t.key) || (notes[t.key] ?? null) === (t.lines.length ? null : t.note));
        return {
          key: t.key,
          title: t.title,
          action: same ? 'unchanged' : before.length ? 'replace' : 'create',
          lines: t.lines.length,
          removed: same ? 0 : before.length,
          note: t.note,
        };
      });
      const storedFunds = threeFundsOf(report);
      const threePublicFunds = parsed.threePublicFunds
        ? sameThreeFunds(storedFunds, parsed.threePublicFunds)
          ? 'unchanged'
          : storedFunds
            ? 'replace'
            : 'create'
        : null;
      const changed = tables.filter((t) => t.action !== 'unchanged');
      const newLines = parsed.tables
        .filter((t) => changed.some((c) => c.key === t.key))
        .flatMap((t) => t.lines);
      const result: ImportResult = {
        dryRun: !!options.dryRun,
        report: { documentId, title: report.title ?? null },
        tableSet: { id: set.id, title: set.title },
        edition: { id: edition.id, title: edition.title },
        tables,
        created: newLines.length,
        removed: changed.reduce((n, t) => n + t.removed, 0),
        unchanged: tables.filter((t) => t.action === 'unchanged').reduce((n, t) => n + t.lines, 0),
        threePublicFunds,
        warnings: parsed.warnings.slice(0, 100),
        warningCount: parsed.warnings.length,
      };

      const bulk = govCore(strapi, 'bulk-writer');
      const creates = {
        uid: UID.line,
        actor: options.actor ?? null,
        // Draft and published version at once: the report's review covers its lines (`reviewedWith`).
        publish: true,
        documents: newLines.map((line, i) => ({
          row: i + 1,
          data: {
            ...lineData(line),
            report: documentId,
            department: report.department?.documentId ?? null,
            column: report.column?.documentId ?? null,
          },
        })),
        refuse: (problems: { row: number; field: string; message: string }[]) =>
          refuse(
            problems.map((p) => {
              const line = newLines[p.row - 1];
              const table = set.tables.find((t) => t.key === line?.table);
              return {
                sheet: table?.title ?? '',
                row: line?.position ?? p.row,
                column: p.field,
                message: p.message,
                rule: 'line-rules',
              };
            }),
          ),
      };
      if (options.dryRun) {
        if (newLines.length) await bulk.createMany({ ...creates, dryRun: true });
        return result;
      }
      if (changed.length === 0 && threePublicFunds !== 'create' && threePublicFunds !== 'replace')
        return result;

      await strapi.db.transaction(async () => {
        // Checked again inside the transaction: a publication that came in meanwhile freezes the tables.
        if ((await reportFor(documentId, options.actor, 'update')).published)
          throw conflict('report', FROZEN, 'published');
        const keys = changed.map((t) => t.key);
        if (keys.length)
          await strapi.db
            .query(UID.line)
            .deleteMany({ where: { report: documentId, tableKey: { $in: keys } } });
        if (newLines.length) await bulk.createMany(creates);
        options.onProgress?.(newLines.length, newLines.length);
        // 三公经费 and 空表说明 of the tables in the file, through the document service (the report's rules run).
        const nextNotes = { ...notes };
        for (const t of parsed.tables) {
          if (isThreeFunds(t.key)) continue;
          if (t.lines.length === 0 && t.note) nextNotes[t.key] = t.note;
          else delete nextNotes[t.key];
        }
        const data: Doc = {};
        if (JSON.stringify(nextNotes) !== JSON.stringify(notes))
          data.tableNotes = Object.entries(nextNotes).map(([table, note]) => ({ table, note }));
        if (threePublicFunds === 'create' || threePublicFunds === 'replace')
          data.threePublicFunds = threeFundsData(parsed.threePublicFunds!);
        if (Object.keys(data).length)
          await (strapi.documents(UID.report as never) as any).update({ documentId, data });
        // The report's review covers its lines (`reviewCovers`): an approval of other figures no longer holds.
        await govCore(strapi, 'reviews').markPending({
          uid: UID.report,
          documentId,
          locale: null,
          title: report.title ?? null,
          department: report.department?.documentId ?? null,
          author: options.actor ?? null,
        });
        await govCore(strapi, 'audit').write(
          {
            action: 'import',
            uid: UID.report,
            documentId,
            department: report.department?.documentId ?? null,
            changes: [
              { field: 'tables', from: null, to: changed.map((t) => t.key).join(',') },
              { field: 'created', from: null, to: result.created },
              { field: 'removed', from: null, to: result.removed },
            ],
          },
          options.actor ?? null,
        );
      });
      return result;
    },

    /** Every table of the report's set, in the import layout (empty tables with their note). */
    async exportFile(documentId: string, format: TableFormat, actor: Actor | null) {
      const report = await reportFor(documentId, actor, 'read');
      const set = tableSetFor(report.kind, report.year);
      const sheets = writeReportTables({
        set,
        unit: report.unit,
        lines: await storedLines(documentId),
        notes: notesOf(report),
        threePublicFunds: threeFundsOf(report),
      });
      const name = `${report.title ?? documentId}.${format}`;
      if (format === 'csv') {
        const rows = sheets.flatMap((s) => [...s.rows.map((r) => r.map(String)), []]);
        return { buffer: Buffer.from(writeCsv(rows), 'utf8'), name };
      }
      const workbook = new Workbook();
      workbook.creator = 'budget';
      for (const sheet of sheets) {
        // Excel sheet names: at most 31 characters, none of []:*?/\ .
        const ws = workbook.addWorksheet(sheet.title.replace(/[[\]:*?/\\]/g, '').slice(0, 31));
        for (const row of sheet.rows) ws.addRow(row);
        ws.getRow(1).font = { bold: true, size: 14 };
        ws.getColumn(2).width = 36;
      }
      return { buffer: Buffer.from(await workbook.xlsx.writeBuffer()), name };
    },
  };
};
