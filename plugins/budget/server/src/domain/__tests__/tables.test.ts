import { Workbook } from 'exceljs';
import { readWorkbook } from '@gov-portal/kit/domain';
import { GFS_2017 } from '../../data/classification';
import { tableSetFor } from '../../data/table-sets';
import { buildTree, readReportTables, writeReportTables, type ParsedWorkbook } from '..';

const set = tableSetFor('final-account', 2017);
const options = { set, edition: GFS_2017, unit: 'yuan' as const };

const FUNCTION_HEADER = ['科目编码', '科目名称', '合计', '基本支出', '项目支出'];
/** 一般公共预算财政拨款支出决算表 of a small 教育局: 205 → 20502 → 2050201/2050202, and 208 → 20805 → 2080505. */
const functionRows = (overrides: Record<string, string[]> = {}) => [
  ['一般公共预算财政拨款支出决算表'],
  ['单位：元'],
  FUNCTION_HEADER,
  ['', '合计', '1000.30', '900.10', '100.20'],
  overrides['205'] ?? ['205', '教育支出', '900.30', '800.10', '100.20'],
  ['20502', '普通教育', '900.30', '800.10', '100.20'],
  overrides['2050201'] ?? ['2050201', '学前教育', '0.30', '0.10', '0.20'],
  ['2050202', '小学教育', '900.00', '800.00', '100.00'],
  ['208', '社会保障和就业支出', '100.00', '100.00', '0'],
  ['20805', '行政事业单位养老支出', '100.00', '100.00', ''],
  ['2080505', '机关事业单位基本养老保险缴费支出', '100.00', '100.00', ''],
];
const economicRows = [
  ['一般公共预算财政拨款基本支出决算表'],
  ['科目编码', '科目名称', '金额'],
  ['301', '工资福利支出', '800.10'],
  ['30101', '基本工资', '500.05'],
  ['30102', '津贴补贴', '300.05'],
  ['302', '商品和服务支出', '100.00'],
  ['30201', '办公费', '100.00'],
];

const read = (sheets: { name: string; rows: string[][] }[], format: 'xlsx' | 'csv' = 'xlsx') =>
  readReportTables({ format, sheets }, options);
const rules = (p: ParsedWorkbook) => p.errors.map((e) => `${e.sheet}|${e.row}|${e.column}|${e.rule}`);

