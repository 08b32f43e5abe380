import { parsePeriod, updateProblems } from '..';

describe('parsePeriod', () => {
  it.each([
    ['2024', { year: 2024, quarter: null, id: '2024' }],
    [2024, { year: 2024, quarter: null, id: '2024' }],
    ['2024Q1', { year: 2024, quarter: 1, id: '2024Q1' }],
    ['2024Q4', { year: 2024, quarter: 4, id: '2024Q4' }],
    [' 2024q3 ', { year: 2024, quarter: 3, id: '2024Q3' }],
  ])('%j → %j', (value, period) => {
    expect(parsePeriod(value)).toEqual(period);
  });

  it.each([['2024Q5'], ['2024Q0'], ['24'], ['0999'], ['2024-Q3'], ['2024H1'], [''], [null], [2024.5]])(
    'refuses %j',
    (value) => {
      expect(parsePeriod(value)).toBeNull();
    },
  );
});

describe('updateProblems', () => {
  const project = { investment: '5000.00' };
  const rules = (update: Parameters<typeof updateProblems>[0], p: { investment?: unknown } = project) =>
    updateProblems(update, p).map((e) => `${e.field}/${e.rule}`);

  it.each([
    [{ period: '2024' }, []],
    [{ period: '2024Q3', percentComplete: 0, investmentCompleted: 0 }, []],
    [{ period: '2024', percentComplete: 100, investmentCompleted: '5000' }, []],
    [{ period: '2024', percentComplete: '45.5', investmentCompleted: 4999.99 }, []],
    [{ period: '2024', percentComplete: '', investmentCompleted: null }, []],
    [{ period: '2024Q5' }, ['period/period-format']],
    [{ period: '' }, ['period/period-format']],
    [{ period: '2024', percentComplete: 120 }, ['percentComplete/range']],
    [{ period: '2024', percentComplete: -1 }, ['percentComplete/range']],
    [{ period: '2024', percentComplete: 100.01 }, ['percentComplete/range']],
    [{ period: '2024', percentComplete: 'abc' }, ['percentComplete/number-format']],
    [{ period: '2024', percentComplete: '0x10' }, ['percentComplete/number-format']],
    [{ period: '2024', investmentCompleted: -1 }, ['investmentCompleted/non-negative']],
    [{ period: '2024', investmentCompleted: 0.001 }, ['investmentCompleted/decimal-places']],
    [{ period: '2024', investmentCompleted: 'abc' }, ['investmentCompleted/number-format']],
    [{ period: '2024', investmentCompleted: 5000.01 }, ['note/note-required']],
    [{ period: '2024', investmentCompleted: 6000, note: '   ' }, ['note/note-required']],
    [{ period: '2024', investmentCompleted: 6000, note: '增加了配套管网' }, []],
    [
      { period: 'x', percentComplete: 120, investmentCompleted: 6000 },
      ['period/period-format', 'percentComplete/range', 'note/note-required'],
    ],
  ])('%j → %j', (update, expected) => {
    expect(rules(update)).toEqual(expected);
  });

  it('skips the overrun check when the project has no readable investment', () => {
    expect(rules({ period: '2024', investmentCompleted: 6000 }, {})).toEqual([]);
  });

  it.each([
    [
      { period: '2024', percentComplete: 120 },
      'percentComplete: 累计完成比例应在 0–100（%）之间，不能为 120',
    ],
    [{ period: '2024年' }, 'period: 报告期应为年份（如 2024）或季度（如 2024Q3）'],
    [
      { period: '2024', investmentCompleted: '5000.5' },
      'note: 累计完成投资 5000.50 万元超过项目总投资 5000.00 万元，请在说明中写明原因',
    ],
  ])('says what is wrong in Chinese, naming the field (%#)', (update, message) => {
    expect(updateProblems(update, project).map((e) => e.message)).toEqual([message]);
  });
});
