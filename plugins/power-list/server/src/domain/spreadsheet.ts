/**
 * Import and export of the 权力清单 as a spreadsheet (xlsx or csv) in the common layout of
 * data/columns.ts. Parsing checks every row and reports every problem with its spreadsheet row number and
 * column heading, so a department fixes its file in one pass; the caller imports only when `errors` is
 * empty. parse(write(items)) gives back the same items (see PowerListRow for the normal form).
 *
 * Reading is bounded by the guard of ParseOptions (sizes, rows, columns, cell lengths, checked before and
 * while reading); xlsx files are read as a stream.
 */
import { Workbook } from 'exceljs';
import { CATEGORIES, CATEGORY_KEYS, resolveCategory, type CategoryKey } from '../data/categories';
import {
  ACCOUNTABILITY_SEPARATOR,
  COLUMNS,
  STAGE_SEPARATOR,
  type ColumnDefinition,
  type ColumnKey,
} from '../data/columns';
import { STAGES, resolveStage, type StageKey } from '../data/labels';
import { UNGUARDED, columnLetter, readWorkbook, writeCsv, type SheetGuard } from '@gov-portal/kit/domain';
import { DEFAULT_ITEM_CODE_PATTERN, parseItemCode } from './item-code';

export interface Responsibility {
  stage: StageKey;
  duty: string;
}

export interface Accountability {
  situation: string;
  /** 追责依据; '' when the line gives none. */
  basis: string;
}

/**
 * One power item as the spreadsheet carries it. Normal form (what parsing yields): strings trimmed with
 * runs of white space collapsed to one space; legalBasis and remark keep one line per paragraph, without
 * empty lines; duties and situations are single lines; missing code or remark is null.
 */
export interface PowerListRow {
  code: string | null;
  name: string;
  category: CategoryKey;
  /** 设定依据 as plain text (see rich-text.ts to convert from and to the editor's HTML). */
  legalBasis: string;
  /** 实施主体 as written: a department name or code, resolved by the caller. */
  department: string;
  responsibilities: Responsibility[];
  accountability: Accountability[];
  remark: string | null;
}

export interface ParsedRow extends PowerListRow {
  /** Spreadsheet row number (the header is row 1 unless title rows precede it). */
  row: number;
}

export interface SheetError {
  /** Spreadsheet row number; 0 for a problem of the file itself. */
  row: number;
  /** The column heading (序号 … 备注), the heading found in the file for unknown columns, '' for the file. */
  column: string;
  field: string;
  message: string;
  /** The limit that refused the file (row 0 only). */
  rule?: string;
}

export interface ParseResult {
  rows: ParsedRow[];
  errors: SheetError[];
}

export interface ParseOptions {
  /** 职权编码 pattern codes given in the file must follow (default {department}-{category}-{serial:5}). */
  codePattern?: string;
  /** Data rows accepted in one file (default 10000). */
  maxRows?: number;
  /** Limits checked before and while reading (the plugin passes gov-core's table-file limits). */
  guard?: SheetGuard;
}

export type { LimitProblem, SheetGuard } from '@gov-portal/kit/domain';

export type SpreadsheetFormat = 'xlsx' | 'csv';

type Table = string[][];

const LIMITS = { code: 64, name: 200, department: 100 } as const;
const HEADER_SEARCH_ROWS = 10;

// ---------------------------------------------------------------------------------------------------
// Text normal forms

// Control characters are not text (and not allowed in xlsx XML).
const singleLine = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const multiLine = (text: string) => text.split('\n').map(singleLine).filter(Boolean).join('\n');

// 1. / 1、/ (1) / （一）/ ① / 一、 at the start of a line: numbering people add by hand, not content.
const ENUMERATION =
  /^(?:\d{1,3}(?:[.．](?!\d)|[、)）])|[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]|[①-⑳]|[一二三四五六七八九十]{1,3}、)\s*/;

// ---------------------------------------------------------------------------------------------------
// Header

const normalizeHeading = (text: string) => text.replace(/[\s*＊]/g, '').replace(/[(（]必填[)）]/g, '');

const HEADINGS = new Map<string, ColumnDefinition>(
  COLUMNS.flatMap((column) => [column.header, ...column.aliases].map((h) => [h, column] as const)),
);

function findHeader(table: Table): { index: number; matches: number } {
  let best = { index: -1, matches: 0 };
  for (let r = 0; r < Math.min(table.length, HEADER_SEARCH_ROWS); r++) {
    const matches = new Set(table[r].map((c) => HEADINGS.get(normalizeHeading(c))?.key).filter(Boolean)).size;
    if (matches > best.matches) best = { index: r, matches };
  }
  if (best.index < 0)
    best.index = Math.max(
      0,
      table.findIndex((row) => row.some((c) => c.trim())),
    );
  return best;
}

type ColumnMap = Partial<Record<ColumnKey, number>>;