describe('reading the standard tables', () => {
  it('reads the function and economic tables into exact lines: 0.1 + 0.2 = 0.3 at every level', () => {
    const p = read([
      { name: '一般公共预算财政拨款支出决算表', rows: functionRows() },
      { name: '表6 一般公共预算财政拨款基本支出决算表', rows: economicRows },
    ]);
    expect(p.errors).toEqual([]);
    const fn = p.tables.find((t) => t.key === 'general-function')!;
    // 8 rows (合计 + 7 coded) × basic and project
    expect(fn.lines).toHaveLength(16);
    const tree = buildTree(
      fn.lines
        .filter((l) => l.functionCode)
        .map((l) => ({
          code: l.functionCode!,
          name: l.functionName!,
          amount: l.amount,
          lastYearAmount: null,
          basic: l.expenseType === 'basic' ? l.amount : 0n,
          project: l.expenseType === 'project' ? l.amount : 0n,
        })),
      () => undefined,
    );
    expect(tree.map((n) => [n.code, n.amount])).toEqual([
      ['205', 90030n],
      ['208', 10000n],
    ]);
    expect(tree[0].children[0].children.map((n) => [n.code, n.amount, n.basic, n.project])).toEqual([
      ['2050201', 30n, 10n, 20n],
      ['2050202', 90000n, 80000n, 10000n],
    ]);
    expect(p.tables.find((t) => t.key === 'general-economic')!.lines.map((l) => l.economicCode)).toEqual([
      '301',
      '30101',
      '30102',
      '302',
      '30201',
    ]);
  });

  it.each([
    [
      'a 类 total that is not the sum of its 款',
      { '205': ['205', '教育支出', '900.31', '800.11', '100.20'] },
      '一般公共预算财政拨款支出决算表|5|基本支出|total-mismatch',
    ],
    [
      '合计 that is not 基本 + 项目',
      { '2050201': ['2050201', '学前教育', '0.31', '0.10', '0.20'] },
      '一般公共预算财政拨款支出决算表|7|合计|total-mismatch',
    ],
    [
      'text in an amount cell',
      { '2050201': ['2050201', '学前教育', '', '一百', '0.20'] },
      '一般公共预算财政拨款支出决算表|7|基本支出|number-format',
    ],
    [
      'a negative amount',
      { '2050201': ['2050201', '学前教育', '', '-0.10', '0.20'] },
      '一般公共预算财政拨款支出决算表|7|基本支出|non-negative',
    ],
    [
      'three decimals',
      { '2050201': ['2050201', '学前教育', '', '0.101', '0.20'] },
      '一般公共预算财政拨款支出决算表|7|基本支出|decimal-places',
    ],
    [
      'a code of 6 digits',
      { '2050201': ['205020', '学前教育', '', '0.10', '0.20'] },
      '一般公共预算财政拨款支出决算表|7|科目编码|code-format',
    ],
  ])('refuses %s, naming sheet, row and column', (_label, overrides, expected) => {
    const p = read([{ name: '一般公共预算财政拨款支出决算表', rows: functionRows(overrides) }]);
    expect(rules(p)).toContain(expected);
  });

  it('says by how much a total differs', () => {
    const p = read([
      {
        name: '一般公共预算财政拨款支出决算表',
        rows: functionRows({ '205': ['205', '教育支出', '900.31', '800.11', '100.20'] }),
      },
    ]);
    expect(p.errors[0].message).toBe(
      '科目 205（教育支出）的基本支出 800.11 与下级科目之和 800.10 不一致（相差 0.01）',
    );
    expect(p.errors[0].cell).toBe('D5');
  });

  it('refuses a 项 whose 款 is not in the table, and a duplicate code', () => {
    const rows = functionRows().filter((r) => r[0] !== '20805');
    rows.push(['2050202', '小学教育', '0', '0', '0']);
    const p = read([{ name: '一般公共预算财政拨款支出决算表', rows }]);
    expect(rules(p)).toEqual(
      expect.arrayContaining([
        '一般公共预算财政拨款支出决算表|10|科目编码|hierarchy',
        '一般公共预算财政拨款支出决算表|11|科目编码|duplicate',
      ]),
    );
  });

  it('accepts a code missing from the year only as custom, with a warning', () => {
    const rows = functionRows();
    rows.push(['2050297', '县级自定义普通教育项目', '0', '0', '0']);
    rows[5] = ['20502', '普通教育', '900.30', '800.10', '100.20'];
    const p = read([{ name: '一般公共预算财政拨款支出决算表', rows }]);
    expect(p.errors).toEqual([]);
    expect(p.warnings.map((w) => w.rule)).toEqual(['custom-code']);
    expect(p.tables[0].lines.filter((l) => l.custom).map((l) => l.functionCode)).toEqual([
      '2050297',
      '2050297',
    ]);
  });

  it('lists every unknown sheet and a table given twice', () => {
    const p = read([
      { name: 'Sheet1', rows: [['随便什么'], ['1', '2']] },
      { name: '支出明细', rows: [['x']] },
      { name: '一般公共预算财政拨款支出决算表', rows: functionRows() },
      { name: '附表5', rows: functionRows() },
    ]);
    expect(rules(p)).toEqual([
      'Sheet1|0||unknown-sheet',
      '支出明细|0||unknown-sheet',
      '附表5|0||duplicate-table',
    ]);
  });

  it('refuses a table in 万元 for a report in 元', () => {
    const rows = functionRows();
    rows[1] = ['单位：万元'];
    expect(rules(read([{ name: '一般公共预算财政拨款支出决算表', rows }]))).toEqual([
      '一般公共预算财政拨款支出决算表|2||unit',
    ]);
  });

  it('reads an empty table with its note, and 三公经费 with last year and the explanation', () => {
    const p = read([
      {
        name: '国有资本经营预算财政拨款支出决算表',
        rows: [
          ['国有资本经营预算财政拨款支出决算表'],
          ['单位：元'],
          ['说明：本部门无国有资本经营预算财政拨款支出，故本表为空表。'],
        ],
      },
      {
        name: '一般公共预算财政拨款“三公”经费支出决算表',
        rows: [
          ['项目', '金额', '上年金额'],
          ['合计', '30.00', '40.00'],
          ['因公出国（境）费', '0', '0'],
          ['公务用车购置及运行费', '20.00', '30.00'],
          ['其中：公务用车购置费', '0', '10.00'],
          ['公务用车运行费', '20.00', '20.00'],
          ['公务接待费', '10.00', '10.00'],
          ['说明：严格执行公务用车管理规定，上年购置一辆执法执勤用车，本年未购置。'],
        ],
      },
    ]);
    expect(p.errors).toEqual([]);
    const empty = p.tables.find((t) => t.key === 'state-capital-function')!;
    expect([empty.lines.length, empty.note]).toEqual([
      0,
      '本部门无国有资本经营预算财政拨款支出，故本表为空表。',
    ]);
    expect(p.threePublicFunds).toEqual({
      current: { abroad: 0n, vehiclePurchase: 0n, vehicleOperation: 2000n, reception: 1000n },
      lastYear: { abroad: 0n, vehiclePurchase: 1000n, vehicleOperation: 2000n, reception: 1000n },
      explanation: '严格执行公务用车管理规定，上年购置一辆执法执勤用车，本年未购置。',
    });
  });

  it('checks the 民生 projects against the 项目支出 of their 科目', () => {
    const livelihood = (amount: string) => ({
      name: '民生项目支出情况表',
      rows: [
        ['科目编码', '项目名称', '预算规模', '补助标准', '发放程序', '补助对象', '资金分配结果'],
        [
          '2050202',
          '农村义务教育营养改善计划',
          amount,
          '每生每天4元',
          '学校申报、教育局审核、财政直达',
          '农村义务教育学生',
          '全县 28 所学校',
        ],
      ],
    });
    const general = { name: '一般公共预算财政拨款支出决算表', rows: functionRows() };
    expect(read([general, livelihood('100.00')]).errors).toEqual([]);
    const p = read([general, livelihood('99.00')]);
    expect(rules(p)).toEqual(['民生项目支出情况表|2|预算规模|total-mismatch']);
    expect(p.errors[0].message).toContain('相差 -1.00');
  });

  it('refuses 基本支出 by economic classification that is not the 基本支出 by function', () => {
    const rows = economicRows.map((r) => [...r]);
    rows[5] = ['302', '商品和服务支出', '99.99'];
    rows[6] = ['30201', '办公费', '99.99'];
    const p = read([
      { name: '一般公共预算财政拨款支出决算表', rows: functionRows() },
      { name: '一般公共预算财政拨款基本支出决算表', rows },
    ]);
    expect(rules(p)).toEqual(['一般公共预算财政拨款基本支出决算表|0|金额|total-mismatch']);
    expect(p.errors[0].message).toContain('相差 -0.01');
  });

  it('reads a csv with one section per table', () => {
    const rows = [['一般公共预算财政拨款支出决算表'], ...functionRows().slice(1), [], ...economicRows];
    const p = read([{ name: '', rows }], 'csv');
    expect(p.errors).toEqual([]);
    expect(p.tables.map((t) => t.key)).toEqual(['general-function', 'general-economic']);
  });
});

