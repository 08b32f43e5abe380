import { bootStrapi, type TestApp } from '../helpers/strapi';
import { runSeeds } from '../../seeds/loader';
import type { SeedReport } from '../../seeds/types';
import { localesSet } from '../../seeds/sets/locales';
import {
  GOV_ARTICLES,
  GOV_COLUMNS,
  GOV_DEPARTMENTS,
  govColumnsSet,
  govCoreSets,
} from '../../seeds/sets/gov-core';
import { validateOrganizationCode } from '../../plugins/gov-core/server/src/domain/organization-code';
import { TOPIC_KEYS } from '../../plugins/gov-core/server/src/data/topics';

const DAO_TITLE = '道县2017年政务公开工作要点';
const byName = (reports: SeedReport[], name: string) => reports.find((r) => r.name === name)!;
const counts = (reports: SeedReport[]) => Object.fromEntries(reports.map((r) => [r.name, r.count]));
// gov-core's sets and what they need (the whole SEED_SETS list is exercised by seeds.test.ts).
const sets = [localesSet, ...govCoreSets];
const zfb = GOV_DEPARTMENTS.find((d) => d.code === 'zfb')!;

describe('gov-core seed data (no Strapi)', () => {
  it('gives every department a valid, unique 统一社会信用代码 of 道县 (431124)', () => {
    for (const d of GOV_DEPARTMENTS) {
      expect({ code: d.code, check: validateOrganizationCode(d.organizationCode) }).toEqual({
        code: d.code,
        check: { ok: true, kind: 'uscc-18' },
      });
      expect(d.organizationCode.slice(2, 8)).toBe('431124');
    }
    expect(new Set(GOV_DEPARTMENTS.map((d) => d.organizationCode)).size).toBe(GOV_DEPARTMENTS.length);
    expect(new Set(GOV_DEPARTMENTS.map((d) => d.code)).size).toBe(GOV_DEPARTMENTS.length);
  });

  it('refers only to seeded departments, columns and topics, with parents listed before use', () => {
    const codes = new Set(GOV_DEPARTMENTS.map((d) => d.code));
    const slugs = new Set(GOV_COLUMNS.map((c) => c.slug));
    expect(slugs.size).toBe(GOV_COLUMNS.length);
    for (const c of GOV_COLUMNS) if (c.parent) expect(slugs).toContain(c.parent);
    for (const a of GOV_ARTICLES) {
      expect(slugs).toContain(a.column);
      expect(codes).toContain(a.department);
      expect(codes).toContain(a.disclosure.publisher);
      expect(TOPIC_KEYS).toContain(a.disclosure.topic);
      expect(a.disclosure).not.toHaveProperty('indexNumber');
      expect(a.disclosure).not.toHaveProperty('publishDate');
    }
  });
});

