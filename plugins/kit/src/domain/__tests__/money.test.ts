import { centsToNumber, decimalToCents, formatCents, sumCents } from '../money';

const cents = (value: unknown) => {
  const parsed = decimalToCents(value, 'amount', '元');
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};

describe('decimalToCents', () => {
  it.each([
    ['0.1', 10n],
    [0.1, 10n],
    ['0.2', 20n],
    ['12', 1200n],
    [12, 1200n],
    ['12.5', 1250n],
    ['12.500', 1250n],
    [' 7 ', 700n],
    ['1,234.5', 123450n],
    ['1,234,567.89', 123456789n],
    ['-3.5', -350n],
    [-3.5, -350n],
    ['+3.5', 350n],
    ['0', 0n],
    [0, 0n],
    ['5.', 500n],
    [99999999.99, 9999999999n],
    ['123456789012345678901234.56', 12345678901234567890123456n], // text is exact at any size
  ])('reads %j as %s cents', (value, expected) => {
    expect(decimalToCents(value, 'amount', '元')).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['1.234', 'decimal-places', 'amount: 金额（元）最多保留两位小数'],
    [0.001, 'decimal-places', 'amount: 金额（元）最多保留两位小数'],
    [0.1 + 0.2, 'decimal-places', 'amount: 金额（元）最多保留两位小数'],
    [1e-7, 'decimal-places', 'amount: 金额（元）最多保留两位小数'],
    ['abc', 'number-format', 'amount: 「abc」不是数字（元）'],
    ['', 'number-format', 'amount: 「」不是数字（元）'],
    ['1e3', 'number-format', 'amount: 「1e3」不是数字（元）'],
    ['12,5', 'number-format', 'amount: 「12,5」不是数字（元）'],
    ['1,23.4', 'number-format', 'amount: 「1,23.4」不是数字（元）'],
    ['.5', 'number-format', 'amount: 「.5」不是数字（元）'], // needs its integer part
    ['--1', 'number-format', 'amount: 「--1」不是数字（元）'],
    [NaN, 'number-format', 'amount: 应为数字（元）'],
    [Infinity, 'number-format', 'amount: 应为数字（元）'],
    [-Infinity, 'number-format', 'amount: 应为数字（元）'],
    [null, 'number-format', 'amount: 应为数字（元）'],
    [undefined, 'number-format', 'amount: 应为数字（元）'],
    [true, 'number-format', 'amount: 应为数字（元）'],
    [12n, 'number-format', 'amount: 应为数字（元）'],
    [1e21, 'range', 'amount: 金额过大（元）'],
    [-1e21, 'range', 'amount: 金额过大（元）'],
  ])('refuses %p (%s)', (value, rule, message) => {
    expect(decimalToCents(value, 'amount', '元')).toEqual({ ok: false, field: 'amount', rule, message });
  });

  it('names the unit it was given', () => {
    expect(decimalToCents('0.001', 'investment', '万元')).toMatchObject({
      message: 'investment: 金额（万元）最多保留两位小数',
    });
    expect(decimalToCents('x', 'investment', '万元')).toMatchObject({
      message: 'investment: 「x」不是数字（万元）',
    });
  });
});

describe('sums and output', () => {
  it('sums 0.1 and 0.2 to exactly 0.30', () => {
    const total = sumCents([cents('0.1'), cents('0.2')]);
    expect(total).toBe(30n);
    expect(formatCents(total)).toBe('0.30');
    expect(centsToNumber(total)).toBe(0.3);
  });

  it.each([
    [[], 0n],
    [[10n, 20n], 30n],
    [[cents(0.1), cents(0.2)], 30n],
    [[cents('1,234.5'), cents('-3.5')], 123100n],
    [new Set([1n, 2n, 3n]), 6n],
  ])('sumCents(%p) = %s', (values, total) => {
    expect(sumCents(values)).toBe(total);
  });

  it.each([
    [1250n, '12.50', 12.5],
    [30n, '0.30', 0.3],
    [5n, '0.05', 0.05],
    [-5n, '-0.05', -0.05],
    [-350n, '-3.50', -3.5],
    [0n, '0.00', 0],
    [123456789n, '1234567.89', 1234567.89],
  ])('%s cents → %s (%s)', (value, text, number) => {
    expect(formatCents(value)).toBe(text);
    expect(centsToNumber(value)).toBe(number);
  });
});