describe('writing the tables', () => {
  it('export then import gives the same lines, notes and 三公经费 (xlsx)', async () => {
    const first = read([
      { name: '一般公共预算财政拨款支出决算表', rows: functionRows() },
      { name: '一般公共预算财政拨款基本支出决算表', rows: economicRows },
      { name: '国有资本经营预算财政拨款支出决算表', rows: [['说明：无此项支出。']] },
    ]);
    expect(first.errors).toEqual([]);
    const sheets = writeReportTables({
      set,
      unit: 'yuan',
      lines: first.tables.flatMap((t) => t.lines),
      notes: { 'state-capital-function': '无此项支出。' },
      threePublicFunds: {
        current: { abroad: 0n, vehiclePurchase: 0n, vehicleOperation: 1n, reception: 2n },
        lastYear: null,
        explanation: null,
      },
    });
    expect(sheets.map((s) => s.title)).toEqual(set.tables.map((t) => t.title));
    const workbook = new Workbook();
    for (const s of sheets) workbook.addWorksheet(s.title.slice(0, 31)).addRows(s.rows);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const again = await readWorkbook(bytes, 'x.xlsx');
    if (!again.ok) throw new Error(again.message);
    const second = readReportTables(again, options);
    expect(second.errors).toEqual([]);
    const strip = (p: ParsedWorkbook) => p.tables.filter((t) => t.lines.length).map((t) => [t.key, t.lines]);
    expect(strip(second)).toEqual(strip(first));
    expect(second.tables.find((t) => t.key === 'state-capital-function')!.note).toBe('无此项支出。');
    expect(second.threePublicFunds!.current).toEqual({
      abroad: 0n,
      vehiclePurchase: 0n,
      vehicleOperation: 1n,
      reception: 2n,
    });
  });
});
