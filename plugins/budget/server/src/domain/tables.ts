/**
 * The standard tables of a budget or final-account report (data/table-sets.ts) read from the sheets of an
 * uploaded workbook, and written back. Reading checks every row — codes and their hierarchy, amounts (exact,
 * non-negative, at most two decimals), explicit totals against the sum of their rows, the unit, the sheets
 * themselves — and reports every problem with its sheet, row, column and reason; the caller writes only when
 * `errors` is empty. write(read(file)) gives the same tables, and read(write(tables)) the same lines.
 */
import { columnLetter, decimalToCents, formatCents, type SheetTable } from '@gov-portal/kit/domain';
import type { ClassificationEdition } from '../data/classification';
import {
  THREE_FUNDS_PARTS,
  THREE_PUBLIC_FUNDS,
  UNITS,
  type ExpenseTypeKey,
  type FundKey,
  type ThreeFundsPart,
  type UnitKey,
} from '../data/labels';
import type { TableDefinition, TableLayout, TableSet } from '../data/table-sets';
import { checkCode, codeLevel, parentCode, type Axis } from './codes';

/** One stored line: a row of a table (a function-table row gives two, 基本支出 and 项目支出). */
export interface LineRecord {
  table: string;
  /** Row order within the table, from 1. */
  position: number;
  fund: FundKey | null;
  functionCode: string | null;
  functionName: string | null;
  economicCode: string | null;
  economicName: string | null;
  /** The row's label in summary tables (and the 合计 row of classified tables). */
  item: string | null;
  expenseType: ExpenseTypeKey | null;
  /** Hundredths of the report's unit (分 for 元). */
  amount: bigint;
  lastYearAmount: bigint | null;
  note: string | null;
  projectName: string | null;
  subsidyStandard: string | null;
  distributionProcedure: string | null;
  recipients: string | null;
  allocationResult: string | null;
  /** A code the report's edition does not list. */
  custom: boolean;
}

export type ThreeFundsFigures = Record<ThreeFundsPart, bigint>;

export interface ThreeFunds {
  current: ThreeFundsFigures;
  lastYear: ThreeFundsFigures | null;
  explanation: string | null;
}

export interface ParsedTable {
  key: string;
  title: string;
  note: string | null;
  lines: LineRecord[];
}

export interface SheetIssue {
  /** The sheet's name ('' for a csv file, or the table's title in a csv section). */
  sheet: string;
  /** Spreadsheet row (1-based); 0 for the sheet or the file as a whole. */
  row: number;
  /** The column heading ('' for the row or sheet). */
  column: string;
  /** Cell reference (`D7`) when one cell is at fault. */
  cell?: string;
  message: string;
  rule: string;
}

export interface ParsedWorkbook {
  tables: ParsedTable[];
  threePublicFunds: ThreeFunds | null;
  errors: SheetIssue[];
  warnings: SheetIssue[];
}

type Column =
  | 'code'
  | 'name'
  | 'total'
  | 'basic'
  | 'project'
  | 'lastYearBasic'
  | 'lastYearProject'
  | 'amount'
  | 'lastYear'
  | 'item'
  | 'note'
  | 'projectName'
  | 'subsidyStandard'
  | 'distributionProcedure'
  | 'recipients'
  | 'allocationResult';

interface ColumnSpec {
  key: Column;
  header: string;
  aliases?: readonly string[];
  required?: boolean;
  money?: boolean;
}

const AMOUNT_ALIASES = ['金额', '合计', '本年数', '决算数', '预算数', '本年金额', '本年决算数', '本年预算数'];
const LAST_YEAR_ALIASES = ['上年数', '上年决算数', '上年预算数', '上年金额'];

/** The columns of each layout, in the order an export writes them. */
export const LAYOUT_COLUMNS: Readonly<Record<TableLayout, readonly ColumnSpec[]>> = {
  function: [
    { key: 'code', header: '科目编码', aliases: ['功能分类科目编码', '编码'], required: true },
    { key: 'name', header: '科目名称', aliases: ['功能分类科目名称', '名称'], required: true },
    { key: 'total', header: '合计', aliases: ['支出合计', '本年支出合计', '小计'], money: true },
    { key: 'basic', header: '基本支出', required: true, money: true },
    { key: 'project', header: '项目支出', required: true, money: true },
    { key: 'lastYearBasic', header: '上年基本支出', money: true },
    { key: 'lastYearProject', header: '上年项目支出', money: true },
    { key: 'note', header: '备注' },
  ],
  economic: [
    { key: 'code', header: '科目编码', aliases: ['经济分类科目编码', '编码'], required: true },
    { key: 'name', header: '科目名称', aliases: ['经济分类科目名称', '名称'], required: true },
    { key: 'amount', header: '金额', aliases: AMOUNT_ALIASES, required: true, money: true },
    { key: 'lastYear', header: '上年金额', aliases: LAST_YEAR_ALIASES, money: true },
    { key: 'note', header: '备注' },
  ],
  summary: [
    { key: 'item', header: '项目', aliases: ['项目名称', '收支项目'], required: true },
    { key: 'amount', header: '金额', aliases: AMOUNT_ALIASES, required: true, money: true },
    { key: 'lastYear', header: '上年金额', aliases: LAST_YEAR_ALIASES, money: true },
    { key: 'note', header: '备注' },
  ],
  'three-public-funds': [
    { key: 'item', header: '项目', aliases: ['项目名称'], required: true },
    { key: 'amount', header: '金额', aliases: AMOUNT_ALIASES, required: true, money: true },
    { key: 'lastYear', header: '上年金额', aliases: LAST_YEAR_ALIASES, money: true },
  ],
  livelihood: [
    { key: 'code', header: '科目编码', aliases: ['功能分类科目编码'], required: true },
    { key: 'projectName', header: '项目名称', required: true },
    {
      key: 'amount',
      header: '预算规模',
      aliases: ['金额', '资金规模', '支出金额'],
      required: true,
      money: true,
    },
    { key: 'subsidyStandard', header: '补助标准' },
    { key: 'distributionProcedure', header: '发放程序' },
    { key: 'recipients', header: '补助对象' },
    { key: 'allocationResult', header: '资金分配结果' },
    { key: 'lastYear', header: '上年金额', aliases: LAST_YEAR_ALIASES, money: true },
  ],
};

