import {
  STATUS_RULE,
  openFilter,
  prunePublicTree,
  publicQueryProblems,
  relatedDocuments,
  type ModelShape,
} from '../public-read';

const SCHEMAS: Record<string, ModelShape> = {
  'plugin::t.article': {
    attributes: {
      title: { type: 'string' },
      department: { type: 'relation', relation: 'manyToOne', target: 'plugin::t.department' },
      interprets: { type: 'relation', relation: 'manyToOne', target: 'plugin::t.article' },
      interpretedBy: { type: 'relation', relation: 'oneToMany', target: 'plugin::t.article' },
      disclosure: { type: 'component', component: 'gov-core.disclosure' },
      rows: { type: 'component', component: 't.row', repeatable: true },
      blocks: { type: 'dynamiczone', components: ['t.row'] },
      attachments: { type: 'media' },
      cover: { type: 'relation', relation: 'oneToOne', target: 'plugin::upload.file' },
      createdBy: { type: 'relation', relation: 'oneToOne', target: 'admin::user' },
    },
  },
  'plugin::t.department': { attributes: { name: { type: 'string' } } },
  'gov-core.disclosure': {
    attributes: {
      openness: { type: 'enumeration' },
      notOpenReason: { type: 'text' },
      publisher: { type: 'relation', relation: 'oneToOne', target: 'plugin::t.department' },
    },
  },
  't.row': {
    attributes: { document: { type: 'relation', relation: 'oneToOne', target: 'plugin::t.article' } },
  },
};
const ctx = { schemaOf: (uid: string) => SCHEMAS[uid] };
const A = 'plugin::t.article';
const HIDDEN = new Set(['secret', 'draft-only', 'dept-draft']);
const isPublic = (_uid: string, id: string) => !HIDDEN.has(id);

describe('publicQueryProblems', () => {
  it.each([
    [{}, []],
    [{ status: 'published' }, []],
    [{ publicationState: 'live' }, []],
    [{ status: 'draft' }, ['status']],
    [{ status: 'modified' }, ['status']],
    [{ status: '' }, ['status']],
    [{ status: ['published', 'draft'] }, ['status']],
    [{ status: { $ne: 'published' } }, ['status']],
    [{ publicationState: 'preview' }, ['publicationState']],
    [{ status: 'draft', publicationState: 'preview' }, ['status', 'publicationState']],
  ])('%j → %j', (query, fields) => {
    const problems = publicQueryProblems(query as Record<string, unknown>);
    expect(problems.map((p) => p.field)).toEqual(fields);
    for (const p of problems) expect(p.message).toBe(STATUS_RULE);
  });

  it('leaves a route-owned status to the route (power-list item status)', () => {
    expect(publicQueryProblems({ status: 'in-force' }, { ownStatus: true })).toEqual([]);
    expect(publicQueryProblems({ status: 'in-force' })).toHaveLength(1);
  });
});

describe('prunePublicTree', () => {
  const doc = {
    documentId: 'open',
    title: '公开',
    department: { documentId: 'dept-draft', name: '草稿部门' },
    interprets: { documentId: 'secret', title: '不予公开的文件' },
    interpretedBy: [
      { documentId: 'a1', title: '解读一', interprets: { documentId: 'secret', title: 'x' } },
      { documentId: 'draft-only', title: '草稿解读' },
      { title: '无 documentId' },
    ],
    disclosure: {
      openness: 'proactive',
      notOpenReason: '不该出现',
      publisher: { documentId: 'dept-draft', name: '草稿部门' },
    },
    rows: [{ document: { documentId: 'secret', title: 'x' } }, { document: { documentId: 'a2' } }],
    blocks: [{ __component: 't.row', document: { documentId: 'secret' } }],
    attachments: [{ id: 1, url: '/uploads/a.pdf' }],
    cover: { id: 2, url: '/uploads/c.png' },
    createdBy: { id: 1, email: 'admin@example' },
    extra: { documentId: 'secret' },
  };

  it('nulls to-one and filters to-many relations at every depth, components and dynamic zones included', () => {
    const out = prunePublicTree(A, doc, ctx, isPublic) as any;
    expect(out.department).toBeNull();
    expect(out.interprets).toBeNull();
    expect(out.interpretedBy).toEqual([{ documentId: 'a1', title: '解读一', interprets: null }]);
    expect(out.disclosure).toEqual({ openness: 'proactive', publisher: null });
    expect(out.rows).toEqual([{ document: null }, { document: { documentId: 'a2' } }]);
    expect(out.blocks).toEqual([{ __component: 't.row', document: null }]);
    expect(out.attachments).toEqual(doc.attachments);
    expect(out.cover).toEqual(doc.cover);
    expect(out.createdBy).toBeUndefined();
    // Keys outside the schema are the caller's own (it shapes them from pruned data).
    expect(out.extra).toEqual(doc.extra);
    // The input is not modified.
    expect(doc.interprets).toEqual({ documentId: 'secret', title: '不予公开的文件' });
  });

  it('judges the roots: a list is filtered, a hidden document becomes null', () => {
    const list = [doc, { documentId: 'secret', title: 'x' }];
    expect((prunePublicTree(A, list, ctx, isPublic) as any[]).map((d) => d.documentId)).toEqual(['open']);
    expect(prunePublicTree(A, { documentId: 'secret' }, ctx, isPublic)).toBeNull();
    expect(prunePublicTree(A, null, ctx, isPublic)).toBeNull();
  });

  it('drops a relation count (it would reveal how many hidden documents exist)', () => {
    const out = prunePublicTree(A, { documentId: 'open', interpretedBy: { count: 3 } }, ctx, isPublic) as any;
    expect(out).not.toHaveProperty('interpretedBy');
  });

  it('collects every document to judge, by content type', () => {
    const found = relatedDocuments(A, doc, ctx);
    expect([...(found.get(A) ?? [])].sort()).toEqual(['a1', 'a2', 'draft-only', 'open', 'secret']);
    expect([...(found.get('plugin::t.department') ?? [])]).toEqual(['dept-draft']);
    expect(found.has('plugin::upload.file')).toBe(false);
  });
});

describe('openFilter', () => {
  it('filters 不予公开 on types with the disclosure component, nothing on the others', () => {
    expect(openFilter(SCHEMAS[A])).toEqual({ disclosure: { openness: { $ne: 'not-open' } } });
    expect(openFilter(SCHEMAS['plugin::t.department'])).toEqual({});
    expect(openFilter(undefined)).toEqual({});
  });
});
