import { bootStrapi, type TestApp } from '../helpers/strapi';
import { govFixtures } from '../helpers/gov-fixtures';
import { columnSamples, pppProjectsFor, budgetReportsFor } from '../helpers/column-samples';
import { strapi as strapiClient, HTTPBadRequestError } from '@strapi/client';
import { checkCases, errorPaths, expectedEntries, query, type QueryCase } from './public-api-helpers';

/**
 * Every registered column type through the one public content API: the same table of query cases on each
 * list (and its single), answered as the document service answers with the public rules applied.
 */
const ROUTES: Record<string, { path: string; text: string }> = {
  'plugin::gov-core.article': { path: '/api/gov-core/articles', text: 'title' },
  'plugin::normative-docs.normative-document': { path: '/api/normative-docs/documents', text: 'title' },
  'plugin::power-list.power-item': { path: '/api/power-list/items', text: 'name' },
  'plugin::environment.air-station': { path: '/api/environment/stations', text: 'name' },
  'plugin::environment.air-observation': { path: '/api/environment/observations', text: 'averaging' },
  'plugin::environment.air-forecast': { path: '/api/environment/forecasts', text: 'region' },
  'plugin::environment.water-quality-report': { path: '/api/environment/water-quality', text: 'siteName' },
  'plugin::environment.polluter-report': { path: '/api/environment/polluters', text: 'company' },
  'plugin::ppp.ppp-project': { path: '/api/ppp/projects', text: 'name' },
  'plugin::ppp.ppp-update': { path: '/api/ppp/updates', text: 'title' },
  'plugin::budget.budget-report': { path: '/api/budget/reports', text: 'title' },
  'plugin::budget.budget-line': { path: '/api/budget/lines', text: 'item' },
};
const REPORT = 'plugin::budget.budget-report';
const LINE = 'plugin::budget.budget-line';
/** Lines are public with their report: the documentIds of the public reports, once every item is made. */
let publicReports: string[] = [];
const STATION = 'plugin::environment.air-station';

let app: TestApp;
let uids: string[] = [];
const items: Record<string, any[]> = {};
const hidden: Record<string, any[]> = {};
const hasDisclosure = (uid: string) =>
  Object.values((app.strapi.getModel(uid as never) as any).attributes).some(
    (a: any) => a.type === 'component' && a.component === 'gov-core.disclosure',
  );

beforeAll(async () => {
  app = await bootStrapi();
  const fx = govFixtures(app);
  const deptA = await fx.department({ code: 'pc-a', name: '道县发展和改革局' });
  const deptB = await fx.department({ code: 'pc-b', name: '道县财政局' });
  const township = await fx.department({ code: 'pc-t', name: '濂溪街道', kind: 'township' });
  const column = await fx.column({ slug: 'pc-column' });
  const station = await app.strapi.documents(STATION as never).create({
    data: {
      name: '公开监测站',
      code: 'pc-st',
      township: township.documentId,
      column: column.documentId,
      department: deptA.documentId,
    },
  } as any);
  await fx.approveAndPublish(STATION, station.documentId);
  const pppProjects = await pppProjectsFor(app.strapi as any, [deptA, deptB], column);
  const budgetReports = await budgetReportsFor(app.strapi as any, [deptA, deptB], column);
  const samples = columnSamples(() => ({ column, station, township, pppProjects, budgetReports }));
  uids = app.strapi.plugin('gov-core').service('column-registry').uids();
  for (const uid of uids) {
    const make = async (dept: any, title: string, extra: { disclosure?: object } = {}, publish = true) => {
      if (uid === LINE) {
        // A line is public only with its report: it is made in a report of its own, both published (or not).
        const report = await app.strapi
          .documents(REPORT as never)
          .create({ data: { ...samples[REPORT].create(dept, `${title}的报告`), ...extra } } as any);
        const line = await app.strapi
          .documents(LINE as never)
          .create({ data: { ...samples[LINE].create(dept, title), report: report.documentId } } as any);
        if (publish) {
          await fx.approveAndPublish(LINE, line.documentId);
          await fx.approveAndPublish(REPORT, report.documentId);
        }
        return line;
      }
      const data: Record<string, any> = samples[uid].create(dept, title);
      if (extra.disclosure) data.disclosure = { ...data.disclosure, ...(extra.disclosure as object) };
      const doc = await app.strapi.documents(uid as never).create({ data } as any);
      if (publish) await fx.approveAndPublish(uid, doc.documentId);
      return doc;
    };
    items[uid] = [
      ...(uid === STATION ? [station] : []),
      await make(deptA, '政务公开甲'),
      await make(deptB, '政务公开乙'),
      await make(deptA, '财政信息丙'),
    ];
    hidden[uid] = [await make(deptA, '草稿丁', {}, false)];
    if (hasDisclosure(uid) || uid === LINE)
      hidden[uid].push(
        await make(deptB, '不予公开戊', {
          disclosure: { openness: 'not-open', notOpenReason: '涉及国家秘密' },
        }),
      );
  }
  publicReports = (
    (await app.strapi.documents(REPORT as never).findMany({
      status: 'published',
      filters: { disclosure: { openness: { $ne: 'not-open' } } },
      fields: ['documentId'],
    } as any)) as any[]
  ).map((r) => r.documentId);
}, 300_000);
afterAll(async () => {
  await app?.destroy();
});

