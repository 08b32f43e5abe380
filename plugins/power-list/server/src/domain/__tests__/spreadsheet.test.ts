import fc from 'fast-check';
import { Workbook } from 'exceljs';
import {
  CATEGORIES,
  CATEGORY_KEYS,
  COLUMNS,
  STAGE_KEYS,
  parsePowerListFile,
  writePowerListFile,
  type PowerListRow,
} from '../index';
import type { SheetGuard } from '../spreadsheet';
import { cellCounter, checkCsvText, resolveTableLimits, type TableLimits } from '@gov-portal/kit/domain';
import { inspectXlsx } from '@gov-portal/kit/domain';

const HEADER = COLUMNS.map((c) => c.header);

/** The guard the plugin's service passes: gov-core's table-file limits (table-files service). */
const tableGuard = (overrides: Partial<TableLimits> = {}): SheetGuard => {
  const limits = resolveTableLimits({ headerRows: 10, ...overrides });
  return {
    xlsx: async (bytes) => {
      const inspection = await inspectXlsx(bytes, limits);
      return inspection.ok
        ? { problem: null, merges: inspection.merges }
        : { problem: inspection.violation, merges: {} };
    },
    csv: (text, delimiter) => checkCsvText(text, limits, delimiter),
    counter: () => cellCounter(limits),
  };
};

const item: PowerListRow = {
  code: '431124-GA-XK-00001',
  name: '烟花爆竹道路运输许可',
  category: 'licensing',
  legalBasis: '《烟花爆竹安全管理条例》第三条\n第二十二条',
  department: '道县公安局',
  responsibilities: [
    { stage: 'acceptance', duty: '依法受理或不予受理，并一次性告知补正材料' },
    { stage: 'supervision', duty: '开展定期和不定期检查' },
  ],
  accountability: [
    { situation: '对符合法定条件的申请不予受理的', basis: '《中华人民共和国行政许可法》第七十二条' },
    { situation: '其他违反法律法规规章规定的行为', basis: '' },
  ],
  remark: null,
};

const csv = (...lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8');
const withoutRow = ({ row: _row, ...rest }: { row: number } & PowerListRow): PowerListRow => rest;

/** A GB18030 encoder for tests, built by inverting Node's decoder over the two-byte range (GBK). */
function encodeGb18030(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else if (table.has(ch)) bytes.push(...table.get(ch)!);
    else throw new Error(`not in GBK: ${ch}`);
  }
  return Buffer.from(bytes);
}

