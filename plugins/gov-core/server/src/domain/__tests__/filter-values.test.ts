import { filterValueProblems, populateValueProblems, type FilterValueModel } from '../filter-values';

const MODELS: Record<string, FilterValueModel> = {
  'plugin::t.report': {
    attributes: {
      title: { type: 'string' },
      year: { type: 'integer' },
      total: { type: 'biginteger' },
      rate: { type: 'decimal' },
      approvedAt: { type: 'date' },
      open: { type: 'boolean' },
      department: { type: 'relation', target: 'plugin::t.department' },
    },
  },
  'plugin::t.department': { attributes: { order: { type: 'integer' }, name: { type: 'string' } } },
};
const paths = (filters: unknown) =>
  filterValueProblems('plugin::t.report', filters, (uid) => MODELS[uid]).map((p) => p.field);

describe('filter values against their attribute types', () => {
  it.each([
    [{ year: { $eq: '2017' } }, []],
    [{ year: { $eq: 'abc' } }, ['filters.year.$eq']],
    [{ year: 'abc' }, ['filters.year']],
    [{ year: { $in: ['2016', 'x'] } }, ['filters.year.$in']],
    [{ year: { $between: ['2016', '2018'] } }, []],
    [{ total: { $gt: '1e3' } }, ['filters.total.$gt']],
    [{ rate: { $gt: '0.5' } }, []],
    [{ rate: { $gt: 'half' } }, ['filters.rate.$gt']],
    [{ approvedAt: { $lt: '2018-03-01' } }, []],
    [{ approvedAt: { $lt: 'yesterday' } }, ['filters.approvedAt.$lt']],
    [{ open: { $eq: 'yes' } }, ['filters.open.$eq']],
    [{ title: { $eq: 'abc' } }, []],
    [{ $or: [{ year: { $eq: 'x' } }, { title: { $containsi: '2017' } }] }, ['filters.$or.0.year.$eq']],
    [{ department: { order: { $gte: 'first' } } }, ['filters.department.order.$gte']],
    [{ year: { $not: { $eq: 'x' } } }, ['filters.year.$not.$eq']],
    [{ year: { $null: 'true' } }, []],
    [{ unknown: { $eq: 'x' } }, []],
    [{ year: { $not: 'abc' } }, ['filters.year.$not']],
    [{ year: { $between: ['2016'] } }, ['filters.year.$between']],
    [{ rate: { $gt: '1e999' } }, ['filters.rate.$gt']],
    [{ approvedAt: { $eq: '2018-02-30' } }, ['filters.approvedAt.$eq']],
    [{ year: { $eq: '99999999999' } }, ['filters.year.$eq']],
    [{ year: { $contains: '20' } }, ['filters.year.$contains']],
    [{ title: { $contains: '20' } }, []],
    [{ id: { $eq: 'abc' } }, ['filters.id.$eq']],
    [{ open: { $eq: 'FALSE' } }, ['filters.open.$eq']],
    [{ open: { $eq: 'true' } }, []],
    [{ year: { $eq: { year: '1' } } }, ['filters.year.$eq']],
    [{ year: { $eq: '-12' } }, []],
  ])('%j → %j', (filters, expected) => expect(paths(filters)).toEqual(expected));
});

describe('deep and populated filters', () => {
  it('refuses a filter nested deeper than 12 levels', () => {
    let deep: unknown = { year: { $eq: '2017' } };
    for (let i = 0; i < 14; i++) deep = { $and: [deep] };
    expect(paths(deep).length).toBe(1);
  });
  it('checks the filters of a populate', () => {
    const problems = populateValueProblems(
      'plugin::t.report',
      { department: { filters: { order: { $gte: 'first' } } } },
      (uid) => MODELS[uid],
    );
    expect(problems.map((p) => p.field)).toEqual(['populate.department.filters.order.$gte']);
  });
});