const open = (uid: string) =>
  uid === LINE
    ? [{ report: { $in: publicReports } }]
    : hasDisclosure(uid)
      ? [{ disclosure: { openness: { $ne: 'not-open' } } }]
      : [];

/** The public rule of lines as a document-service filter (their report public), for cases without filters. */
const lineRule = (uid: string) => (uid === LINE ? { filters: { $and: open(uid) } } : {});

/** The table of cases every column type answers, on its text field. */
const casesFor = (uid: string): QueryCase[] => {
  const { text } = ROUTES[uid];
  const sort = [`${text}:desc`, 'documentId:asc'];
  const stringText = text !== 'averaging';
  const f = (name: string, filters: Record<string, unknown>, min = 1): QueryCase => ({
    name: `${uid} ${name}`,
    query: { filters, sort, ...(uid === 'plugin::power-list.power-item' ? { itemStatus: 'all' } : {}) },
    params: { filters: { $and: [filters, ...open(uid)] }, sort, limit: 100 },
    min,
  });
  return [
    f('$notNull', { [text]: { $notNull: true } }, 3),
    f('department $eq', { department: { code: { $eq: 'pc-a' } } }, 2),
    f('department $in', { department: { code: { $in: ['pc-b'] } } }, 1),
    f(
      '$or',
      { $or: [{ department: { code: { $eq: 'pc-b' } } }, { documentId: { $eq: items[uid][0].documentId } }] },
      2,
    ),
    f('$not', { $not: { department: { code: { $eq: 'pc-a' } } } }, 1),
    ...(stringText
      ? [
          f('$containsi', { [text]: { $containsi: '政务公开' } }, 2),
          f('$startsWith', { [text]: { $startsWith: '财政' } }, 1),
          f('$notContains', { [text]: { $notContains: '政务' } }, 1),
        ]
      : [f('$eq', { [text]: { $eq: '1h' } }, 3)]),
    {
      name: `${uid} populate department + page 2`,
      query: {
        sort,
        populate: ['department'],
        pagination: { page: 2, pageSize: 1 },
        ...(uid === 'plugin::power-list.power-item' ? { itemStatus: 'all' } : {}),
      },
      params: { ...lineRule(uid), sort, populate: ['department'], start: 1, limit: 1 },
      relations: ['department'],
      min: 1,
    },
    {
      name: `${uid} populate * + offset`,
      query: {
        sort,
        populate: '*',
        pagination: { start: 1, limit: 2 },
        ...(uid === 'plugin::power-list.power-item' ? { itemStatus: 'all' } : {}),
      },
      params: { ...lineRule(uid), sort, populate: '*', start: 1, limit: 2 },
      relations: ['department', 'column'],
      min: 2,
    },
  ];
};