describe('writePowerListFile and parsePowerListFile', () => {
  it.each(['xlsx', 'csv'] as const)('round-trips a Dao County item through %s', async (format) => {
    const result = await parsePowerListFile(await writePowerListFile([item], format));
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([{ row: 2, ...item }]);
  });

  it('writes the common layout: header row, labels, stage prefixes, numbered situations', async () => {
    const text = (await writePowerListFile([item], 'csv')).toString('utf8');
    expect(
      text.startsWith('\uFEFF序号,职权编码,职权名称,职权类型,设定依据,实施主体,责任事项,追责情形,备注\r\n'),
    ).toBe(true);
    expect(text).toContain('1,431124-GA-XK-00001,烟花爆竹道路运输许可,行政许可,');
    expect(text).toContain(
      '"受理：依法受理或不予受理，并一次性告知补正材料\n事后监管：开展定期和不定期检查"',
    );
    expect(text).toContain(
      '"1. 对符合法定条件的申请不予受理的｜《中华人民共和国行政许可法》第七十二条\n2. 其他违反法律法规规章规定的行为"',
    );
  });

  it('writes an xlsx with the header in row 1 and the type label in 职权类型', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load((await writePowerListFile([item], 'xlsx')) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADER]);
    expect(sheet.getCell('D2').value).toBe('行政许可');
    expect(sheet.getCell('A2').value).toBe(1);
  });

  it('guards CSV cells that Excel would run as formulas and reads them back unchanged', async () => {
    const risky: PowerListRow = {
      ...item,
      code: null,
      name: '=HYPERLINK("http://evil","x")',
      remark: "'+1",
      department: '@部门',
    };
    const buffer = await writePowerListFile([risky], 'csv');
    expect(buffer.toString('utf8')).toContain(`,"'=HYPERLINK(""http://evil"",""x"")",`);
    expect((await parsePowerListFile(buffer)).rows.map(withoutRow)).toEqual([risky]);
  });

  const cjk = '道县公安局行政许可处罚对于的不予受理法律条例第一二三十《》（）、，。：；“”．';
  const unit = fc.constantFrom(...Array.from(cjk + 'abcXYZ0189 -=+@\'",|｜:\n\t'));
  const text = fc.string({ unit, minLength: 1, maxLength: 24 }).map((s) => s.replace(/\s+/g, ' ').trim());
  const line = text.filter((s) => s.length > 0);
  const lines = fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n'));
  const arbitraryItems = fc
    .array(
      fc.record({
        withCode: fc.boolean(),
        name: line,
        category: fc.constantFrom(...CATEGORY_KEYS),
        legalBasis: lines,
        department: line,
        responsibilities: fc.array(fc.record({ stage: fc.constantFrom(...STAGE_KEYS), duty: line }), {
          maxLength: 3,
        }),
        accountability: fc.array(
          fc.record({ situation: line.map((s) => s.replace(/[｜|]/g, '/')), basis: text }),
          { maxLength: 3 },
        ),
        remark: fc.option(lines, { nil: null }),
      }),
      { minLength: 1, maxLength: 6 },
    )
    .map((records) =>
      records.map(
        ({ withCode, ...rest }, i): PowerListRow => ({
          ...rest,
          code: withCode
            ? `431124-D${i}-${CATEGORIES[rest.category].code}-${String(i + 1).padStart(5, '0')}`
            : null,
        }),
      ),
    );

  it('parse(write(items)) gives back the items, as csv', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryItems, async (items) => {
        const result = await parsePowerListFile(await writePowerListFile(items, 'csv'));
        expect(result.errors).toEqual([]);
        expect(result.rows.map(withoutRow)).toEqual(items);
      }),
      { numRuns: 200 },
    );
  });

  it('parse(write(items)) gives back the items, as xlsx', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryItems, async (items) => {
        const result = await parsePowerListFile(await writePowerListFile(items, 'xlsx'));
        expect(result.errors).toEqual([]);
        expect(result.rows.map(withoutRow)).toEqual(items);
      }),
      { numRuns: 40 },
    );
  });
});

