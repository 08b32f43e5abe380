import {
  decodeText,
  detectDelimiter,
  guardFormula,
  looksBinary,
  parseCsv,
  unguardFormula,
  writeCsv,
} from '../csv';

describe('parseCsv (RFC 4180)', () => {
  it.each([
    [
      'quotes, doubled quotes, CRLF and a BOM',
      '\ufeffa,"b,c","d ""e"""\r\n1,2,3\r\n',
      [
        ['a', 'b,c', 'd "e"'],
        ['1', '2', '3'],
      ],
    ],
    [
      'a line break inside quotes',
      'a,"b\nc"\n1,2',
      [
        ['a', 'b\nc'],
        ['1', '2'],
      ],
    ],
    [
      'empty fields and a last line without a break',
      'a,,c\n,,',
      [
        ['a', '', 'c'],
        ['', '', ''],
      ],
    ],
    [
      'tabs when the header has more tabs than commas',
      'a\tb\tc,d\n1\t2',
      [
        ['a', 'b', 'c,d'],
        ['1', '2'],
      ],
    ],
    ['lone CRs as line breaks', 'a\rb', [['a'], ['b']]],
  ])('reads %s', (_name, text, rows) => {
    expect(parseCsv(text)).toEqual({ ok: true, rows });
  });

  it('names the line of an unclosed quote', () => {
    expect(parseCsv('a,b\n1,"2\n3')).toEqual({ ok: false, line: 2, message: '第 2 行起的引号没有闭合' });
  });

  it('takes the delimiter it is given', () => {
    expect(parseCsv('a\tb', ',')).toEqual({ ok: true, rows: [['a\tb']] });
    expect(detectDelimiter('a,b\tc,d')).toBe(',');
  });
});

describe('writeCsv', () => {
  it('writes a BOM, CRLF, quotes where needed and guards formulas; parsing gives the cells back', () => {
    const rows = [
      ['名称', '说明'],
      ['=SUM(A1)', 'a,"b"'],
      [' lead', '-1'],
    ];
    const text = writeCsv(rows);
    expect(text).toBe('\uFEFF名称,说明\r\n\'=SUM(A1),"a,""b"""\r\n" lead",\'-1\r\n');
    const parsed = parseCsv(text);
    expect(parsed.ok && parsed.rows.map((r) => r.map(unguardFormula))).toEqual(rows);
  });

  it.each([
    ['=1', "'=1"],
    ['+1', "'+1"],
    ['@x', "'@x"],
    ['道县', '道县'],
    ["'=1", "''=1"],
  ])('guards %j as %j', (value, guarded) => {
    expect(guardFormula(value)).toBe(guarded);
    expect(unguardFormula(guarded)).toBe(value);
  });
});

describe('decodeText', () => {
  const gb18030 = Uint8Array.from([0xb5, 0xc0, 0xcf, 0xd8]); // 道县
  it.each([
    ['UTF-8', new TextEncoder().encode('道县'), '道县'],
    ['UTF-8 with a BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('道县')]), '道县'],
    ['UTF-16LE with a BOM', Uint8Array.from([0xff, 0xfe, 0x53, 0x90, 0xbf, 0x53]), '道县'],
    ['UTF-16BE with a BOM', Uint8Array.from([0xfe, 0xff, 0x90, 0x53, 0x53, 0xbf]), '道县'],
    ['GB18030 (Excel on a Chinese Windows)', gb18030, '道县'],
  ])('reads %s', (_name, bytes, text) => {
    expect(decodeText(bytes)).toBe(text);
  });

  it('refuses bytes of no encoding, and tells binary text', () => {
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x00]))).toBeNull();
    expect(looksBinary('PK\u0003\u0004')).toBe(true);
    expect(looksBinary('a,b\r\n1,2\n')).toBe(false);
  });
});
