import { editRows, fieldsOf, mergeConfiguration, type StoredConfiguration } from '../admin-layout';

const meta = (name: string, edit: Record<string, unknown> = {}, list: Record<string, unknown> = {}) => ({
  edit: { label: name, description: '', placeholder: '', visible: true, editable: true, ...edit },
  list: { label: name, searchable: true, sortable: true, ...list },
});
const stored = (over: Partial<StoredConfiguration> = {}): StoredConfiguration => ({
  settings: { mainField: 'id', defaultSortBy: 'id', defaultSortOrder: 'ASC', pageSize: 10 },
  metadatas: { title: meta('title'), body: meta('body'), indexNumber: meta('indexNumber') },
  layouts: { list: ['id', 'title'], edit: [[{ name: 'title', size: 6 }], [{ name: 'body', size: 12 }]] },
  ...over,
});
const declared = {
  fields: {
    title: { label: '标题', placeholder: '请输入标题' },
    indexNumber: { label: '索引号', readOnly: true },
  },
  list: ['title', 'updatedAt'],
  edit: [[{ name: 'body', size: 12 }], [{ name: 'title', size: 6 }]],
  settings: { mainField: 'title' },
};

describe('mergeConfiguration: declared values land where the stored ones are still the default', () => {
  it('labels a fresh configuration, read-only where declared, and sets layouts and settings', () => {
    const { configuration, changed } = mergeConfiguration(stored(), declared, undefined);
    expect(changed).toBe(true);
    expect(configuration.metadatas.title.edit).toMatchObject({
      label: '标题',
      placeholder: '请输入标题',
      editable: true,
    });
    expect(configuration.metadatas.title.list.label).toBe('标题');
    expect(configuration.metadatas.indexNumber.edit).toMatchObject({ label: '索引号', editable: false });
    expect(configuration.metadatas.body).toEqual(meta('body'));
    expect(configuration.layouts.list).toEqual(['title', 'updatedAt']);
    expect(configuration.layouts.edit).toEqual(declared.edit);
    expect(configuration.settings).toMatchObject({ mainField: 'title', pageSize: 10 });
  });

  it.each([
    [
      'a label the webmaster changed',
      { title: meta('title', { label: '信息标题' }) },
      'title',
      'label',
      '信息标题',
    ],
    [
      'a placeholder the webmaster wrote',
      { title: meta('title', { placeholder: '写标题' }) },
      'title',
      'placeholder',
      '写标题',
    ],
    [
      'a label put back to the field name',
      { title: meta('title', { label: 'title' }) },
      'title',
      'label',
      '标题',
    ],
  ] as const)('keeps %s / relabels the default', (_name, metadatas, field, key, expected) => {
    const first = mergeConfiguration(stored(), declared, undefined);
    const edited = stored({ metadatas: { ...first.configuration.metadatas, ...metadatas } });
    const again = mergeConfiguration(edited, declared, first.applied);
    expect((again.configuration.metadatas[field].edit as Record<string, unknown>)[key]).toBe(expected);
  });

  it('takes a new declared label over the one it applied before, not over a webmaster’s', () => {
    const first = mergeConfiguration(stored(), declared, undefined);
    const renamed = { ...declared, fields: { ...declared.fields, title: { label: '信息标题' } } };
    const next = mergeConfiguration(first.configuration, renamed, first.applied);
    expect(next.configuration.metadatas.title.edit.label).toBe('信息标题');
  });

  it('keeps layouts and settings a webmaster changed, and changes nothing on a second run', () => {
    const first = mergeConfiguration(stored(), declared, undefined);
    const edited = stored({
      metadatas: first.configuration.metadatas,
      layouts: { list: ['title'], edit: first.configuration.layouts.edit },
      settings: { ...first.configuration.settings, mainField: 'body' },
    });
    const again = mergeConfiguration(edited, declared, first.applied);
    expect(again.configuration.layouts.list).toEqual(['title']);
    expect(again.configuration.settings.mainField).toBe('body');
    expect(again.changed).toBe(false);
    expect(mergeConfiguration(first.configuration, declared, first.applied).changed).toBe(false);
  });

  it('leaves Strapi’s own hidden fields hidden', () => {
    const hiddenByStrapi = stored({ metadatas: { title: meta('title', { visible: false }) } });
    const { configuration } = mergeConfiguration(hiddenByStrapi, declared, undefined);
    expect(configuration.metadatas.title.edit).toMatchObject({ label: '标题', visible: false });
  });
});

describe('editRows: groups start new rows, rows hold at most 12 columns', () => {
  const schema = {
    attributes: {
      a: { type: 'string' },
      b: { type: 'string' },
      c: { type: 'string' },
      d: { type: 'richtext' },
      e: { type: 'date' },
    },
    editable: ['a', 'b', 'c', 'd', 'e'],
    listable: [],
    sizeOf: (type: string) => ({ string: 6, richtext: 12, date: 4 })[type] ?? 6,
  };
  it.each([
    ['one group', [['a', 'b', 'c']], [['a', 'b'], ['c'], ['d'], ['e']]],
    ['two groups', [['a'], ['b', 'e']], [['a'], ['b', 'e'], ['c'], ['d']]],
    ['unknown and repeated names', [['x', 'a', 'a', 'd']], [['a'], ['d'], ['b', 'c'], ['e']]],
  ] as const)('%s', (_name, groups, expected) => {
    const rows = editRows(groups as unknown as string[][], schema);
    expect(rows.map((row) => row.map((f) => f.name))).toEqual(expected);
    for (const row of rows) expect(row.reduce((sum, f) => sum + f.size, 0)).toBeLessThanOrEqual(12);
  });
});

describe('fieldsOf', () => {
  it('puts a type’s own declarations over the shared defaults', () => {
    expect(fieldsOf({ fields: { title: '文件标题' } }, { title: '标题', body: '正文' })).toEqual({
      title: { label: '文件标题' },
      body: { label: '正文' },
    });
  });
});
