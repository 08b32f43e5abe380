/**
 * Checks an xlsx (a zip of XML parts) against the table limits before a spreadsheet library reads it:
 * 1. the central directory, without inflating: entry count, declared sizes and compression ratios, no
 *    encryption, no ZIP64, and local headers that tile the file exactly as the directory says (so a
 *    streaming reader, which walks the local headers, sees the same entries as this check);
 * 2. every entry inflated as a stream in 64 KB chunks, counting the real bytes (declared sizes can lie)
 *    and stopping at the first byte over a limit;
 * 3. while inflating, the XML of the shared strings and the worksheets: characters per shared string and per
 *    cell, rows per sheet, and no DTD, CDATA or comment (which Excel never writes).
 * Memory used is a few chunks, whatever the file holds. The zip format: PKWARE APPNOTE.TXT 6.3.
 */
import { createInflateRaw } from 'node:zlib';
import {
  cellTooLong,
  tooManyColumns,
  megabytes,
  tooManyRows,
  violation,
  type LimitViolation,
  type TableLimits,
} from './table-limits';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** Where the entry's compressed data starts (after its local header). */
  dataOffset: number;
}

const SIG = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50, descriptor: 0x08074b50 };
const STORED = 0;
const DEFLATE = 8;
const CHUNK = 64 * 1024;
const RATIO_FLOOR = 1024 * 1024;

const notXlsx = (detail: string) => violation('format', `不是有效的 xlsx 文件（${detail}）`);

type Directory = { ok: true; entries: ZipEntry[] } | { ok: false; violation: LimitViolation };

/** The central directory, checked against the limits; nothing is inflated. */
export function readZipDirectory(bytes: Uint8Array, limits: TableLimits): Directory {
  const fail = (v: LimitViolation): Directory => ({ ok: false, violation: v });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  if (bytes.length < 22) return fail(notXlsx('文件过短'));

  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === SIG.end) {
      end = at;
      break;
    }
  }
  if (end < 0) return fail(notXlsx('找不到 ZIP 目录'));
  const count = u16(end + 10);
  const directorySize = u32(end + 12);
  const directoryOffset = u32(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff || u16(end + 4) !== 0 || u16(end + 8) !== count) {
    return fail(notXlsx('不支持 ZIP64 或分卷压缩'));
  }
  if (count > limits.maxZipEntries) {
    return fail(violation('maxZipEntries', `压缩包有 ${count} 个文件，超过上限 ${limits.maxZipEntries} 个`));
  }
  if (count === 0 || directoryOffset + directorySize > end) return fail(notXlsx('ZIP 目录损坏'));

  const entries: ZipEntry[] = [];
  let declared = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(at) !== SIG.central) return fail(notXlsx('ZIP 目录损坏'));
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    if (next > end) return fail(notXlsx('ZIP 目录损坏'));
    const entry: ZipEntry = {
      flags: u16(at + 8),
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      localOffset: u32(at + 42),
      name: Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength).toString('utf8'),
      dataOffset: 0,
    };
    if (entry.flags & 0x41) return fail(notXlsx('加密的压缩包'));
    if (entry.method !== STORED && entry.method !== DEFLATE) return fail(notXlsx('不支持的压缩方式'));
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) {
      return fail(notXlsx('不支持 ZIP64'));
    }
    declared += entry.size;
    if (declared > limits.maxInflatedBytes) {
      return fail(violation('maxInflatedBytes', `解压后大小超过上限 ${megabytes(limits.maxInflatedBytes)}`));
    }
    if (
      entry.size > RATIO_FLOOR &&
      entry.size / Math.max(1, entry.compressedSize) > limits.maxCompressionRatio
    ) {
      return fail(
        violation(
          'maxCompressionRatio',
          `压缩包中的“${entry.name}”压缩比超过上限 ${limits.maxCompressionRatio}:1（疑似压缩炸弹）`,
        ),
      );
    }
    entries.push(entry);
    at = next;
  }
  if (at !== directoryOffset + directorySize) return fail(notXlsx('ZIP 目录损坏'));

  // Local headers must tile [0, directoryOffset) in directory order, each matching its directory entry.
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  let cursor = 0;
  for (const entry of byOffset) {
    const lh = entry.localOffset;
    if (lh !== cursor || lh + 30 > directoryOffset || u32(lh) !== SIG.local) {
      return fail(notXlsx('ZIP 本地文件头与目录不一致'));
    }
    const nameLength = u16(lh + 26);
    const localName = Buffer.from(bytes.buffer, bytes.byteOffset + lh + 30, nameLength).toString('utf8');
    const localFlags = u16(lh + 6);
    if (localName !== entry.name || u16(lh + 8) !== entry.method || (localFlags & 0x41) !== 0) {
      return fail(notXlsx('ZIP 本地文件头与目录不一致'));
    }
    const described = (localFlags & 0x08) !== 0;
    if (!described && (u32(lh + 18) !== entry.compressedSize || u32(lh + 22) !== entry.size)) {
      return fail(notXlsx('ZIP 本地文件头与目录不一致'));
    }
    entry.dataOffset = lh + 30 + nameLength + u16(lh + 28);
    cursor = entry.dataOffset + entry.compressedSize;
    if (cursor > directoryOffset) return fail(notXlsx('ZIP 本地文件头与目录不一致'));
    if (described) {
      // Data descriptor: [signature] crc32, compressed size, size.
      const withSignature = cursor + 16 <= directoryOffset && u32(cursor) === SIG.descriptor;
      const base = withSignature ? cursor + 4 : cursor;
      if (
        base + 12 > directoryOffset ||
        u32(base + 4) !== entry.compressedSize ||
        u32(base + 8) !== entry.size
      ) {
        return fail(notXlsx('ZIP 数据描述符与目录不一致'));
      }
      cursor = base + 12;
    }
  }
  if (cursor !== directoryOffset) return fail(notXlsx('ZIP 中有目录之外的数据'));
  return { ok: true, entries };
}

