import { auditScope, reachIncludes, type Reach } from '../scope';

const ALL: Reach = { kind: 'all' };
const NONE: Reach = { kind: 'none' };
const A: Reach = { kind: 'departments', departments: ['dept-a'] };

describe('reachIncludes', () => {
  it.each([
    ['everywhere, a department', ALL, 'dept-b', true],
    ['everywhere, no department', ALL, null, true],
    ['nowhere', NONE, 'dept-a', false],
    ['own department', A, 'dept-a', true],
    ['another department', A, 'dept-b', false],
    ['no department, scoped caller', A, null, false],
    ['empty department, scoped caller', A, '', false],
    ['scoped to no department', { kind: 'departments', departments: [] } as Reach, 'dept-a', false],
  ])('%s', (_label, reach, department, expected) => {
    expect(reachIncludes(reach, department)).toBe(expected);
  });
});

describe('auditScope', () => {
  const ARTICLE = 'plugin::gov-core.article';
  const POWER = 'plugin::power-list.power-item';
  const COLUMN = 'plugin::gov-core.column';
  const SECRET = 'plugin::x.secret';
  const recorded = [ARTICLE, POWER, COLUMN, SECRET];
  const columnTypes = [ARTICLE, POWER];
  const of = (map: Record<string, Reach>) => (uid: string) => map[uid] ?? NONE;

  it.each([
    [
      'webmaster: every entry of the types they read, none of a type they do not read',
      { [ARTICLE]: ALL, [POWER]: ALL, [COLUMN]: ALL },
      { $or: [{ contentType: ARTICLE }, { contentType: POWER }, { contentType: COLUMN }] },
    ],
    [
      'reviewer of A: only entries of A, also on the structure types they read in full',
      { [ARTICLE]: A, [POWER]: A, [COLUMN]: ALL },
      {
        $or: [
          { contentType: ARTICLE, department: { $in: ['dept-a'] } },
          { contentType: POWER, department: { $in: ['dept-a'] } },
          { contentType: COLUMN, department: { $in: ['dept-a'] } },
        ],
      },
    ],
    [
      'scoped on one column type, unscoped on another: still only their departments',
      { [ARTICLE]: A, [POWER]: ALL },
      {
        $or: [
          { contentType: ARTICLE, department: { $in: ['dept-a'] } },
          { contentType: POWER, department: { $in: ['dept-a'] } },
        ],
      },
    ],
    ['nothing readable: matches nothing', {}, { id: { $null: true } }],
    [
      'scoped to no department: matches nothing',
      { [ARTICLE]: { kind: 'departments', departments: [] } as Reach },
      { id: { $null: true } },
    ],
  ])('%s', (_label, reaches, expected) => {
    expect(auditScope({ recorded, columnTypes, reachOf: of(reaches) })).toEqual(expected);
  });
});
