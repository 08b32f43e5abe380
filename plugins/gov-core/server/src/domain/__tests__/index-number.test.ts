import fc from 'fast-check';
import {
  formatIndexNumber,
  indexNumberPrefix,
  indexNumberYear,
  MAX_INDEX_SERIAL,
  nextSerial,
  parseIndexNumber,
} from '../index-number';
import { DomainValidationError } from '@gov-portal/kit/domain';
import { makeUscc } from '../organization-code';

const DAOXIAN = makeUscc({ divisionCode: '431124', orgCodeBody: 'MB123456' });

function thrown(run: () => unknown): DomainValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainValidationError) return error;
    throw error;
  }
  throw new Error('expected a DomainValidationError');
}

describe('formatIndexNumber', () => {
  it.each([
    ['000014349', 2017, 12, '000014349/2017-00012'],
    ['000014349', 2020, 1, '000014349/2020-00001'],
    [DAOXIAN, 2017, 99999, `${DAOXIAN}/2017-99999`],
    [DAOXIAN, 2024, 10000, `${DAOXIAN}/2024-10000`],
  ])('writes %s, %i, %i as %s', (orgCode, year, serial, expected) => {
    expect(formatIndexNumber(orgCode, year, serial)).toBe(expected);
  });

  it.each([
    ['000014348', 2017, 1, 'orgCode', 'check-char'],
    ['', 2017, 1, 'orgCode', 'required'],
    ['000014349', 1948, 1, 'year', 'year'],
    ['000014349', 10000, 1, 'year', 'year'],
    ['000014349', 2017.5, 1, 'year', 'year'],
    ['000014349', 2017, 0, 'serial', 'serial'],
    ['000014349', 2017, 100000, 'serial', 'serial'],
    ['000014349', 2017, 1.5, 'serial', 'serial'],
    ['000014349', 2017, Number.NaN, 'serial', 'serial'],
  ])('refuses %p, %p, %p (field %s, rule %s)', (orgCode, year, serial, field, rule) => {
    expect(thrown(() => formatIndexNumber(orgCode, year, serial))).toMatchObject({ field, rule });
  });

  it('states the serial range when the serial is beyond 99999', () => {
    expect(thrown(() => formatIndexNumber('000014349', 2017, 100000)).message).toBe(
      'serial: 索引号流水号应为 1–99999 之间的整数，实际为 100000',
    );
  });
});

describe('indexNumberPrefix', () => {
  it('gives the part shared by a body’s numbers in a year', () => {
    expect(indexNumberPrefix('000014349', 2017)).toBe('000014349/2017-');
    expect(formatIndexNumber('000014349', 2017, 3).startsWith(indexNumberPrefix('000014349', 2017))).toBe(
      true,
    );
  });

  it('refuses an invalid 机构代码', () => {
    expect(thrown(() => indexNumberPrefix('00001434', 2017))).toMatchObject({
      field: 'orgCode',
      rule: 'length',
    });
  });
});