describe('parsePowerListFile: reading what people send', () => {
  it('reads a CSV that Excel saved in GB18030', async () => {
    const gbCsv = encodeGb18030(
      [
        HEADER.join(','),
        '1,,行政处罚决定,行政处罚,《中华人民共和国道路交通安全法》第八十七条,道县公安局,"审查：审查案件事实\n决定：作出处罚决定",滥用职权的｜《公务员法》第五十九条,',
      ].join('\r\n'),
    );
    expect(gbCsv.subarray(0, 4)).toEqual(Buffer.from([0xd0, 0xf2, 0xba, 0xc5])); // 序号 in GBK
    const result = await parsePowerListFile(gbCsv, 'text/csv');
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        row: 2,
        code: null,
        name: '行政处罚决定',
        category: 'penalty',
        legalBasis: '《中华人民共和国道路交通安全法》第八十七条',
        department: '道县公安局',
        responsibilities: [
          { stage: 'review', duty: '审查案件事实' },
          { stage: 'decision', duty: '作出处罚决定' },
        ],
        accountability: [{ situation: '滥用职权的', basis: '《公务员法》第五十九条' }],
        remark: null,
      },
    ]);
  });

  it("reads Excel's tab-separated Unicode text (UTF-16LE)", async () => {
    const content = [HEADER.join('\t'), '1\t\t名称\t行政检查\t依据\t道县应急管理局\t\t\t'].join('\r\n');
    const buffer = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(content, 'utf16le')]);
    const result = await parsePowerListFile(buffer);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      name: '名称',
      category: 'inspection',
      department: '道县应急管理局',
    });
  });

  it('reads stage-less duties as 其他, ASCII separators, hand numbering and key or Traditional labels', async () => {
    const result = await parsePowerListFile(
      csv(
        HEADER.join(','),
        '1,,名称,inspection,依据,部门,"1、受理: 受理申请\n（2）做好记录\n審查：审查材料",（一）情形甲|依据甲,',
        '2,,名称二,行政處罰,依据,部门,,,',
      ),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows[0].responsibilities).toEqual([
      { stage: 'acceptance', duty: '受理申请' },
      { stage: 'other', duty: '做好记录' },
      { stage: 'review', duty: '审查材料' },
    ]);
    expect(result.rows[0].accountability).toEqual([{ situation: '情形甲', basis: '依据甲' }]);
    expect(result.rows[1].category).toBe('penalty');
  });

  it('finds the header below a title row and reads rich text, numbers and merged cells', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('道县公安局');
    sheet.addRow(['道县公安局权力清单（2026年版）']);
    sheet.addRow(HEADER);
    sheet.addRow([
      1,
      null,
      { richText: [{ text: '行政' }, { text: '检查' }] },
      '行政检查',
      '依据',
      '道县公安局',
      null,
      null,
      null,
    ]);
    sheet.addRow([2, null, '名称二', '行政处罚', '依据', null, null, null, 20260301]);
    sheet.mergeCells('F3:F4');
    // Merged ranges come from the zip inspection (the streaming reader does not report them).
    const result = await parsePowerListFile(Buffer.from(await workbook.xlsx.writeBuffer()), undefined, {
      guard: tableGuard(),
    });
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.row, r.name, r.department, r.remark])).toEqual([
      [3, '行政检查', '道县公安局', null],
      [4, '名称二', '道县公安局', '20260301'],
    ]);
  });

  it('skips blank lines and lines with only a pre-filled 序号', async () => {
    const result = await parsePowerListFile(
      csv(HEADER.join(','), '1,,名称,行政许可,依据,部门,,,', ',,,,,,,,', '2,,,,,,,,', ''),
    );
    expect(result).toEqual({ rows: [expect.objectContaining({ row: 2 })], errors: [] });
  });

  it('lists every bad row and cell, with spreadsheet row numbers and column headings', async () => {
    const result = await parsePowerListFile(
      csv(
        HEADER.join(','),
        '1,431124-GA-XK-00001,好的事项,行政许可,依据,道县公安局,,,',
        '2,,,行政许可,依据,道县公安局,,,',
        '3,,无依据,行政许可,,道县公安局,,,',
        '4,,类型错,行政审批,依据,道县公安局,,,',
        '5,GA-XK-1,编码错,行政许可,依据,道县公安局,,,',
        '6,431124-GA-XK-00001,重复,行政许可,依据,道县公安局,,,',
        '7,431124-GA-CF-00002,类型不符,行政许可,依据,道县公安局,,,',
        '8,,无主体,行政许可,依据,,受理：,｜只有依据,',
        `9,,${'长'.repeat(201)},,,,,,`,
      ),
      'powers.csv',
    );
    expect(result.rows.map((r) => r.row)).toEqual([2]);
    expect(result.errors).toEqual([
      { row: 3, column: '职权名称', field: 'name', message: 'name: 职权名称不能为空' },
      { row: 4, column: '设定依据', field: 'legalBasis', message: 'legalBasis: 设定依据不能为空' },
      {
        row: 5,
        column: '职权类型',
        field: 'category',
        message:
          'category: 未知的职权类型“行政审批”，应为 行政许可、行政处罚、行政强制、行政征收、行政给付、行政检查、行政确认、行政奖励、行政裁决、其他行政权力 之一',
      },
      {
        row: 6,
        column: '职权编码',
        field: 'code',
        message: 'code: 职权编码“GA-XK-1”不符合编码格式 {department}-{category}-{serial:5}',
      },
      {
        row: 7,
        column: '职权编码',
        field: 'code',
        message: 'code: 职权编码“431124-GA-XK-00001”与第 2 行重复',
      },
      {
        row: 8,
        column: '职权编码',
        field: 'code',
        message: 'code: 职权编码中的类型代码 CF 与职权类型“行政许可”（XK）不一致',
      },
      { row: 9, column: '实施主体', field: 'department', message: 'department: 实施主体不能为空' },
      {
        row: 9,
        column: '责任事项',
        field: 'responsibilities',
        message: 'responsibilities: 责任事项“受理：”缺少职责内容',
      },
      {
        row: 9,
        column: '追责情形',
        field: 'accountability',
        message: 'accountability: 追责情形“｜只有依据”缺少情形描述（格式：情形｜依据）',
      },
      { row: 10, column: '职权名称', field: 'name', message: 'name: 职权名称不能超过 200 个字符' },
      { row: 10, column: '职权类型', field: 'category', message: 'category: 职权类型不能为空' },
      { row: 10, column: '设定依据', field: 'legalBasis', message: 'legalBasis: 设定依据不能为空' },
      { row: 10, column: '实施主体', field: 'department', message: 'department: 实施主体不能为空' },
    ]);
  });

  it('checks codes against a configured pattern', async () => {
    const file = csv(HEADER.join(','), '1,GA-XK-001,名称,行政许可,依据,部门,,,');
    expect(
      (await parsePowerListFile(file, 'a.csv', { codePattern: '{department}-{category}-{serial:3}' })).errors,
    ).toEqual([]);
    expect((await parsePowerListFile(file)).errors).toHaveLength(1);
  });

  it('names missing, unknown and duplicate columns and reads no rows', async () => {
    const result = await parsePowerListFile(
      csv(
        '序号,职权名,职权类型,职权类型,实施主体,责任事项,追责情形,附件',
        '1,名称,行政许可,行政许可,部门,,,',
      ),
    );
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      {
        row: 1,
        column: '职权名',
        field: 'header',
        message:
          'header: 无法识别的列“职权名”（第 B 列），表头应为 序号、职权编码、职权名称、职权类型、设定依据、实施主体、责任事项、追责情形、备注',
      },
      {
        row: 1,
        column: '职权类型',
        field: 'header',
        message: 'header: 列“职权类型”重复（第 C 列和第 D 列）',
      },
      {
        row: 1,
        column: '附件',
        field: 'header',
        message:
          'header: 无法识别的列“附件”（第 H 列），表头应为 序号、职权编码、职权名称、职权类型、设定依据、实施主体、责任事项、追责情形、备注',
      },
      { row: 1, column: '职权名称', field: 'header', message: 'header: 缺少列“职权名称”' },
      { row: 1, column: '设定依据', field: 'header', message: 'header: 缺少列“设定依据”' },
    ]);
  });

  it('accepts headings from other templates, in any order, with required marks', async () => {
    const result = await parsePowerListFile(
      csv('权力名称*,权力类别,法律依据,实施机关,责任事项,问责情形', '名称,行政许可,依据,部门,,'),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      name: '名称',
      category: 'licensing',
      legalBasis: '依据',
      department: '部门',
    });
  });

  it('reports content in a column without a heading', async () => {
    const result = await parsePowerListFile(
      csv(HEADER.join(',') + ',', '1,,名称,行政许可,依据,部门,,,,遗漏'),
    );
    expect(result.errors).toEqual([
      { row: 1, column: '', field: 'header', message: 'header: 第 J 列有内容但没有表头' },
    ]);
  });

  it('refuses a file with more rows than allowed', async () => {
    const result = await parsePowerListFile(
      csv(HEADER.join(','), '1,,a,行政许可,依据,部门,,,', '2,,b,行政许可,依据,部门,,,'),
      'a.csv',
      {
        maxRows: 1,
      },
    );
    expect(result).toEqual({
      rows: [],
      errors: [{ row: 0, column: '', field: 'file', message: 'file: 表格有 2 行，超过上限 1 行' }],
    });
  });
});

