import { itemPublishProblems, itemWriteProblems } from '../item-rules';

const complete = { name: '行政许可事项', category: 'licensing', legalBasis: '<p>《某法》第一条</p>' };

describe('itemWriteProblems', () => {
  const table: [
    string,
    'create' | 'update',
    Record<string, unknown>,
    Record<string, unknown> | null,
    string | null,
    string[],
  ][] = [
    ['a complete create', 'create', complete, null, 'dept', []],
    ['a create without anything', 'create', {}, null, null, ['name', 'category', 'legalBasis', 'department']],
    [
      'a create whose legal basis is empty markup',
      'create',
      { ...complete, legalBasis: '<p> </p>' },
      null,
      'd',
      ['legalBasis'],
    ],
    ['an update that names nothing required', 'update', { subItems: 'x' }, complete, 'd', []],
    ['an update that blanks the name', 'update', { name: '  ' }, complete, 'd', ['name']],
    [
      'a service guide that is not http(s)',
      'update',
      { serviceGuideUrl: 'ftp://x' },
      complete,
      'd',
      ['serviceGuideUrl'],
    ],
    [
      'a service guide link',
      'update',
      { serviceGuideUrl: 'https://zwfw.example.gov.cn/1' },
      complete,
      'd',
      [],
    ],
    [
      'a cancellation without a basis',
      'update',
      { itemStatus: 'cancelled' },
      complete,
      'd',
      ['adjustmentBasis'],
    ],
    [
      'a cancellation with its basis',
      'update',
      { itemStatus: 'cancelled', adjustmentBasis: '道政发〔2026〕1号' },
      complete,
      'd',
      [],
    ],
    [
      'a cancellation with the stored basis',
      'update',
      { itemStatus: 'cancelled' },
      { ...complete, adjustmentBasis: '文号' },
      'd',
      [],
    ],
    [
      'an already cancelled item edited',
      'update',
      { itemStatus: 'cancelled' },
      { ...complete, itemStatus: 'cancelled' },
      'd',
      [],
    ],
    ['a code cleared', 'update', { code: ' ' }, { ...complete, code: 'DX-XK-001' }, 'd', ['code']],
    ['a code left empty on create (allocated)', 'create', { ...complete, code: '' }, null, 'd', []],
  ];
  it.each(table)('%s', (_label, action, data, stored, department, fields) => {
    expect(itemWriteProblems(action, data, stored, department).map((p) => p.field)).toEqual(fields);
  });

  it('words the problem in Chinese, prefixed by the field', () => {
    expect(itemWriteProblems('create', { ...complete, name: '' }, null, 'd')).toEqual([
      { field: 'name', rule: 'invalid', message: 'name: 职权名称不能为空' },
    ]);
  });
});

describe('itemPublishProblems', () => {
  it.each([
    [{ ...complete, department: { id: 1 } }, []],
    [{ ...complete, department: null }, ['department']],
    [
      { name: '', category: null, legalBasis: '', department: null },
      ['name', 'category', 'legalBasis', 'department'],
    ],
  ])('%p → %p', (draft, fields) => {
    expect(itemPublishProblems(draft).map((p) => p.field)).toEqual(fields);
  });
});
