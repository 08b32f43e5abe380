import {
  addDays,
  addMonths,
  addWorkingDays,
  civilDate,
  civilDateOf,
  daysBetween,
  daysInMonth,
  isCivilDate,
  isoWeekday,
} from '../calendar';

describe('civilDate (China Standard Time)', () => {
  it.each([
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', null],
    ['2024-12-31T15:59:59.999Z', '2024-12-31'],
    ['2024-12-31T16:00:00.000Z', '2025-01-01'],
    ['2024-12-31T23:30:00+08:00', '2024-12-31'],
    ['2024-12-31T23:30:00+0800', '2024-12-31'],
    ['2024-12-31 16:00:00', '2025-01-01'], // no zone: UTC, as stored
    ['2024-12-31T25:00:00Z', null],
    ['31/12/2024', null],
    [new Date('2024-06-30T16:00:00Z'), '2024-07-01'],
    [Date.UTC(2024, 5, 30, 16), '2024-07-01'],
    [new Date('x'), null],
    [null, null],
  ])('%j → %j', (value, day) => {
    expect(civilDate(value)).toBe(day);
  });
});

describe('addMonths (民法典 202: corresponding day, else the month end)', () => {
  it.each([
    ['2024-03-15', 6, '2024-09-15'],
    ['2024-08-31', 6, '2025-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2024-02-29', 6, '2024-08-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-07-31', 6, '2025-01-31'],
    ['2024-12-31', 6, '2025-06-30'],
  ])('%s + %i months = %s', (day, months, due) => {
    expect(addMonths(day, months)).toBe(due);
  });
});

describe('addDays (calendar days, the first day not counted: 民法典 201)', () => {
  it.each([
    ['2017-03-01', 20, '2017-03-21'],
    ['2017-03-01', 0, '2017-03-01'],
    ['2025-01-31', 1, '2025-02-01'], // month end
    ['2025-04-30', 1, '2025-05-01'],
    ['2025-02-28', 1, '2025-03-01'], // no 29 February in 2025
    ['2024-02-28', 1, '2024-02-29'], // leap year
    ['2016-02-09', 20, '2016-02-29'], // leap year: 20 days reach 29 February
    ['2015-02-09', 20, '2015-03-01'],
    ['2000-02-28', 1, '2000-02-29'], // divisible by 400: leap
    ['2100-02-28', 1, '2100-03-01'], // divisible by 100 only: not leap
    ['2024-12-31', 1, '2025-01-01'], // year end
    ['2024-12-20', 20, '2025-01-09'],
    ['2025-01-01', -1, '2024-12-31'], // backwards
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-01-01', 366, '2025-01-01'], // a leap year has 366 days
    ['2025-01-01', 365, '2026-01-01'],
  ])('%s + %i days = %s', (day, n, due) => {
    expect(addDays(day, n)).toBe(due);
    expect(daysBetween(day, due)).toBe(n);
  });
});

describe('daysBetween (to − from, in days)', () => {
  it.each([
    ['2017-03-01', '2017-03-21', 20],
    ['2025-03-01', '2025-03-01', 0],
    ['2025-02-01', '2025-03-01', 28],
    ['2024-02-01', '2024-03-01', 29], // leap year
    ['2016-02-09', '2016-03-01', 21],
    ['2024-12-31', '2025-01-01', 1], // year end
    ['2024-01-01', '2025-01-01', 366],
    ['2025-01-01', '2024-12-31', -1], // to before from
  ])('%s → %s = %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('addWorkingDays (Monday–Friday, the first day not counted)', () => {
  it.each([
    ['2025-03-03', 1, '2025-03-04'], // Monday
    ['2025-03-07', 1, '2025-03-10'], // Friday → Monday
    ['2025-03-08', 1, '2025-03-10'], // Saturday → Monday
    ['2025-03-09', 1, '2025-03-10'], // Sunday → Monday
    ['2025-02-28', 20, '2025-03-28'],
    ['2025-03-01', 20, '2025-03-28'],
    ['2025-03-03', 20, '2025-03-31'],
    ['2024-12-20', 20, '2025-01-17'], // across the year end (元旦 not modelled)
    ['2024-02-28', 2, '2024-03-01'], // over 29 February
  ])('%s + %i working days = %s', (day, n, due) => {
    expect(addWorkingDays(day, n)).toBe(due);
    expect(isoWeekday(due)).toBeLessThanOrEqual(5);
  });
});

describe('civilDateOf', () => {
  it.each([
    [2025, 4, 30, '2025-04-30'],
    [2025, 2, 31, '2025-02-28'],
    [2028, 2, 30, '2028-02-29'],
    [987, 1, 5, '0987-01-05'],
  ])('%i-%i-%i → %s', (y, m, d, day) => {
    expect(civilDateOf(y, m, d)).toBe(day);
  });
});

describe('daysInMonth and isCivilDate', () => {
  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2025, 4, 30],
    [2025, 12, 31],
  ])('%i-%i has %i days', (y, m, days) => {
    expect(daysInMonth(y, m)).toBe(days);
  });

  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-04-31', false],
    ['2025-4-1', false],
    ['2025-04-01T00:00:00Z', false],
  ])('%s is a civil date: %s', (s, ok) => {
    expect(isCivilDate(s)).toBe(ok);
  });
});