describe('parsePowerListFile: not a spreadsheet', () => {
  const notSpreadsheet = {
    rows: [],
    errors: [{ row: 0, column: '', field: 'file', message: 'file: 不是有效的 xlsx 或 csv 表格' }],
  };

  it.each<[string, Buffer]>([
    ['an empty file', Buffer.alloc(0)],
    ['a PNG image', Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex')],
    [
      'a PDF with binary content',
      Buffer.concat([Buffer.from('%PDF-1.7\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x00, 0x01])]),
    ],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46])],
    ['a broken ZIP', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 7)])],
    ['only white space', Buffer.from(' \r\n \r\n')],
  ])('refuses %s with a single file error', async (_, buffer) => {
    expect(await parsePowerListFile(buffer)).toEqual(notSpreadsheet);
  });

  it('refuses a truncated xlsx', async () => {
    const xlsx = await writePowerListFile([item], 'xlsx');
    expect(await parsePowerListFile(xlsx.subarray(0, Math.floor(xlsx.length / 2)))).toEqual(notSpreadsheet);
  });

  it('tells the editor to save a legacy .xls as .xlsx', async () => {
    const ole2 = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]);
    expect((await parsePowerListFile(ole2, 'list.xls')).errors).toEqual([
      {
        row: 0,
        column: '',
        field: 'file',
        message: 'file: 不是有效的 xlsx 或 csv 表格（旧版 .xls 文件请在 Excel 中另存为 .xlsx）',
      },
    ]);
  });

  it('refuses a CSV with an unclosed quote, saying where', async () => {
    expect((await parsePowerListFile(csv(HEADER.join(','), '1,,"名称,行政许可'))).errors[0].message).toBe(
      'file: 不是有效的 xlsx 或 csv 表格：第 2 行起的引号没有闭合',
    );
  });
});