describe('every registered column type speaks Strapi’s query language', () => {
  it('has a public list and single route for every registered column type', () => {
    expect(uids.length).toBeGreaterThanOrEqual(8);
    expect([...uids].sort()).toEqual(Object.keys(ROUTES).sort());
    // Every route the factory made carries config.column = { uid, kind } (read by OpenAPI and chinese-variants).
    const declared = Object.values(app.strapi.plugins as Record<string, any>)
      .flatMap((p) => Object.values(p.routes ?? {}).flatMap((r: any) => r?.routes ?? []))
      .filter((r: any) => r.config?.column)
      .map((r: any) => `${r.method} ${r.config.column.uid} ${r.config.column.kind}`);
    expect(declared.sort()).toEqual(uids.flatMap((u) => [`GET ${u} list`, `GET ${u} one`]).sort());
  });

  it('answers each list’s query cases as the document service does, with the public rules', async () => {
    for (const uid of uids) await checkCases(app, uid, ROUTES[uid].path, casesFor(uid));
  });

  it('selects fields, serves the single, and never a draft or 不予公开 item', async () => {
    for (const uid of uids) {
      const { path, text } = ROUTES[uid];
      const res = await app.http().get(`${path}?${query({ fields: [text], populate: ['department'] })}`);
      expect({ uid, status: res.status }).toEqual({ uid, status: 200 });
      for (const entry of res.body.data)
        expect({ uid, keys: Object.keys(entry).sort() }).toEqual({
          uid,
          keys: expect.arrayContaining(['department', 'documentId', 'id', text]),
        });
      const one = await app.http().get(`${path}/${items[uid][1].documentId}?${query({ populate: '*' })}`);
      expect({ uid, status: one.status, documentId: one.body.data?.documentId }).toEqual({
        uid,
        status: 200,
        documentId: items[uid][1].documentId,
      });
      expect(one.body.data).not.toHaveProperty('scopeDepartment');
      expect(one.body.data).not.toHaveProperty('createdBy');
      for (const h of hidden[uid]) {
        expect({ uid, status: (await app.http().get(`${path}/${h.documentId}`)).status }).toEqual({
          uid,
          status: 404,
        });
      }
    }
  });

  it('maps 繁体 filter values back to 简体 on every route (zh-Hant)', async () => {
    for (const uid of uids.filter((u) => ROUTES[u].text !== 'averaging')) {
      const { path, text } = ROUTES[uid];
      const extra = uid === 'plugin::power-list.power-item' ? { itemStatus: 'all' } : {};
      const hans = await app
        .http()
        .get(`${path}?${query({ filters: { [text]: { $contains: '政务公开' } }, ...extra })}`);
      const hant = await app
        .http()
        .get(
          `${path}?${query({ filters: { [text]: { $contains: '政務公開' } }, locale: 'zh-Hant', ...extra })}`,
        );
      expect({ uid, status: hant.status }).toEqual({ uid, status: 200 });
      expect(hans.body.data.length).toBeGreaterThanOrEqual(2);
      expect({ uid, ids: hant.body.data.map((x: any) => x.documentId) }).toEqual({
        uid,
        ids: hans.body.data.map((x: any) => x.documentId),
      });
    }
  });

  it('refuses private, system and unknown parameters on every route with a 400 naming them', async () => {
    for (const uid of uids) {
      const { path } = ROUTES[uid];
      for (const [qstr, field] of [
        [query({ filters: { scopeDepartment: { $eq: 'x' } } }), 'filters.scopeDepartment'],
        [query({ filters: { createdBy: { email: { $notNull: true } } } }), 'filters.createdBy'],
        // A value its field cannot hold: a 400 naming it, not the 500 Strapi's value conversion would throw.
        [query({ filters: { department: { order: { $gte: 'first' } } } }), 'filters.department.order.$gte'],
        [query({ populate: { createdBy: true } }), 'populate.createdBy'],
        [query({ sort: 'updatedBy.email:asc' }), 'sort.updatedBy'],
        [query({ fields: ['scopeDepartment'] }), 'fields.scopeDepartment'],
        ['status=draft', 'status'],
        ['nope=1', 'nope'],
      ]) {
        const res = await app.http().get(`${path}?${qstr}`);
        expect({ uid, qstr, status: res.status, paths: errorPaths(res) }).toEqual({
          uid,
          qstr,
          status: 400,
          paths: [field],
        });
      }
    }
  });
});

describe('the official @strapi/client 1.6.2 reads every column route', () => {
  const client = () => {
    const { port } = app.strapi.server.httpServer.address() as { port: number };
    return strapiClient({ baseURL: `http://127.0.0.1:${port}/api` });
  };
  const pathOf = (uid: string) => ROUTES[uid].path.replace(/^\/api/, '');

  it('find with filters, sort, pagination, populate, fields and locale zh-Hant returns what Strapi would', async () => {
    for (const uid of uids) {
      const { text } = ROUTES[uid];
      const collection = client().collection(uid.split('.').pop()!, { path: pathOf(uid) });
      const filters = { department: { code: { $eq: 'pc-a' } } };
      const sort = [`${text}:asc`, 'documentId:asc'];
      const res = await collection.find({
        filters,
        sort,
        pagination: { page: 1, pageSize: 10 },
        populate: ['department'],
        fields: [text],
        locale: 'zh-Hant',
        ...(uid === 'plugin::power-list.power-item' ? ({ itemStatus: 'all' } as object) : {}),
      });
      const expected = await expectedEntries(
        app,
        uid,
        { filters: { $and: [filters, ...open(uid)] }, sort, populate: ['department'], limit: 10 },
        ['department'],
      );
      expect({
        uid,
        entries: res.data.map((d: any) => ({
          documentId: d.documentId,
          department: d.department?.documentId,
        })),
      }).toEqual({
        uid,
        entries: expected,
      });
      expect(expected.length).toBeGreaterThanOrEqual(2);
      expect(res.meta.pagination).toMatchObject({ page: 1, pageSize: 10, total: expected.length });
      if (text !== 'averaging')
        expect({ uid, hant: res.data.some((d: any) => String(d[text]).includes('政務公開')) }).toEqual({
          uid,
          hant: true,
        });
    }
  });

  it('findOne with populate and locale; a hidden document is a 404, a private filter a 400', async () => {
    for (const uid of uids) {
      const collection = client().collection(uid.split('.').pop()!, { path: pathOf(uid) });
      const one = await collection.findOne(items[uid][1].documentId, { populate: '*', locale: 'zh-Hant' });
      expect({ uid, documentId: one.data.documentId }).toEqual({ uid, documentId: items[uid][1].documentId });
      await expect(collection.findOne(hidden[uid][0].documentId)).rejects.toMatchObject({
        response: { status: 404 },
      });
      const refused = await collection
        .find({ filters: { scopeDepartment: { $notNull: true } } })
        .catch((e) => e);
      expect(refused).toBeInstanceOf(HTTPBadRequestError);
      const body = await refused.response.json();
      expect(body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual([
        'filters.scopeDepartment',
      ]);
    }
  });
});