describe('parseIndexNumber', () => {
  it.each([
    ['000014349/2017-00012', { orgCode: '000014349', year: 2017, serial: 12 }],
    [`${DAOXIAN}/2017-99999`, { orgCode: DAOXIAN, year: 2017, serial: 99999 }],
  ])('reads %s', (input, value) => {
    expect(parseIndexNumber(input)).toEqual({ ok: true, value });
  });

  it.each([
    [undefined, 'required'],
    ['', 'required'],
    ['000014349/2017-0012', 'format'],
    ['000014349/2017-000012', 'format'],
    ['000014349/17-00012', 'format'],
    ['000014349-2017-00012', 'format'],
    ['000014349 /2017-00012', 'whitespace'],
    ['000014349/2017/00012', 'format'],
    ['000014349/2017-00000', 'serial'],
    ['000014349/1900-00001', 'year'],
    ['000014348/2017-00012', 'check-char'],
    ['00001434/2017-00012', 'length'],
  ])('rejects %p with rule %s', (input, rule) => {
    const result = parseIndexNumber(input);
    expect(result).toMatchObject({ ok: false, field: 'indexNumber', rule });
    expect(!result.ok && result.message.startsWith('indexNumber: ')).toBe(true);
  });

  it('explains that the 机构代码 inside the 索引号 is wrong', () => {
    const result = parseIndexNumber('000014348/2017-00012', 'meta.indexNumber');
    expect(!result.ok && result.message).toBe(
      'meta.indexNumber: 索引号中的机构代码无效：组织机构代码校验码错误：第 9 位应为“9”，实际为“8”（GB 11714-1997）',
    );
  });

  it('parses back whatever formatIndexNumber writes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('000014349', DAOXIAN, '914403001922038216'),
        fc.integer({ min: 1949, max: 9999 }),
        fc.integer({ min: 1, max: MAX_INDEX_SERIAL }),
        (orgCode, year, serial) => {
          expect(parseIndexNumber(formatIndexNumber(orgCode, year, serial))).toEqual({
            ok: true,
            value: { orgCode, year, serial },
          });
        },
      ),
    );
  });

  it('sorts by serial when sorted as text within one body and year', () => {
    const numbers = [9, 10, 100, 99999, 1].map((serial) => formatIndexNumber('000014349', 2017, serial));
    expect([...numbers].sort().map((n) => Number(n.slice(-5)))).toEqual([1, 9, 10, 100, 99999]);
  });
});

describe('indexNumberYear', () => {
  it.each([
    [{ writtenAt: '2017-12-29', publishDate: '2018-01-03T02:00:00.000Z' }, 2017, '成文日期 wins'],
    [{ writtenAt: null, publishDate: '2018-01-03T02:00:00.000Z' }, 2018, 'no 成文日期: publish date'],
    [{ writtenAt: '', publishDate: '2018-01-03' }, 2018, 'an empty 成文日期 counts as none'],
    [{ publishDate: '2017-12-31T16:30:00.000Z' }, 2018, 'UTC New Year’s Eve is already 2018 in Shanghai'],
    [{ publishDate: '2017-12-31T15:59:59.999Z' }, 2017, 'a moment before midnight in Shanghai'],
    [{ publishDate: new Date('2016-12-31T16:00:00.000Z') }, 2017, 'a Date object'],
    [{ writtenAt: new Date('2019-06-30T23:00:00+08:00') }, 2019, 'only a 成文日期'],
    [{ writtenAt: '2016-02-29' }, 2016, 'a leap day as a calendar date'],
  ])('gives %p the year %i (%s)', (dates, year, _reason) => {
    expect(indexNumberYear(dates)).toBe(year);
  });

  it.each([
    [{}, 'publishDate', 'required'],
    [{ writtenAt: null, publishDate: null }, 'publishDate', 'required'],
    [{ writtenAt: '2017-02-30' }, 'writtenAt', 'date'],
    [{ writtenAt: '2017-13-01' }, 'writtenAt', 'date'],
    [{ publishDate: 'yesterday' }, 'publishDate', 'date'],
    [{ publishDate: new Date(Number.NaN) }, 'publishDate', 'date'],
  ])('refuses %p (field %s, rule %s)', (dates, field, rule) => {
    expect(thrown(() => indexNumberYear(dates))).toMatchObject({ field, rule });
  });
});

describe('nextSerial', () => {
  it.each([
    [null, 1],
    [0, 1],
    [1, 2],
    [12, 13],
    [99998, 99999],
  ])('follows %p with %i', (max, next) => {
    expect(nextSerial(max)).toBe(next);
  });

  it('refuses to go beyond 99999 in a year', () => {
    expect(thrown(() => nextSerial(99999))).toMatchObject({ field: 'serial', rule: 'exhausted' });
  });

  it.each([-1, 1.5, 100000, Number.NaN])('refuses the impossible maximum %p', (max) => {
    expect(thrown(() => nextSerial(max))).toMatchObject({ field: 'serial', rule: 'range' });
  });
});