describe('parsePowerListFile: limits of the guard (gov-core table-file limits)', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => row(`事项${i + 1}`));
  const row = (name: string): PowerListRow => ({ ...item, code: null, name });

  it.each([
    ['xlsx, 6 data rows, limit 5', 'xlsx', 6, { maxRows: 5, headerRows: 1 }, 'maxRows'],
    ['csv, 6 data rows, limit 5', 'csv', 6, { maxRows: 5, headerRows: 1 }, 'maxRows'],
    ['xlsx, 5 data rows and the header, limit 5', 'xlsx', 5, { maxRows: 5, headerRows: 1 }, null],
    ['csv, 5 data rows and the header, limit 5', 'csv', 5, { maxRows: 5, headerRows: 1 }, null],
    [
      'xlsx, a 烟花爆竹… name over a 10-character cell limit',
      'xlsx',
      1,
      { maxCellChars: 10 },
      'maxCellChars',
    ],
    ['csv, a 烟花爆竹… name over a 10-character cell limit', 'csv', 1, { maxCellChars: 10 }, 'maxCellChars'],
    ['xlsx, 9 columns over a limit of 8', 'xlsx', 1, { maxColumns: 8 }, 'maxColumns'],
    ['csv, 9 columns over a limit of 8', 'csv', 1, { maxColumns: 8 }, 'maxColumns'],
  ] as const)('%s', async (_label, format, count, overrides, rule) => {
    const file = await writePowerListFile(rows(count), format);
    const result = await parsePowerListFile(file, `a.${format}`, { guard: tableGuard(overrides) });
    if (rule === null) expect(result.errors).toEqual([]);
    else {
      expect(result.rows).toEqual([]);
      expect(result.errors).toEqual([expect.objectContaining({ row: 0, field: 'file', rule })]);
      expect(result.errors[0].message).toMatch(/^file: /);
    }
  });

  it('reads a broken zip as not a spreadsheet', async () => {
    const file = await writePowerListFile(rows(1), 'xlsx');
    const result = await parsePowerListFile(file.subarray(0, file.length - 100), 'a.xlsx', {
      guard: tableGuard(),
    });
    expect(result.errors).toEqual([
      { row: 0, column: '', field: 'file', rule: 'format', message: 'file: 不是有效的 xlsx 或 csv 表格' },
    ]);
  });
});
