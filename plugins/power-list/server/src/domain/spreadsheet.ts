/**
 * Import and export of the 权力清单 as a spreadsheet (xlsx or csv) in the common layout of
 * data/columns.ts. Parsing checks every row and reports every problem with its spreadsheet row number and
 * column heading, so a department fixes its file in one pass; the caller imports only when `errors` is
 * empty. parse(write(items)) gives back the same items (see PowerListRow for the normal form).
 *
 * Reading is bounded by the guard of ParseOptions (sizes, rows, columns, cell lengths, checked before and
 * while reading); xlsx files are read as a stream.
 */
import { Readable } from 'node:stream';
import { Workbook, stream, type CellValue, type Row } from 'exceljs';
import { CATEGORIES, CATEGORY_KEYS, resolveCategory, type CategoryKey } from '../data/categories';
import {
  ACCOUNTABILITY_SEPARATOR,
  COLUMNS,
  STAGE_SEPARATOR,
  type ColumnDefinition,
  type ColumnKey,
} from '../data/columns';
import { STAGES, resolveStage, type StageKey } from '../data/labels';
import {
  decodeText,
  detectDelimiter,
  looksBinary,
  parseCsv,
  unguardFormula,
  writeCsv,
} from '@gov-portal/kit/domain';
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

/** A file refused by a limit: the limit's name and a message naming it. */
export interface LimitProblem {
  rule: string;
  message: string;
}

/**
 * Limits of the file checked before and while it is read: the zip before exceljs opens it, the CSV text
 * before it is parsed, and each row and cell as it is read (the service passes gov-core's `table-files`).
 */
export interface SheetGuard {
  /** The zip checked before it is read; the merged ranges of each worksheet part (`xl/worksheets/sheet1.xml`). */
  xlsx(bytes: Uint8Array): Promise<{ problem: LimitProblem | null; merges: Record<string, string[]> }>;
  csv(text: string, delimiter: ',' | '\t'): LimitProblem | null;
  counter(): { row(): LimitProblem | null; cell(text: string, column: number): LimitProblem | null };
}

/** No limits: for tests of the layout rules only. */
const UNGUARDED: SheetGuard = {
  xlsx: async () => ({ problem: null, merges: {} }),
  csv: () => null,
  counter: () => ({ row: () => null, cell: () => null }),
};

export type SpreadsheetFormat = 'xlsx' | 'csv';

const NOT_A_SPREADSHEET = 'file: 不是有效的 xlsx 或 csv 表格';
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
// Reading the file into a table of strings

type Table = string[][];
type ReadResult = { ok: true; table: Table } | { ok: false; message: string; rule?: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const refused = (problem: LimitProblem): ReadResult => ({ ok: false, ...problem });

function cellText(value: CellValue | undefined): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText))
      return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value)
      return cellText((value as { result?: CellValue }).result);
    if ('hyperlink' in value) return cellText((value as { text?: CellValue }).text);
    if ('error' in value) return '';
  }
  return '';
}

/** Rows with no cell share one empty array (a sheet may jump to row 1,048,576). */
const NO_CELLS: string[] = [];

/** `B3` → [row 3, column 2] (1-based). */
const decodeRef = (ref: string): [number, number] => {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(ref) ?? ['', 'A', '1'];
  let column = 0;
  for (const ch of letters) column = column * 26 + ch.charCodeAt(0) - 64;
  return [Number(digits), column];
};

type Counter = ReturnType<SheetGuard['counter']>;

/**
 * Merged cells read as their top-left cell (as Excel shows them); ranges are clamped to the rows read, and
 * every copy is counted like a cell read.
 */
function applyMerges(rows: string[][], merges: readonly string[], counter: Counter): LimitProblem | null {
  for (const range of merges) {
    const [from, to = from] = range.split(':');
    const [r1, c1] = decodeRef(from);
    const [r2, c2] = decodeRef(to);
    const text = rows[r1 - 1]?.[c1 - 1] ?? '';
    for (let r = r1; r <= Math.min(r2, rows.length); r++) {
      for (let c = c1; c <= c2; c++) {
        if (r === r1 && c === c1) continue;
        const problem = counter.cell(text, c);
        if (problem) return problem;
        (rows[r - 1] ??= [])[c - 1] = text;
      }
    }
  }
  return null;
}

/** Sparse rows to a rectangular table (every row as wide as the widest). */
function rectangle(rows: string[][]): Table {
  const width = rows.reduce((w, cells) => Math.max(w, cells?.length ?? 0), 0);
  return Array.from(rows, (cells) =>
    cells && cells.length ? Array.from({ length: width }, (_, c) => cells[c] ?? '') : NO_CELLS,
  );
}

/**
 * The sheets of an xlsx, read as a stream (exceljs's WorkbookReader: one row at a time; worksheets that
 * come before the shared strings wait in temporary files), after the guard has checked the zip; every row
 * and cell is counted as it arrives, so a limit stops the reading at once.
 */
