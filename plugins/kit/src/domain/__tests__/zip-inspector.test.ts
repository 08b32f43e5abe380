import { Workbook } from 'exceljs';
import { resolveTableLimits } from '../table-limits';
import { XmlPartScanner, inspectXlsx, readZipDirectory } from '../zip-inspector';
import {
  manyEntriesZip,
  manyRowsXlsx,
  sharedStringBomb,
  xlsxOf,
  zip,
  zipBomb,
} from '../../../../../tests/helpers/hostile-files';

const limits = resolveTableLimits({ headerRows: 10 });
const ruleOf = async (bytes: Buffer, l = limits) => {
  const result = await inspectXlsx(bytes, l);
  return result.ok ? null : result.violation.rule;
};

describe('inspectXlsx: files people send', () => {
  it('accepts an exceljs workbook (data descriptors, shared strings, styles) and reports its merged ranges', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('权力清单');
    sheet.addRow(['序号', '职权名称', '实施主体']);
    sheet.addRow([1, '行政许可事项', '道县公安局']);
    sheet.addRow([2, '行政处罚事项', null]);
    sheet.mergeCells('C2:C3');
    const result = await inspectXlsx(Buffer.from(await workbook.xlsx.writeBuffer()), limits);
    expect(result).toEqual({ ok: true, merges: { 'xl/worksheets/sheet1.xml': ['C2:C3'] } });
  });

  it('accepts 10,000 data rows under a header and cells of exactly the limit', async () => {
    expect(await ruleOf(await manyRowsXlsx(10000, ['序号', '职权名称']))).toBeNull();
    expect(await ruleOf(await xlsxOf([['a'.repeat(10000)]]))).toBeNull();
  });
});

describe('inspectXlsx: hostile files (finding 10)', () => {
  it.each([
    // [label, file, rule]
    [
      'a 40 MB shared string declared honestly (ratio ~1000:1)',
      () => sharedStringBomb(40 * 1024 * 1024),
      'maxCompressionRatio',
    ],
    [
      'a 40 MB shared string declared as 9 KB (the header lies; stopped at the first 64 KB)',
      () => sharedStringBomb(40 * 1024 * 1024, { declaredSize: 9 * 1024 }),
      'maxInflatedBytes',
    ],
    [
      'a 40 MB shared string declared as 900 KB (stopped while reading it, at 10,001 characters)',
      () => sharedStringBomb(40 * 1024 * 1024, { declaredSize: 900 * 1024 }),
      'maxCellChars',
    ],
    [
      'a 1 MB shared string of one letter (under the ratio floor)',
      () => sharedStringBomb(1000 * 1000),
      'maxCellChars',
    ],
    [
      'a 200 KB shared string of random letters (honest ratio)',
      () => sharedStringBomb(200 * 1024, { random: true }),
      'maxCellChars',
    ],
    ['an honest 200 MB zip bomb', () => zipBomb(200), 'maxInflatedBytes'],
    [
      'a 200 MB zip bomb declared as 10 KB',
      () => zipBomb(200, { declaredSize: 10 * 1024 }),
      'maxInflatedBytes',
    ],
    [
      'a 60 MB zip bomb declared as 1 MB (under the ratio floor)',
      () => zipBomb(60, { declaredSize: 1024 * 1024 }),
      'maxInflatedBytes',
    ],
    ['100,000 rows', () => manyRowsXlsx(100000, ['序号', '职权名称']), 'maxRows'],
    ['an inline string of 10,001 characters', () => xlsxOf([['a'.repeat(10001)]]), 'maxCellChars'],
    ['a cell in column 201', () => xlsxOf([Array.from({ length: 201 }, () => 'x')]), 'maxColumns'],
    ['10,000 zip entries', () => manyEntriesZip(10000), 'maxZipEntries'],
  ])(
    'refuses %s',
    async (_label, make, rule) => {
      expect(await ruleOf(await make())).toBe(rule);
    },
    60000,
  );

  it('refuses a DTD (entity expansion) in any XML part', async () => {
    const file = await zip([
      { name: 'xl/workbook.xml', data: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><workbook/>' },
    ]);
    expect(await inspectXlsx(file, limits)).toEqual({
      ok: false,
      violation: {
        field: 'file',
        rule: 'format',
        message: 'file: 不是有效的 xlsx 文件（“xl/workbook.xml”含有 DTD、CDATA 或注释）',
      },
    });
  });

  it('counts text split over many rich-text runs of one shared string', async () => {
    const runs = Array.from({ length: 200 }, () => `<r><t>${'b'.repeat(60)}</t></r>`).join('');
    const file = await zip([{ name: 'xl/sharedStrings.xml', data: `<sst><si>${runs}</si></sst>` }]);
    expect(await ruleOf(file)).toBe('maxCellChars');
  });

  it('counts an entity as one character and a CJK character as one', () => {
    const l = resolveTableLimits({ maxCellChars: 4 });
    const scan = (xml: string) =>
      new XmlPartScanner('shared-strings', 's', l).feed(Buffer.from(xml))?.rule ?? null;
    expect(scan('<si><t>&amp;&lt;道县</t></si>')).toBeNull();
    expect(scan('<si><t>&amp;&lt;道县人</t></si>')).toBe('maxCellChars');
  });

  it('scans across chunk boundaries', () => {
    const l = resolveTableLimits({ maxCellChars: 4 });
    const scanner = new XmlPartScanner('worksheet', 'sheet1.xml', l);
    const xml = Buffer.from(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>道县人民</t></is></c><c r="B1"><v>12345</v></c></row>',
    );
    let rule: string | null = null;
    for (let i = 0; i < xml.length && !rule; i++) rule = scanner.feed(xml.subarray(i, i + 1))?.rule ?? null;
    expect(rule).toBe('maxCellChars');
  });
});

describe('readZipDirectory', () => {
  it.each([
    ['an empty buffer', Buffer.alloc(0)],
    ['text', Buffer.from('序号,职权名称\n1,事项')],
    ['a truncated zip', null],
    ['a zip with bytes hidden before its first entry', 'prefix'],
    ['a zip whose directory names another file than its local header', 'rename'],
  ])('refuses %s as not an xlsx', async (_label, input) => {
    let bytes: Buffer;
    const good = await zip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]);
    if (input === null) bytes = good.subarray(0, good.length - 30);
    else if (input === 'prefix') bytes = Buffer.concat([Buffer.from('PK\u0003\u0004hidden'), good]);
    else if (input === 'rename') {
      bytes = Buffer.from(good);
      const at = bytes.indexOf('xl/workbook.xml', 40);
      bytes.write('xl/workbook.xmX', at);
    } else bytes = input as Buffer;
    const result = readZipDirectory(bytes, limits);
    expect(result.ok ? null : result.violation.rule).toBe('format');
  });

  it('reads the entry count from the end record, before looking at any entry', async () => {
    const result = readZipDirectory(await manyEntriesZip(2001), limits);
    expect(result).toEqual({
      ok: false,
      violation: {
        field: 'file',
        rule: 'maxZipEntries',
        message: 'file: 压缩包有 2001 个文件，超过上限 2000 个',
      },
    });
  });
});
