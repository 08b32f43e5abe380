import {
  keywordFilter,
  paginationMeta,
  parseKeyword,
  parsePagination,
  populateCountProblems,
  publicFilters,
  publicOutput,
  publicPopulate,
  queryKeyProblem,
  relationQueryProblems,
  searchablePaths,
  splitQuery,
} from '../public-query';
import { isPublicAttribute } from '../public-model';
import { writtenInYear } from '../disclosure-filters';
import type { PublicModelContext } from '../public-model';

const SCHEMAS: Record<string, any> = {
  'plugin::t.article': {
    attributes: {
      title: { type: 'string' },
      secret: { type: 'string', private: true },
      scopeDepartment: { type: 'string', private: true },
      department: { type: 'relation', relation: 'manyToOne', target: 'plugin::t.department' },
      interprets: { type: 'relation', relation: 'manyToOne', target: 'plugin::t.article' },
      disclosure: { type: 'component', component: 'gov-core.disclosure' },
      cover: { type: 'media' },
      zone: { type: 'dynamiczone', components: ['gov-core.disclosure'] },
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
  'plugin::upload.file': { attributes: { url: { type: 'string' } } },
};
const ctx: PublicModelContext = { schemaOf: (uid) => SCHEMAS[uid] };
const OPEN = { disclosure: { openness: { $ne: 'not-open' } } };
const OPTIONS = { defaultPageSize: 10, maxLimit: 100, withCount: true };

describe('splitQuery', () => {
  it.each([
    [{ filters: {}, sort: 'title' }, 'list', []],
    [{ foo: '1' }, 'list', ['foo']],
    [{ q: 'x', page: '1', column: 'a' }, 'list', []],
    [{ q: 'x' }, 'one', ['q']],
    [{ filters: {} }, 'one', ['filters']],
    [{ status: 'draft' }, 'list', ['status']],
    [{ status: 'published' }, 'one', []],
    [{ locale: '../x' }, 'list', ['locale']],
  ] as const)('%j as a %s query → problems %j', (query, kind, fields) => {
    const out = splitQuery(query as Record<string, unknown>, { kind, aliases: ['column'] });
    expect(out.problems.map((p) => p.field)).toEqual(fields);
  });
});

describe('parsePagination', () => {
  it.each([
    [undefined, {}, { start: 0, limit: 10, paged: true, withCount: true }],
    [{ page: '3', pageSize: '5' }, {}, { start: 10, limit: 5, paged: true, withCount: true }],
    [
      { start: '4', limit: '2', withCount: 'false' },
      {},
      { start: 4, limit: 2, paged: false, withCount: false },
    ],
    [undefined, { page: '2', pageSize: '20' }, { start: 20, limit: 20, paged: true, withCount: true }],
  ])('%j with aliases %j → %j', (pagination, extras, expected) => {
    expect(parsePagination(pagination, extras, OPTIONS)).toEqual({ value: expected, problems: [] });
  });

  it.each([
    [{ page: '0' }, {}, 'pagination.page'],
    [{ pageSize: '101' }, {}, 'pagination.pageSize'],
    [{ limit: 'x' }, {}, 'pagination.limit'],
    [{ page: '1', start: '0' }, {}, 'pagination'],
    [{ withCount: 'maybe' }, {}, 'pagination.withCount'],
    [{ foo: '1' }, {}, 'pagination.foo'],
    [{ page: '1' }, { page: '2' }, 'page'],
    [undefined, { pageSize: '1000' }, 'pageSize'],
    ['5', {}, 'pagination'],
  ])('%j with aliases %j → a problem naming %s', (pagination, extras, field) => {
    expect(parsePagination(pagination, extras, OPTIONS).problems.map((p) => p.field)).toEqual([field]);
  });

  it('answers Strapi’s page- or offset-based meta', () => {
    expect(paginationMeta({ start: 10, limit: 5, paged: true, withCount: true }, 12)).toEqual({
      page: 3,
      pageSize: 5,
      pageCount: 3,
      total: 12,
    });
    expect(paginationMeta({ start: 4, limit: 2, paged: false, withCount: true }, 9)).toEqual({
      start: 4,
      limit: 2,
      total: 9,
    });
    expect(paginationMeta({ start: 0, limit: 2, paged: true, withCount: false }, undefined)).toEqual({
      page: 1,
      pageSize: 2,
    });
  });
});

describe('publicPopulate: the 不予公开 filter in every populated relation', () => {
  it.each([
    ['*', { department: true, interprets: { filters: OPEN }, disclosure: true, cover: true, zone: true }],
    ['interprets', { interprets: { filters: OPEN } }],
    ['disclosure.publisher', { disclosure: { populate: { publisher: true } } }],
    [
      ['department', 'interprets.department'],
      { department: true, interprets: { filters: OPEN, populate: { department: true } } },
    ],
    [
      { interprets: { filters: { title: { $eq: 'x' } }, populate: { interprets: true } } },
      {
        interprets: {
          filters: { $and: [{ title: { $eq: 'x' } }, OPEN] },
          populate: { interprets: { filters: OPEN } },
        },
      },
    ],
  ])('%j → %j', (populate, expected) => {
    expect(publicPopulate('plugin::t.article', populate, ctx)).toEqual(expected);
  });

  it('leaves nothing to populate for no populate', () => {
    expect(publicPopulate('plugin::t.article', undefined, ctx)).toBeUndefined();
  });
});

describe('publicFilters: a filter through a relation sees public documents only', () => {
  it.each([
    [{ title: { $eq: 'a' } }, { title: { $eq: 'a' } }],
    [{ interprets: { title: { $eq: 'a' } } }, { interprets: { $and: [{ title: { $eq: 'a' } }, OPEN] } }],
    [{ $or: [{ interprets: { title: 'a' } }] }, { $or: [{ interprets: { $and: [{ title: 'a' }, OPEN] } }] }],
    [{ department: { name: 'x' } }, { department: { name: 'x' } }],
  ])('%j → %j', (filters, expected) => {
    expect(publicFilters('plugin::t.article', filters, ctx)).toEqual(expected);
  });
});

describe('publicOutput', () => {
  it('keeps public attributes only, at every depth, and masks each entry', () => {
    const out = publicOutput(
      'plugin::t.article',
      [
        {
          id: 1,
          documentId: 'a',
          title: 'T',
          secret: 's',
          scopeDepartment: 'd',
          createdBy: { id: 1 },
          disclosure: { openness: 'proactive', notOpenReason: 'r' },
          interprets: { documentId: 'b', title: 'U', secret: 's2' },
        },
      ],
      ctx,
      (uid, entry) =>
        uid === 'plugin::t.article' && entry.title ? { ...entry, title: `*${entry.title}` } : entry,
    );
    expect(out).toEqual([
      {
        id: 1,
        documentId: 'a',
        title: '*T',
        disclosure: { openness: 'proactive' },
        interprets: { documentId: 'b', title: '*U' },
      },
    ]);
  });
});

describe('the rest', () => {
  it('q searches every field given, case-insensitively, through components', () => {
    expect(keywordFilter('政务', ['title', 'disclosure.keywords'])).toEqual({
      $or: [{ title: { $containsi: '政务' } }, { disclosure: { keywords: { $containsi: '政务' } } }],
    });
    expect(parseKeyword('  ').problems.map((p) => p.rule)).toEqual(['min']);
    expect(parseKeyword('x'.repeat(101)).problems.map((p) => p.rule)).toEqual(['max']);
    expect(parseKeyword(['a', 'b']).problems.map((p) => p.rule)).toEqual(['string']);
  });

  it('refuses relation counts anywhere in populate', () => {
    expect(populateCountProblems({ a: { populate: { b: { count: 'true' } } } }).map((p) => p.field)).toEqual([
      'populate.a.populate.b.count',
    ]);
  });

  it.each([
    [{ key: 'scopeDepartment', path: 'scopeDepartment', param: 'filters' }, 'filters.scopeDepartment'],
    [{ key: 'notOpenReason', path: 'disclosure', param: 'filters' }, 'filters.disclosure.notOpenReason'],
    [{ key: 'x', path: null, param: 'sort' }, 'sort.x'],
  ])('names Strapi’s invalid key %j as %s', (details, field) => {
    expect(queryKeyProblem(details).field).toBe(field);
  });

  it('year means 成文年份, falling back to 发布日期', () => {
    expect(writtenInYear(2017)).toEqual({
      $or: [
        { disclosure: { writtenAt: { $gte: '2017-01-01', $lte: '2017-12-31' } } },
        {
          disclosure: { writtenAt: { $null: true }, publishDate: { $gte: '2017-01-01', $lte: '2017-12-31' } },
        },
      ],
    });
  });
});

describe('relationQueryProblems: query shapes the database would answer before the public rules', () => {
  const MANY: Record<string, any> = {
    ...SCHEMAS,
    'plugin::t.article': {
      attributes: {
        ...SCHEMAS['plugin::t.article'].attributes,
        interpretedBy: { type: 'relation', relation: 'oneToMany', target: 'plugin::t.article' },
      },
    },
  };
  const many: PublicModelContext = { schemaOf: (uid) => MANY[uid] };
  it.each([
    ['a relation field filter', { filters: { interprets: { title: { $eq: 'x' } } } }, []],
    ['a relation compared with an id', { filters: { interprets: '12' } }, ['filters.interprets']],
    ['a relation under $in', { filters: { interprets: { $in: ['12'] } } }, ['filters.interprets']],
    [
      'a relation in an $or list',
      { filters: { $or: [{ interprets: ['1'] }] } },
      ['filters.$or.0.interprets'],
    ],
    ['a to-one relation under $not', { filters: { $not: { department: { name: { $eq: 'x' } } } } }, []],
    [
      'a to-many relation under $not',
      { filters: { $not: { interpretedBy: { title: { $notNull: true } } } } },
      ['filters.$not.interpretedBy'],
    ],
    ['a scalar sort', { sort: ['title:asc', 'disclosure.openness:desc'] }, []],
    ['a sort through a relation', { sort: 'interprets.title:asc' }, ['sort']],
    [
      'an object sort through a to-one relation without 不予公开',
      { sort: { department: { name: 'asc' } } },
      [],
    ],
    ['a sort through a to-many relation', { sort: 'interpretedBy.title' }, ['sort']],
    ['a sort through a component relation without 不予公开', { sort: 'disclosure.publisher.name' }, []],
    [
      'a populate sort through a relation',
      { populate: { interprets: { sort: 'interprets.title' } } },
      ['populate.interprets.sort'],
    ],
    [
      'a populate filter comparing a relation',
      { populate: { interprets: { filters: { department: '3' } } } },
      ['populate.interprets.filters.department'],
    ],
    ['populate 4 levels deep', { populate: 'interprets.interprets.interprets.title' }, []],
    [
      'populate 5 levels deep',
      { populate: 'interprets.interprets.interprets.interprets.department' },
      ['populate'],
    ],
  ] as const)('%s → %j', (_name, query, fields) => {
    expect(relationQueryProblems('plugin::t.article', query as never, many).map((p) => p.field)).toEqual(
      fields,
    );
  });
});

describe('relationQueryProblems: masked fields (api.mask) are neither filtered nor sorted on, at any depth', () => {
  const MASKED: Record<string, ReadonlySet<string>> = {
    'plugin::t.article': new Set(['title']),
    'gov-core.disclosure': new Set(['openness']),
  };
  const masked: PublicModelContext = { schemaOf: (uid) => SCHEMAS[uid], maskedOf: (uid) => MASKED[uid] };
  it.each([
    ['a masked field', { filters: { title: { $eq: '张三' } } }, ['filters.title']],
    [
      'a masked field under $or',
      { filters: { $or: [{ title: { $startsWith: '张' } }] } },
      ['filters.$or.0.title'],
    ],
    ['a masked field under $not', { filters: { $not: { title: { $null: true } } } }, ['filters.$not.title']],
    [
      'a masked field through a relation',
      { filters: { interprets: { title: { $contains: '三' } } } },
      ['filters.interprets.title'],
    ],
    [
      'a masked component field',
      { filters: { disclosure: { openness: { $eq: 'proactive' } } } },
      ['filters.disclosure.openness'],
    ],
    ['an unmasked field', { filters: { department: { name: { $eq: 'x' } } } }, []],
    ['a sort on a masked field', { sort: 'title:asc' }, ['sort']],
    ['a sort on a masked component field', { sort: { disclosure: { openness: 'asc' } } }, ['sort']],
    [
      'a populate filter on a masked field',
      { populate: { interprets: { filters: { title: { $eq: 'x' } } } } },
      ['populate.interprets.filters.title'],
    ],
    [
      'a populate sort on a masked field',
      { populate: { interprets: { sort: 'title' } } },
      ['populate.interprets.sort'],
    ],
    [
      'a dynamic zone fragment filter on a masked field',
      { populate: { zone: { on: { 'gov-core.disclosure': { filters: { openness: { $eq: 'x' } } } } } } },
      ['populate.zone.on.gov-core.disclosure.filters.openness'],
    ],
    [
      'a dynamic zone fragment sort on a masked field',
      { populate: { zone: { on: { 'gov-core.disclosure': { sort: 'openness:asc' } } } } },
      ['populate.zone.on.gov-core.disclosure.sort'],
    ],
  ] as const)('%s → %j', (_name, query, fields) => {
    const problems = relationQueryProblems('plugin::t.article', query as never, masked);
    expect(problems.map((p) => p.field)).toEqual(fields);
    for (const p of problems) expect(p.rule).toBe('masked');
  });

  it.each([
    ['an unmasked field', ['department.name'], ['department.name']],
    ['a masked field of the type (the implicit title)', ['title'], []],
    ['a masked field through a relation', ['interprets.title', 'department.name'], ['department.name']],
    [
      'a component field masked by any type',
      ['disclosure.openness', 'disclosure.notOpenReason'],
      ['disclosure.notOpenReason'],
    ],
    ['a path given twice', ['department.name', 'department.name'], ['department.name']],
  ] as const)('q never searches %s: %j → %j', (_name, paths, searchable) => {
    expect(searchablePaths('plugin::t.article', paths, masked)).toEqual(searchable);
  });
});

describe('publicFilters: a relation to a draft & publish type is walked on published rows only', () => {
  it('adds publishedAt to the relation condition (localizations join on the documentId and reach drafts)', () => {
    const dp: PublicModelContext = {
      schemaOf: (uid) =>
        uid === 'plugin::t.article' ? { ...SCHEMAS[uid], options: { draftAndPublish: true } } : SCHEMAS[uid],
    };
    expect(publicFilters('plugin::t.article', { interprets: { title: { $eq: 'x' } } }, dp)).toEqual({
      interprets: { $and: [{ title: { $eq: 'x' } }, OPEN, { publishedAt: { $notNull: true } }] },
    });
  });
});

describe('isPublicAttribute: polymorphic relations are never public', () => {
  it.each([
    [{ type: 'relation', relation: 'morphToMany' }, false],
    [{ type: 'relation', relation: 'manyToOne' }, false],
    [{ type: 'relation', relation: 'manyToOne', target: 'plugin::t.article' }, true],
  ] as const)('%j → %s', (attribute, expected) => {
    expect(isPublicAttribute('plugin::upload.file', 'related', attribute as never)).toBe(expected);
  });
});
