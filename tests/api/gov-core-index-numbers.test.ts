import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createAdmin, type AdminSession } from '../helpers/admin';
import { approveAndPublish, cm } from '../helpers/content-manager';
import { govFixtures } from '../helpers/gov-fixtures';

const ARTICLE = 'plugin::gov-core.article';
let app: TestApp;
let admin: AdminSession;
let fx: ReturnType<typeof govFixtures>;
let dept: any;
let column: any;

beforeAll(async () => {
  app = await bootStrapi();
  admin = await createAdmin(app);
  fx = govFixtures(app);
  dept = await fx.department({ code: 'zfb', name: '道县人民政府办公室' });
  column = await fx.column({ slug: 'ndbg', name: '政府信息公开年度报告' });
});
afterAll(async () => {
  await app?.destroy();
});

const create = (data: object = {}) =>
  cm(admin, ARTICLE).create({
    title: '道县2017年政务公开工作要点',
    column: column.documentId,
    department: dept.documentId,
    disclosure: {
      publisher: dept.documentId,
      topic: 'general-government-affairs',
      writtenAt: '2017-05-05',
      documentNumber: '道政办发〔2017〕12号',
    },
    ...data,
  });

describe('索引号', () => {
  it('is assigned at first publish as <organizationCode>/<year of 成文日期>-<serial>', async () => {
    const res = await create();
    expect(res.status).toBe(201);
    expect(res.body.data.disclosure.indexNumber).toBeNull();
    const pub = await approveAndPublish(admin, ARTICLE, res.body.data.documentId);
    expect(pub.status).toBe(200);
    expect(pub.body.data.disclosure.indexNumber).toBe(`${dept.organizationCode}/2017-00001`);
    expect(pub.body.data.disclosure.publishDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('索引号 sequence and immutability', () => {
  const publish = async (data: object = {}) => {
    const res = await create(data);
    expect(res.status).toBe(201);
    const pub = await approveAndPublish(admin, ARTICLE, res.body.data.documentId);
    expect(pub.status).toBe(200);
    return pub.body.data;
  };

  it('counts per publisher and year, and uses the publish year when there is no 成文日期', async () => {
    const other = await fx.department({ code: 'czj', name: '道县财政局' });
    const a = await publish({ disclosure: { publisher: dept.documentId, writtenAt: '2017-06-01' } });
    const b = await publish({ disclosure: { publisher: other.documentId, writtenAt: '2017-06-01' } });
    const c = await publish({ disclosure: { publisher: dept.documentId, writtenAt: '2018-01-02' } });
    const d = await publish({ disclosure: { publisher: dept.documentId } });
    const year = new Date().getFullYear();
    expect(a.disclosure.indexNumber).toMatch(new RegExp(`^${dept.organizationCode}/2017-\\d{5}$`));
    expect(b.disclosure.indexNumber).toBe(`${other.organizationCode}/2017-00001`);
    expect(c.disclosure.indexNumber).toBe(`${dept.organizationCode}/2018-00001`);
    expect(d.disclosure.indexNumber).toMatch(
      new RegExp(`^${dept.organizationCode}/(${year}|${year + 1})-00001$`),
    );
  });

  it("falls back to the item's department as publisher, and refuses to publish without either", async () => {
    const res = await create({ disclosure: { writtenAt: '2019-03-03' } });
    const pub = await approveAndPublish(admin, ARTICLE, res.body.data.documentId);
    expect(pub.body.data.disclosure.indexNumber).toBe(`${dept.organizationCode}/2019-00001`);

    const orphan = await cm(admin, ARTICLE).create({
      title: '无发布机构',
      column: column.documentId,
      disclosure: { writtenAt: '2019-03-03' },
    });
    const refused = await approveAndPublish(admin, ARTICLE, orphan.body.data.documentId);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/disclosure\.publisher/);
  });

  it('refuses a client-sent 索引号 on create with a 400 naming the field, storing nothing', async () => {
    const before = await app.strapi.db.query(ARTICLE).count();
    const res = await create({
      disclosure: { publisher: dept.documentId, indexNumber: `${dept.organizationCode}/2017-09999` },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/disclosure\.indexNumber/);
    expect(res.body.error.details.errors[0].path).toEqual(['disclosure', 'indexNumber']);
    expect(await app.strapi.db.query(ARTICLE).count()).toBe(before);
  });

  it('never changes: edit, echo, change attempt, unpublish, republish, locale copy, document service', async () => {
    const item = await publish({ disclosure: { publisher: dept.documentId, writtenAt: '2020-01-01' } });
    const number = item.disclosure.indexNumber;
    const id = item.documentId;
    const api = cm(admin, ARTICLE);

    // The admin form echoes the stored draft's values: accepted, unchanged.
    const draft = (await api.get(id)).body.data;
    const echo = await api.update(id, {
      title: '改标题',
      disclosure: { ...draft.disclosure, publisher: dept.documentId },
    });
    expect(echo.body.error).toBeUndefined();
    expect(echo.status).toBe(200);
    expect(echo.body.data.disclosure.indexNumber).toBe(number);

    // A partial component update cannot drop it.
    const partial = await api.update(id, { disclosure: { topic: 'finance-banking-audit' } });
    expect(partial.status).toBe(200);
    expect(partial.body.data.disclosure.indexNumber).toBe(number);

    const change = await api.update(id, {
      disclosure: { ...draft.disclosure, indexNumber: `${dept.organizationCode}/2020-00077` },
    });
    expect(change.status).toBe(400);
    expect(change.body.error.message).toMatch(/disclosure\.indexNumber/);

    await expect(
      app.strapi
        .documents(ARTICLE)
        .update({ documentId: id, data: { disclosure: { indexNumber: 'X/2020-00001' } } as any }),
    ).rejects.toThrow(/索引号/);

    expect((await api.unpublish(id)).status).toBe(200);
    // The draft was edited since its approval: republishing needs a new 保密审查 decision.
    expect((await api.publish(id)).status).toBe(400);
    const again = await approveAndPublish(admin, ARTICLE, id);
    expect(again.status).toBe(200);
    expect(again.body.data.disclosure.indexNumber).toBe(number);

    // A human-edited 繁体 version: relations point at the zh-Hant versions of their targets.
    await cm(admin, 'plugin::gov-core.column').update(
      column.documentId,
      { name: '政府信息公開年度報告' },
      'zh-Hant',
    );
    await cm(admin, 'plugin::gov-core.column').publish(column.documentId, {}, 'zh-Hant');
    const hant = await api.update(id, { title: '道縣政務公開', column: column.documentId }, 'zh-Hant');
    expect(hant.body.error).toBeUndefined();
    expect(hant.status).toBe(200);
    const hantPub = await approveAndPublish(admin, ARTICLE, id, 'zh-Hant');
    expect(hantPub.status).toBe(200);
    expect(hantPub.body.data.disclosure.indexNumber).toBe(number);

    const stored = await app.strapi.db
      .query(ARTICLE)
      .findMany({ where: { documentId: id }, populate: { disclosure: true } });
    expect(stored.length).toBe(4);
    for (const row of stored) expect(row.disclosure.indexNumber).toBe(number);
  });

  it('keeps 发布日期 system-set: a client cannot set or backdate it', async () => {
    const res = await create({ disclosure: { publisher: dept.documentId, publishDate: '2017-05-05' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['disclosure', 'publishDate']);

    const item = await publish({ disclosure: { publisher: dept.documentId } });
    const back = await cm(admin, ARTICLE).update(item.documentId, {
      disclosure: { ...item.disclosure, publishDate: '2001-01-01' },
    });
    expect(back.status).toBe(400);
  });

  it('lets a webmaster correct 发布日期 through the recorded admin action only', async () => {
    const item = await publish({ disclosure: { publisher: dept.documentId } });
    const bad = await admin.post('/gov-core/disclosure/publish-date', {
      contentType: ARTICLE,
      documentId: item.documentId,
      publishDate: '2017/05/05',
      reason: '',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/publishDate/);
    expect(bad.body.error.message).toMatch(/reason/);

    for (const publishDate of ['2017-02-31', '2099-01-01']) {
      const res = await admin.post('/gov-core/disclosure/publish-date', {
        contentType: ARTICLE,
        documentId: item.documentId,
        publishDate,
        reason: '按纸质发文登记簿更正',
      });
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors[0].path).toEqual(['publishDate']);
    }
    const missing = await admin.post('/gov-core/disclosure/publish-date', {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/contentType: 必填/);

    const ok = await admin.post('/gov-core/disclosure/publish-date', {
      contentType: ARTICLE,
      documentId: item.documentId,
      publishDate: '2017-05-08',
      reason: '系统迁移时发布日期录入错误，按纸质发文登记簿更正',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toMatchObject({
      previousDate: item.disclosure.publishDate,
      correctedDate: '2017-05-08',
      actorEmail: admin.user.email,
    });
    const pub = await app.http().get(`/api/gov-core/articles/${item.documentId}`).expect(200);
    expect(pub.body.data.disclosure.publishDate).toBe('2017-05-08');
    const history = await admin
      .get(`/gov-core/disclosure/publish-date?documentId=${item.documentId}`)
      .expect(200);
    expect(history.body.data).toHaveLength(1);

    const editor = await createAdmin(app, { roles: ['strapi-editor'] });
    const denied = await editor.post('/gov-core/disclosure/publish-date', {
      contentType: ARTICLE,
      documentId: item.documentId,
      publishDate: '2017-05-09',
      reason: '试图修改发布日期',
    });
    expect(denied.status).toBe(403);
  });
});

describe('索引号 under concurrency', () => {
  it('gives 20 simultaneous first publishes of one publisher and year 20 distinct consecutive numbers', async () => {
    const publisher = await fx.department({ code: 'concurrent', name: '并发测试单位' });
    const docs = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        app.strapi.documents(ARTICLE).create({
          data: {
            title: `并发 ${i}`,
            column: column.documentId,
            disclosure: { publisher: publisher.documentId, writtenAt: '2021-07-01' },
          } as any,
        }),
      ),
    );
    for (const d of docs) await fx.approve(ARTICLE, d.documentId);
    const results = await Promise.all(docs.map((d) => cm(admin, ARTICLE).publish(d.documentId)));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    const numbers = results.map((r) => r.body.data.disclosure.indexNumber).sort();
    expect(new Set(numbers).size).toBe(20);
    expect(numbers).toEqual(
      Array.from(
        { length: 20 },
        (_, i) => `${publisher.organizationCode}/2021-${String(i + 1).padStart(5, '0')}`,
      ),
    );
  });
});

describe('索引号 register (admin)', () => {
  it('lists issued numbers by publisher and year, and rejects a bad filter with a 400', async () => {
    const res = await admin
      .get(`/gov-core/disclosure/index-numbers?publisherCode=${dept.organizationCode}&year=2017`)
      .expect(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    expect(res.body.data.every((n: any) => n.number.startsWith(`${dept.organizationCode}/2017-`))).toBe(true);
    const bad = await admin.get('/gov-core/disclosure/index-numbers?year=abc').expect(400);
    expect(bad.body.error.message).toMatch(/year: 须为四位年份/);
    await admin.get('/gov-core/disclosure/index-numbers?publisherCode=abc').expect(400);
  });
});
