/**
 * The one CSV reader and writer: CSV as Excel reads and writes it (RFC 4180: quoted fields, "" for a quote,
 * line breaks inside quotes), read from bytes in UTF-8 (with or without a BOM), UTF-16 with a BOM, or the
 * GB18030 that Excel on a Chinese Windows saves; written with a UTF-8 BOM and CRLF so that Excel opens it
 * without garbling.
 */

export type CsvParseResult = { ok: true; rows: string[][] } | { ok: false; line: number; message: string };

/** Picks the delimiter from the header line: tab for Excel's "Unicode 文本", otherwise comma. */
export function detectDelimiter(text: string): ',' | '\t' {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const count = (c: string) => firstLine.split(c).length - 1;
  return count('\t') > count(',') ? '\t' : ',';
}

/** RFC 4180 records; a leading BOM is dropped; an unclosed quote is a failure naming its line. */
export function parseCsv(input: string, delimiter: string = detectDelimiter(input)): CsvParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteStartLine = 1;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      quoteStartLine = line;
    } else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line++;
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else {
      field += ch;
    }
    i++;
  }
  if (quoted) return { ok: false, line: quoteStartLine, message: `第 ${quoteStartLine} 行起的引号没有闭合` };
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { ok: true, rows };
}

// A cell starting with = + - @ (or tab/CR) is run as a formula when Excel opens a CSV (OWASP "CSV
// injection"). Such cells are written behind a ' , which parsing removes again.
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function unguardFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value;
}

function quote(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function writeCsv(rows: readonly (readonly string[])[]): string {
  return (
    '\uFEFF' + rows.map((row) => row.map((cell) => quote(guardFormula(cell))).join(',')).join('\r\n') + '\r\n'
  );
}

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

/**
 * The text of a table file: by its BOM (UTF-8, UTF-16LE/BE), else UTF-8, else GB18030 (Excel on a Chinese
 * Windows saves "CSV (逗号分隔)" in GBK/GB18030, a superset of GBK). `null` when no encoding fits.
 */
export function decodeText(bytes: Uint8Array): string | null {
  const decode = (encoding: string, data: Uint8Array) => {
    try {
      return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(data);
    } catch {
      return null;
    }
  };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decode('utf-8', bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return decode('utf-16le', bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return decode('utf-16be', bytes.subarray(2));
  return decode('utf-8', bytes) ?? decode('gb18030', bytes);
}

/** Text that decoded but holds control characters or U+FFFD is binary data, not a table. */
export function looksBinary(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- detecting control characters is the point
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/.test(text);
}
