import fc from 'fast-check';
import {
  formatDocumentNumber,
  normalizeDocumentNumber,
  parseDocumentNumber,
  validateDocumentNumber,
} from '../document-number';
import { DomainValidationError } from '@gov-portal/kit/domain';

const NOW = new Date('2025-06-01T00:00:00+08:00');

function failure(input: unknown, now = NOW) {
  const result = parseDocumentNumber(input, { now });
  if (result.ok) throw new Error(`expected ${String(input)} to be rejected`);
  return result;
}

describe('parseDocumentNumber', () => {
  it.each([
    ['道政办发〔2017〕12号', '道政办发', 2017, 12],
    ['湘政发〔2016〕1号', '湘政发', 2016, 1],
    ['国办发〔2016〕19号', '国办发', 2016, 19],
    ['中办发〔2016〕8号', '中办发', 2016, 8],
    ['国发〔2015〕100号', '国发', 2015, 100],
    ['国办秘函〔2019〕19号', '国办秘函', 2019, 19],
    ['国卫办医函〔2020〕1024号', '国卫办医函', 2020, 1024],
    ['永政办函〔1949〕3号', '永政办函', 1949, 3],
    ['道政办发〔2026〕1号', '道政办发', 2026, 1],
  ])('reads %s as prefix %s, year %i, serial %i', (input, prefix, year, serial) => {
    expect(parseDocumentNumber(input, { now: NOW })).toEqual({ ok: true, value: { prefix, year, serial } });
  });

  it.each([
    ['道政办发[2017]12号', '[', 'square brackets'],
    ['道政办发［2017］12号', '［', 'full-width square brackets'],
    ['道政办发(2017)12号', '(', 'parentheses'],
    ['道政办发（2017）12号', '（', 'full-width parentheses'],
    ['道政办发【2017】12号', '【', 'lenticular brackets'],
    ['道政办发﹝2017﹞12号', '﹝', 'small tortoise-shell brackets'],
    ['道政办发〔2017]12号', ']', 'a mismatched closing bracket'],
  ])('rejects %s and asks for 〔〕 instead of %s (%s)', (input, bracket) => {
    const error = failure(input);
    expect(error.rule).toBe('brackets');
    expect(error.message).toContain('六角括号“〔〕”');
    expect(error.message).toContain(`不能用“${bracket}”`);
    expect(error.message.startsWith('documentNumber: ')).toBe(true);
  });

  it.each([
    [undefined, 'required', '发文字号不能为空'],
    ['', 'required', '发文字号不能为空'],
    [20171200, 'required', '发文字号不能为空'],
    ['道政办发〔2017〕 12号', 'whitespace', '不应包含空格'],
    [' 道政办发〔2017〕12号', 'whitespace', '不应包含空格'],
    ['道政办发〔２０１７〕１２号', 'digits', '半角阿拉伯数字'],
    ['道政办发〔17〕12号', 'year', '年份应标全称'],
    ['道政办发〔二〇一七〕12号', 'year', '年份应标全称'],
    ['道政办发〔2017〕012号', 'serial', '不编虚位（1 不编为 01），应为“12号”'],
    ['道政办发〔2017〕01号', 'serial', '应为“1号”'],
    ['道政办发〔2017〕0号', 'serial', '从 1 开始'],
    ['道政办发〔2017〕第12号', 'serial', '不加“第”字'],
    ['道政办发〔2017〕12', 'serial', '后应加“号”字'],
    ['〔2017〕12号', 'prefix', '缺少发文机关代字'],
    ['道政办2发〔2017〕12号', 'prefix', '应由汉字组成'],
    ['DZB〔2017〕12号', 'prefix', '应由汉字组成'],
    ['关于印发道县2017年政务公开工作要点的通知道政办发〔2017〕12号', 'prefix', '应由汉字组成'],
    ['关于印发政务公开工作要点的通知道政办发〔2017〕12号', 'prefix', '过长'],
    ['道政办发2017年12号', 'format', '“机关代字〔年份〕序号号”'],
    ['道政办发〔2017〕12號', 'format', '如 道政办发〔2017〕12号'],
    ['道政办发〔1948〕1号', 'year', '不在合理范围（1949–2026）'],
    ['道政办发〔2027〕1号', 'year', '不在合理范围（1949–2026）'],
    ['道政办发〔2017〕99999999999999999999号', 'serial', '过大'],
  ])('rejects %p with rule %s', (input, rule, fragment) => {
    const error = failure(input);
    expect(error.rule).toBe(rule);
    expect(error.field).toBe('documentNumber');
    expect(error.message).toContain(fragment);
  });

  it('judges the latest plausible year by the date in Shanghai', () => {
    // 2025-12-31T16:30Z is already 2026 in Shanghai, so 2027 is the next year.
    const newYearsEve = new Date('2025-12-31T16:30:00Z');
    expect(parseDocumentNumber('道政办发〔2027〕1号', { now: newYearsEve }).ok).toBe(true);
    expect(parseDocumentNumber('道政办发〔2027〕1号', { now: new Date('2025-12-31T15:30:00Z') }).ok).toBe(
      false,
    );
  });

  it('uses the field name it is given', () => {
    const result = parseDocumentNumber('x', { field: 'docNo', now: NOW });
    expect(result).toMatchObject({ ok: false, field: 'docNo' });
    expect(!result.ok && result.message.startsWith('docNo: ')).toBe(true);
  });

  it('parses back whatever formatDocumentNumber writes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('道政办发', '湘政发', '国办发', '道财预', '道政办函', '〇'),
        fc.integer({ min: 1949, max: 2026 }),
        fc.integer({ min: 1, max: 100000 }),
        (prefix, year, serial) => {
          const text = formatDocumentNumber({ prefix, year, serial }, { now: NOW });
          expect(parseDocumentNumber(text, { now: NOW })).toEqual({
            ok: true,
            value: { prefix, year, serial },
          });
        },
      ),
    );
  });
});

