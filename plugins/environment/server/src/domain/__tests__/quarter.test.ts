import { isCalendarDate, toCalendarDate } from '../calendar';
import {
  compareQuarters,
  formatQuarter,
  isInQuarter,
  parseQuarter,
  previousQuarter,
  quarterDates,
  quarterOf,
  shiftQuarter,
} from '../quarter';

describe('quarters', () => {
  it.each([
    ['2026-01-01', '2026Q1'],
    ['2026-03-31', '2026Q1'],
    ['2026-04-01', '2026Q2'],
    ['2026-09-30', '2026Q3'],
    ['2026-12-31', '2026Q4'],
  ])('puts %s in %s', (date, id) => {
    expect(quarterOf(date).id).toBe(id);
  });

  it('judges an instant by its date in Asia/Shanghai', () => {
    // 2026-09-30T16:00Z is 2026-10-01 00:00 in Shanghai
    expect(quarterOf(new Date('2026-09-30T16:00:00Z')).id).toBe('2026Q4');
    expect(quarterOf(new Date('2026-09-30T15:59:59Z')).id).toBe('2026Q3');
    expect(quarterOf(new Date('2026-09-30T16:00:00Z'), 'UTC').id).toBe('2026Q3');
  });

  it('gives the last complete quarter, across the year boundary', () => {
    expect(previousQuarter(new Date('2026-10-15T02:00:00Z')).id).toBe('2026Q3');
    expect(previousQuarter(new Date('2027-01-01T00:30:00+08:00')).id).toBe('2026Q4');
    expect(previousQuarter(new Date('2026-12-31T16:30:00Z'))).toEqual({
      year: 2026,
      quarter: 4,
      id: '2026Q4',
    });
  });

  it('shifts, formats, parses and orders quarters', () => {
    expect(shiftQuarter(parseQuarter('2026Q1'), -1).id).toBe('2025Q4');
    expect(shiftQuarter(parseQuarter('2026Q4'), 2).id).toBe('2027Q2');
    expect(formatQuarter({ year: 2026, quarter: 3 })).toBe('2026Q3');
    expect(compareQuarters(parseQuarter('2025Q4'), parseQuarter('2026Q1'))).toBeLessThan(0);
    expect(compareQuarters(parseQuarter('2026Q2'), parseQuarter('2026Q2'))).toBe(0);
  });

  it('rejects a malformed quarter, naming the field', () => {
    expect(() => parseQuarter('2026Q5')).toThrow(expect.objectContaining({ field: 'quarter' }));
    expect(() => parseQuarter('2026-3', 'period')).toThrow(expect.objectContaining({ field: 'period' }));
  });

  it('gives the first and last day of a quarter', () => {
    expect(quarterDates(parseQuarter('2026Q1'))).toEqual({ first: '2026-01-01', last: '2026-03-31' });
    expect(quarterDates(parseQuarter('2024Q1'))).toEqual({ first: '2024-01-01', last: '2024-03-31' });
    expect(quarterDates(parseQuarter('2026Q2'))).toEqual({ first: '2026-04-01', last: '2026-06-30' });
    expect(quarterDates(parseQuarter('2026Q4'))).toEqual({ first: '2026-10-01', last: '2026-12-31' });
  });

  it('tells whether a date lies in a quarter', () => {
    expect(isInQuarter('2026-08-01', parseQuarter('2026Q3'))).toBe(true);
    expect(isInQuarter('2026-10-01', parseQuarter('2026Q3'))).toBe(false);
  });

  it('rejects an unreadable date, naming the field', () => {
    expect(() => quarterOf('2026-13-01')).toThrow(expect.objectContaining({ field: 'date' }));
  });
});

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-2-1')).toBe(false);
  });

  it('requires a zone on date-times and converts them to the Shanghai date', () => {
    expect(toCalendarDate('2026-03-01T10:00:00')).toBeNull();
    expect(toCalendarDate('2026-02-28T20:00:00Z')).toBe('2026-03-01');
    expect(toCalendarDate('2026-03-01T07:59:00+08:00')).toBe('2026-03-01');
    expect(toCalendarDate(new Date('invalid'))).toBeNull();
  });
});
