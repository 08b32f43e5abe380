import fs from 'node:fs';
import path from 'node:path';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { govFixtures } from '../helpers/gov-fixtures';

/**
 * The example column (tests/fixtures/example-column, ≤ 150 lines, written only on the kit) joins the platform:
 * its typed write hook runs in gov-core's pipeline, 保密审查 gates its publishing, and the route factory serves
 * it in Strapi's query language with the public rules, aliases, `q`, 繁体 and OpenAPI — nothing copied.
 */
const UID = 'plugin::example-column.notice';
const FIXTURE = path.join(__dirname, '../fixtures/example-column');
let app: TestApp;
const docs = () => app.strapi.documents(UID as never) as any;

const writeError = async (data: Record<string, unknown>) => {
  try {
    await docs().create({ data });
  } catch (e: any) {
    return e.details?.errors ?? [];
  }
  throw new Error('the write was accepted');
};

beforeAll(async () => {
  process.env.PORTAL_EXTRA_PLUGINS = 'example-column=./tests/fixtures/example-column';
  app = await bootStrapi();
  const fx = govFixtures(app);
  const department = await fx.department({ code: 'zd-land', name: '道县自然资源局' });
  const column = await fx.column({ slug: 'zdxx' });
  const base = {
    column: column.documentId,
    department: department.documentId,
    body: '<p>征地范围见附图。</p>',
  };
  const make = async (data: Record<string, unknown>, publish = true) => {
    const doc = await docs().create({ data: { ...base, ...data } });
    if (publish) await fx.approveAndPublish(UID, doc.documentId);
    return doc;
  };
  await make({
    title: '道县征收土地预公告（濂溪街道）',
    kind: 'pre-notice',
    noticeNumber: '道征预〔2017〕1号',
    area: 0.8,
  });
  await make({
    title: '道县征收土地公告（上关街道）',
    kind: 'notice',
    noticeNumber: '道征告〔2017〕3号',
    area: 2.5,
    objectionDeadline: '2099-12-31',
    ownerName: '张三',
    disclosure: { writtenAt: '2017-03-01' },
  });
  await make(
    { title: '未发布的征地公告', kind: 'pre-notice', noticeNumber: '道征预〔2017〕9号', area: 9 },
    false,
  );
  await make({
    title: '不予公开的征地公告',
    kind: 'pre-notice',
    noticeNumber: '道征预〔2017〕8号',
    area: 7,
    disclosure: { openness: 'not-open', notOpenReason: '涉及国家秘密' },
  });
}, 300000);
afterAll(async () => {
  delete process.env.PORTAL_EXTRA_PLUGINS;
  await app?.destroy();
});

