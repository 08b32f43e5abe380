import {
  DEFAULT_TABLE_LIMITS,
  capErrors,
  cellCounter,
  checkCsvText,
  excerpt,
  resolveTableLimits,
  shortenMessage,
  validateTableLimits,
} from '../table-limits';

const limits = resolveTableLimits({ maxRows: 3, headerRows: 1, maxCellChars: 5, maxColumns: 3 });

describe('checkCsvText', () => {
  it.each([
    ['a header and 3 rows', 'h\n1\n2\n3\n', null],
    ['CRLF and a last line without a line end', 'h\r\n1\r\n2\r\n3', null],
    ['a quoted field with a line break inside (one record)', 'h\n"1\n1"\n2\n3', null],
    ['a header and 4 rows', 'h\n1\n2\n3\n4', 'maxRows'],
    ['4 rows separated by lone CRs', 'h\r1\r2\r3\r4\r', 'maxRows'],
    ['a field of 5 characters', 'h\nabcde', null],
    ['a field of 6 characters', 'h\nabcdef', 'maxCellChars'],
    ['a quoted field of 6 characters with doubled quotes', 'h\n"ab""""cd"', 'maxCellChars'],
    ['a quoted field of 5 characters with a doubled quote', 'h\n"ab""cd"', null],
    ['5 CJK characters outside the BMP count once each', 'h\n𠀀𠀀𠀀𠀀𠀀', null],
    ['3 columns', 'a,b,c\n1,2,3', null],
    ['4 columns', 'a,b,c,d', 'maxColumns'],
    ['a long field split by the other delimiter still counts whole', 'h\nab\tcdef', 'maxCellChars'],
  ])('%s', (_label, text, rule) => {
    expect(checkCsvText(text, limits)?.rule ?? null).toBe(rule);
  });

  it('splits on tabs when told to', () => {
    expect(checkCsvText('h\nab\tcdef', limits, '\t')).toBeNull();
  });

  it('names the field, the limit and the line in Chinese', () => {
    expect(checkCsvText('h\n1\n2\n3\n4', limits)).toEqual({
      field: 'file',
      rule: 'maxRows',
      message: 'file: 表格超过 3 行数据的上限',
    });
    expect(checkCsvText('h\n1\nabcdefgh', limits)?.message).toBe(
      'file: 第 3 行有单元格超过 5 个字符的单元格上限',
    );
  });

  it('stops at the first record over the limit (does not read the rest)', () => {
    const text = 'h\n' + '1\n'.repeat(10) + '"'.repeat(1);
    expect(checkCsvText(text, limits)?.rule).toBe('maxRows');
  });
});

describe('excerpt and shortenMessage', () => {
  it.each([
    ['short text', 'abc', 'abc'],
    ['exactly 50', 'a'.repeat(50), 'a'.repeat(50)],
    ['51 characters', 'a'.repeat(51), `${'a'.repeat(50)}…`],
    ['astral characters are not cut in half', '𠀀'.repeat(60), `${'𠀀'.repeat(50)}…`],
  ])('excerpt: %s', (_label, text, expected) => {
    expect(excerpt(text)).toBe(expected);
  });

  it.each([
    [
      'a long quotation in “”',
      `category: 未知的职权类型“${'甲'.repeat(5000)}”，应为 …`,
      `category: 未知的职权类型“${'甲'.repeat(50)}…”，应为 …`,
    ],
    ['a long quotation in ""', `x: "${'b'.repeat(99)}"`, `x: "${'b'.repeat(50)}…"`],
    ['a short message is kept', 'name: 职权名称不能为空', 'name: 职权名称不能为空'],
  ])('shortenMessage: %s', (_label, message, expected) => {
    expect(shortenMessage(message)).toBe(expected);
  });

  it('caps any message at 200 characters', () => {
    expect(Array.from(shortenMessage('长'.repeat(10000)))).toHaveLength(201);
  });
});

describe('capErrors', () => {
  it('keeps the first 100 errors, shortened, and counts the rest', () => {
    const list = Array.from({ length: 250 }, (_, i) => ({
      row: i + 2,
      message: `name: “${'x'.repeat(500)}”`,
    }));
    const { errors, omitted } = capErrors(list);
    expect(errors).toHaveLength(100);
    expect(omitted).toBe(150);
    expect(errors[0]).toEqual({ row: 2, message: `name: “${'x'.repeat(50)}…”` });
    expect(JSON.stringify(errors).length).toBeLessThan(16 * 1024);
  });
});

describe('cellCounter', () => {
  it.each([
    ['rows up to the limit plus the header', 4, [], null],
    ['one row too many', 5, [], 'maxRows'],
    ['a cell in the last allowed column', 1, [['abc', 3]], null],
    ['a cell beyond the last column', 1, [['abc', 4]], 'maxColumns'],
    ['a cell over the character limit', 1, [['abcdef', 1]], 'maxCellChars'],
  ] as const)('%s', (_label, rows, cells, rule) => {
    const counter = cellCounter(limits);
    let found: string | null = null;
    for (let r = 0; r < rows && !found; r++) found = counter.row()?.rule ?? null;
    for (const [text, column] of cells) found ??= counter.cell(text, column)?.rule ?? null;
    expect(found).toBe(rule);
  });

  it('counts a repeated (shared) string every time it is read', () => {
    const counter = cellCounter(resolveTableLimits({ maxInflatedBytes: 100, maxCellChars: 50 }));
    const shared = 'x'.repeat(40);
    expect(counter.cell(shared, 1)).toBeNull();
    expect(counter.cell(shared, 2)).toBeNull();
    expect(counter.cell(shared, 3)?.rule).toBe('maxInflatedBytes');
  });
});

describe('limits configuration', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_TABLE_LIMITS).toEqual({
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
  });

  it('layers overrides, ignoring undefined ones', () => {
    expect(resolveTableLimits({ maxRows: 5 }, { maxRows: undefined, maxCellChars: 7 })).toMatchObject({
      maxRows: 5,
      maxCellChars: 7,
      maxUploadBytes: 10 * 1024 * 1024,
    });
  });

  it.each([
    [undefined, []],
    [{ maxRows: 10 }, []],
    [{ headerRows: 0 }, []],
    [{ maxRows: 0 }, ['maxRows: 须为正整数']],
    [{ maxRows: 1.5 }, ['maxRows: 须为正整数']],
    [{ maxRows: '10' }, ['maxRows: 须为正整数']],
    [{ headerRows: -1 }, ['headerRows: 须为非负整数']],
    [{ maxRow: 10 }, ['maxRow: 未知的限制项']],
    [[], ['须为对象']],
  ])('validateTableLimits(%j)', (input, problems) => {
    expect(validateTableLimits(input)).toEqual(problems);
  });
});
