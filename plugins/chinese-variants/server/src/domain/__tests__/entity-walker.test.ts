import { ChineseConverter } from '../converter';
import {
  conversionOf,
  convertEntity,
  textAttributeNames,
  type AttributeSchema,
  type ContentSchema,
  type EntityWalkContext,
} from '../entity-walker';

const tw = new ChineseConverter().textConverter('zh-Hant');
const noConvert = { 'chinese-variants': { convert: false } };
const convert = { 'chinese-variants': { convert: true } };

const schemas: Record<string, ContentSchema> = {
  'api::article.article': {
    attributes: {
      documentId: { type: 'string' },
      locale: { type: 'string' },
      title: { type: 'string' },
      summary: { type: 'text' },
      indexNumber: { type: 'string', pluginOptions: noConvert },
      documentNumber: { type: 'string', pluginOptions: noConvert },
      canonicalUrl: { type: 'string' },
      slug: { type: 'uid' },
      category: { type: 'enumeration' },
      body: { type: 'richtext' },
      htmlBody: { type: 'richtext', customField: 'plugin::ckeditor5.CKEditor' },
      content: { type: 'blocks' },
      views: { type: 'integer' },
      budget: { type: 'decimal' },
      bigNumber: { type: 'biginteger' },
      ratio: { type: 'float' },
      publishDate: { type: 'date' },
      publishedAt: { type: 'datetime' },
      openingTime: { type: 'time' },
      stamp: { type: 'timestamp' },
      isTop: { type: 'boolean' },
      contactEmail: { type: 'email' },
      secret: { type: 'password' },
      extra: { type: 'json' },
      tableData: { type: 'json', pluginOptions: convert },
      color: { type: 'string', customField: 'plugin::color-picker.color' },
      cover: { type: 'media', multiple: false },
      attachments: { type: 'media', multiple: true },
      department: { type: 'relation', target: 'api::department.department' },
      related: { type: 'relation', target: 'api::article.article' },
      files: { type: 'relation', target: 'plugin::upload.file' },
      createdBy: { type: 'relation', target: 'admin::user' },
      seo: { type: 'component', component: 'shared.seo', repeatable: false },
      contacts: { type: 'component', component: 'shared.contact', repeatable: true },
      sections: { type: 'dynamiczone', components: ['shared.rich-text', 'shared.quote'] },
    },
  },
  'api::department.department': {
    attributes: {
      name: { type: 'string' },
      code: { type: 'string', pluginOptions: noConvert },
      creditCode: { type: 'string', pluginOptions: noConvert },
    },
  },
  'shared.seo': { attributes: { metaTitle: { type: 'string' }, keywords: { type: 'text' } } },
  'shared.contact': {
    attributes: { role: { type: 'string' }, phone: { type: 'string', pluginOptions: noConvert } },
  },
  'shared.rich-text': { attributes: { body: { type: 'richtext' } } },
  'shared.quote': { attributes: { text: { type: 'text' }, source: { type: 'string' } } },
};

const ctx: EntityWalkContext = { getSchema: (uid) => schemas[uid], convertText: tw };

const file = (name: string) => ({
  id: 7,
  documentId: 'f1le',
  name: `${name}.pdf`,
  alternativeText: `${name}附件`,
  caption: '后来的说明',
  hash: `${name}_a1b2`,
  ext: '.pdf',
  mime: 'application/pdf',
  size: 12.5,
  url: `/uploads/${name}_a1b2.pdf`,
  previewUrl: null,
  provider: 'local',
  formats: { thumbnail: { name: `thumbnail_${name}.png`, url: `/uploads/thumbnail_${name}.png` } },
  createdAt: '2017-05-05T08:00:00.000Z',
});

