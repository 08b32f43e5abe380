import { ChineseConverter } from '../converter';
import type { ContentSchema } from '../entity-walker';
import { convertFilters } from '../filters';

const converter = new ChineseConverter();
const noConvert = { 'chinese-variants': { convert: false } };
const schemas: Record<string, ContentSchema> = {
  article: {
    attributes: {
      title: { type: 'string' },
      body: { type: 'richtext' },
      slug: { type: 'uid' },
      documentNumber: { type: 'string', pluginOptions: noConvert },
      column: { type: 'relation', target: 'column' },
      disclosure: { type: 'component', component: 'disclosure' },
      views: { type: 'integer' },
    },
  },
  column: { attributes: { name: { type: 'string' }, slug: { type: 'string', pluginOptions: noConvert } } },
  disclosure: {
    attributes: { keywords: { type: 'string' }, indexNumber: { type: 'string', pluginOptions: noConvert } },
  },
};
const ctx = {
  getSchema: (uid: string) => schemas[uid],
  toSimplified: (text: string) => converter.toSimplified(text, 'zh-Hant'),
};

describe('convertFilters', () => {
  it('converts the values that filter text attributes, through operators and logical groups', () => {
    expect(
      convertFilters(
        {
          title: { $contains: '發展' },
          $or: [{ body: { $containsi: '後來' } }, { title: { $in: ['政務公開', '臺灣'] } }],
          $not: { title: { $eq: '頭髮' } },
        },
        'article',
        ctx,
      ),
    ).toEqual({
      title: { $contains: '发展' },
      $or: [{ body: { $containsi: '后来' } }, { title: { $in: ['政务公开', '台湾'] } }],
      $not: { title: { $eq: '头发' } },
    });
  });

  it('follows relations and components to their own schema', () => {
    expect(
      convertFilters(
        {
          column: { name: { $eq: '政務公開' }, slug: '政務' },
          disclosure: { keywords: { $contains: '發展' }, indexNumber: '發' },
        },
        'article',
        ctx,
      ),
    ).toEqual({
      column: { name: { $eq: '政务公开' }, slug: '政務' },
      disclosure: { keywords: { $contains: '发展' }, indexNumber: '發' },
    });
  });

  it('keeps codes, document numbers, numbers and unknown keys as typed', () => {
    const filters = {
      documentNumber: { $eq: '道政辦發〔2017〕12號' },
      views: { $gt: '10' },
      documentId: '發',
      slug: '發展',
    };
    expect(convertFilters(filters, 'article', ctx)).toEqual(filters);
  });

  it('without a schema converts Chinese strings except under identifier keys', () => {
    expect(
      convertFilters(
        {
          title: { $contains: '發展' },
          slug: '發展',
          documentNumber: '辦',
          departmentCode: '發',
          tags: ['臺灣'],
        },
        null,
        ctx,
      ),
    ).toEqual({
      title: { $contains: '发展' },
      slug: '發展',
      documentNumber: '辦',
      departmentCode: '發',
      tags: ['台湾'],
    });
  });
});
