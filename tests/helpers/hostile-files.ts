/**
 * Hostile (and honest) table files generated in the test, never committed: a minimal zip writer that may lie
 * in its headers, and the xlsx and CSV shapes of finding 10 (shared-string bomb, zip bombs, 100,000 rows,
 * a huge cell, 10,000 zip entries). Large contents are deflated as a stream, so generating a 200 MB bomb
 * costs a few MB of memory.
 */
import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';

export interface ZipInput {
  name: string;
  /** Content, or a generator of chunks for large parts. */
  data: string | Buffer | { chunk: Buffer; times: number };
  /** Declared uncompressed size, when the header should lie. */
  declaredSize?: number;
}

interface Deflated {
  name: string;
  compressed: Buffer;
  size: number;
  crc: number;
}

async function deflate(input: ZipInput): Promise<Deflated> {
  if (typeof input.data === 'string' || Buffer.isBuffer(input.data)) {
    const raw = Buffer.isBuffer(input.data) ? input.data : Buffer.from(input.data, 'utf8');
    return { name: input.name, compressed: deflateRawSync(raw), size: raw.length, crc: crc32(raw) };
  }
  const { chunk, times } = input.data;
  const deflater = createDeflateRaw({ level: constants.Z_BEST_SPEED });
  const out: Buffer[] = [];
  deflater.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => deflater.on('end', resolve));
  let crc = 0;
  for (let i = 0; i < times; i++) {
    crc = crc32(chunk, crc);
    if (!deflater.write(chunk)) await new Promise((resolve) => deflater.once('drain', resolve));
  }
  deflater.end();
  await done;
  return { name: input.name, compressed: Buffer.concat(out), size: chunk.length * times, crc };
}

/** A zip (deflate, no data descriptors) whose central directory and local headers agree. */
export async function zip(inputs: ZipInput[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const input of inputs) {
    const entry = await deflate(input);
    const declared = input.declaredSize ?? entry.size;
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.compressed.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.compressed.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.compressed);
    centrals.push(central, name);
    offset += 30 + name.length + entry.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(inputs.length, 8);
  end.writeUInt16LE(inputs.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The parts every xlsx needs around its worksheet (and shared strings). */
const frame = (withSharedStrings: boolean): ZipInput[] => [
  {
    name: '[Content_Types].xml',
    data:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      (withSharedStrings
        ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        : '') +
      '</Types>',
  },
  {
    name: '_rels/.rels',
    data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  },
  {
    name: 'xl/workbook.xml',
    data: '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="权力清单" sheetId="1" r:id="rId1"/></sheets></workbook>',
  },
  {
    name: 'xl/_rels/workbook.xml.rels',
    data:
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      (withSharedStrings
        ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        : '') +
      '</Relationships>',
  },
];

const SHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_CLOSE = '</sheetData></worksheet>';

const letters = (column: number) => {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** An xlsx of inline strings (no shared strings). */
export function xlsxOf(rows: string[][]): Promise<Buffer> {
  const body = rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">` +
        cells
          .map(
            (text, c) =>
              `<c r="${letters(c + 1)}${r + 1}" t="inlineStr"><is><t>${xmlEscape(text)}</t></is></c>`,
          )
          .join('') +
        '</row>',
    )
    .join('');
  return zip([...frame(false), { name: 'xl/worksheets/sheet1.xml', data: SHEET_OPEN + body + SHEET_CLOSE }]);
}

/** Letters that deflate poorly (about 6 bits each), so the ratio looks honest. */
export const randomLetters = (length: number) => {
  const bytes = randomBytes(length);
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCharCode(97 + (bytes[i] % 26));
  return s;
};

/**
 * One shared string of `length` characters, used by cell A2 under a short header: the 42 KB / 40 MB file of
 * the finding with `char: 'a'`. `declaredSize` makes the header lie.
 */
export function sharedStringBomb(
  length: number,
  options: { declaredSize?: number; random?: boolean } = {},
): Promise<Buffer> {
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2"><si><t>职权名称</t></si><si><t>',
  );
  const tail = Buffer.from('</t></si></sst>');
  const text = options.random ? Buffer.from(randomLetters(length)) : Buffer.alloc(length, 'a');
  return zip([
    ...frame(true),
    {
      name: 'xl/worksheets/sheet1.xml',
      data:
        SHEET_OPEN +
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>' +
        SHEET_CLOSE,
    },
    {
      name: 'xl/sharedStrings.xml',
      data: Buffer.concat([head, text, tail]),
      declaredSize: options.declaredSize,
    },
  ]);
}

/** A worksheet part of `megabytes` MB of white space inside the sheet data (deflates ~1000:1). */
export function zipBomb(megabytes: number, options: { declaredSize?: number } = {}): Promise<Buffer> {
  return zip([
    ...frame(false),
    {
      name: 'xl/worksheets/sheet1.xml',
      data: { chunk: Buffer.alloc(1024 * 1024, ' '), times: megabytes },
      declaredSize: options.declaredSize,
    },
  ]);
}

/** `rows` data rows under a header, as an xlsx of inline strings. */
export function manyRowsXlsx(rows: number, header: string[]): Promise<Buffer> {
  const lines = [header];
  for (let i = 1; i <= rows; i++) lines.push([String(i), `事项${i}`]);
  return xlsxOf(lines);
}

/** A zip of `count` tiny entries (besides an xlsx frame). */
export function manyEntriesZip(count: number): Promise<Buffer> {
  const entries: ZipInput[] = [
    ...frame(false),
    { name: 'xl/worksheets/sheet1.xml', data: SHEET_OPEN + SHEET_CLOSE },
  ];
  for (let i = 0; entries.length < count; i++) entries.push({ name: `xl/media/f${i}.txt`, data: 'x' });
  return zip(entries);
}

/** `rows` CSV lines under a header line. */
export function manyRowsCsv(header: string, row: (i: number) => string, rows: number): Buffer {
  const lines = [header];
  for (let i = 1; i <= rows; i++) lines.push(row(i));
  return Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
}

/** An xlsx whose one row claims a row number far past a sheet's last (1,048,576): a few hundred bytes. */
export function forgedRowNumberXlsx(rowNumber = 60_000_000): Promise<Buffer> {
  const body = `<row r="${rowNumber}"><c r="A${rowNumber}" t="inlineStr"><is><t>x</t></is></c></row>`;
  return zip([...frame(false), { name: 'xl/worksheets/sheet1.xml', data: SHEET_OPEN + body + SHEET_CLOSE }]);
}

/** An xlsx of `sheets` sheets, each holding one cell at row `rowNumber` (legal alone, huge together). */
export function tallSheetsXlsx(sheets: number, rowNumber = 1_048_576): Promise<Buffer> {
  const ids = Array.from({ length: sheets }, (_, i) => i + 1);
  const parts: ZipInput[] = [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        ids
          .map(
            (i) =>
              `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '</Types>',
    },
    frame(false)[1],
    {
      name: 'xl/workbook.xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
        ids.map((i) => `<sheet name="表${i}" sheetId="${i}" r:id="rId${i}"/>`).join('') +
        '</sheets></workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        ids
          .map(
            (i) =>
              `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`,
          )
          .join('') +
        '</Relationships>',
    },
    ...ids.map((i) => ({
      name: `xl/worksheets/sheet${i}.xml`,
      data:
        SHEET_OPEN +
        `<row r="${rowNumber}"><c r="A${rowNumber}" t="inlineStr"><is><t>x</t></is></c></row>` +
        SHEET_CLOSE,
    })),
  ];
  return zip(parts);
}