// ---------------------------------------------------------------------------------------------------
// XML parts

type Part = 'shared-strings' | 'worksheet' | 'other';
const MAX_TAG_BYTES = 64 * 1024;
const HEAD_CHARS = 200;

const partOf = (name: string): Part | null => {
  if (name === 'xl/sharedStrings.xml') return 'shared-strings';
  if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) return 'worksheet';
  return /\.(xml|rels)$/i.test(name) ? 'other' : null;
};

/** 1 for A, 27 for AA; 0 without a reference (the cell follows the previous one). */
const columnNumber = (ref: string) => {
  let n = 0;
  for (const ch of ref.toUpperCase()) {
    if (ch < 'A' || ch > 'Z') break;
    n = n * 26 + ch.charCodeAt(0) - 64;
  }
  return n;
};

/**
 * A byte-level scanner of one XML part fed in chunks: counts the characters (UTF-8 code points; an entity
 * is one) inside each `<si>` of the shared strings and each `<c>` of a worksheet, and the rows that hold a
 * value. It over-counts rather than under-counts (white space and formula text inside a cell count).
 */
export class XmlPartScanner {
  private inTag = false;
  private head = '';
  private tagBytes = 0;
  private inEntity = false;
  private counting = false;
  private chars = 0;
  private rowHasValue = false;
  private rows = 0;
  private strings = 0;
  private cellRef = '';
  private cellsInRow = 0;
  /** Merged ranges of a worksheet (`A1:B2`), which streaming readers do not report. */
  readonly merges: string[] = [];

  constructor(
    private readonly part: Part,
    private readonly name: string,
    private readonly limits: TableLimits,
  ) {}

