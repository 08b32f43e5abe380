import { createdItemErrors } from '../item-rules';

const good = {
  name: '枪支持有许可',
  category: 'licensing',
  legalBasis: '<p>《枪支管理法》</p>',
  department: 'dept-doc-id',
};

describe('createdItemErrors', () => {
  it.each([
    ['a complete item', good, []],
    ['no name', { ...good, name: ' ' }, ['name:required']],
    ['no category', { ...good, category: null }, ['category:required']],
    ['设定依据 that is markup only', { ...good, legalBasis: '<p> </p>' }, ['legalBasis:required']],
    ['no 实施主体', { ...good, department: [] }, ['department:required']],
    ['a non-http 办事指南 link', { ...good, serviceGuideUrl: 'ftp://x' }, ['serviceGuideUrl:url']],
    ['an http 办事指南 link', { ...good, serviceGuideUrl: 'https://zwfw.example.cn/1' }, []],
    ['cancelled without a basis', { ...good, itemStatus: 'cancelled' }, ['adjustmentBasis:required']],
    [
      'cancelled with a basis',
      { ...good, itemStatus: 'cancelled', adjustmentBasis: '道政发〔2026〕1号' },
      [],
    ],
  ])('%s', (_label, after, expected) => {
    expect(createdItemErrors(after).map((e) => `${e.field}:${e.rule}`)).toEqual(expected);
  });
});