describe('gov-core seeds (booted Strapi)', () => {
  let app: TestApp;
  let first: SeedReport[];
  beforeAll(async () => {
    app = await bootStrapi();
    first = await runSeeds(app.strapi, { progress: false, sets });
  });
  afterAll(async () => {
    await app?.destroy();
  });

  it('loads every record, and a second run creates nothing and leaves the same counts', async () => {
    for (const set of govCoreSets) expect(byName(first, set.name).errors).toEqual([]);
    expect(byName(first, 'gov-core departments')).toMatchObject({
      created: GOV_DEPARTMENTS.length,
      count: GOV_DEPARTMENTS.length,
    });
    expect(byName(first, 'gov-core columns')).toMatchObject({
      created: GOV_COLUMNS.length,
      count: GOV_COLUMNS.length,
    });
    expect(byName(first, 'gov-core articles')).toMatchObject({
      created: GOV_ARTICLES.length,
      count: GOV_ARTICLES.length,
    });

    const second = await runSeeds(app.strapi, { progress: false, sets });
    expect(second.every((r) => r.failed === 0)).toBe(true);
    expect(second.reduce((n, r) => n + r.created + r.updated, 0)).toBe(0);
    expect(counts(second)).toEqual(counts(first));
  });

  it('serves the Dao County page publicly in 政务公开 > 政府信息公开年度报告 with its 信息公开目录 metadata', async () => {
    const res = await app.http().get('/api/gov-core/articles?column=ndbg');
    expect(res.status).toBe(200);
    expect(res.body.meta.pagination.total).toBe(1);
    const [article] = res.body.data;
    expect(article).toMatchObject({
      title: DAO_TITLE,
      source: '道县人民政府办公室',
      column: { slug: 'ndbg', name: '政府信息公开年度报告' },
      department: { code: 'zfb', shortName: '县政府办' },
      disclosure: {
        indexNumber: `${zfb.organizationCode}/2017-00001`,
        writtenAt: '2017-05-05',
        // The original page's date, restored through the recorded correction.
        publishDate: '2017-12-29',
        topic: 'general-government-affairs',
        openness: 'proactive',
        publisher: { name: '道县人民政府办公室', code: 'zfb', organizationCode: zfb.organizationCode },
      },
    });
    expect(article.disclosure.documentNumber ?? null).toBeNull();
    expect(article.body).toContain('<h2>一、围绕深化改革推进公开</h2>');
    expect(article.body).toContain('<h3>(一)全面推进权力清单和责任清单公开</h3>');
    expect(article.body).toContain('加快建设开放富裕品质活力道州。</p>');
    expect(article.body.match(/<h2>/g)).toHaveLength(6);

    const one = await app.http().get(`/api/gov-core/articles/${article.documentId}`);
    expect(one.status).toBe(200);
    expect(one.body.data.title).toBe(DAO_TITLE);

    const byYear = await app.http().get('/api/gov-core/articles?year=2017&department=zfb&pageSize=100');
    expect(byYear.body.data.map((a: any) => a.title)).toContain(DAO_TITLE);

    const history = await app.strapi
      .plugin('gov-core')
      .service('publish-date')
      .history({ documentId: article.documentId });
    expect(history).toHaveLength(1);
  });

  it('serves the column tree with 政务公开 and its children in order', async () => {
    const res = await app.http().get('/api/gov-core/columns/tree');
    expect(res.status).toBe(200);
    expect(res.body.data.map((c: any) => c.slug)).toEqual([
      'zhengwu-gongkai',
      'xinwen-zhongxin',
      'zhengwu-fuwu',
    ]);
    const [gongkai] = res.body.data;
    expect(gongkai.name).toBe('政务公开');
    expect(gongkai.children.map((c: any) => c.slug)).toEqual([
      'gongkai-zhinan',
      'ndbg',
      'zhengce-wenjian',
      'guifanxing-wenjian',
      'zhengce-jiedu',
      'quanze-qingdan',
      'zhongda-jianshe',
      'yujuesuan',
      'shenji-gonggao',
      'fupin-kaifa',
      'shehui-jiuzhu',
      'jiuye-chuangye',
      'huanjing-baohu',
    ]);
    const jianshe = gongkai.children.find((c: any) => c.slug === 'zhongda-jianshe');
    expect(jianshe.children.map((c: any) => c.slug)).toEqual(['ppp']);
    const fuwu = res.body.data[2];
    expect(fuwu).toMatchObject({ kind: 'link', externalUrl: 'https://zwfw-new.hunan.gov.cn/' });

    const env = await app.http().get('/api/gov-core/columns/huanjing-baohu');
    expect(env.status).toBe(200);
    expect(env.body.data.breadcrumb.map((c: any) => c.name)).toEqual(['政务公开', '环境保护']);
  });

  it('seeds thematic columns as plain lists while their plugin has registered no column type', async () => {
    // 社会救助 waits for a relief plugin that does not exist yet.
    const record = {
      slug: 'seed-thematic-waiting',
      name: '社会救助',
      parent: 'zhengwu-gongkai',
      order: 998,
      kind: 'articles',
      cadence: 'notice',
      thematicPlugin: 'relief',
    };
    expect(await govColumnsSet.apply(app.strapi, record)).toBe('created');
    const res = await app.http().get('/api/gov-core/columns/seed-thematic-waiting');
    expect(res.body.data).toMatchObject({ kind: 'articles', contentType: null });
    const docs = app.strapi.documents('plugin::gov-core.column' as never) as any;
    const created = await docs.findFirst({ filters: { slug: record.slug } });
    await docs.delete({ documentId: created.documentId, locale: '*' });
  });

  it('seeds the columns of registered plugins as thematic columns of their type', async () => {
    const res = await app.http().get('/api/gov-core/columns/quanze-qingdan');
    expect(res.body.data).toMatchObject({ kind: 'thematic', contentType: 'plugin::power-list.power-item' });
    const budget = await app.http().get('/api/gov-core/columns/yujuesuan');
    expect(budget.body.data).toMatchObject({ kind: 'thematic', contentType: 'plugin::budget.budget-report' });
  });

  it('makes a column thematic when its plugin has registered exactly one type, also on a later run', async () => {
    const record = {
      slug: 'seed-thematic-probe',
      name: '专题探针',
      parent: 'zhengwu-gongkai',
      order: 999,
      kind: 'articles',
      cadence: 'news',
      thematicPlugin: 'gov-core',
    };
    expect(await govColumnsSet.apply(app.strapi, record)).toBe('created');
    const fresh = await app.http().get('/api/gov-core/columns/seed-thematic-probe');
    expect(fresh.body.data).toMatchObject({ kind: 'thematic', contentType: 'plugin::gov-core.article' });

    const docs = app.strapi.documents('plugin::gov-core.column' as never) as any;
    const later = { ...record, slug: 'seed-thematic-later' };
    const plain = await docs.create({
      data: { name: record.name, slug: later.slug, kind: 'articles', cadence: 'news' },
    });
    await docs.publish({ documentId: plain.documentId });
    expect(await govColumnsSet.apply(app.strapi, later)).toBe('updated');
    expect(await govColumnsSet.apply(app.strapi, later)).toBe('existing');
    const upgraded = await app.http().get('/api/gov-core/columns/seed-thematic-later');
    expect(upgraded.body.data).toMatchObject({ kind: 'thematic', contentType: 'plugin::gov-core.article' });

    for (const documentId of [
      plain.documentId,
      (await docs.findFirst({ filters: { slug: record.slug } })).documentId,
    ])
      await docs.delete({ documentId, locale: '*' });
  });

  it('links the 政策解读 to the 政策文件 it interprets, both public', async () => {
    const res = await app.http().get('/api/gov-core/articles?column=zhengce-jiedu');
    expect(res.body.data).toHaveLength(1);
    const [jiedu] = res.body.data;
    expect(jiedu.interprets.title).toBe('道县人民政府办公室关于进一步加强政府网站信息内容建设的通知');
    const policy = await app.http().get('/api/gov-core/articles?column=zhengce-wenjian');
    expect(policy.body.data[0]).toMatchObject({
      disclosure: {
        documentNumber: '道政办发〔2017〕21号',
        indexNumber: `${zfb.organizationCode}/2017-00002`,
      },
      interpretedBy: [{ title: jiedu.title }],
    });
  });

  it('stores every department with its organization code, published', async () => {
    const res = await app.http().get('/api/gov-core/departments');
    expect(res.status).toBe(200);
    const stored = Object.fromEntries(res.body.data.map((d: any) => [d.code, d.organizationCode]));
    for (const d of GOV_DEPARTMENTS) expect(stored[d.code]).toBe(d.organizationCode);
    expect(res.body.data[0]).toMatchObject({ code: 'zf', kind: 'government' });
  });

  it('--reset wipes the seeded documents (articles, then columns, then departments) and reloads them', async () => {
    for (const set of [...govCoreSets].reverse()) await set.reset!(app.strapi);
    for (const set of govCoreSets) expect(await set.count(app.strapi)).toBe(0);
    const tree = await app.http().get('/api/gov-core/columns/tree');
    expect(tree.body.data).toEqual([]);

    const reloaded = await runSeeds(app.strapi, { progress: false, reset: true, sets });
    expect(reloaded.every((r) => r.failed === 0)).toBe(true);
    expect(counts(reloaded)).toEqual(counts(first));
    const res = await app.http().get('/api/gov-core/articles?column=ndbg');
    // 索引号 are never reused: the re-created page gets the next serial of 县政府办's 2017 sequence.
    expect(res.body.data[0].disclosure.indexNumber).toMatch(
      new RegExp(`^${zfb.organizationCode}/2017-\\d{5}$`),
    );
  });
});
