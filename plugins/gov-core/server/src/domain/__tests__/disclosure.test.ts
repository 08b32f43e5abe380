import { disclosureProblems, type StoredDisclosure } from '../disclosure';

const none: StoredDisclosure = { indexNumber: null, publishDate: null, current: null };
const published: StoredDisclosure = {
  indexNumber: '11431124MB1234567X/2026-00001',
  publishDate: '2026-03-01',
  current: { openness: 'proactive' },
};

describe('disclosureProblems', () => {
  const table: [string, Record<string, unknown>, StoredDisclosure, [string, string][]][] = [
    ['proactive metadata', { openness: 'proactive' }, none, []],
    ['a 索引号 set by hand', { indexNumber: 'X/2026-1' }, none, [['disclosure.indexNumber', 'immutable']]],
    ['the stored 索引号 echoed', { indexNumber: published.indexNumber }, published, []],
    [
      'a changed 发布日期',
      { publishDate: '2026-03-02' },
      published,
      [['disclosure.publishDate', 'immutable']],
    ],
    ['the stored 发布日期 echoed as a date-time', { publishDate: '2026-03-01T00:00:00.000Z' }, published, []],
    [
      'a 发文字号 that does not parse',
      { documentNumber: '随便写' },
      none,
      [['disclosure.documentNumber', 'format']],
    ],
    ['a valid 发文字号', { documentNumber: '道政办发〔2026〕3号' }, none, []],
    ['不予公开 without a reason', { openness: 'not-open' }, none, [['disclosure.notOpenReason', 'required']]],
    [
      '不予公开 with a blank reason',
      { openness: 'not-open', notOpenReason: '  ' },
      none,
      [['disclosure.notOpenReason', 'required']],
    ],
    ['不予公开 with its reason', { openness: 'not-open', notOpenReason: '涉及国家秘密' }, none, []],
    [
      'stored 不予公开 whose reason is cleared',
      { notOpenReason: '' },
      { ...none, current: { openness: 'not-open', notOpenReason: '理由' } },
      [['disclosure.notOpenReason', 'required']],
    ],
  ];
  it.each(table)('%s', (_label, incoming, stored, expected) => {
    const found = disclosureProblems('disclosure', incoming, stored);
    expect(found.map((e) => e.field)).toEqual(expected.map(([field]) => field));
    // 发文字号 problems carry the rule of domain/document-number.ts; the others are this module's.
    found.forEach((e, i) => expected[i][1] !== 'format' && expect(e.rule).toBe(expected[i][1]));
  });

  it('lists every problem at once, in Chinese', () => {
    const found = disclosureProblems('disclosure', { indexNumber: 'x', openness: 'not-open' }, none);
    expect(found.map((e) => e.message)).toEqual([
      '索引号由系统在首次发布时生成，不能设置或修改',
      '公开方式为“不予公开”时必须填写不予公开的理由',
    ]);
  });
});
