import { bootStrapi, type TestApp } from '../helpers/strapi';
import { govFixtures } from '../helpers/gov-fixtures';
import { checkCases, errorPaths, query, type QueryCase } from './public-api-helpers';

const ARTICLE = 'plugin::gov-core.article';
const PATH = '/api/gov-core/articles';
const open = { disclosure: { openness: { $ne: 'not-open' } } };
let app: TestApp;
const a: Record<string, any> = {};

beforeAll(async () => {
  app = await bootStrapi();
  const fx = govFixtures(app);
  const c1 = await fx.column({ slug: 'pa-zwgk' });
  const c2 = await fx.column({ slug: 'pa-czxx' });
  const fgw = await fx.department({ code: 'pa-fgw', name: '道县发展和改革局' });
  const czj = await fx.department({ code: 'pa-czj', name: '道县财政局' });
  const article = (key: string, data: Record<string, unknown>, publish = true) =>
    fx.article(data, { publish }).then((x: any) => (a[key] = x));
  await article('notice', {
    title: '关于开展政务公开检查的通知',
    subtitle: '甲',
    column: c1.documentId,
    department: fgw.documentId,
    disclosure: { topic: 'finance-banking-audit', writtenAt: '2017-03-01', keywords: '检查' },
  });
  await article('report', {
    title: '2017年政务公开工作年度报告',
    subtitle: '乙',
    column: c1.documentId,
    department: czj.documentId,
    disclosure: { writtenAt: '2017-06-01' },
  });
  await article('budget', {
    title: '财政预算公开',
    column: c2.documentId,
    department: czj.documentId,
    disclosure: { writtenAt: '2017-11-20' },
  });
  await article('english', {
    title: 'Budget Report',
    subtitle: '甲',
    column: c2.documentId,
    department: fgw.documentId,
    disclosure: { writtenAt: '2016-01-01' },
  });
  await article('secret', {
    title: '不予公开的机密通知',
    column: c1.documentId,
    department: fgw.documentId,
    disclosure: { openness: 'not-open', notOpenReason: '涉及国家秘密', writtenAt: '2017-01-01' },
  });
  await article('draft', { title: '草稿通知', column: c1.documentId, department: fgw.documentId }, false);
  await article('onSecret', {
    title: '解读：不予公开的机密通知',
    column: c1.documentId,
    department: czj.documentId,
    interprets: a.secret.documentId,
  });
  await article('onNotice', {
    title: '解读：政务公开检查',
    column: c1.documentId,
    department: fgw.documentId,
    interprets: a.notice.documentId,
  });
}, 300_000);
afterAll(async () => {
  await app?.destroy();
});

const byTitle = ['title:asc', 'documentId:asc'];
const f = (filters: Record<string, unknown>, name: string, min = 1): QueryCase => ({
  name,
  query: { filters, sort: byTitle },
  params: { filters: { $and: [filters, open] }, sort: byTitle, limit: 100 },
  min,
});

