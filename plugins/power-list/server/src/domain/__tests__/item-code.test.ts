import { DomainValidationError } from '@gov-portal/kit/domain';
import {
  CATEGORIES,
  CATEGORY_KEYS,
  DEFAULT_ITEM_CODE_PATTERN,
  allocateItemCode,
  categoryByCode,
  formatItemCode,
  matchesItemCode,
  nextItemSerial,
  parseItemCode,
  resolveCategory,
  validateItemCodePattern,
} from '../index';

describe('categories', () => {
  it('lists the 10 power types of 中办发〔2015〕21号 with distinct codes', () => {
    expect(CATEGORY_KEYS.map((k) => `${CATEGORIES[k]['zh-Hans']}/${CATEGORIES[k].code}`)).toEqual([
      '行政许可/XK',
      '行政处罚/CF',
      '行政强制/QZ',
      '行政征收/ZS',
      '行政给付/JF',
      '行政检查/JC',
      '行政确认/QR',
      '行政奖励/JL',
      '行政裁决/CJ',
      '其他行政权力/QT',
    ]);
    expect(new Set(CATEGORY_KEYS.map((k) => CATEGORIES[k].code)).size).toBe(10);
  });

  it.each([
    ['行政处罚', 'penalty'],
    ['行政處罰', 'penalty'],
    ['penalty', 'penalty'],
    [' Penalty ', 'penalty'],
    ['cf', 'penalty'],
    ['行政 许可', 'licensing'],
    ['其他', 'other'],
    ['行政审批', null],
    ['', null],
  ])('reads the category %p as %p', (input, key) => {
    expect(resolveCategory(input)).toBe(key);
  });

  it('finds a category by its code', () => {
    expect(categoryByCode('JC')).toBe('inspection');
    expect(categoryByCode('ZZ')).toBeNull();
  });
});

describe('formatItemCode', () => {
  it.each([
    [DEFAULT_ITEM_CODE_PATTERN, '431124-GA', 'XK', 1, '431124-GA-XK-00001'],
    [DEFAULT_ITEM_CODE_PATTERN, 'DXGA', 'CF', 123, 'DXGA-CF-00123'],
    [DEFAULT_ITEM_CODE_PATTERN, 'DXGA', 'CF', 99999, 'DXGA-CF-99999'],
    ['{category}{serial:3}', 'DXGA', 'QZ', 7, 'QZ007'],
    ['DX/{department}/{serial}', 'GA', 'QZ', 1234567, 'DX/GA/1234567'],
  ])('formats %s with %s, %s, %d as %s', (pattern, departmentCode, categoryCode, serial, code) => {
    expect(formatItemCode(pattern, { departmentCode, categoryCode, serial })).toBe(code);
  });

  it.each([0, -1, 1.5, 100000])('refuses the serial %p for a 5-digit pattern', (serial) => {
    expect(() =>
      formatItemCode(DEFAULT_ITEM_CODE_PATTERN, { departmentCode: 'GA', categoryCode: 'XK', serial }),
    ).toThrow(DomainValidationError);
  });

  it('refuses an empty department code with a field error', () => {
    try {
      formatItemCode(DEFAULT_ITEM_CODE_PATTERN, { departmentCode: ' ', categoryCode: 'XK', serial: 1 });
      throw new Error('expected a DomainValidationError');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainValidationError);
      expect((error as DomainValidationError).field).toBe('department');
    }
  });
});

describe('validateItemCodePattern', () => {
  it.each([
    [DEFAULT_ITEM_CODE_PATTERN, []],
    ['{department}{serial}', []],
    ['{department}-{category}', ['codePattern: 编码格式必须且只能包含一个序号占位符 {serial}，现有 0 个']],
    ['{serial}-{serial:2}', ['codePattern: 编码格式必须且只能包含一个序号占位符 {serial}，现有 2 个']],
    [
      '{dept}-{serial}',
      ['codePattern: 未知的占位符 {dept}，可用 {department}、{category}、{serial} 或 {serial:位数}'],
    ],
    ['{serial:0}', ['codePattern: 序号位数应为 1–10，收到 {serial:0}']],
    ['{department-{serial}', ['codePattern: 花括号未配对']],
    ['', ['codePattern: 编码格式不能为空']],
  ])('checks the pattern %p', (pattern, messages) => {
    expect(validateItemCodePattern(pattern).map((e) => e.message)).toEqual(messages);
  });

  it('throws when a bad pattern is used', () => {
    expect(() => matchesItemCode('{nope}', 'x')).toThrow(DomainValidationError);
  });
});

describe('parseItemCode and matchesItemCode', () => {
  it('splits a code whose department code contains the separator', () => {
    expect(parseItemCode(DEFAULT_ITEM_CODE_PATTERN, '431124-GA-XK-00012')).toEqual({
      departmentCode: '431124-GA',
      categoryCode: 'XK',
      serial: 12,
    });
  });

  it.each([
    ['431124-GA-XK-00012', {}, true],
    ['431124-GA-XK-00012', { departmentCode: '431124-GA' }, true],
    ['431124-GA-XK-00012', { departmentCode: '431124-SJ' }, false],
    ['431124-GA-XK-00012', { categoryCode: 'CF' }, false],
    ['431124-GA-XK-0012', {}, false],
    ['431124-GA-XK-000012', {}, false],
    ['431124-GA-ZZ-00012', {}, false],
    ['431124-GA-XK-00000', {}, false],
    ['GA XK 00001', {}, false],
    ['-XK-00001', {}, false],
  ])('%s with %p matches: %p', (code, ctx, expected) => {
    expect(matchesItemCode(DEFAULT_ITEM_CODE_PATTERN, code, ctx)).toBe(expected);
  });

  it('treats regular-expression characters in a pattern as literal text', () => {
    expect(matchesItemCode('{department}.{serial:2}', 'GA.01')).toBe(true);
    expect(matchesItemCode('{department}.{serial:2}', 'GAx01')).toBe(false);
  });
});

describe('nextItemSerial and allocateItemCode', () => {
  const existing = [
    '431124-GA-XK-00001',
    '431124-GA-XK-00007',
    '431124-GA-CF-00040',
    '431124-SJ-XK-00099',
    'legacy-code',
  ];

  it('continues after the highest serial of the same department and category', () => {
    expect(
      nextItemSerial(DEFAULT_ITEM_CODE_PATTERN, existing, {
        departmentCode: '431124-GA',
        categoryCode: 'XK',
      }),
    ).toBe(8);
    expect(
      nextItemSerial(DEFAULT_ITEM_CODE_PATTERN, existing, {
        departmentCode: '431124-GA',
        categoryCode: 'CF',
      }),
    ).toBe(41);
    expect(
      nextItemSerial(DEFAULT_ITEM_CODE_PATTERN, existing, {
        departmentCode: '431124-GA',
        categoryCode: 'QZ',
      }),
    ).toBe(1);
  });

  it('allocates the next code', () => {
    expect(
      allocateItemCode(DEFAULT_ITEM_CODE_PATTERN, existing, {
        departmentCode: '431124-GA',
        categoryCode: 'XK',
      }),
    ).toBe('431124-GA-XK-00008');
  });

  it('refuses to allocate past the last serial the pattern can hold', () => {
    expect(() =>
      nextItemSerial('{department}-{serial:2}', ['GA-99'], { departmentCode: 'GA', categoryCode: 'XK' }),
    ).toThrow('code: 序号已用尽（最大 99），请调整编码格式');
  });
});