  feed(chunk: Uint8Array): LimitViolation | null {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (this.inTag) {
        if (b === 0x3e) {
          this.inTag = false;
          const v = this.tag(this.head);
          if (v) return v;
        } else {
          if (++this.tagBytes > MAX_TAG_BYTES) return notXlsx(`“${this.name}”中的 XML 标记过长`);
          if (this.head.length < HEAD_CHARS) this.head += String.fromCharCode(b);
        }
      } else if (b === 0x3c) {
        this.inTag = true;
        this.head = '';
        this.tagBytes = 0;
        this.inEntity = false;
      } else if (this.counting) {
        if (this.inEntity) {
          if (b === 0x3b) this.inEntity = false;
          continue;
        }
        if (b === 0x26) this.inEntity = true;
        else if ((b & 0xc0) === 0x80) continue;
        if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) this.rowHasValue = true;
        if (++this.chars > this.limits.maxCellChars) {
          return this.part === 'shared-strings'
            ? cellTooLong(this.limits, `第 ${this.strings} 个共享字符串`)
            : cellTooLong(
                this.limits,
                `工作表“${this.name}”的单元格${this.cellRef ? ` ${this.cellRef} ` : ''}`,
              );
        }
      }
    }
    return null;
  }

  /** At the end of the part: a truncated tag means a broken file. */
  finish(): LimitViolation | null {
    return this.inTag ? notXlsx(`“${this.name}”的 XML 不完整`) : null;
  }

  private tag(head: string): LimitViolation | null {
    if (head.startsWith('!')) return notXlsx(`“${this.name}”含有 DTD、CDATA 或注释`);
    if (head.startsWith('?')) return null;
    const closing = head.startsWith('/');
    const selfClosing = head.endsWith('/');
    const qualified = /^[^\s/>]+/.exec(closing ? head.slice(1) : head)?.[0] ?? '';
    const name = qualified.slice(qualified.indexOf(':') + 1);
    if (this.part === 'shared-strings' && name === 'si') {
      if (closing) this.counting = false;
      else {
        this.strings++;
        this.chars = 0;
        this.counting = !selfClosing;
      }
    } else if (this.part === 'worksheet') {
      if (name === 'c') {
        if (closing) this.counting = false;
        else {
          this.cellRef = /\br\s*=\s*["']([A-Za-z]{1,3}\d{1,7})["']/.exec(head)?.[1] ?? '';
          if (
            ++this.cellsInRow > this.limits.maxColumns ||
            columnNumber(this.cellRef) > this.limits.maxColumns
          ) {
            return tooManyColumns(
              this.limits,
              `工作表“${this.name}”的单元格${this.cellRef ? ` ${this.cellRef} ` : ''}`,
            );
          }
          this.chars = 0;
          this.counting = !selfClosing;
        }
      } else if (name === 'mergeCell' && !closing) {
        const ref = /\bref\s*=\s*["']([A-Za-z]{1,3}\d{1,7}(?::[A-Za-z]{1,3}\d{1,7})?)["']/.exec(head)?.[1];
        if (ref) this.merges.push(ref.toUpperCase());
        if (this.merges.length > this.limits.maxRows + this.limits.headerRows) {
          return violation(
            'maxRows',
            `工作表“${this.name}”的合并单元格超过 ${this.limits.maxRows + this.limits.headerRows} 处`,
          );
        }
      } else if (name === 'row') {
        if (!closing) {
          this.rowHasValue = false;
          this.cellsInRow = 0;
        }
        if (closing || selfClosing) {
          if (this.rowHasValue && ++this.rows > this.limits.maxRows + this.limits.headerRows) {
            return tooManyRows(this.limits, `工作表“${this.name}”`);
          }
          this.rowHasValue = false;
        }
      }
    }
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------
// Inflating

/** Streams `data` through raw inflate in 64 KB chunks; `onChunk` may stop it by returning a violation. */
function inflate(
  data: Uint8Array,
  onChunk: (chunk: Buffer) => LimitViolation | null,
): Promise<LimitViolation | null> {
  return new Promise((resolve) => {
    const inflater = createInflateRaw({ chunkSize: CHUNK });
    let settled = false;
    const settle = (result: LimitViolation | null) => {
      if (settled) return;
      settled = true;
      inflater.removeAllListeners();
      inflater.on('error', () => undefined);
      inflater.destroy();
      resolve(result);
    };
    inflater.on('data', (chunk: Buffer) => {
      if (!settled) {
        const v = onChunk(chunk);
        if (v) settle(v);
      }
    });
    inflater.on('error', () => settle(notXlsx('压缩数据损坏')));
    inflater.on('end', () => settle(null));
    // Feed the input in slices too, so that a stop is honoured before the rest is inflated.
    let offset = 0;
    const pump = () => {
      while (!settled && offset < data.length) {
        const slice = data.subarray(offset, offset + CHUNK);
        offset += slice.length;
        if (!inflater.write(slice)) {
          inflater.once('drain', pump);
          return;
        }
      }
      if (!settled && offset >= data.length) inflater.end();
    };
    pump();
  });
}

export type XlsxInspection =
  | {
      ok: true;
      /** Merged ranges by worksheet part name (`xl/worksheets/sheet1.xml`). */ merges: Record<
        string,
        string[]
      >;
    }
  | { ok: false; violation: LimitViolation };

/** The whole check: ok when a spreadsheet library may read the file. */
export async function inspectXlsx(bytes: Uint8Array, limits: TableLimits): Promise<XlsxInspection> {
  const refused = (v: LimitViolation): XlsxInspection => ({ ok: false, violation: v });
  const directory = readZipDirectory(bytes, limits);
  if (!directory.ok) return refused(directory.violation);
  const merges: Record<string, string[]> = {};
  let total = 0;
  for (const entry of directory.entries) {
    const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    const part = partOf(entry.name);
    const scanner = part ? new XmlPartScanner(part, entry.name, limits) : null;
    let inflated = 0;
    const onChunk = (chunk: Uint8Array): LimitViolation | null => {
      inflated += chunk.length;
      total += chunk.length;
      if (total > limits.maxInflatedBytes) {
        return violation('maxInflatedBytes', `解压后大小超过上限 ${megabytes(limits.maxInflatedBytes)}`);
      }
      if (inflated > entry.size) {
        return violation('maxInflatedBytes', `压缩包中的“${entry.name}”解压后比声明的大小大（疑似压缩炸弹）`);
      }
      return scanner?.feed(chunk) ?? null;
    };
    const stopped = entry.method === STORED ? onChunk(data) : await inflate(data, onChunk);
    if (stopped) return refused(stopped);
    if (inflated !== entry.size) return refused(notXlsx(`“${entry.name}”的大小与目录不符`));
    const unfinished = scanner?.finish();
    if (unfinished) return refused(unfinished);
    if (scanner?.merges.length) merges[entry.name] = scanner.merges;
  }
  return { ok: true, merges };
}
