/**
 * Limits of an imported table file (xlsx or csv), checked before and while it is parsed so that a hostile
 * file costs a bounded amount of memory and answers a small 400: upload size, decompressed size, zip entry
 * count and compression ratio, rows, characters per cell, and the length of the error list itself.
 * Every plugin that imports tables uses these (through gov-core's `table-files` service), none has its own.
 */
import type { FieldError } from './errors';

export interface TableLimits {
  /** Bytes of the uploaded file; the request body is refused before it is read when it declares more. */
  maxUploadBytes: number;
  /** Bytes of all zip entries once inflated (real bytes counted while inflating, not the declared sizes). */
  maxInflatedBytes: number;
  /** Entries in a zip's central directory. */
  maxZipEntries: number;
  /** Inflated : compressed ratio of an entry larger than 1 MB (an honest zip bomb). */
  maxCompressionRatio: number;
  /** Data rows of one sheet or file. */
  maxRows: number;
  /** Rows above the data that may hold a header or title lines. */
  headerRows: number;
  /** Columns of a sheet or file (a cell far to the right would make every row that wide). */
  maxColumns: number;
  /** Characters of one cell (one shared string, one inline string, one CSV field). */
  maxCellChars: number;
  /** Row errors listed in a 400; the rest are counted. */
  maxListedErrors: number;
}

export const DEFAULT_TABLE_LIMITS: Readonly<TableLimits> = Object.freeze({
  maxUploadBytes: 10 * 1024 * 1024,
  maxInflatedBytes: 50 * 1024 * 1024,
  maxZipEntries: 2000,
  maxCompressionRatio: 200,
  maxRows: 10000,
  headerRows: 1,
  maxColumns: 200,
  maxCellChars: 10000,
  maxListedErrors: 100,
});

const POSITIVE_KEYS = [
  'maxUploadBytes',
  'maxInflatedBytes',
  'maxZipEntries',
  'maxCompressionRatio',
  'maxRows',
  'maxColumns',
  'maxCellChars',
  'maxListedErrors',
] as const;

/** Problems of a (partial) limits object from configuration; [] when it is usable. */
export function validateTableLimits(input: unknown): string[] {
  if (input === undefined) return [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return ['须为对象'];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (!(key in DEFAULT_TABLE_LIMITS)) problems.push(`${key}: 未知的限制项`);
    else if (!Number.isSafeInteger(value) || (value as number) < (key === 'headerRows' ? 0 : 1)) {
      problems.push(`${key}: 须为${key === 'headerRows' ? '非负' : '正'}整数`);
    }
  }
  return problems;
}

/** Defaults, then each layer of overrides (gov-core config, a plugin's config, a call's options). */
export function resolveTableLimits(...layers: (Partial<TableLimits> | undefined)[]): TableLimits {
  const limits: TableLimits = { ...DEFAULT_TABLE_LIMITS };
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer ?? {})) {
      if (value !== undefined && key in limits) limits[key as keyof TableLimits] = value as number;
    }
  }
  for (const key of POSITIVE_KEYS) limits[key] = Math.max(1, Math.floor(limits[key]));
  return limits;
}

export const megabytes = (bytes: number) => {
  const mb = bytes / 1024 / 1024;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
};

const EXCERPT_CHARS = 50;

/** At most `max` characters of a text (whole code points), with … when cut. */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  if (text.length <= max) return text;
  const points = Array.from(text.slice(0, max * 2 + 2));
  return points.length <= max ? text.slice(0, max) + '…' : points.slice(0, max).join('') + '…';
}

const MESSAGE_CHARS = 200;

/**
 * A message fit for a 400: every quoted part (“…”, "…", 「…」) cut to a short excerpt, the whole message to
 * 200 characters. Applied to every listed error, whatever wrote it.
 */
export function shortenMessage(message: string): string {
  const quoted = message.replace(/(“)([^”]*)(”)|(")([^"]*)(")|(「)([^」]*)(」)/g, (...m: string[]) => {
    const [open, inner, close] = m[1] ? m.slice(1, 4) : m[4] ? m.slice(4, 7) : m.slice(7, 10);
    return `${open}${excerpt(inner)}${close}`;
  });
  return excerpt(quoted, MESSAGE_CHARS);
}

