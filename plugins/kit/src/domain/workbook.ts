/**
 * Reading an uploaded spreadsheet (xlsx or csv) into tables of strings, every sheet with its name, bounded by a
 * guard checked before and while reading: the zip before exceljs opens it, the CSV text before it is parsed,
 * and each row and cell as it is read (plugins pass gov-core's `table-files` limits). xlsx files are read as a
 * stream. The content decides the format; the file name or MIME type only sharpens the error message. What a
 * column's layout means (headers, rows) is the plugin's: this module only reads.
 */
import { Readable } from 'node:stream';
import { Workbook, stream, type CellValue, type Row } from 'exceljs';
import { decodeText, detectDelimiter, looksBinary, parseCsv, unguardFormula } from './csv';

/** A file refused by a limit: the limit's name and a message naming it. */
export interface LimitProblem {
  rule: string;
  message: string;
}

/** Limits of the file checked before and while it is read (see the module comment). */
export interface SheetGuard {
  /** The zip checked before it is read; the merged ranges of each worksheet part (`xl/worksheets/sheet1.xml`). */
  xlsx(bytes: Uint8Array): Promise<{ problem: LimitProblem | null; merges: Record<string, string[]> }>;
  csv(text: string, delimiter: ',' | '\t'): LimitProblem | null;
  counter(): { row(): LimitProblem | null; cell(text: string, column: number): LimitProblem | null };
}

/** No limits: for tests of layout rules only. */
export const UNGUARDED: SheetGuard = {
  xlsx: async () => ({ problem: null, merges: {} }),
  csv: () => null,
  counter: () => ({ row: () => null, cell: () => null }),
};

/** A sheet as strings: every row as wide as the widest (rows without cells share one empty array). */
export interface SheetTable {
  /** The worksheet's name ('' for a csv file). */
  name: string;
  rows: string[][];
}

export type WorkbookRead =
  | { ok: true; format: 'xlsx' | 'csv'; sheets: SheetTable[] }
  | { ok: false; message: string; rule?: string };

export const NOT_A_SPREADSHEET = 'file: 不是有效的 xlsx 或 csv 表格';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const refused = (problem: LimitProblem): WorkbookRead => ({ ok: false, ...problem });

/** Spreadsheet column letters of a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

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

/** The last row an xlsx sheet can have: a row numbered beyond it is a forged file. */
export const MAX_SHEET_ROWS = 1_048_576;
/** All sheets together are laid out to at most this many rows (one forged cell per sheet would add up). */
const MAX_LAID_OUT_ROWS = MAX_SHEET_ROWS;
const OVERSIZED: LimitProblem = {
  rule: 'format',
  message: `file: 不是有效的 xlsx 表格（各工作表的行号合计超过 ${MAX_LAID_OUT_ROWS}）`,
};
const FORGED: LimitProblem = {
  rule: 'format',
  message: `file: 不是有效的 xlsx 表格（行号超过 ${MAX_SHEET_ROWS}）`,
};

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
function rectangle(rows: string[][]): string[][] {
  const width = rows.reduce((w, cells) => Math.max(w, cells?.length ?? 0), 0);
  return Array.from(rows, (cells) =>
    cells && cells.length ? Array.from({ length: width }, (_, c) => cells[c] ?? '') : NO_CELLS,
  );
}

// Excel escapes a carriage return in shared strings as _x000D_.
const textOf = (value: CellValue | undefined) => cellText(value).replace(/_x000D_/g, '');

/**
 * The sheets of an xlsx, read as a stream (exceljs's WorkbookReader: one row at a time; worksheets that come
 * before the shared strings wait in temporary files), after the guard has checked the zip; every row and cell
 * is counted as it arrives, so a limit stops the reading at once.
 */