const article = {
  id: 12,
  documentId: 'a1b2c3d4e5f6g7h8i9j0k1l2',
  locale: 'zh-Hans',
  title: '道县2017年政务公开工作要点',
  summary: '后来的发展',
  indexNumber: '431124000/2017-后台-00012',
  documentNumber: '道政办发〔2017〕12号',
  canonicalUrl: 'https://www.daoxian.gov.cn/zwgk/政务公开',
  slug: '政务公开-2017',
  category: '通知公告',
  body: '## 后来\n\n[政务公开](/zwgk/政务公开)',
  htmlBody: '<p class="后来">后来<a href="/后来">发展</a></p>',
  content: [{ type: 'paragraph', children: [{ type: 'text', text: '台风' }] }],
  views: 1024,
  budget: '12.50',
  bigNumber: '9007199254740993',
  ratio: 0.5,
  publishDate: '2017-05-05',
  publishedAt: '2017-12-29T03:34:00.000Z',
  openingTime: '08:30:00.000',
  stamp: 1514518440000,
  isTop: true,
  contactEmail: 'zwgk@daoxian.gov.cn',
  secret: '干部密码',
  extra: { note: '后来', list: ['发展'] },
  tableData: { rows: [{ label: '台风', id: '台风-1', href: '/后来' }] },
  color: '后台红',
  cover: file('政务公开'),
  attachments: [file('发展规划'), file('台风预警')],
  department: {
    id: 3,
    documentId: 'dept',
    name: '县政务公开办',
    code: '政务办',
    creditCode: '11431124MB后台',
  },
  related: [{ id: 13, documentId: 'a2', title: '干部培训', slug: '干部培训', category: '工作动态' }],
  files: [file('头发')],
  createdBy: { id: 1, firstname: '后来', username: '后台管理员' },
  seo: { id: 1, metaTitle: '政务公开', keywords: '政务公开,发展' },
  contacts: [
    { id: 1, role: '办公室主任', phone: '0746-后来' },
    { id: 2, role: '干事', phone: '0746-5221234' },
  ],
  sections: [
    { __component: 'shared.rich-text', id: 1, body: '后来' },
    { __component: 'shared.quote', id: 2, text: '为人民服务', source: '毛泽东选集' },
    { __component: 'shared.unknown', id: 3, note: '后来' },
  ],
  computedByController: '后来',
  localizations: [{ id: 99, title: '后来' }],
};

// Paths (with array indexes replaced by []) whose leaves are human text and must change.
const TEXT_PATHS = new Set([
  'title',
  'summary',
  'body',
  'htmlBody',
  'content[].children[].text',
  'tableData.rows[].label',
  'cover.alternativeText',
  'cover.caption',
  'attachments[].alternativeText',
  'attachments[].caption',
  'department.name',
  'related[].title',
  'files[].alternativeText',
  'files[].caption',
  'seo.metaTitle',
  'seo.keywords',
  'contacts[].role',
  'sections[].body',
  'sections[].text',
  'sections[].source',
]);

function leaves(value: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(value)) value.forEach((item, i) => leaves(item, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) leaves(item, path ? `${path}.${key}` : key, out);
  } else out.set(path, value);
  return out;
}