describe('articles speak Strapi’s query language, answered as the document service answers', () => {
  it('filters with every operator, on fields, components and relations', async () => {
    await checkCases(app, ARTICLE, PATH, [
      f({ title: { $eq: '财政预算公开' } }, '$eq'),
      f({ title: { $eqi: 'budget report' } }, '$eqi'),
      f({ title: { $ne: '财政预算公开' } }, '$ne', 3),
      f({ title: { $nei: 'BUDGET REPORT' } }, '$nei', 3),
      f({ disclosure: { writtenAt: { $lt: '2017-06-01' } } }, '$lt', 2),
      f({ disclosure: { writtenAt: { $lte: '2017-06-01' } } }, '$lte', 3),
      f({ disclosure: { writtenAt: { $gt: '2017-03-01' } } }, '$gt', 2),
      f({ disclosure: { writtenAt: { $gte: '2017-03-01' } } }, '$gte', 3),
      f({ department: { code: { $in: ['pa-czj'] } } }, '$in', 2),
      f({ department: { code: { $notIn: ['pa-czj'] } } }, '$notIn', 2),
      f({ title: { $contains: '政务公开' } }, '$contains', 2),
      f({ title: { $notContains: '政务公开' } }, '$notContains', 2),
      f({ title: { $containsi: 'BUDGET' } }, '$containsi'),
      f({ title: { $notContainsi: 'budget' } }, '$notContainsi', 3),
      f({ subtitle: { $null: true } }, '$null', 2),
      f({ subtitle: { $notNull: true } }, '$notNull', 3),
      f({ disclosure: { writtenAt: { $between: ['2017-01-01', '2017-12-31'] } } }, '$between', 3),
      f({ title: { $startsWith: '解读' } }, '$startsWith'),
      f({ title: { $startsWithi: 'budget' } }, '$startsWithi'),
      f({ title: { $endsWith: '通知' } }, '$endsWith'),
      f({ title: { $endsWithi: 'REPORT' } }, '$endsWithi'),
      f({ $or: [{ title: { $eq: '财政预算公开' } }, { subtitle: { $eq: '乙' } }] }, '$or', 2),
      f({ $and: [{ subtitle: { $eq: '甲' } }, { department: { code: { $eq: 'pa-fgw' } } }] }, '$and', 2),
      f({ $not: { subtitle: { $eq: '甲' } } }, '$not'),
      f({ column: { slug: { $eq: 'pa-czxx' } }, disclosure: { topic: { $null: true } } }, 'nested', 2),
    ]);
  });

  it('sorts by one or several fields, ascending or descending', async () => {
    const cases: QueryCase[] = [
      ['title:desc'],
      ['subtitle:asc', 'title:desc'],
      ['disclosure.writtenAt:desc', 'title:asc'],
      ['department.code:asc', 'title:asc'],
    ].map((sort) => ({ name: sort.join(','), query: { sort }, params: { sort, limit: 100 }, min: 5 }));
    await checkCases(app, ARTICLE, PATH, cases);
  });

  it('paginates by page and by offset, with Strapi’s meta', async () => {
    const paged = await app
      .http()
      .get(`${PATH}?${query({ sort: byTitle, pagination: { page: 2, pageSize: 2 } })}`);
    expect(paged.status).toBe(200);
    expect(paged.body.meta.pagination).toEqual({ page: 2, pageSize: 2, pageCount: 3, total: 6 });
    const offset = await app
      .http()
      .get(`${PATH}?${query({ sort: byTitle, pagination: { start: 1, limit: 3 } })}`);
    expect(offset.body.meta.pagination).toEqual({ start: 1, limit: 3, total: 6 });
    const noCount = await app
      .http()
      .get(`${PATH}?${query({ sort: byTitle, pagination: { page: 1, pageSize: 2, withCount: false } })}`);
    expect(noCount.body.meta.pagination).toEqual({ page: 1, pageSize: 2 });
    await checkCases(app, ARTICLE, PATH, [
      {
        name: 'page 2',
        query: { sort: byTitle, pagination: { page: 2, pageSize: 2 } },
        params: { sort: byTitle, start: 2, limit: 2 },
        min: 2,
      },
      {
        name: 'start 1',
        query: { sort: byTitle, pagination: { start: 1, limit: 3 } },
        params: { sort: byTitle, start: 1, limit: 3 },
        min: 3,
      },
      {
        name: 'page alias',
        query: { sort: byTitle, page: 3, pageSize: 2 },
        params: { sort: byTitle, start: 4, limit: 2 },
        min: 2,
      },
    ]);
  });

  it('selects fields and populates public relations, components and media, `*` included', async () => {
    const res = await app
      .http()
      .get(`${PATH}?${query({ fields: ['title'], populate: 'nothing', sort: byTitle })}`);
    expect(res.status).toBe(400);
    expect(errorPaths(res)).toEqual(['populate.nothing']);
    const fields = await app
      .http()
      .get(`${PATH}?${query({ fields: ['title'], sort: byTitle })}`)
      .expect(200);
    // Besides the selected field: id, documentId and the list's default populate (`api.defaultPopulate`).
    const allowed = [
      'id',
      'documentId',
      'title',
      'column',
      'department',
      'disclosure',
      'attachments',
      'cover',
      'interprets',
      'interpretedBy',
    ];
    expect(fields.body.data.length).toBeGreaterThan(0);
    for (const entry of fields.body.data) {
      expect(Object.keys(entry).filter((k) => !allowed.includes(k))).toEqual([]);
      expect(entry.title).toEqual(expect.any(String));
    }
    const only = await app
      .http()
      .get(`${PATH}?${query({ fields: ['title'], populate: ['department'], sort: byTitle })}`);
    expect(Object.keys(only.body.data[0]).sort()).toEqual(['department', 'documentId', 'id', 'title']);
    const star = await app
      .http()
      .get(`${PATH}?${query({ populate: '*', sort: byTitle })}`)
      .expect(200);
    for (const entry of star.body.data) {
      expect(entry).not.toHaveProperty('createdBy');
      expect(entry).not.toHaveProperty('updatedBy');
      expect(entry).not.toHaveProperty('scopeDepartment');
      expect(entry.disclosure ?? {}).not.toHaveProperty('notOpenReason');
    }
    await checkCases(app, ARTICLE, PATH, [
      {
        name: 'populate relations',
        query: { populate: ['interprets', 'department', 'column'], sort: byTitle },
        params: { populate: ['interprets', 'department', 'column'], sort: byTitle, limit: 100 },
        relations: ['interprets', 'department', 'column'],
        min: 6,
      },
      {
        name: 'populate *',
        query: { populate: '*', sort: byTitle },
        params: { populate: '*', sort: byTitle, limit: 100 },
        relations: ['interprets', 'interpretedBy', 'department', 'column'],
        min: 6,
      },
      {
        name: 'nested populate object',
        query: {
          populate: {
            interpretedBy: { fields: ['title'], sort: ['title:asc'] },
            disclosure: { populate: ['publisher'] },
          },
          sort: byTitle,
        },
        params: {
          populate: {
            interpretedBy: { fields: ['title'], sort: ['title:asc'] },
            disclosure: { populate: ['publisher'] },
          },
          sort: byTitle,
          limit: 100,
        },
        relations: ['interpretedBy'],
        min: 6,
      },
    ]);
  });

  it('never populates a 不予公开 document, at any depth', async () => {
    const res = await app
      .http()
      .get(`${PATH}/${a.onSecret.documentId}?${query({ populate: { interprets: { populate: '*' } } })}`)
      .expect(200);
    expect(res.body.data.interprets).toBeNull();
    const notice = await app
      .http()
      .get(`${PATH}/${a.notice.documentId}?${query({ populate: { interpretedBy: { fields: ['title'] } } })}`)
      .expect(200);
    expect(notice.body.data.interpretedBy.map((x: any) => x.title)).toEqual(['解读：政务公开检查']);
    // Filtering through the relation learns nothing about the hidden document.
    const through = await app
      .http()
      .get(`${PATH}?${query({ filters: { interprets: { title: { $eq: '不予公开的机密通知' } } } })}`)
      .expect(200);
    expect(through.body.data).toEqual([]);
  });

  it('serves zh-Hant, and maps 繁体 filter values back to 简体', async () => {
    const hans = await app
      .http()
      .get(`${PATH}?${query({ filters: { title: { $contains: '政务公开' } }, sort: byTitle })}`);
    const hant = await app
      .http()
      .get(
        `${PATH}?${query({ filters: { title: { $contains: '政務公開' } }, sort: byTitle, locale: 'zh-Hant' })}`,
      )
      .expect(200);
    expect(hans.body.data.length).toBeGreaterThan(0);
    expect(hant.body.data.map((x: any) => x.documentId)).toEqual(
      hans.body.data.map((x: any) => x.documentId),
    );
    expect(hant.body.data[0].title).toContain('政務公開');
    expect(hant.headers['content-language']).toBe('zh-Hant');
  });

  it('keeps the shortcut parameters: column, department, topic, year (成文年份), q', async () => {
    await checkCases(app, ARTICLE, PATH, [
      {
        name: 'column',
        query: { column: 'pa-czxx', sort: byTitle },
        params: { filters: { $and: [{ column: { slug: 'pa-czxx' } }, open] }, sort: byTitle },
        min: 2,
      },
      {
        name: 'department + topic',
        query: { department: 'pa-fgw', topic: 'finance-banking-audit' },
        params: {
          filters: {
            $and: [
              { department: { code: 'pa-fgw' } },
              { disclosure: { topic: 'finance-banking-audit' } },
              open,
            ],
          },
        },
        min: 1,
      },
      {
        name: 'q',
        query: { q: '检查', sort: byTitle },
        params: {
          filters: {
            $and: [
              {
                $or: [
                  { title: { $containsi: '检查' } },
                  { disclosure: { keywords: { $containsi: '检查' } } },
                ],
              },
              open,
            ],
          },
          sort: byTitle,
        },
        min: 2,
      },
    ]);
    // 2017: written in 2017 (notice, report, budget; the 不予公开 one is not served) — not the 发布日期 (today).
    const y2017 = await app.http().get(`${PATH}?year=2017&pageSize=100`).expect(200);
    expect(y2017.body.data.map((x: any) => x.documentId).sort()).toEqual(
      [a.notice, a.report, a.budget].map((x) => x.documentId).sort(),
    );
    const thisYear = new Date().getFullYear();
    const now = await app.http().get(`${PATH}?year=${thisYear}&pageSize=100`).expect(200);
    // Those without 成文日期 fall back to their 发布日期.
    expect(now.body.data.map((x: any) => x.documentId).sort()).toEqual(
      [a.onSecret, a.onNotice].map((x) => x.documentId).sort(),
    );
  });
});