describe('validateDocumentNumber', () => {
  it('accepts a well-formed 发文字号', () => {
    expect(validateDocumentNumber('道政办发〔2017〕12号', { now: NOW })).toEqual({ ok: true });
  });

  it('gives the same failure as parseDocumentNumber', () => {
    expect(validateDocumentNumber('道政办发[2017]12号', { now: NOW })).toEqual(
      parseDocumentNumber('道政办发[2017]12号', { now: NOW }),
    );
  });
});

describe('formatDocumentNumber', () => {
  it('writes 道政办发〔2017〕12号', () => {
    expect(formatDocumentNumber({ prefix: '道政办发', year: 2017, serial: 12 }, { now: NOW })).toBe(
      '道政办发〔2017〕12号',
    );
  });

  it.each([
    [{ prefix: '道政办发', year: 2017, serial: 0 }, 'serial'],
    [{ prefix: '道政办发', year: 2017, serial: 1.5 }, 'serial'],
    [{ prefix: '道政办发', year: 2017.5, serial: 1 }, 'year'],
    [{ prefix: '道政办发', year: 1900, serial: 1 }, 'year'],
    [{ prefix: 'ABC', year: 2017, serial: 1 }, 'prefix'],
  ])('refuses %p (rule %s)', (parts, rule) => {
    expect(() => formatDocumentNumber(parts, { now: NOW })).toThrow(DomainValidationError);
    try {
      formatDocumentNumber(parts, { now: NOW });
    } catch (error) {
      expect(error).toMatchObject({ field: 'documentNumber', rule });
    }
  });
});

describe('normalizeDocumentNumber', () => {
  it.each([
    ['道政办发[2017]12号', '道政办发〔2017〕12号'],
    ['道政办发（2017）12号', '道政办发〔2017〕12号'],
    ['道政办发【2017】12号', '道政办发〔2017〕12号'],
    ['道政办发﹝2017﹞12号', '道政办发〔2017〕12号'],
    [' 道政办发 〔２０１７〕 １２号 ', '道政办发〔2017〕12号'],
    ['道政办发〔2017〕12号', '道政办发〔2017〕12号'],
  ])('repairs %p into %p', (input, output) => {
    expect(normalizeDocumentNumber(input)).toBe(output);
    expect(validateDocumentNumber(output, { now: NOW }).ok).toBe(true);
  });

  it.each(['道政办发〔2017〕012号', '道政办发〔2017〕第12号', '道政办发〔2017〕12'])(
    'leaves %p for validation to report, since the intended number is unsure',
    (input) => {
      expect(normalizeDocumentNumber(input)).toBe(input);
      expect(validateDocumentNumber(input, { now: NOW }).ok).toBe(false);
    },
  );
});