function readHeader(table: Table, headerIndex: number, errors: SheetError[]): ColumnMap {
  const headerRow = headerIndex + 1;
  const cells = table[headerIndex] ?? [];
  const map: ColumnMap = {};
  const expected = COLUMNS.map((c) => c.header).join('、');
  cells.forEach((cell, index) => {
    const heading = normalizeHeading(cell);
    if (!heading) {
      const used = table.slice(headerIndex + 1).some((row) => (row[index] ?? '').trim() !== '');
      if (used) {
        errors.push({
          row: headerRow,
          column: '',
          field: 'header',
          message: `header: 第 ${columnLetter(index)} 列有内容但没有表头`,
        });
      }
      return;
    }
    const column = HEADINGS.get(heading);
    if (!column) {
      errors.push({
        row: headerRow,
        column: cell.trim(),
        field: 'header',
        message: `header: 无法识别的列“${cell.trim()}”（第 ${columnLetter(index)} 列），表头应为 ${expected}`,
      });
    } else if (map[column.key] !== undefined) {
      errors.push({
        row: headerRow,
        column: column.header,
        field: 'header',
        message: `header: 列“${column.header}”重复（第 ${columnLetter(map[column.key]!)} 列和第 ${columnLetter(index)} 列）`,
      });
    } else {
      map[column.key] = index;
    }
  });
  for (const column of COLUMNS) {
    if (column.required && map[column.key] === undefined) {
      errors.push({
        row: headerRow,
        column: column.header,
        field: 'header',
        message: `header: 缺少列“${column.header}”`,
      });
    }
  }
  return map;
}

// ---------------------------------------------------------------------------------------------------
// Cells

function parseResponsibilities(cell: string, fail: (text: string) => void): Responsibility[] {
  const result: Responsibility[] = [];
  for (const raw of multiLine(cell).split('\n').filter(Boolean)) {
    const line = raw.replace(ENUMERATION, '');
    const match = /^([^：:]{1,8})[：:]\s*(.*)$/.exec(line);
    const stage = match ? resolveStage(match[1]) : null;
    const duty = stage ? match![2].trim() : line;
    if (!duty) fail(`责任事项“${raw}”缺少职责内容`);
    else result.push({ stage: stage ?? 'other', duty });
  }
  return result;
}

function parseAccountability(cell: string, fail: (text: string) => void): Accountability[] {
  const result: Accountability[] = [];
  for (const raw of multiLine(cell).split('\n').filter(Boolean)) {
    const line = raw.replace(ENUMERATION, '');
    const at = line.search(/[｜|]/);
    const situation = (at < 0 ? line : line.slice(0, at)).trim();
    const basis = at < 0 ? '' : line.slice(at + 1).trim();
    if (!situation) fail(`追责情形“${raw}”缺少情形描述（格式：情形${ACCOUNTABILITY_SEPARATOR}依据）`);
    else result.push({ situation, basis });
  }
  return result;
}

const CATEGORY_LIST = CATEGORY_KEYS.map((k) => CATEGORIES[k]['zh-Hans']).join('、');

