import { ChineseConverter } from '../converter';
import type { ContentSchema } from '../entity-walker';
import { convertResponseBody, identifyContentType, type ContentTypeShape } from '../response';

const tw = new ChineseConverter().textConverter('zh-Hant');
const noConvert = { 'chinese-variants': { convert: false } };
const schemas: Record<string, ContentSchema> = {
  article: {
    attributes: {
      title: { type: 'string' },
      body: { type: 'richtext' },
      column: { type: 'relation', target: 'column' },
      disclosure: { type: 'component', component: 'disclosure' },
    },
  },
  column: {
    attributes: {
      name: { type: 'string' },
      slug: { type: 'string', pluginOptions: noConvert },
      children: { type: 'relation', target: 'column' },
      kind: { type: 'enumeration' },
    },
  },
  department: {
    attributes: { name: { type: 'string' }, code: { type: 'string', pluginOptions: noConvert } },
  },
  disclosure: { attributes: { documentNumber: { type: 'string', pluginOptions: noConvert } } },
};
const shapes: ContentTypeShape[] = ['article', 'column', 'department'].map((uid) => ({
  uid,
  attributes: new Set(Object.keys(schemas[uid].attributes)),
}));
const ctx = {
  getSchema: (uid: string) => schemas[uid],
  identify: (entry: Record<string, unknown>, hint: string | null) => identifyContentType(entry, shapes, hint),
  convertText: tw,
};

describe('identifyContentType', () => {
  it.each([
    [{ documentId: 'a', title: '发展', body: '' }, null, 'article'],
    [{ documentId: 'a', name: '政务公开', slug: 'zwgk', kind: 'articles' }, null, 'column'],
    [{ documentId: 'a', name: '办公室', code: 'zfb' }, null, 'department'],
    // name alone fits column and department: ambiguous, left to the loose heuristic
    [{ documentId: 'a', name: '办公室' }, null, null],
    [{ documentId: 'a', name: '办公室' }, 'department', 'department'],
    [{ documentId: 'a', label: '标签', count: 3, total: 4 }, null, null],
    [{ documentId: 'a', name: 'x', __type: 'department' }, 'column', 'department'],
  ])('%j (hint %s) → %s', (entry, hint, uid) => {
    expect(identifyContentType(entry, shapes, hint)).toBe(uid);
  });
});

describe('convertResponseBody', () => {
  it('converts documents by schema, nested documents under custom keys too, and loose JSON elsewhere', () => {
    const body = {
      data: {
        documentId: 'c1',
        name: '政务公开',
        slug: 'zwgk',
        kind: 'articles',
        children: [{ documentId: 'c2', name: '发展规划', slug: 'fzgh' }],
        breadcrumb: [{ documentId: 'c0', name: '首页', slug: 'home', kind: 'home' }],
        items: {
          data: [
            {
              documentId: 'a1',
              title: '后来',
              column: { name: '台风', slug: 'tf' },
              disclosure: { documentNumber: '道政办发〔2017〕12号' },
            },
          ],
          meta: { pagination: { page: 1 } },
        },
      },
      meta: { label: '简体', url: 'http://example.gov.cn/发展' },
    };
    expect(convertResponseBody(body, 'column', ctx)).toEqual({
      data: {
        documentId: 'c1',
        name: '政務公開',
        slug: 'zwgk',
        kind: 'articles',
        children: [{ documentId: 'c2', name: '發展規劃', slug: 'fzgh' }],
        breadcrumb: [{ documentId: 'c0', name: '首頁', slug: 'home', kind: 'home' }],
        items: {
          data: [
            {
              documentId: 'a1',
              title: '後來',
              column: { name: '颱風', slug: 'tf' },
              disclosure: { documentNumber: '道政办发〔2017〕12号' },
            },
          ],
          meta: { pagination: { page: 1 } },
        },
      },
      meta: { label: '簡體', url: 'http://example.gov.cn/发展' },
    });
  });

  it('reports every converted entity to onEntity and leaves the input untouched', () => {
    const seen: string[] = [];
    const input = { data: [{ documentId: 'a', title: '发展', locale: 'zh-Hans' }] };
    const frozen = JSON.stringify(input);
    convertResponseBody(input, 'article', {
      ...ctx,
      onEntity: (uid, original) => seen.push(`${uid}:${original.documentId}`),
    });
    expect(seen).toEqual(['article:a']);
    expect(JSON.stringify(input)).toBe(frozen);
  });
});

describe('convertResponseBody with shareUnchanged', () => {
  it('gives the same result and shares what it did not convert', () => {
    const formats = { thumbnail: { url: '/uploads/t.png' } };
    const body = {
      data: [
        {
          documentId: 'a',
          title: '发展',
          body: '<p>后来</p>',
          column: { documentId: 'c', name: '台风', slug: 'tf' },
          disclosure: { documentNumber: '道政办发〔2017〕12号' },
          cover: { url: '/uploads/a.png', mime: 'image/png', alternativeText: '头发', formats },
        },
      ],
      meta: { pagination: { page: 1 } },
    };
    const copied = convertResponseBody(body, 'article', ctx);
    const shared = convertResponseBody(body, 'article', { ...ctx, shareUnchanged: true });
    expect(shared).toEqual(copied);
    expect((shared.data[0].cover as { formats: unknown }).formats).toBe(formats);
    expect((copied.data[0].cover as { formats: unknown }).formats).not.toBe(formats);
    expect(body.data[0].title).toBe('发展');
  });
});