describe('example column (a plugin written on the kit)', () => {
  it('stays within 150 lines and imports no file of another plugin', () => {
    const files = fs.readdirSync(FIXTURE).filter((f) => /\.(ts|js|json)$/.test(f));
    const text = files.map((f) => fs.readFileSync(path.join(FIXTURE, f), 'utf8'));
    expect(text.join('\n').split('\n').length).toBeLessThanOrEqual(150);
    for (const source of text) expect(source).not.toMatch(/from '\.\.\/|plugins\//);
  });

  it('is a registered column type with the write pipeline running its typed hook', async () => {
    expect(app.strapi.plugin('gov-core').service('column-registry').has(UID)).toBe(true);
    const column = (await app.strapi
      .documents('plugin::gov-core.column' as never)
      .findFirst({} as any)) as any;
    const errors = await writeError({
      title: '缺少异议期限的公告',
      kind: 'notice',
      noticeNumber: '道征告〔2017〕5号',
      column: column.documentId,
    });
    expect(errors).toEqual([expect.objectContaining({ path: ['objectionDeadline'], rule: 'required' })]);
  });

  it('serves the public list in Strapi’s query language with the public rules and aliases', async () => {
    const list = await app.http().get('/api/example-column/notices').query('sort=area:asc');
    expect(list.status).toBe(200);
    expect(list.body.data.map((n: any) => n.noticeNumber)).toEqual([
      '道征预〔2017〕1号',
      '道征告〔2017〕3号',
    ]);
    expect(list.body.data[1].kindLabel).toEqual({ 'zh-Hans': '征收土地公告', 'zh-Hant': '徵收土地公告' });
    expect(list.body.meta.pagination).toMatchObject({ page: 1, total: 2 });
    const filtered = await app.http().get('/api/example-column/notices').query('filters[area][$gt]=1');
    expect(filtered.body.data.map((n: any) => n.area)).toEqual([2.5]);
    const open = await app.http().get('/api/example-column/notices?open=true&kind=notice');
    expect(open.body.data.map((n: any) => n.noticeNumber)).toEqual(['道征告〔2017〕3号']);
    const q = await app.http().get('/api/example-column/notices').query({ q: '道征预' });
    expect(q.body.data.map((n: any) => n.noticeNumber)).toEqual(['道征预〔2017〕1号']);
  });

  it('answers 繁体 and maps 繁体 filter values back', async () => {
    const res = await app
      .http()
      .get('/api/example-column/notices')
      .query({ locale: 'zh-Hant', 'filters[title][$contains]': '徵收土地公告' });
    expect(res.status).toBe(200);
    expect(res.body.data.map((n: any) => n.title)).toEqual(['道縣徵收土地公告（上關街道）']);
  });

  it('refuses private fields, unknown parameters and bad alias values, naming them', async () => {
    for (const [queryString, field] of [
      ['filters[scopeDepartment][$eq]=x', 'filters.scopeDepartment'],
      ['filters[disclosure][notOpenReason][$contains]=秘', 'filters.disclosure.notOpenReason'],
      ['sort=createdBy', 'sort'],
      ['kind=other', 'kind'],
      ['status=draft', 'status'],
      ['colour=red', 'colour'],
    ]) {
      const res = await app.http().get(`/api/example-column/notices?${encodeURI(queryString)}`);
      expect([queryString, res.status]).toEqual([queryString, 400]);
      const paths = res.body.error.details.errors.map((e: any) => e.path.join('.'));
      expect([queryString, paths.some((p: string) => p.startsWith(field))]).toEqual([queryString, true]);
    }
  });

  it('masks a masked field wherever it is served and refuses it in filters, sort and q', async () => {
    const list = await app.http().get('/api/example-column/notices').query('kind=notice');
    expect(list.body.data.map((n: any) => n.ownerName)).toEqual(['张*']);
    const one = await app.http().get(`/api/example-column/notices/${list.body.data[0].documentId}`);
    expect(one.body.data.ownerName).toBe('张*');
    const hant = await app.http().get('/api/example-column/notices').query('kind=notice&locale=zh-Hant');
    expect(hant.body.data.map((n: any) => n.ownerName)).toEqual(['張*']);
    for (const [queryString, field] of [
      ['filters[ownerName][$eq]=张三', 'filters.ownerName'],
      ['filters[$or][0][ownerName][$startsWith]=张', 'filters.$or.0.ownerName'],
      ['sort=ownerName:asc', 'sort'],
    ]) {
      const res = await app.http().get(`/api/example-column/notices?${encodeURI(queryString)}`);
      expect([queryString, res.status]).toEqual([queryString, 400]);
      expect(res.body.error.details.errors).toEqual([
        expect.objectContaining({ path: field.split('.'), rule: 'masked' }),
      ]);
    }
    const q = await app.http().get('/api/example-column/notices').query({ q: '张三' });
    expect([q.status, q.body.data]).toEqual([200, []]);
  });

  it('is documented in the generated OpenAPI document', async () => {
    const res = await app.http().get('/api/gov-core/openapi.json');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/example-column/notices', '/api/example-column/notices/{documentId}']),
    );
    const params = res.body.paths['/api/example-column/notices'].get.parameters.map((p: any) => p.name);
    expect(params).toEqual(expect.arrayContaining(['filters', 'sort', 'q', 'kind', 'open']));
    // The masked field is served (masked) but documented neither as a filter nor as a sort key.
    const parameters = res.body.paths['/api/example-column/notices'].get.parameters;
    const sort = parameters.find((p: any) => p.name === 'sort').schema.anyOf[0].enum;
    expect(sort).toEqual(expect.arrayContaining(['area:asc']));
    expect(sort.filter((s: string) => s.startsWith('ownerName'))).toEqual([]);
    const filtersRef = parameters
      .find((p: any) => p.name === 'filters')
      .schema.$ref.split('/')
      .pop();
    expect(Object.keys(res.body.components.schemas[filtersRef].properties)).not.toContain('ownerName');
  });
});