describe('convertEntity', () => {
  const out = convertEntity(article, 'api::article.article', ctx);
  const before = leaves(article);
  const after = leaves(out);

  it('keeps the shape: the same leaves at the same paths', () => {
    expect([...after.keys()]).toEqual([...before.keys()]);
  });

  it('never touches a non-text leaf: ids, codes, slugs, enumerations, numbers, dates, media data, JSON, unknown keys', () => {
    const untouched = [...before.entries()].filter(
      ([path]) => !TEXT_PATHS.has(path.replace(/\[\d+\]/g, '[]')),
    );
    expect(untouched.length).toBeGreaterThan(80);
    for (const [path, value] of untouched) {
      // The unknown dynamic-zone component and the unknown `localizations` key have no schema: kept.
      expect({ path, value: after.get(path) }).toEqual({ path, value });
    }
  });

  it('converts every human-text leaf', () => {
    const converted = [...before.entries()].filter(([path]) =>
      TEXT_PATHS.has(path.replace(/\[\d+\]/g, '[]')),
    );
    expect(converted.length).toBe(23);
    for (const [path, value] of converted) {
      expect({ path, changed: after.get(path) !== value }).toEqual({ path, changed: true });
    }
  });

  it('converts each kind of field the way its type says', () => {
    expect(out.title).toBe('道縣2017年政務公開工作要點');
    expect(out.body).toBe('## 後來\n\n[政務公開](/zwgk/政务公开)');
    expect(out.htmlBody).toBe('<p class="后来">後來<a href="/后来">發展</a></p>');
    expect(out.content).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: '颱風' }] }]);
    expect(out.tableData).toEqual({ rows: [{ label: '颱風', id: '台风-1', href: '/后来' }] });
    expect(out.cover).toEqual({
      ...file('政务公开'),
      alternativeText: '政務公開附件',
      caption: '後來的說明',
    });
    expect(out.sections[1]).toEqual({
      __component: 'shared.quote',
      id: 2,
      text: '為人民服務',
      source: '毛澤東選集',
    });
  });

  it('returns a deep copy and leaves the input as it was', () => {
    const snapshot = JSON.stringify(article);
    const again = convertEntity(article, 'api::article.article', ctx);
    expect(JSON.stringify(article)).toBe(snapshot);
    expect(again).not.toBe(article);
    expect(again.extra).not.toBe(article.extra);
    expect(again.extra).toEqual(article.extra);
    expect(again.department).not.toBe(article.department);
  });

  it('walks arrays of entities and passes null, undefined and unknown schemas through', () => {
    expect(convertEntity([{ title: '后来' }, null], 'api::article.article', ctx)).toEqual([
      { title: '後來' },
      null,
    ]);
    expect(convertEntity(null, 'api::article.article', ctx)).toBeNull();
    expect(convertEntity({ title: '后来', cover: null, related: [] }, 'api::article.article', ctx)).toEqual({
      title: '後來',
      cover: null,
      related: [],
    });
    expect(convertEntity({ title: '后来' }, 'api::missing.missing', ctx)).toEqual({ title: '后来' });
  });

  it('follows the uid of polymorphic relation entries', () => {
    const schemasWithMorph: EntityWalkContext = {
      getSchema: (uid) =>
        uid === 'api::page.page'
          ? { attributes: { links: { type: 'relation', target: 'api::article.article' } } }
          : schemas[uid],
      convertText: tw,
    };
    expect(
      convertEntity(
        { links: [{ __type: 'api::department.department', name: '后来', code: '后来' }] },
        'api::page.page',
        schemasWithMorph,
      ),
    ).toEqual({ links: [{ __type: 'api::department.department', name: '後來', code: '后来' }] });
  });
});

describe('conversionOf', () => {
  it.each<[AttributeSchema, string]>([
    [{ type: 'string' }, 'text'],
    [{ type: 'text' }, 'text'],
    [{ type: 'string', pluginOptions: noConvert }, 'none'],
    [{ type: 'string', customField: 'plugin::color-picker.color' }, 'none'],
    [{ type: 'string', customField: 'plugin::x.y', pluginOptions: convert }, 'text'],
    [{ type: 'richtext' }, 'richtext'],
    [{ type: 'richtext', pluginOptions: noConvert }, 'none'],
    [{ type: 'blocks' }, 'blocks'],
    [{ type: 'json' }, 'none'],
    [{ type: 'json', pluginOptions: convert }, 'json'],
    [{ type: 'uid' }, 'none'],
    [{ type: 'enumeration' }, 'none'],
    [{ type: 'email' }, 'none'],
    [{ type: 'password' }, 'none'],
    [{ type: 'datetime' }, 'none'],
    [{ type: 'media' }, 'media'],
    [{ type: 'relation', target: 'plugin::upload.file' }, 'media'],
    [{ type: 'relation', target: 'api::a.a' }, 'relation'],
    [{ type: 'component', component: 'a.b' }, 'component'],
    [{ type: 'dynamiczone', components: [] }, 'dynamiczone'],
  ])('treats %j as %s', (attribute, expected) => {
    expect(conversionOf(attribute)).toBe(expected);
  });
});

describe('textAttributeNames', () => {
  it('lists the attributes whose filter values are text', () => {
    expect(textAttributeNames(schemas['api::article.article'])).toEqual([
      'title',
      'summary',
      'canonicalUrl',
      'body',
      'htmlBody',
      'content',
    ]);
  });
});
