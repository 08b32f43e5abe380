import { addMonths, addWorkingDays, civilDate, civilDateOf, isoWeekday } from '..';

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