/** The first `max` errors, shortened, and how many were left out. */
export function capErrors<E extends { message: string }>(
  list: readonly E[],
  max: number = DEFAULT_TABLE_LIMITS.maxListedErrors,
): { errors: E[]; omitted: number } {
  return {
    errors: list.slice(0, max).map((e) => ({ ...e, message: shortenMessage(e.message) })),
    omitted: Math.max(0, list.length - max),
  };
}

/** A file refused by a limit: field `file`, the limit's name as the rule. */
export type LimitViolation = FieldError & { field: 'file' };

export const violation = (rule: keyof TableLimits | string, detail: string): LimitViolation => ({
  field: 'file',
  rule,
  message: `file: ${detail}`,
});

export const tooManyRows = (limits: TableLimits, where = '表格') =>
  violation('maxRows', `${where}超过 ${limits.maxRows} 行数据的上限`);

export const tooManyColumns = (limits: TableLimits, where: string) =>
  violation('maxColumns', `${where}超过 ${limits.maxColumns} 列的上限`);

export const cellTooLong = (limits: TableLimits, where: string) =>
  violation('maxCellChars', `${where}超过 ${limits.maxCellChars} 个字符的单元格上限`);

/**
 * One pass over CSV text (RFC 4180 quoting; the given delimiter; \n, \r\n or \r line ends) that counts
 * records and field lengths without building them: null when within the limits. Blank lines count as
 * records (cheap and conservative: the parsers after it may skip them).
 */
export function checkCsvText(
  text: string,
  limits: TableLimits,
  delimiter: ',' | '\t' = ',',
): LimitViolation | null {
  const separator = delimiter.charCodeAt(0);
  const maxRecords = limits.maxRows + limits.headerRows;
  let records = 0;
  let field = 0;
  let fields = 1;
  let quoted = false;
  let atFieldStart = true;
  let recordOpen = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Low surrogates are the second half of one character.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    if (quoted) {
      if (code === 0x22) {
        if (text.charCodeAt(i + 1) === 0x22) {
          field++;
          i++;
        } else quoted = false;
      } else field++;
    } else if (code === 0x22 && atFieldStart) {
      quoted = true;
      atFieldStart = false;
      recordOpen = true;
      continue;
    } else if (code === separator) {
      if (++fields > limits.maxColumns) return tooManyColumns(limits, `第 ${records + 1} 行`);
      field = 0;
      atFieldStart = true;
      recordOpen = true;
      continue;
    } else if (code === 0x0a || code === 0x0d) {
      if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      records++;
      if (records > maxRecords) return tooManyRows(limits);
      field = 0;
      fields = 1;
      atFieldStart = true;
      recordOpen = false;
      continue;
    } else field++;
    atFieldStart = false;
    recordOpen = true;
    if (field > limits.maxCellChars) return cellTooLong(limits, `第 ${records + 1} 行有单元格`);
  }
  if (recordOpen) records++;
  if (records > maxRecords) return tooManyRows(limits);
  return null;
}

/** Counts rows and cells as a spreadsheet library hands them over (a repeated shared string counts each time). */
export interface CellCounter {
  row(): LimitViolation | null;
  cell(text: string, column: number): LimitViolation | null;
}

export function cellCounter(limits: TableLimits): CellCounter {
  let rows = 0;
  let chars = 0;
  return {
    row: () => (++rows > limits.maxRows + limits.headerRows ? tooManyRows(limits) : null),
    cell: (text, column) => {
      if (column > limits.maxColumns) return tooManyColumns(limits, `第 ${rows} 行`);
      if (text.length > limits.maxCellChars) return cellTooLong(limits, `第 ${rows} 行有单元格`);
      chars += text.length;
      return chars > limits.maxInflatedBytes
        ? violation('maxInflatedBytes', `表格文字总量超过上限 ${limits.maxInflatedBytes} 个字符`)
        : null;
    },
  };
}