describe('unknown, private and hostile parameters are refused with a 400 naming them', () => {
  it.each([
    ['unknown=1', 'unknown'],
    ['_q=x', '_q'],
    ['publicationState=preview', 'publicationState'],
    ['status=draft', 'status'],
    [query({ filters: { scopeDepartment: { $eq: 'x' } } }), 'filters.scopeDepartment'],
    [query({ filters: { createdBy: { email: { $contains: '@' } } } }), 'filters.createdBy'],
    [
      query({ filters: { disclosure: { notOpenReason: { $contains: '秘密' } } } }),
      'filters.disclosure.notOpenReason',
    ],
    [
      query({ filters: { interprets: { disclosure: { notOpenReason: { $null: false } } } } }),
      'filters.interprets.disclosure.notOpenReason',
    ],
    [query({ filters: { title: { $regex: '.*' } } }), 'filters.title.$regex'],
    [query({ filters: { $where: '1' } }), 'filters.$where'],
    [query({ populate: { createdBy: true } }), 'populate.createdBy'],
    [query({ populate: { interprets: { populate: { updatedBy: true } } } }), 'populate.interprets.updatedBy'],
    [query({ populate: { interpretedBy: { count: true } } }), 'populate.interpretedBy.count'],
    [query({ sort: 'notOpenReason' }), 'sort.notOpenReason'],
    [query({ sort: 'disclosure.notOpenReason:asc' }), 'sort.disclosure.notOpenReason'],
    [query({ sort: 'createdBy.email' }), 'sort.createdBy'],
    [query({ fields: ['scopeDepartment'] }), 'fields.scopeDepartment'],
    [query({ pagination: { page: 1, start: 0 } }), 'pagination'],
    [query({ pagination: { pageSize: 101 } }), 'pagination.pageSize'],
    [query({ pagination: { foo: 1 } }), 'pagination.foo'],
    [query({ page: 1, pagination: { page: 2 } }), 'page'],
    ['q=', 'q'],
    ['year=abc', 'year'],
  ])('GET /articles?%s → 400 naming %s', async (qstr, field) => {
    const res = await app.http().get(`${PATH}?${qstr}`).expect(400);
    expect(errorPaths(res)).toEqual([field]);
    expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each([
    [query({ populate: { cover: { populate: { related: true } } } }), 'populate'],
    [query({ populate: { attachments: { populate: '*' } } }), ''],
    ['filters[interprets]=1', 'filters.interprets'],
    [query({ filters: { interprets: { $in: ['1'] } } }), 'filters.interprets'],
    [
      query({ filters: { $not: { interpretedBy: { title: { $notNull: true } } } } }),
      'filters.$not.interpretedBy',
    ],
    ['sort=interprets.title:asc', 'sort'],
    [query({ populate: { interpretedBy: { sort: 'interprets.title' } } }), 'populate.interpretedBy.sort'],
    ['pagination[start]=99999999999999999999', 'pagination.start'],
    ['page=99999999999999999999', 'page'],
    ['populate=interprets.interprets.interprets.interprets.column', 'populate'],
  ])('GET /articles?%s → 400 (a shape answered before the public rules) naming %s', async (qstr, field) => {
    const res = await app.http().get(`${PATH}?${qstr}`);
    // `populate[attachments][populate]=*` reaches only the file's public fields: allowed, nothing of `related`.
    if (field === '') {
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).not.toContain('"related"');
      return;
    }
    expect(res.status).toBe(400);
    expect(errorPaths(res).some((p: string) => p.startsWith(field))).toBe(true);
  });

  it('learns nothing from a filter on a private field: matching and non-matching values answer alike', async () => {
    const ask = (value: string) =>
      app.http().get(`${PATH}?${query({ filters: { disclosure: { notOpenReason: { $eq: value } } } })}`);
    const [hit, miss] = await Promise.all([ask('涉及国家秘密'), ask('没有这个理由')]);
    expect(hit.status).toBe(400);
    expect(hit.body).toEqual(miss.body);
  });

  it('refuses the same on the single read', async () => {
    for (const [qstr, field] of [
      ['filters[title][$eq]=x', 'filters'],
      [query({ populate: { createdBy: true } }), 'populate.createdBy'],
      ['status=draft', 'status'],
    ]) {
      const res = await app.http().get(`${PATH}/${a.notice.documentId}?${qstr}`).expect(400);
      expect(errorPaths(res).some((p: string) => p.startsWith(field))).toBe(true);
    }
    await app.http().get(`${PATH}/${a.secret.documentId}`).expect(404);
    await app.http().get(`${PATH}/${a.draft.documentId}`).expect(404);
  });
});