async function readXlsx(bytes: Uint8Array, guard: SheetGuard): Promise<WorkbookRead> {
  const inspected = await guard.xlsx(bytes);
  // A broken zip reads as "not a spreadsheet", like any other file exceljs cannot open.
  if (inspected.problem?.rule === 'format') return { ok: false, message: NOT_A_SPREADSHEET, rule: 'format' };
  if (inspected.problem) return refused(inspected.problem);
  const counter = guard.counter();
  const sheets: SheetTable[] = [];
  let problem: LimitProblem | null = null;
  let laidOut = 0;
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
        problem = counter.row() ?? (row.number > MAX_SHEET_ROWS ? FORGED : null);
        if (problem) break sheets;
        const cells: string[] = [];
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          if (problem) return;
          const text = textOf(cell.value);
          problem = counter.cell(text, column);
          cells[column - 1] = text;
        });
        if (problem) break sheets;
        rows[row.number - 1] = cells;
      }
      laidOut += rows.length;
      if (laidOut > MAX_LAID_OUT_ROWS) {
        problem = OVERSIZED;
        break;
      }
      const { id, name } = sheet as unknown as { id?: string | number; name?: string };
      problem = applyMerges(rows, inspected.merges[`xl/worksheets/sheet${id}.xml`] ?? [], counter);
      if (problem) break;
      sheets.push({ name: String(name ?? ''), rows: rectangle(rows) });
    }
  } catch {
    return readLoadedXlsx(bytes, guard, inspected.merges);
  }
  if (problem) return refused(problem);
  // exceljs's stream reader now and then yields nothing for a valid file: read it whole then (the guard has
  // bounded the inflated size and every cell already).
  if (sheets.length === 0) return readLoadedXlsx(bytes, guard, inspected.merges);
  return { ok: true, format: 'xlsx', sheets };
}

/** The fallback of readXlsx: the whole workbook loaded at once, with the same counting and merges. */
async function readLoadedXlsx(
  bytes: Uint8Array,
  guard: SheetGuard,
  merges: Record<string, readonly string[]>,
): Promise<WorkbookRead> {
  const counter = guard.counter();
  const sheets: SheetTable[] = [];
  let laidOut = 0;
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
      if (problem || (problem = counter.row() ?? (row.number > MAX_SHEET_ROWS ? FORGED : null))) return;
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        if (problem) return;
        const text = textOf(cell.value);
        problem = counter.cell(text, column);
        cells[column - 1] = text;
      });
      rows[row.number - 1] = cells;
    });
    if (problem) return refused(problem);
    if ((laidOut += rows.length) > MAX_LAID_OUT_ROWS) return refused(OVERSIZED);
    const merged = applyMerges(rows, merges[`xl/worksheets/sheet${index + 1}.xml`] ?? [], counter);
    if (merged) return refused(merged);
    sheets.push({ name: sheet.name, rows: rectangle(rows) });
  }
  if (sheets.length === 0) return { ok: false, message: NOT_A_SPREADSHEET };
  return { ok: true, format: 'xlsx', sheets };
}

function readCsv(bytes: Uint8Array, guard: SheetGuard): WorkbookRead {
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
  return {
    ok: true,
    format: 'csv',
    sheets: [{ name: '', rows: parsed.rows.map((row) => row.map(unguardFormula)) }],
  };
}

/**
 * Every sheet of an uploaded xlsx (or the one table of a csv) as strings, line breaks as `\n`; a file that
 * is neither, or that a limit of `guard` refuses, gives `ok: false` with a message naming the file (and the
 * limit's `rule`).
 */
export async function readWorkbook(
  input: Uint8Array,
  hint: string | undefined,
  guard: SheetGuard = UNGUARDED,
): Promise<WorkbookRead> {
  const read = await readFile(input, hint, guard);
  if (!read.ok) return read;
  return {
    ...read,
    sheets: read.sheets.map((s) => ({
      name: s.name,
      rows: s.rows.map((row) => (row.length ? row.map((cell) => cell.replace(/\r\n?/g, '\n')) : row)),
    })),
  };
}

async function readFile(
  input: Uint8Array,
  hint: string | undefined,
  guard: SheetGuard,
): Promise<WorkbookRead> {
  if (input.length === 0) return { ok: false, message: NOT_A_SPREADSHEET };
  if (startsWith(input, ZIP)) return readXlsx(input, guard);
  const result = startsWith(input, OLE2)
    ? ({ ok: false, message: NOT_A_SPREADSHEET } as WorkbookRead)
    : readCsv(input, guard);
  if (!result.ok && !result.rule && (startsWith(input, OLE2) || /\.xls$|ms-excel$/i.test(hint ?? ''))) {
    return { ok: false, message: `${NOT_A_SPREADSHEET}（旧版 .xls 文件请在 Excel 中另存为 .xlsx）` };
  }
  return result;
}