const HEADER_SEARCH_ROWS = 10;
const TEXT_LIMIT = 2000;
/** The largest amount a line holds: 10¹⁵ hundredths (10 trillion 元), far inside a bigint column. */
const MAX_CENTS = 1_000_000_000_000_000n;

// Control characters are not text (and not allowed in xlsx XML).
export const singleLine = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const multiLine = (text: string) => text.split('\n').map(singleLine).filter(Boolean).join('\n');

/** Titles compared without spaces, quotation marks, numbering (表1 / 附表3-2 / 1.) and a trailing unit. */
export const normalizeTitle = (text: string) =>
  text
    .replace(/[\s\u3000]/g, '')
    .replace(/["“”'‘’「」『』]/g, '')
    .replace(/[（(]单位[:：].*?[)）]$/, '')
    .replace(/^(?:附表|表)?\d+(?:[-－.]\d+)?[.、．:：-]?/, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')');

const normalizeHeading = (text: string) =>
  text.replace(/[\s\u3000*＊]/g, '').replace(/[（(]元[)）]$|[（(]万元[)）]$/, '');

const UNIT_PATTERN = /单位[:：]\s*(万元|元)/;
const NOTE_PATTERN = /^(?:注|说明|备注|空表说明)[:：]\s*/;
const TOTAL_NAME = /^(?:合计|总计)$/;

/** The table of `set` a sheet title names, if any. */
export function tableOfTitle(set: TableSet, title: string): TableDefinition | undefined {
  const t = normalizeTitle(title);
  if (!t) return undefined;
  return set.tables.find((d) => [d.title, ...(d.aliases ?? [])].some((x) => normalizeTitle(x) === t));
}

interface Context {
  set: TableSet;
  edition: ClassificationEdition;
  unit: UnitKey;
  errors: SheetIssue[];
  warnings: SheetIssue[];
}

interface Located {
  sheet: string;
  /** Row number of rows[0] in the sheet (1-based). */
  firstRow: number;
  rows: string[][];
}

const isBlank = (cells: readonly string[]) => cells.every((c) => !c || !c.trim());

/** Cuts a workbook into tables: each sheet by its name or its title row; a csv by title rows between sections. */
function locateTables(sheets: readonly SheetTable[], ctx: Context, format: 'xlsx' | 'csv') {
  const found = new Map<string, Located & { definition: TableDefinition }>();
  const expected = ctx.set.tables.map((t) => `“${t.title}”`).join('、');
  const add = (definition: TableDefinition, located: Located) => {
    if (found.has(definition.key)) {
      ctx.errors.push({
        sheet: located.sheet,
        row: 0,
        column: '',
        rule: 'duplicate-table',
        message: `表格“${definition.title}”出现了两次（另见“${found.get(definition.key)!.sheet}”）`,
      });
      return;
    }
    found.set(definition.key, { ...located, definition });
  };
  const titleIn = (rows: string[][], limit: number) => {
    for (let r = 0; r < Math.min(rows.length, limit); r++) {
      const cells = rows[r].filter((c) => c && c.trim());
      if (cells.length === 1) {
        const definition = tableOfTitle(ctx.set, cells[0]);
        if (definition) return definition;
      }
    }
    return undefined;
  };
  if (format === 'xlsx') {
    for (const sheet of sheets) {
      if (sheet.rows.every(isBlank)) continue;
      const definition = tableOfTitle(ctx.set, sheet.name) ?? titleIn(sheet.rows, 3);
      if (!definition) {
        ctx.errors.push({
          sheet: sheet.name,
          row: 0,
          column: '',
          rule: 'unknown-sheet',
          message: `工作表“${sheet.name}”不是《${ctx.set.title}》中的表格（工作表名称或首行标题应为：${expected}）`,
        });
        continue;
      }
      add(definition, { sheet: sheet.name, firstRow: 1, rows: sheet.rows });
    }
    return found;
  }
  // csv: a row holding only a table's title starts that table.
  const rows = sheets[0]?.rows ?? [];
  let current: (Located & { definition: TableDefinition }) | null = null;
  const flush = () => {
    if (current) add(current.definition, current);
  };
  rows.forEach((cells, index) => {
    const filled = cells.filter((c) => c && c.trim());
    const definition = filled.length === 1 ? tableOfTitle(ctx.set, filled[0]) : undefined;
    if (definition) {
      flush();
      current = { definition, sheet: definition.title, firstRow: index + 2, rows: [] };
      return;
    }
    if (current) current.rows.push(cells);
    else if (filled.length && !UNIT_PATTERN.test(filled.join('')))
      ctx.errors.push({
        sheet: '',
        row: index + 1,
        column: '',
        rule: 'unknown-sheet',
        message: `第 ${index + 1} 行不属于任何表格：csv 文件中每张表以单独一行的表名开始（${expected}）`,
      });
  });
  flush();
  if (found.size === 0 && ctx.errors.length === 0)
    ctx.errors.push({
      sheet: '',
      row: 0,
      column: '',
      rule: 'unknown-sheet',
      message: `文件中没有《${ctx.set.title}》的表格：每张表以单独一行的表名开始（${expected}）`,
    });
  return found;
}

interface RowView {
  row: number;
  cell(key: Column): string;
  ref(key: Column): string | undefined;
}

/** The header row of a table, its columns, its unit and note rows, and the data rows. */
function readLayout(located: Located, definition: TableDefinition, ctx: Context) {
  const specs = LAYOUT_COLUMNS[definition.layout];
  const headings = new Map<string, ColumnSpec>();
  for (const s of specs)
    for (const h of [s.header, ...(s.aliases ?? [])]) headings.set(normalizeHeading(h), s);
  const issue = (row: number, column: string, rule: string, message: string, cell?: string) =>
    ctx.errors.push({ sheet: located.sheet, row, column, rule, message, ...(cell ? { cell } : {}) });

  let headerIndex = -1;
  for (let r = 0; r < Math.min(located.rows.length, HEADER_SEARCH_ROWS); r++) {
    const matched = new Set(located.rows[r].map((c) => headings.get(normalizeHeading(c ?? ''))?.key));
    if (specs.filter((s) => s.required).every((s) => matched.has(s.key))) {
      headerIndex = r;
      break;
    }
  }
  const rowNumber = (index: number) => located.firstRow + index;
  let note: string | null = null;
  const readNote = (cells: readonly string[]) => {
    const text = cells.filter((c) => c && c.trim()).join(' ');
    const m = NOTE_PATTERN.exec(text.trim());
    if (!m) return false;
    const body = multiLine(text.trim().slice(m[0].length));
    note = note ? `${note}\n${body}` : body;
    return true;
  };
  // Unit: 单位：元 / 单位：万元 above the header.
  for (let r = 0; r < (headerIndex < 0 ? Math.min(located.rows.length, 3) : headerIndex); r++) {
    const m = UNIT_PATTERN.exec(located.rows[r].join(' '));
    if (m && m[1] !== UNITS[ctx.unit]['zh-Hans'])
      issue(
        rowNumber(r),
        '',
        'unit',
        `表格单位为${m[1]}，与报告的金额单位（${UNITS[ctx.unit]['zh-Hans']}）不一致：请换算后导入，或修改报告的金额单位`,
      );
  }
  if (headerIndex < 0) {
    // A table published empty: no header, only its note.
    const others = located.rows.filter((cells) => {
      if (isBlank(cells) || readNote(cells) || UNIT_PATTERN.test(cells.join(' '))) return false;
      const filled = cells.filter((c) => c && c.trim());
      return !(filled.length === 1 && tableOfTitle(ctx.set, filled[0]) === definition);
    });
    if (others.length > 0) {
      issue(
        rowNumber(located.rows.indexOf(others[0])),
        '',
        'header',
        `找不到表头：应有 ${specs
          .filter((s) => s.required)
          .map((s) => `“${s.header}”`)
          .join('、')} 列（前 ${HEADER_SEARCH_ROWS} 行内）；无数据的表格可只填一行“说明：……”`,
      );
    }
    return { rows: [] as RowView[], note, columns: new Map<Column, number>() };
  }
  const columns = new Map<Column, number>();
  located.rows[headerIndex].forEach((cell, index) => {
    const heading = normalizeHeading(cell ?? '');
    if (!heading) return;
    const spec = headings.get(heading);
    if (!spec) {
      issue(
        rowNumber(headerIndex),
        cell.trim(),
        'header',
        `无法识别的列“${cell.trim()}”（第 ${columnLetter(index)} 列）：本表的列为 ${specs.map((s) => s.header).join('、')}`,
      );
    } else if (columns.has(spec.key)) {
      issue(
        rowNumber(headerIndex),
        spec.header,
        'header',
        `列“${spec.header}”重复（第 ${columnLetter(index)} 列）`,
      );
    } else columns.set(spec.key, index);
  });
  const rows: RowView[] = [];
  for (let r = headerIndex + 1; r < located.rows.length; r++) {
    const cells = located.rows[r];
    if (isBlank(cells) || readNote(cells)) continue;
    const row = rowNumber(r);
    rows.push({
      row,
      cell: (key) => {
        const c = columns.get(key);
        return c === undefined ? '' : (cells[c] ?? '');
      },
      ref: (key) => {
        const c = columns.get(key);
        return c === undefined ? undefined : `${columnLetter(c)}${row}`;
      },
    });
  }
  return { rows, note, columns };
}

const headerOf = (layout: TableLayout, key: Column) =>
  LAYOUT_COLUMNS[layout].find((s) => s.key === key)!.header;

/** Reads a money cell: '' → null; otherwise exact, ≥ 0, at most two decimals. */
function money(
  view: RowView,
  key: Column,
  layout: TableLayout,
  located: Located,
  ctx: Context,
): bigint | null | false {
  const text = view.cell(key).trim();
  if (text === '' || text === '-' || text === '—') return null;
  const unit = UNITS[ctx.unit]['zh-Hans'];
  const parsed = decimalToCents(text.replace(/[\s\u3000]/g, ''), key, unit);
  const header = headerOf(layout, key);
  const fail = (rule: string, message: string) => {
    ctx.errors.push({
      sheet: located.sheet,
      row: view.row,
      column: header,
      cell: view.ref(key),
      rule,
      message,
    });
    return false as const;
  };
  if (!parsed.ok) return fail(parsed.rule, `${header}：${parsed.message.replace(/^[^:]*: /, '')}`);
  if (parsed.value < 0n) return fail('non-negative', `${header}：金额不能为负数（${text}）`);
  if (parsed.value > MAX_CENTS) return fail('range', `${header}：金额过大（${text}）`);
  return parsed.value;
}

const text = (view: RowView, key: Column) => {
  const value = multiLine(view.cell(key));
  return value ? value.slice(0, TEXT_LIMIT) : null;
};

/** An empty line of `table` at `position` (no codes, amount 0): what readers and writers fill in. */
export const blankLine = (table: string, position: number): LineRecord => ({
  table,
  position,
  fund: null,
  functionCode: null,
  functionName: null,
  economicCode: null,
  economicName: null,
  item: null,
  expenseType: null,
  amount: 0n,
  lastYearAmount: null,
  note: null,
  projectName: null,
  subsidyStandard: null,
  distributionProcedure: null,
  recipients: null,
  allocationResult: null,
  custom: false,
});

const describe = (cents: bigint) => formatCents(cents);

interface CodedRow {
  view: RowView;
  code: string;
  name: string;
  figures: Record<string, bigint | null>;
}

/**
 * Codes, their hierarchy within the table and the explicit totals: a 款 needs its 类 in the table, a 项 its 款;
 * a row with rows below it is their exact sum in every figure; the 合计 row the sum of the 类 rows.
 */
function checkHierarchy(
  axis: Axis,
  coded: readonly CodedRow[],
  totals: readonly { view: RowView; figures: Record<string, bigint | null> }[],
  figureHeaders: Record<string, string>,
  located: Located,
  ctx: Context,
) {
  const byCode = new Map<string, CodedRow>();
  for (const r of coded) {
    const first = byCode.get(r.code);
    if (first)
      ctx.errors.push({
        sheet: located.sheet,
        row: r.view.row,
        column: '科目编码',
        cell: r.view.ref('code'),
        rule: 'duplicate',
        message: `科目编码 ${r.code} 与第 ${first.view.row} 行重复`,
      });
    else byCode.set(r.code, r);
  }
  const children = new Map<string, CodedRow[]>();
  for (const r of byCode.values()) {
    const parent = parentCode(r.code);
    if (!parent) continue;
    if (!byCode.has(parent)) {
      ctx.errors.push({
        sheet: located.sheet,
        row: r.view.row,
        column: '科目编码',
        cell: r.view.ref('code'),
        rule: 'hierarchy',
        message: `科目 ${r.code}（${r.name}）的上级科目 ${parent} 不在本表中：${codeLevel(axis, r.code) === 2 ? '款' : '项'}级科目须列在其上级科目之下`,
      });
      continue;
    }
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const compare = (
    view: RowView,
    label: string,
    figures: Record<string, bigint | null>,
    parts: readonly { figures: Record<string, bigint | null> }[],
  ) => {
    for (const [key, header] of Object.entries(figureHeaders)) {
      const given = figures[key];
      const values = parts.map((p) => p.figures[key]);
      if (given === null || given === undefined) continue;
      if (values.every((v) => v === null)) continue;
      const sum = values.reduce<bigint>((t, v) => t + (v ?? 0n), 0n);
      if (sum !== given)
        ctx.errors.push({
          sheet: located.sheet,
          row: view.row,
          column: header,
          cell: view.ref(key as Column),
          rule: 'total-mismatch',
          message: `${label}的${header} ${describe(given)} 与下级科目之和 ${describe(sum)} 不一致（相差 ${describe(given - sum)}）`,
        });
    }
  };
  for (const [code, list] of children) {
    const parent = byCode.get(code)!;
    compare(parent.view, `科目 ${code}（${parent.name}）`, parent.figures, list);
  }
  const top = [...byCode.values()].filter((r) => parentCode(r.code) === null);
  for (const t of totals) compare(t.view, '合计行', t.figures, top);
}

function readCodedTable(
  axis: Axis,
  definition: TableDefinition,
  located: Located,
  ctx: Context,
): ParsedTable {
  const { rows, note } = readLayout(located, definition, ctx);
  const layout = definition.layout;
  const lines: LineRecord[] = [];
  const coded: CodedRow[] = [];
  const totals: { view: RowView; figures: Record<string, bigint | null> }[] = [];
  const before = ctx.errors.length;
  let position = 0;
  for (const view of rows) {
    position += 1;
    const code = view.cell('code').replace(/[\s\u3000]/g, '');
    const name = singleLine(view.cell('name'));
    let bad = false;
    const read = (key: Column) => {
      const v = money(view, key, layout, located, ctx);
      if (v === false) bad = true;
      return v === false ? null : v;
    };
    const figures: Record<string, bigint | null> =
      layout === 'function'
        ? {
            basic: read('basic'),
            project: read('project'),
            lastYearBasic: read('lastYearBasic'),
            lastYearProject: read('lastYearProject'),
          }
        : { amount: read('amount'), lastYear: read('lastYear') };
    if (layout === 'function') {
      // Amounts left empty are 0 (a 项目支出 cell of a row with basic spending only).
      figures.basic ??= 0n;
      figures.project ??= 0n;
      const total = money(view, 'total', layout, located, ctx);
      if (!bad && total !== false && total !== null && total !== figures.basic! + figures.project!)
        ctx.errors.push({
          sheet: located.sheet,
          row: view.row,
          column: '合计',
          cell: view.ref('total'),
          rule: 'total-mismatch',
          message: `合计 ${describe(total)} 不等于基本支出与项目支出之和 ${describe(figures.basic! + figures.project!)}（相差 ${describe(total - figures.basic! - figures.project!)}）`,
        });
    } else figures.amount ??= 0n;
    const rowNote = text(view, 'note');
    if (bad) continue;
    if (!code) {
      if (TOTAL_NAME.test(name.replace(/\s/g, ''))) {
        totals.push({ view, figures });
        lines.push(...linesOf(definition, position, null, name, figures, rowNote, false));
      } else
        ctx.errors.push({
          sheet: located.sheet,
          row: view.row,
          column: '科目编码',
          cell: view.ref('code'),
          rule: 'required',
          message: `科目编码为空（只有“合计”行可以不填编码）`,
        });
      continue;
    }
    const check = checkCode(axis, code, ctx.edition);
    if (!check.ok) {
      ctx.errors.push({
        sheet: located.sheet,
        row: view.row,
        column: '科目编码',
        cell: view.ref('code'),
        rule: 'code-format',
        message: check.message,
      });
      continue;
    }
    if (check.custom)
      ctx.warnings.push({
        sheet: located.sheet,
        row: view.row,
        column: '科目编码',
        cell: view.ref('code'),
        rule: 'custom-code',
        message: check.warning,
      });
    if (!name && check.custom)
      ctx.errors.push({
        sheet: located.sheet,
        row: view.row,
        column: '科目名称',
        cell: view.ref('name'),
        rule: 'required',
        message: `自定义科目 ${code} 须填写科目名称`,
      });
    const resolvedName = (name || (check.custom ? '' : check.name)).slice(0, 200);
    coded.push({ view, code, name: resolvedName, figures });
    lines.push(...linesOf(definition, position, code, resolvedName, figures, rowNote, check.custom, axis));
  }
  if (ctx.errors.length === before)
    checkHierarchy(
      axis,
      coded,
      totals,
      layout === 'function'
        ? {
            basic: '基本支出',
            project: '项目支出',
            lastYearBasic: '上年基本支出',
            lastYearProject: '上年项目支出',
          }
        : { amount: '金额', lastYear: '上年金额' },
      located,
      ctx,
    );
  return { key: definition.key, title: definition.title, note, lines };
}

function linesOf(
  definition: TableDefinition,
  position: number,
  code: string | null,
  name: string,
  figures: Record<string, bigint | null>,
  note: string | null,
  custom: boolean,
  axis: Axis = definition.layout === 'economic' ? 'economic' : 'function',
): LineRecord[] {
  const base = { ...blankLine(definition.key, position), fund: definition.fund ?? null, note, custom };
  const coded = (line: LineRecord): LineRecord =>
    code === null
      ? { ...line, item: name }
      : axis === 'economic'
        ? { ...line, economicCode: code, economicName: name }
        : { ...line, functionCode: code, functionName: name };
  if (definition.layout === 'function')
    return [
      coded({
        ...base,
        expenseType: 'basic',
        amount: figures.basic ?? 0n,
        lastYearAmount: figures.lastYearBasic,
      }),
      coded({
        ...base,
        expenseType: 'project',
        amount: figures.project ?? 0n,
        lastYearAmount: figures.lastYearProject,
      }),
    ];
  return [
    coded({ ...base, expenseType: 'basic', amount: figures.amount ?? 0n, lastYearAmount: figures.lastYear }),
  ];
}

const TOTAL_ROW = /(?:合计|小计)$/;
const GRAND_TOTAL_ROW = /总计$/;

/** Summary tables: items in order; 合计 / 小计 rows are the sum of the rows since the last total, 总计 since the last 总计. */
function readSummaryTable(definition: TableDefinition, located: Located, ctx: Context): ParsedTable {
  const { rows, note } = readLayout(located, definition, ctx);
  const lines: LineRecord[] = [];
  let sinceTotal: bigint[] = [];
  let sinceGrand: bigint[] = [];
  let position = 0;
  for (const view of rows) {
    position += 1;
    const item = singleLine(view.cell('item')).slice(0, 200);
    const amount = money(view, 'amount', 'summary', located, ctx);
    const lastYear = money(view, 'lastYear', 'summary', located, ctx);
    if (!item) {
      ctx.errors.push({
        sheet: located.sheet,
        row: view.row,
        column: '项目',
        cell: view.ref('item'),
        rule: 'required',
        message: '项目名称为空',
      });
      continue;
    }
    if (amount === false || lastYear === false) continue;
    const value = amount ?? 0n;
    const compact = item.replace(/\s/g, '');
    const check = (parts: bigint[], what: string) => {
      const sum = parts.reduce((t, v) => t + v, 0n);
      if (parts.length && sum !== value)
        ctx.errors.push({
          sheet: located.sheet,
          row: view.row,
          column: '金额',
          cell: view.ref('amount'),
          rule: 'total-mismatch',
          message: `“${item}” ${describe(value)} 与${what}之和 ${describe(sum)} 不一致（相差 ${describe(value - sum)}）`,
        });
    };
    if (GRAND_TOTAL_ROW.test(compact)) {
      check(sinceGrand, '其上各行');
      sinceGrand = [];
      sinceTotal = [];
    } else if (TOTAL_ROW.test(compact)) {
      check(sinceTotal, '上一合计行以来各行');
      sinceTotal = [];
    } else {
      sinceTotal.push(value);
      sinceGrand.push(value);
    }
    lines.push({
      ...blankLine(definition.key, position),
      item,
      amount: value,
      lastYearAmount: lastYear,
      note: text(view, 'note'),
    });
  }
  return { key: definition.key, title: definition.title, note, lines };
}

const PART_NAMES: Readonly<Record<string, ThreeFundsPart | 'vehicle' | 'total'>> = {
  ...Object.fromEntries(THREE_FUNDS_PARTS.map((p) => [normalizeTitle(THREE_PUBLIC_FUNDS[p]['zh-Hans']), p])),
  [normalizeTitle('因公出国(境)费用')]: 'abroad',
  [normalizeTitle('公务用车运行维护费')]: 'vehicleOperation',
  [normalizeTitle('公务用车购置及运行费')]: 'vehicle',
  [normalizeTitle('公务用车购置及运行维护费')]: 'vehicle',
  合计: 'total',
  总计: 'total',
};

const zeroFunds = (): ThreeFundsFigures => ({
  abroad: 0n,
  vehiclePurchase: 0n,
  vehicleOperation: 0n,
  reception: 0n,
});

function readThreeFunds(definition: TableDefinition, located: Located, ctx: Context): ThreeFunds {
  const { rows, note } = readLayout(located, definition, ctx);
  const current = zeroFunds();
  const lastYear = zeroFunds();
  let anyLastYear = false;
  const checks: { view: RowView; what: 'vehicle' | 'total'; amount: bigint; lastYear: bigint | null }[] = [];
  const seen = new Map<string, number>();
  for (const view of rows) {
    const label = singleLine(view.cell('item'));
    const key = PART_NAMES[normalizeTitle(label.replace(/^其中[:：]/, ''))];
    const amount = money(view, 'amount', 'three-public-funds', located, ctx);
    const last = money(view, 'lastYear', 'three-public-funds', located, ctx);
    if (!key) {
      ctx.errors.push({
        sheet: located.sheet,
        row: view.row,
        column: '项目',
        cell: view.ref('item'),
        rule: 'unknown-item',
        message: `“${label}”不是“三公”经费的项目：应为 ${THREE_FUNDS_PARTS.map((p) => THREE_PUBLIC_FUNDS[p]['zh-Hans']).join('、')}（及“公务用车购置及运行费”“合计”）`,
      });
      continue;
    }
    if (seen.has(key)) {
      ctx.errors.push({
        sheet: located.sheet,
        row: view.row,
        column: '项目',
        cell: view.ref('item'),
        rule: 'duplicate',
        message: `“${label}”与第 ${seen.get(key)} 行重复`,
      });
      continue;
    }
    seen.set(key, view.row);
    if (amount === false || last === false) continue;
    if (key === 'vehicle' || key === 'total') {
      checks.push({ view, what: key, amount: amount ?? 0n, lastYear: last });
      continue;
    }
    current[key] = amount ?? 0n;
    if (last !== null) {
      lastYear[key] = last;
      anyLastYear = true;
    }
  }
  for (const c of checks) {
    const parts: ThreeFundsPart[] =
      c.what === 'vehicle' ? ['vehiclePurchase', 'vehicleOperation'] : THREE_FUNDS_PARTS;
    const label = c.what === 'vehicle' ? '公务用车购置及运行费' : '合计';
    const pairs: [string, bigint | null, ThreeFundsFigures][] = [
      ['金额', c.amount, current],
      ['上年金额', c.lastYear, lastYear],
    ];
    for (const [column, given, figures] of pairs) {
      if (given === null) continue;
      const sum = parts.reduce((t, p) => t + figures[p], 0n);
      if (sum !== given)
        ctx.errors.push({
          sheet: located.sheet,
          row: c.view.row,
          column,
          cell: c.view.ref(column === '金额' ? 'amount' : 'lastYear'),
          rule: 'total-mismatch',
          message: `${label}${column === '金额' ? '' : '（上年）'} ${describe(given)} 与其组成之和 ${describe(sum)} 不一致（相差 ${describe(given - sum)}）`,
        });
    }
  }
  return { current, lastYear: anyLastYear ? lastYear : null, explanation: note };
}

/** 民生 projects: 项目支出 details of the general fund's function table, their sum per 科目 its 项目支出. */
function readLivelihood(
  definition: TableDefinition,
  located: Located,
  ctx: Context,
  general: ParsedTable | undefined,
): ParsedTable {
  const { rows, note } = readLayout(located, definition, ctx);
  const lines: LineRecord[] = [];
  const sums = new Map<string, { sum: bigint; view: RowView }>();
  let position = 0;
  for (const view of rows) {
    position += 1;
    const code = view.cell('code').replace(/[\s\u3000]/g, '');
    const projectName = singleLine(view.cell('projectName')).slice(0, 200);
    const amount = money(view, 'amount', 'livelihood', located, ctx);
    const last = money(view, 'lastYear', 'livelihood', located, ctx);
    const fail = (column: Column, rule: string, message: string) =>
      ctx.errors.push({
        sheet: located.sheet,
        row: view.row,
        column: headerOf('livelihood', column),
        cell: view.ref(column),
        rule,
        message,
      });
    if (!projectName) fail('projectName', 'required', '项目名称为空');
    const check = checkCode('function', code, ctx.edition);
    if (!check.ok) {
      fail('code', 'code-format', check.message);
      continue;
    }
    if (amount === false || last === false || !projectName) continue;
    const leaf = general?.lines.find((l) => l.functionCode === code && l.expenseType === 'project');
    if (!general) {
      fail('code', 'requires-table', '民生项目须与“一般公共预算财政拨款支出表”一同导入（用以核对项目支出）');
      continue;
    }
    if (!leaf) {
      fail('code', 'hierarchy', `科目 ${code} 不在一般公共预算财政拨款支出表中`);
      continue;
    }
    const s = sums.get(code) ?? { sum: 0n, view };
    s.sum += amount ?? 0n;
    sums.set(code, s);
    lines.push({
      ...blankLine(definition.key, position),
      fund: definition.fund ?? 'general',
      functionCode: code,
      functionName: leaf.functionName,
      expenseType: 'project',
      amount: amount ?? 0n,
      lastYearAmount: last,
      projectName,
      subsidyStandard: text(view, 'subsidyStandard'),
      distributionProcedure: text(view, 'distributionProcedure'),
      recipients: text(view, 'recipients'),
      allocationResult: text(view, 'allocationResult'),
      custom: check.custom,
    });
  }
  for (const [code, { sum, view }] of sums) {
    const project = general!.lines.find((l) => l.functionCode === code && l.expenseType === 'project')!;
    if (project.amount !== sum)
      ctx.errors.push({
        sheet: located.sheet,
        row: view.row,
        column: '预算规模',
        cell: view.ref('amount'),
        rule: 'total-mismatch',
        message: `科目 ${code} 的民生项目合计 ${describe(sum)} 与一般公共预算财政拨款支出表中该科目的项目支出 ${describe(project.amount)} 不一致（相差 ${describe(sum - project.amount)}）`,
      });
  }
  return { key: definition.key, title: definition.title, note, lines };
}

/**
 * The tables of a workbook (every sheet, or the sections of a csv) for a report of `set`, `edition` and `unit`.
 * Tables the file does not hold are not in the result (an import leaves them as they are).
 */
export function readReportTables(
  workbook: { format: 'xlsx' | 'csv'; sheets: readonly SheetTable[] },
  options: { set: TableSet; edition: ClassificationEdition; unit: UnitKey },
): ParsedWorkbook {
  const ctx: Context = { ...options, errors: [], warnings: [] };
  const located = locateTables(workbook.sheets, ctx, workbook.format);
  const tables: ParsedTable[] = [];
  let threePublicFunds: ThreeFunds | null = null;
  // The 民生 table is checked against the general function table, so it is read last.
  const order = [...located.values()].sort(
    (a, b) => Number(a.definition.layout === 'livelihood') - Number(b.definition.layout === 'livelihood'),
  );
  for (const l of order) {
    const d = l.definition;
    if (d.layout === 'function') tables.push(readCodedTable('function', d, l, ctx));
    else if (d.layout === 'economic') tables.push(readCodedTable('economic', d, l, ctx));
    else if (d.layout === 'summary') tables.push(readSummaryTable(d, l, ctx));
    else if (d.layout === 'three-public-funds') {
      threePublicFunds = readThreeFunds(d, l, ctx);
      tables.push({ key: d.key, title: d.title, note: threePublicFunds.explanation, lines: [] });
    } else {
      const general = tables.find(
        (t) => t.key === ctx.set.tables.find((x) => x.layout === 'function' && x.fund === 'general')?.key,
      );
      tables.push(readLivelihood(d, l, ctx, general));
    }
  }
  // The basic spending of the general fund, by function and by economic classification, is one sum.
  const generalFunction = ctx.set.tables.find((t) => t.layout === 'function' && t.fund === 'general');
  const generalEconomic = ctx.set.tables.find((t) => t.layout === 'economic' && t.fund === 'general');
  const fn = tables.find((t) => t.key === generalFunction?.key);
  const ec = tables.find((t) => t.key === generalEconomic?.key);
  if (fn && ec && ctx.errors.length === 0) {
    const leavesOf = (lines: LineRecord[], code: (l: LineRecord) => string | null) => {
      // A code is a total when a longer code extends it: collect every proper prefix once.
      const parents = new Set<string>();
      for (const l of lines) for (let p = parentCode(code(l) ?? ''); p; p = parentCode(p)) parents.add(p);
      return lines.filter((l) => {
        const c = code(l);
        return !!c && !parents.has(c);
      });
    };
    const basic = leavesOf(fn.lines, (l) => l.functionCode)
      .filter((l) => l.expenseType === 'basic')
      .reduce((t, l) => t + l.amount, 0n);
    const economic = leavesOf(ec.lines, (l) => l.economicCode).reduce((t, l) => t + l.amount, 0n);
    if (ec.lines.length && basic !== economic)
      ctx.errors.push({
        sheet: located.get(ec.key)!.sheet,
        row: 0,
        column: '金额',
        rule: 'total-mismatch',
        message: `“${ec.title}”的合计 ${describe(economic)} 与“${fn.title}”的基本支出合计 ${describe(basic)} 不一致（相差 ${describe(economic - basic)}）：基本支出按经济分类和按功能分类是同一笔钱`,
      });
  }
  // Back to the set's order.
  const index = (key: string) => ctx.set.tables.findIndex((t) => t.key === key);
  tables.sort((a, b) => index(a.key) - index(b.key));
  return { tables, threePublicFunds, errors: ctx.errors, warnings: ctx.warnings };
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

export type Cell = string | number;

export interface WrittenSheet {
  title: string;
  rows: Cell[][];
}

const amountCell = (cents: bigint | null): Cell => (cents === null ? '' : Number(formatCents(cents)));

/**
 * The tables of a report as sheets (title row, unit row, header, rows, note): what an export writes and an
 * import reads back. Every table of the set is written, empty ones with their note.
 */
export function writeReportTables(input: {
  set: TableSet;
  unit: UnitKey;
  lines: readonly LineRecord[];
  notes: Readonly<Record<string, string | null | undefined>>;
  threePublicFunds: ThreeFunds | null;
}): WrittenSheet[] {
  const unitRow: Cell[] = [`单位：${UNITS[input.unit]['zh-Hans']}`];
  return input.set.tables.map((definition) => {
    const specs = LAYOUT_COLUMNS[definition.layout];
    const lines = input.lines
      .filter((l) => l.table === definition.key)
      .sort((a, b) => a.position - b.position || (a.expenseType ?? '').localeCompare(b.expenseType ?? ''));
    const rows: Cell[][] = [];
    if (definition.layout === 'function') {
      const byPosition = new Map<number, LineRecord[]>();
      for (const l of lines) byPosition.set(l.position, [...(byPosition.get(l.position) ?? []), l]);
      for (const group of byPosition.values()) {
        const basic = group.find((l) => l.expenseType === 'basic');
        const project = group.find((l) => l.expenseType === 'project');
        const first = group[0];
        rows.push([
          first.functionCode ?? '',
          first.functionCode ? (first.functionName ?? '') : (first.item ?? '合计'),
          amountCell((basic?.amount ?? 0n) + (project?.amount ?? 0n)),
          amountCell(basic?.amount ?? 0n),
          amountCell(project?.amount ?? 0n),
          amountCell(basic?.lastYearAmount ?? null),
          amountCell(project?.lastYearAmount ?? null),
          first.note ?? '',
        ]);
      }
    } else if (definition.layout === 'economic') {
      for (const l of lines)
        rows.push([
          l.economicCode ?? '',
          l.economicCode ? (l.economicName ?? '') : (l.item ?? '合计'),
          amountCell(l.amount),
          amountCell(l.lastYearAmount),
          l.note ?? '',
        ]);
    } else if (definition.layout === 'summary') {
      for (const l of lines)
        rows.push([l.item ?? '', amountCell(l.amount), amountCell(l.lastYearAmount), l.note ?? '']);
    } else if (definition.layout === 'livelihood') {
      for (const l of lines)
        rows.push([
          l.functionCode ?? '',
          l.projectName ?? '',
          amountCell(l.amount),
          l.subsidyStandard ?? '',
          l.distributionProcedure ?? '',
          l.recipients ?? '',
          l.allocationResult ?? '',
          amountCell(l.lastYearAmount),
        ]);
    } else if (input.threePublicFunds) {
      const f = input.threePublicFunds;
      const sum = (figures: ThreeFundsFigures | null, parts: readonly ThreeFundsPart[]) =>
        figures ? parts.reduce((t, p) => t + figures[p], 0n) : null;
      rows.push([
        '合计',
        amountCell(sum(f.current, THREE_FUNDS_PARTS)),
        amountCell(sum(f.lastYear, THREE_FUNDS_PARTS)),
      ]);
      rows.push(['因公出国（境）费', amountCell(f.current.abroad), amountCell(f.lastYear?.abroad ?? null)]);
      rows.push([
        '公务用车购置及运行费',
        amountCell(sum(f.current, ['vehiclePurchase', 'vehicleOperation'])),
        amountCell(sum(f.lastYear, ['vehiclePurchase', 'vehicleOperation'])),
      ]);
      rows.push([
        '其中：公务用车购置费',
        amountCell(f.current.vehiclePurchase),
        amountCell(f.lastYear?.vehiclePurchase ?? null),
      ]);
      rows.push([
        '公务用车运行费',
        amountCell(f.current.vehicleOperation),
        amountCell(f.lastYear?.vehicleOperation ?? null),
      ]);
      rows.push(['公务接待费', amountCell(f.current.reception), amountCell(f.lastYear?.reception ?? null)]);
    }
    const note =
      definition.layout === 'three-public-funds'
        ? input.threePublicFunds?.explanation
        : input.notes[definition.key];
    const out: Cell[][] = [[definition.title], unitRow];
    if (rows.length || (definition.layout === 'three-public-funds' && input.threePublicFunds)) {
      out.push(
        specs.map((s) => s.header),
        ...rows,
      );
    } else if (!note) {
      // An empty table without its note still shows its header (the import then asks for the note).
      out.push(specs.map((s) => s.header));
    }
    if (note) out.push([`说明：${note.replace(/\n/g, ' ')}`]);
    return { title: definition.title, rows: out };
  });
}

/** Tables of the set that hold nothing and have no note explaining why (publishing refuses them). */
export function emptyTablesWithoutNote(input: {
  set: TableSet;
  lines: readonly Pick<LineRecord, 'table'>[];
  notes: Readonly<Record<string, string | null | undefined>>;
}): TableDefinition[] {
  const filled = new Set(input.lines.map((l) => l.table));
  return input.set.tables.filter((t) => {
    // 三公经费 has its own rule at publishing (domain/three-funds.ts).
    if (t.optional || t.layout === 'three-public-funds') return false;
    return !filled.has(t.key) && !input.notes[t.key]?.trim();
  });
}