async function readXlsx(bytes: Uint8Array, guard: SheetGuard): Promise<ReadResult> {
  const inspected = await guard.xlsx(bytes);
  // A broken zip reads as "not a spreadsheet", like any other file exceljs cannot open.
  if (inspected.problem?.rule === 'format') return { ok: false, message: NOT_A_SPREADSHEET, rule: 'format' };
  if (inspected.problem) return refused(inspected.problem);
  const counter = guard.counter();
  const tables: Table[] = [];
  let problem: LimitProblem | null = null;
  try {
    const reader = new stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    });
    sheets: for await (const sheet of reader) {
      const rows: string[][] = [];
      for await (const row of sheet as AsyncIterable<Row>) {
        problem = counter.row();
        if (problem) break sheets;
        const cells: string[] = [];
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          if (problem) return;
          // Excel escapes a carriage return in shared strings as _x000D_.
          const text = cellText(cell.value).replace(/_x000D_/g, '');
          problem = counter.cell(text, column);
          cells[column - 1] = text;
        });
        if (problem) break sheets;
        rows[row.number - 1] = cells;
      }
      const id = (sheet as unknown as { id?: string | number }).id;
      problem = applyMerges(rows, inspected.merges[`xl/worksheets/sheet${id}.xml`] ?? [], counter);
      if (problem) break;
      tables.push(rectangle(rows));
    }
  } catch {
    return readLoadedXlsx(bytes, guard, inspected.merges);
  }
  if (problem) return refused(problem);
  // exceljs's stream reader now and then yields nothing for a valid file: read it whole then (the guard has
  // bounded the inflated size and every cell already).
  if (tables.length === 0) return readLoadedXlsx(bytes, guard, inspected.merges);
  // The list is on the first sheet that has our header; otherwise report against the first sheet.
  return { ok: true, table: tables.find((t) => findHeader(t).matches >= 3) ?? tables[0] };
}

/** The fallback of readXlsx: the whole workbook loaded at once, with the same counting, merges and choice of sheet. */
async function readLoadedXlsx(
  bytes: Uint8Array,
  guard: SheetGuard,
  merges: Record<string, Parameters<typeof applyMerges>[1]>,
): Promise<ReadResult> {
  const counter = guard.counter();
  const tables: Table[] = [];
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as never);
  } catch {
    return { ok: false, message: NOT_A_SPREADSHEET };
  }
  for (const [index, sheet] of workbook.worksheets.entries()) {
    const rows: string[][] = [];
    let problem: LimitProblem | null = null;
    sheet.eachRow({ includeEmpty: false }, (row) => {
      if (problem || (problem = counter.row())) return;
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        if (problem) return;
        const text = cellText(cell.value).replace(/_x000D_/g, '');
        problem = counter.cell(text, column);
        cells[column - 1] = text;
      });
      rows[row.number - 1] = cells;
    });
    if (problem) return refused(problem);
    const merged = applyMerges(rows, merges[`xl/worksheets/sheet${index + 1}.xml`] ?? [], counter);
    if (merged) return refused(merged);
    tables.push(rectangle(rows));
  }
  if (tables.length === 0) return { ok: false, message: NOT_A_SPREADSHEET };
  return { ok: true, table: tables.find((t) => findHeader(t).matches >= 3) ?? tables[0] };
}

function readCsv(bytes: Uint8Array, guard: SheetGuard): ReadResult {
  const text = decodeText(bytes);
  // Control characters or U+FFFD mean binary data that happened to decode.
  if (text === null || looksBinary(text) || !text.trim()) {
    return { ok: false, message: NOT_A_SPREADSHEET };
  }
  const delimiter = detectDelimiter(text);
  const problem = guard.csv(text, delimiter);
  if (problem) return refused(problem);
  const parsed = parseCsv(text, delimiter);
  if (!parsed.ok) return { ok: false, message: `${NOT_A_SPREADSHEET}：${parsed.message}` };
  return { ok: true, table: parsed.rows.map((row) => row.map(unguardFormula)) };
}

/** The content decides the format; the file name or MIME type only sharpens the error message. */
async function readTable(
  input: Uint8Array,
  hint: string | undefined,
  guard: SheetGuard,
): Promise<ReadResult> {
  if (input.length === 0) return { ok: false, message: NOT_A_SPREADSHEET };
  if (startsWith(input, ZIP)) return readXlsx(input, guard);
  const result = startsWith(input, OLE2)
    ? ({ ok: false, message: NOT_A_SPREADSHEET } as ReadResult)
    : readCsv(input, guard);
  if (!result.ok && !result.rule && (startsWith(input, OLE2) || /\.xls$|ms-excel$/i.test(hint ?? ''))) {
    return { ok: false, message: `${NOT_A_SPREADSHEET}（旧版 .xls 文件请在 Excel 中另存为 .xlsx）` };
  }
  return result;
}

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

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
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
  const read = await readTable(buffer, filenameOrMimetype, options.guard ?? UNGUARDED);
  if (!read.ok) {
    const error: SheetError = { row: 0, column: '', field: 'file', message: read.message };
    return { rows: [], errors: [read.rule ? { ...error, rule: read.rule } : error] };
  }

  const table = read.table.map((row) => row.map((cell) => cell.replace(/\r\n?/g, '\n')));
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
