import fc from 'fast-check';
import { MAX_WAN_CENTS, formatWan, parseWan, sumWan, toCents, wanToNumber } from '..';

describe('parseWan', () => {
  it.each([
    [12, 1200n],
    ['12.5', 1250n],
    [' 7 ', 700n],
    ['12.500', 1250n],
    [0.01, 1n],
    ['1,234.50', 123450n],
    [99999999.99, MAX_WAN_CENTS],
    ['99999999.99', MAX_WAN_CENTS],
  ])('reads %j as %s cents', (value, cents) => {
    expect(parseWan(value, 'investment')).toEqual({ ok: true, value: cents });
  });

  it.each([
    [0, 'positive'],
    [-1, 'positive'],
    ['-0.01', 'positive'],
    [0.001, 'decimal-places'],
    ['0.001', 'decimal-places'],
    [0.1 + 0.2, 'decimal-places'],
    [1e-7, 'decimal-places'],
    [1e9, 'range'],
    ['100000000', 'range'],
    [1e21, 'range'],
    ['abc', 'number-format'],
    ['1e3', 'number-format'],
    ['12,5', 'number-format'],
    [NaN, 'number-format'],
    [Infinity, 'number-format'],
    [true, 'number-format'],
    [null, 'required'],
    ['', 'required'],
    [undefined, 'required'],
  ])('refuses %j (%s)', (value, rule) => {
    const result = parseWan(value, 'investment');
    expect(result).toMatchObject({ ok: false, field: 'investment', rule });
    expect(!result.ok && result.message).toMatch(/^investment: [\u4e00-\u9fff「]/);
  });

  it.each([
    [0, { ok: true, value: 0n }],
    [-1, { ok: false, rule: 'non-negative' }],
  ])('with allowZero reads %j', (value, expected) => {
    expect(parseWan(value, 'investmentCompleted', { allowZero: true })).toMatchObject(expected);
  });

  it('names the limit in the range message', () => {
    expect(parseWan(1e9, 'investment')).toMatchObject({ message: 'investment: 不能超过 99999999.99 万元' });
  });
});

describe('sums and output', () => {
  it.each([
    [[0.1, 0.2], 30n],
    [['0.10', 0.2, null, undefined], 30n],
    [[99999999.99, 99999999.99, 0.02], 2n * MAX_WAN_CENTS + 2n],
    [[1250n, '0.5'], 1300n],
    [[], 0n],
  ])('sumWan(%p) = %s cents', (values, cents) => {
    expect(sumWan(values)).toBe(cents);
  });

  it('throws on an amount that is not exact money', () => {
    expect(() => sumWan([1, 0.001])).toThrow('investment: 金额（万元）最多保留两位小数');
    expect(() => toCents('x', 'total')).toThrow(/^total:/);
  });

  it.each([
    [30n, 0.3, '0.30'],
    [123456789n, 1234567.89, '1234567.89'],
    [-5n, -0.05, '-0.05'],
    [0n, 0, '0.00'],
  ])('%s cents → %s (%s)', (cents, number, text) => {
    expect(wanToNumber(cents)).toBe(number);
    expect(formatWan(cents)).toBe(text);
  });

  it('prints every amount a column holds exactly as a JSON number', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: MAX_WAN_CENTS * 1000n }), (cents) => {
        const printed = JSON.stringify(wanToNumber(cents));
        expect(printed).toBe(formatWan(cents).replace(/\.?0+$/, '') || '0');
        expect(toCents(JSON.parse(printed))).toBe(cents);
      }),
      { numRuns: 2000 },
    );
  });
});
