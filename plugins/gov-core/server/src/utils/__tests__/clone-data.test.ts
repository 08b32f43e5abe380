import { cloneInput, copyPopulate } from '../clone-data';

const MODELS: Record<string, { attributes: Record<string, any> }> = {
  'plugin::x.item': {
    attributes: {
      title: { type: 'string' },
      body: { type: 'richtext' },
      scopeDepartment: { type: 'string', writable: false },
      department: { type: 'relation', relation: 'manyToOne', target: 'plugin::gov-core.department' },
      tags: { type: 'relation', relation: 'manyToMany', target: 'plugin::x.tag' },
      owner: { type: 'relation', relation: 'oneToOne', target: 'plugin::x.owner', inversedBy: 'item' },
      children: { type: 'relation', relation: 'oneToMany', target: 'plugin::x.child', mappedBy: 'parent' },
      cover: { type: 'media', multiple: false },
      attachments: { type: 'media', multiple: true },
      disclosure: { type: 'component', component: 'gov-core.disclosure', repeatable: false },
      steps: { type: 'component', component: 'x.step', repeatable: true },
      blocks: { type: 'dynamiczone', components: ['x.step'] },
      createdAt: { type: 'datetime' },
      publishedAt: { type: 'datetime' },
      locale: { type: 'string' },
    },
  },
  'gov-core.disclosure': {
    attributes: {
      indexNumber: { type: 'string' },
      publishDate: { type: 'date' },
      documentNumber: { type: 'string' },
      publisher: { type: 'relation', relation: 'oneWay', target: 'plugin::gov-core.department' },
    },
  },
  'x.step': { attributes: { text: { type: 'string' }, inner: { type: 'component', component: 'x.inner' } } },
  'x.inner': { attributes: { note: { type: 'string' } } },
};
const strapi = { getModel: (uid: string) => MODELS[uid] } as any;

const SOURCE = {
  id: 11,
  documentId: 'sourcesourcesourcesource',
  title: '原文',
  body: '<p>正文</p>',
  scopeDepartment: 'deptadeptadeptadeptadept',
  department: { id: 3, documentId: 'deptadeptadeptadeptadept' },
  tags: [{ id: 5, documentId: 'tagtagtagtagtagtagtagtag' }],
  owner: { id: 7, documentId: 'ownerownerownerownerowne' },
  children: [{ id: 8, documentId: 'childchildchildchildchil' }],
  cover: { id: 21 },
  attachments: [{ id: 22 }, { id: 23 }],
  disclosure: {
    id: 31,
    indexNumber: '11431124MB0000001X/2026-00001',
    publishDate: '2026-11-30',
    documentNumber: '道政发〔2026〕1号',
    publisher: { id: 3, documentId: 'deptadeptadeptadeptadept' },
  },
  steps: [{ id: 41, text: '一', inner: { id: 51, note: '注' } }],
  blocks: [{ id: 61, __component: 'x.step', text: '块', inner: null }],
  createdAt: '2026-11-01T00:00:00.000Z',
  publishedAt: null,
  locale: 'zh-Hans',
};

describe('clone data', () => {
  it('populates what a copy takes, components and dynamic zones at every depth', () => {
    expect(copyPopulate(strapi, 'plugin::x.item')).toEqual({
      department: { select: ['id', 'documentId'] },
      tags: { select: ['id', 'documentId'] },
      cover: { select: ['id'] },
      attachments: { select: ['id'] },
      disclosure: { populate: { publisher: { select: ['id', 'documentId'] } } },
      steps: { populate: { inner: true } },
      blocks: { on: { 'x.step': { populate: { inner: true } } } },
    });
  });

  it('copies the editable content without ids, system fields, scope, 索引号, 发布日期 or owned relations', () => {
    expect(cloneInput(strapi, 'plugin::x.item', SOURCE, {})).toEqual({
      title: '原文',
      body: '<p>正文</p>',
      department: { documentId: 'deptadeptadeptadeptadept' },
      tags: [{ documentId: 'tagtagtagtagtagtagtagtag' }],
      cover: 21,
      attachments: [22, 23],
      disclosure: {
        documentNumber: '道政发〔2026〕1号',
        publisher: { documentId: 'deptadeptadeptadeptadept' },
      },
      steps: [{ text: '一', inner: { note: '注' } }],
      blocks: [{ __component: 'x.step', text: '块', inner: null }],
    });
  });

  it('lets the clone data override field by field, merging a single component and dropping component ids', () => {
    const data = cloneInput(strapi, 'plugin::x.item', SOURCE, {
      id: 99,
      documentId: 'otherotherotherotherothe',
      title: '新标题',
      department: { connect: [{ documentId: 'deptbdeptbdeptbdeptbdept' }] },
      disclosure: { id: 31, documentNumber: '道政发〔2026〕2号' },
      steps: [{ id: 41, text: '二', inner: { id: 51, note: '改' } }],
    });
    expect(data.title).toBe('新标题');
    expect(data.department).toEqual({ connect: [{ documentId: 'deptbdeptbdeptbdeptbdept' }] });
    expect(data.disclosure).toEqual({
      documentNumber: '道政发〔2026〕2号',
      publisher: { documentId: 'deptadeptadeptadeptadept' },
    });
    expect(data.steps).toEqual([{ text: '二', inner: { note: '改' } }]);
    expect(data).not.toHaveProperty('id');
    expect(data).not.toHaveProperty('documentId');
  });

  it('leaves out an echoed 索引号 / 发布日期 but keeps a different one for the guards to refuse', () => {
    const echoed = cloneInput(strapi, 'plugin::x.item', SOURCE, {
      disclosure: { indexNumber: SOURCE.disclosure.indexNumber, publishDate: '2026-11-30T00:00:00.000Z' },
    });
    expect(echoed.disclosure).not.toHaveProperty('indexNumber');
    expect(echoed.disclosure).not.toHaveProperty('publishDate');
    const forged = cloneInput(strapi, 'plugin::x.item', SOURCE, {
      disclosure: { indexNumber: 'X/2026-00009' },
    });
    expect(forged.disclosure.indexNumber).toBe('X/2026-00009');
  });
});
