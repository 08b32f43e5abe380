import { articleAttributes, collectionType, ownershipAttributes, pluginServices } from '../index';

describe('shared attribute sets', () => {
  it('gives a fresh article set on every call (Strapi writes column names into attribute objects)', () => {
    const a = articleAttributes();
    const b = articleAttributes();
    expect(a).toEqual(b);
    expect(a.title).not.toBe(b.title);
    expect(Object.keys(a)).toEqual([
      'title',
      'subtitle',
      'summary',
      'body',
      'column',
      'department',
      'source',
      'author',
      'editor',
      'attachments',
      'disclosure',
    ]);
    expect(ownershipAttributes().department).toEqual({
      type: 'relation',
      relation: 'manyToOne',
      target: 'plugin::gov-core.department',
    });
  });

  it.each([
    [undefined, true],
    [false, false],
  ])('wraps a column content type (localized %p → i18n.localized %p)', (localized, expected) => {
    const info = {
      singularName: 'thing',
      pluralName: 'things',
      displayName: '示例',
      description: '示例栏目',
    };
    expect(collectionType({ collectionName: 'things', info, localized, attributes: { a: 1 } })).toEqual({
      kind: 'collectionType',
      collectionName: 'things',
      info,
      options: { draftAndPublish: true },
      pluginOptions: {
        i18n: { localized: expected },
        'content-manager': { visible: true },
        'content-type-builder': { visible: false },
      },
      attributes: { a: 1 },
    });
  });
});

it('describes an append-only record hidden from the content manager', () => {
  const info = { singularName: 'entry', pluralName: 'entries', displayName: '记录', description: '只增不改' };
  const schema = collectionType({
    collectionName: 'entries',
    info,
    localized: false,
    draftAndPublish: false,
    visible: false,
    indexes: [{ name: 'entries_at_idx', columns: ['at'] }],
    attributes: {},
  });
  expect(schema.options).toEqual({ draftAndPublish: false });
  expect(schema.pluginOptions['content-manager']).toEqual({ visible: false });
  expect(schema.indexes).toEqual([{ name: 'entries_at_idx', columns: ['at'] }]);
});

describe('pluginServices', () => {
  type Services = { greeter: { hello(): string } };
  const greeter = { hello: () => '你好' };
  const strapi = { plugin: (id: string) => (id === 'core' ? { service: () => greeter } : undefined) };

  it('gives the named service of the plugin', () => {
    expect(pluginServices<Services>('core')(strapi, 'greeter').hello()).toBe('你好');
  });

  it('names a plugin that is not enabled', () => {
    expect(() => pluginServices<Services>('absent')(strapi, 'greeter')).toThrow('插件 absent 未启用');
  });
});