export async function parsePowerListFile(
  buffer: Uint8Array,
  filenameOrMimetype?: string,
  options: ParseOptions = {},
): Promise<ParseResult> {
  const pattern = options.codePattern ?? DEFAULT_ITEM_CODE_PATTERN;
  const maxRows = options.maxRows ?? 10000;
  const read = await readWorkbook(buffer, filenameOrMimetype, options.guard ?? UNGUARDED);
  if (!read.ok) {
    const error: SheetError = { row: 0, column: '', field: 'file', message: read.message };
    return { rows: [], errors: [read.rule ? { ...error, rule: read.rule } : error] };
  }

  // The list is on the first sheet that has our header; otherwise report against the first sheet.
  const tables = read.sheets.map((s) => s.rows);
  const table = tables.find((t) => findHeader(t).matches >= 3) ?? tables[0];
  const errors: SheetError[] = [];
  const { index: headerIndex } = findHeader(table);
  const columns = readHeader(table, headerIndex, errors);
  if (errors.length > 0) return { rows: [], errors };

  const dataRows = table.slice(headerIndex + 1);
  const rows: ParsedRow[] = [];
  const codeRows = new Map<string, number>();
  const patternHasDepartment = pattern.includes('{department}');
  const contentKeys = COLUMNS.filter((c) => c.key !== 'index' && columns[c.key] !== undefined).map(
    (c) => c.key,
  );
  const filled = dataRows.filter((cells) => contentKeys.some((k) => (cells[columns[k]!] ?? '').trim()));
  if (filled.length > maxRows) {
    return {
      rows: [],
      errors: [
        {
          row: 0,
          column: '',
          field: 'file',
          message: `file: 表格有 ${filled.length} 行，超过上限 ${maxRows} 行`,
        },
      ],
    };
  }

  dataRows.forEach((cells, offset) => {
    const rowNumber = headerIndex + 2 + offset;
    const raw = (key: ColumnKey) => (columns[key] === undefined ? '' : (cells[columns[key]!] ?? ''));
    if (!contentKeys.some((k) => raw(k).trim())) return; // blank line, or only a pre-filled 序号

    const before = errors.length;
    const fail = (key: ColumnKey, field: string) => (text: string) => {
      const column = COLUMNS.find((c) => c.key === key)!.header;
      errors.push({ row: rowNumber, column, field, message: `${field}: ${text}` });
    };

    const name = singleLine(raw('name'));
    if (!name) fail('name', 'name')('职权名称不能为空');
    else if (name.length > LIMITS.name) fail('name', 'name')(`职权名称不能超过 ${LIMITS.name} 个字符`);

    const categoryText = singleLine(raw('category'));
    const category = categoryText ? resolveCategory(categoryText) : null;
    if (!categoryText) fail('category', 'category')('职权类型不能为空');
    else if (!category)
      fail('category', 'category')(`未知的职权类型“${categoryText}”，应为 ${CATEGORY_LIST} 之一`);

    const legalBasis = multiLine(raw('legalBasis'));
    if (!legalBasis) fail('legalBasis', 'legalBasis')('设定依据不能为空');

    const department = singleLine(raw('department'));
    if (!department) fail('department', 'department')('实施主体不能为空');
    else if (department.length > LIMITS.department) {
      fail('department', 'department')(`实施主体不能超过 ${LIMITS.department} 个字符`);
    }

    const code = singleLine(raw('code')) || null;
    if (code !== null) {
      const parts = code.length <= LIMITS.code ? parseItemCode(pattern, code) : null;
      if (!parts) {
        fail('code', 'code')(`职权编码“${code}”不符合编码格式 ${pattern}`);
      } else if (
        category &&
        pattern.includes('{category}') &&
        parts.categoryCode !== CATEGORIES[category].code
      ) {
        fail(
          'code',
          'code',
        )(
          `职权编码中的类型代码 ${parts.categoryCode} 与职权类型“${CATEGORIES[category]['zh-Hans']}”（${CATEGORIES[category].code}）不一致`,
        );
      }
      // Codes are unique per department; with {department} in the pattern the code itself says which.
      const key = patternHasDepartment ? code : `${department}\u0000${code}`;
      const first = codeRows.get(key);
      if (first !== undefined) fail('code', 'code')(`职权编码“${code}”与第 ${first} 行重复`);
      else codeRows.set(key, rowNumber);
    }

    const responsibilities = parseResponsibilities(
      raw('responsibilities'),
      fail('responsibilities', 'responsibilities'),
    );
    const accountability = parseAccountability(
      raw('accountability'),
      fail('accountability', 'accountability'),
    );
    const remark = multiLine(raw('remark')) || null;

    if (errors.length === before) {
      rows.push({
        row: rowNumber,
        code,
        name,
        category: category!,
        legalBasis,
        department,
        responsibilities,
        accountability,
        remark,
      });
    }
  });

  return { rows, errors };
}

// ---------------------------------------------------------------------------------------------------
// Writing

function rowCells(item: PowerListRow, index: number): Record<ColumnKey, string> {
  return {
    index: String(index + 1),
    code: item.code ?? '',
    name: singleLine(item.name),
    category: CATEGORIES[item.category]?.['zh-Hans'] ?? item.category,
    legalBasis: multiLine(item.legalBasis),
    department: singleLine(item.department),
    responsibilities: item.responsibilities
      .map((r) => `${(STAGES[r.stage] ?? STAGES.other)['zh-Hans']}${STAGE_SEPARATOR}${singleLine(r.duty)}`)
      .join('\n'),
    // Numbered like a printed list (the number is dropped on reading). A separator inside a situation
    // would split it on reading, so it is written as ／.
    accountability: item.accountability
      .map((a, i) => {
        const situation = singleLine(a.situation).replace(/[｜|]/g, '／');
        const basis = singleLine(a.basis);
        return `${i + 1}. ${basis ? `${situation}${ACCOUNTABILITY_SEPARATOR}${basis}` : situation}`;
      })
      .join('\n'),
    remark: multiLine(item.remark ?? ''),
  };
}

async function writeXlsx(items: readonly PowerListRow[]): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'power-list';
  const sheet = workbook.addWorksheet('权力清单', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: { alignment: { vertical: 'top', wrapText: c.multiline } },
  }));
  sheet.getRow(1).font = { bold: true };
  items.forEach((item, index) => {
    const cells = rowCells(item, index);
    sheet.addRow({ ...cells, index: index + 1 });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function writePowerListFile(
  items: readonly PowerListRow[],
  format: SpreadsheetFormat,
): Promise<Buffer> {
  if (format === 'xlsx') return writeXlsx(items);
  if (format === 'csv') {
    const table = [
      COLUMNS.map((c) => c.header),
      ...items.map((item, i) => COLUMNS.map((c) => rowCells(item, i)[c.key])),
    ];
    return Buffer.from(writeCsv(table), 'utf8');
  }
  throw new RangeError(`writePowerListFile: unknown format ${String(format)}`);
}
