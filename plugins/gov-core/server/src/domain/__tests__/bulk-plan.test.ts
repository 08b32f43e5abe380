import { chunksOf, inverseOrders, rowsPerInsert, scalarErrors, type ScalarAttribute } from '../bulk-plan';

describe('rowsPerInsert', () => {
  it.each([
    ['SQLite, 22 columns: the parameter limit allows 1,454, capped at 500', 'sqlite', 22, 500, 500],
    ['SQLite, 100 columns: 320 rows', 'sqlite', 100, 500, 320],
    ['PostgreSQL, 22 columns, cap 5,000: 2,954 rows', 'postgres', 22, 5000, 2954],
    ['PostgreSQL, 5 columns: the cap', 'postgres', 5, 5000, 5000],
    ['an unknown dialect: 999 parameters', 'mysql', 10, 5000, 99],
    ['more columns than parameters: one row', 'sqlite', 40000, 500, 1],
  ])('%s', (_label, client, columns, cap, expected) => {
    expect(rowsPerInsert(client, columns, cap)).toBe(expected);
  });
});

describe('chunksOf', () => {
  it.each([
    [[1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]],
    [[1, 2], 5, [[1, 2]]],
    [[], 3, []],
  ])('%j by %i', (xs, size, expected) => {
    expect(chunksOf(xs, size)).toEqual(expected);
  });
});

describe('inverseOrders', () => {
  it.each([
    ['new targets start at 1', [7, 7, 8], new Map(), [1, 2, 1]],
    ['a target continues after its highest order', [7, 8, 7], new Map([[7, 4]]), [5, 1, 6]],
    ['no links', [], new Map([[1, 2]]), []],
  ])('%s', (_label, targets, highest, expected) => {
    expect(inverseOrders(targets, highest)).toEqual(expected);
  });
});

describe('scalarErrors', () => {
  const attributes: Record<string, ScalarAttribute> = {
    name: { type: 'string', required: true, maxLength: 5 },
    kind: { type: 'enumeration', enum: ['a', 'b'], default: 'a' },
    averaging: { type: 'string', regex: '^(1h|24h)$' },
    aqi: { type: 'integer', min: 0, max: 500 },
    pm25: { type: 'float', min: 0 },
    flag: { type: 'boolean' },
  };
  it.each([
    ['a valid document', { name: '权力', aqi: 10, pm25: 1.5, flag: true, averaging: '1h' }, []],
    ['a missing required field', {}, ['name:required']],
    ['an empty required field', { name: '' }, ['name:required']],
    ['a value too long', { name: '一二三四五六' }, ['name:maxLength']],
    ['an unknown enumeration value', { name: 'x', kind: 'c' }, ['kind:enum']],
    ['the default of an enumeration is valid', { name: 'x' }, []],
    ['a regex mismatch', { name: 'x', averaging: '8h' }, ['averaging:regex']],
    ['a fractional integer', { name: 'x', aqi: 1.5 }, ['aqi:type']],
    ['a number below its minimum', { name: 'x', pm25: -1 }, ['pm25:min']],
    ['a number above its maximum', { name: 'x', aqi: 501 }, ['aqi:max']],
    ['a text where a number goes', { name: 'x', aqi: 'abc' }, ['aqi:type']],
    ['a string where a boolean goes', { name: 'x', flag: 'yes' }, ['flag:type']],
    ['a number where text goes', { name: 12 }, ['name:type']],
  ])('%s', (_label, data, expected) => {
    const found = scalarErrors(attributes, data as Record<string, unknown>);
    expect(found.map((e) => `${e.field}:${e.rule}`)).toEqual(expected);
    for (const e of found) expect(e.message.startsWith(`${e.field}: `)).toBe(true);
  });
});
