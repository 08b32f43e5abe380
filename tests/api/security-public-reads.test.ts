/**
 * Public reads never name a draft or a 不予公开 item, whatever the route, the parameters, the locale or the
 * depth of the relation: every public route is crawled with every documented parameter, in every script, and
 * no response may contain a hidden item's title (简, 繁 臺灣, 繁 香港), documentId or 发文字号.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { govFixtures, uscc } from '../helpers/gov-fixtures';
import { DOC, documentNumber, ndFixtures } from './normative-docs-helpers';
import { ITEM } from './power-list-helpers';
import { ENV, environmentFixtures } from './environment-helpers';
import { createAdmin } from '../helpers/admin';
import {
  MEDIA_COOKIE,
  mediaGrant,
  parseMediaGrant,
} from '../../plugins/gov-core/server/src/middlewares/uploads';

const ARTICLE = 'plugin::gov-core.article';
const COLUMN = 'plugin::gov-core.column';

let app: TestApp;
/** Strings no public response may contain. */
const secrets: string[] = [];
/** documentIds of open, published items: their detail routes are crawled. */
const open = {
  articles: [] as string[],
  documents: [] as string[],
  batches: [] as string[],
  items: [] as string[],
};
let columnSlug = '';

const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
const hide = (...values: string[]) => {
  for (const v of values) secrets.push(v, toTw(v), toHk(v));
};

beforeAll(async () => {
  app = await bootStrapi();
  const gov = govFixtures(app);
  const docs = (uid: string) => app.strapi.documents(uid as never) as any;
  const dept = await gov.department({ code: 'zfb', name: '县政府办公室' });
  const column = await gov.column({ slug: 'zcwj', name: '政策文件' });
  columnSlug = column.documentId && 'zcwj';
  const draftDept = await docs('plugin::gov-core.department').create({
    data: {
      name: '草稿部门甲',
      code: 'draft-dept',
      organizationCode: uscc(),
      kind: 'department',
    },
  });
  hide('草稿部门甲', draftDept.documentId);
  const draftColumn = await docs(COLUMN).create({
    data: { name: '草稿栏目乙', slug: 'draft-col', kind: 'articles' },
  });
  hide('草稿栏目乙', draftColumn.documentId);

  // 政策文件 and 政策解读 related both ways, with not-open and draft-only items on each side.
  const base = { column: column.documentId, department: dept.documentId };
  const secretPolicy = await gov.article({
    ...base,
    title: '不予公开的政策文件甲',
    disclosure: {
      openness: 'not-open',
      notOpenReason: '涉及国家秘密（理由甲）',
      documentNumber: '道政发〔2026〕901号',
    },
  });
  hide('不予公开的政策文件甲', secretPolicy.documentId, '道政发〔2026〕901号', '涉及国家秘密（理由甲）');
  const openPolicy = await gov.article({ ...base, title: '公开的政策文件' });
  const openInterp = await gov.article({
    ...base,
    title: '公开的解读（解读不予公开的文件）',
    interprets: secretPolicy.documentId,
  });
  const secretInterp = await gov.article({
    ...base,
    title: '不予公开的解读乙',
    interprets: openPolicy.documentId,
    disclosure: { openness: 'not-open', notOpenReason: '涉及工作秘密（理由乙）' },
  });
  hide('不予公开的解读乙', secretInterp.documentId, '涉及工作秘密（理由乙）');
  const draftInterp = await gov.article(
    { ...base, title: '草稿解读丙', interprets: openPolicy.documentId },
    { publish: false },
  );
  hide('草稿解读丙', draftInterp.documentId);
  // A stored 繁体 draft of an open article (finding 4).
  await docs(ARTICLE).update({
    documentId: openPolicy.documentId,
    locale: 'zh-Hant',
    data: { title: '繁體草稿標題丁', body: '<p>未發布的繁體正文丁</p>' },
  });
  hide('繁體草稿標題丁', '未發布的繁體正文丁');
  // A stored, unpublished 繁体 column name.
  await docs(COLUMN).update({
    documentId: column.documentId,
    locale: 'zh-Hant',
    data: { name: '繁體草稿欄目戊' },
  });
  hide('繁體草稿欄目戊');
  open.articles.push(openPolicy.documentId, openInterp.documentId);

  // 规范性文件: replacedBy / replaces and cleanup batches pointing at hidden documents.
  const nd = ndFixtures(app, { column, department: dept });
  const secretNumber = documentNumber('道政密发');
  const secretDoc = await nd.document({
    title: '不予公开的规范性文件己',
    disclosure: {
      documentNumber: secretNumber,
      openness: 'not-open',
      notOpenReason: '涉及国家秘密（理由己）',
    },
  });
  hide('不予公开的规范性文件己', secretDoc.documentId, secretNumber, '涉及国家秘密（理由己）');
  const openDoc = await nd.document({ title: '公开的规范性文件', replacedBy: secretDoc.documentId });
  const secretNumber2 = documentNumber('道政密发');
  const secretOld = await nd.document({
    title: '不予公开的旧规范性文件庚',
    replacedBy: openDoc.documentId,
    disclosure: {
      documentNumber: secretNumber2,
      openness: 'not-open',
      notOpenReason: '涉及国家秘密（理由庚）',
    },
  });
  hide('不予公开的旧规范性文件庚', secretOld.documentId, secretNumber2);
  const draftNumber = documentNumber('道政草发');
  const draftDoc = await nd.document(
    { title: '草稿规范性文件辛', disclosure: { documentNumber: draftNumber } },
    { publish: false },
  );
  hide('草稿规范性文件辛', draftDoc.documentId, draftNumber);
  await docs(DOC).update({
    documentId: openDoc.documentId,
    locale: 'zh-Hant',
    data: { title: '繁體草稿規範性文件壬' },
  });
  hide('繁體草稿規範性文件壬');
  open.documents.push(openDoc.documentId);
  const batch = await nd.batch(
    {
      title: '清理结果的决定',
      decisionDocument: secretDoc.documentId,
      rows: [
        { document: openDoc.documentId, outcome: 'continue' },
        { document: secretDoc.documentId, outcome: 'continue' },
        { document: secretOld.documentId, outcome: 'continue', replacedBy: secretDoc.documentId },
      ],
    },
    { publish: true },
  );
  open.batches.push(batch.documentId);
  const draftBatch = await nd.batch({ title: '草稿清理批次癸', rows: [] });
  hide('草稿清理批次癸', draftBatch.documentId);

  // 权力清单: a not-open and a draft-only item.
  const itemColumn = await gov.column({
    slug: 'quanze-qingdan',
    name: '权责清单',
    kind: 'thematic',
    contentType: ITEM,
  });
  const itemData = (name: string, extra: Record<string, unknown> = {}) => ({
    name,
    category: 'licensing',
    legalBasis: '<p>《中华人民共和国行政许可法》第十二条</p>',
    department: dept.documentId,
    column: itemColumn.documentId,
    responsibilities: [{ stage: 'acceptance', duty: '依法受理申请' }],
    accountability: [{ situation: '不予受理的', basis: '《行政许可法》第七十二条' }],
    ...extra,
  });
  const openItem = await docs(ITEM).create({ data: itemData('公开的权力事项') });
  await gov.approveAndPublish(ITEM, openItem.documentId);
  const secretItem = await docs(ITEM).create({
    data: itemData('不予公开的权力事项子', {
      disclosure: { openness: 'not-open', notOpenReason: '涉及国家秘密（理由子）' },
    }),
  });
  await gov.approveAndPublish(ITEM, secretItem.documentId);
  hide('不予公开的权力事项子', secretItem.documentId);
  const draftItem = await docs(ITEM).create({ data: itemData('草稿权力事项丑') });
  hide('草稿权力事项丑', draftItem.documentId);
  open.items.push(openItem.documentId);

  // 生态环境: a draft-only station and a draft-only water report.
  const env = await environmentFixtures(app);
  await env.station('dx-open', '公开监测点');
  const draftStation = await env.station('dx-draft-station', '草稿监测点寅', { publish: false });
  hide('草稿监测点寅', 'dx-draft-station', draftStation.documentId);
  const draftWater = await docs(ENV.water).create({
    data: {
      township: env.meihua.documentId,
      quarter: '2025Q4',
      sourceType: 'tap',
      siteName: '草稿水质点位卯',
      results: [{ indicator: 'turbidity', value: 0.5 }],
      department: env.bureau.documentId,
      column: env.column.documentId,
    },
  });
  hide('草稿水质点位卯', draftWater.documentId);
}, 180_000);

afterAll(async () => {
  await app?.destroy();
});

/** Every public route, with each documented parameter. */
const routes = () => [
  '/api/gov-core/info',
  '/api/gov-core/openapi.json',
  '/api/gov-core/columns/tree',
  `/api/gov-core/columns/${columnSlug}`,
  `/api/gov-core/columns/${columnSlug}?pageSize=100`,
  '/api/gov-core/articles?pageSize=100',
  `/api/gov-core/articles?pageSize=100&column=${columnSlug}&department=zfb`,
  ...open.articles.map((id) => `/api/gov-core/articles/${id}`),
  '/api/gov-core/departments',
  '/api/gov-core/labels',
  '/api/normative-docs/documents?pageSize=100',
  '/api/normative-docs/documents?pageSize=100&populate=history',
  '/api/normative-docs/documents?pageSize=100&q=规范性文件',
  ...open.documents.flatMap((id) => [
    `/api/normative-docs/documents/${id}`,
    `/api/normative-docs/documents/${id}?populate=history`,
    `/api/normative-docs/documents/${id}?populate=*`,
  ]),
  '/api/normative-docs/batches?pageSize=100',
  ...open.batches.map((id) => `/api/normative-docs/batches/${id}`),
  '/api/normative-docs/labels',
  '/api/power-list/items?pageSize=100',
  '/api/power-list/items?pageSize=100&itemStatus=all',
  '/api/power-list/items?q=权力事项&itemStatus=all',
  ...open.items.map((id) => `/api/power-list/items/${id}`),
  '/api/power-list/summary',
  '/api/power-list/summary?itemStatus=all',
  '/api/power-list/adjustments?pageSize=100',
  '/api/environment/stations',
  '/api/environment/observations',
  '/api/environment/daily?station=dx-open&month=2026-01',
  '/api/environment/aqi-chart.svg?station=dx-open&month=2026-01',
  '/api/environment/forecasts',
  '/api/environment/water-quality',
  '/api/environment/polluters',
  '/api/environment/aqi?pm25=80&pm10=60&averaging=24h&date=2026-01-15',
];

const VARIANTS: { query: string; headers: Record<string, string> }[] = [
  { query: '', headers: {} },
  { query: 'locale=zh-Hans', headers: {} },
  { query: 'locale=zh-Hant', headers: {} },
  { query: 'locale=zh-Hant-HK', headers: {} },
  { query: '', headers: { 'Accept-Language': 'zh-TW' } },
  { query: '', headers: { 'Accept-Language': 'zh-HK' } },
  { query: 'profile=elder', headers: {} },
  { query: 'profile=plain&locale=zh-Hant', headers: {} },
];

const withQuery = (url: string, query: string) =>
  query ? `${url}${url.includes('?') ? '&' : '?'}${query}` : url;

const get = (url: string, headers: Record<string, string> = {}) => {
  let req = app.http().get(url);
  for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
  return req;
};

const errorPaths = (res: { body: any }) =>
  (res.body?.error?.details?.errors ?? []).map((e: any) => (e.path ?? []).join('.'));

describe('the crawl', () => {
  it('serves every public route in every script without naming a draft or 不予公开 item', async () => {
    expect(secrets.length).toBeGreaterThan(60);
    const leaks: string[] = [];
    let responses = 0;
    for (const route of routes()) {
      for (const variant of VARIANTS) {
        const url = withQuery(route, variant.query);
        const res = await get(url, variant.headers);
        expect([url, res.status]).toEqual([url, 200]);
        responses++;
        const body = res.text ?? JSON.stringify(res.body);
        for (const secret of secrets) if (body.includes(secret)) leaks.push(`${url} → ${secret}`);
        if (/"notOpenReason"\s*:/.test(body)) leaks.push(`${url} → notOpenReason`);
      }
    }
    expect(leaks).toEqual([]);
    expect(responses).toBe(routes().length * VARIANTS.length);
  }, 300_000);

  it('still serves the open relations (the crawl is not passing because everything is empty)', async () => {
    const [policy, interp] = open.articles;
    const one = (await get(`/api/gov-core/articles/${policy}`).expect(200)).body.data;
    expect(one.title).toBe('公开的政策文件');
    expect(one.interpretedBy).toEqual([]);
    const two = (await get(`/api/gov-core/articles/${interp}`).expect(200)).body.data;
    expect(two.interprets).toBeNull();
    const doc = (await get(`/api/normative-docs/documents/${open.documents[0]}`).expect(200)).body.data;
    expect(doc.title).toBe('公开的规范性文件');
    expect(doc.replacedBy).toBeNull();
    expect(doc.replaces).toEqual([]);
    const batch = (await get(`/api/normative-docs/batches/${open.batches[0]}`).expect(200)).body.data;
    expect(batch.decisionDocument).toBeNull();
    expect(batch.rows.map((r: any) => r.document?.documentId ?? null)).toEqual([
      open.documents[0],
      null,
      null,
    ]);
    expect(batch.rows[2].replacedBy).toBeNull();
    const hant = await get(`/api/gov-core/articles/${policy}?locale=zh-Hant`).expect(200);
    expect(hant.body.data.title).toBe('公開的政策文件');
    const items = (await get('/api/power-list/items?itemStatus=all&pageSize=100').expect(200)).body.data;
    expect(items.map((i: any) => i.name)).toEqual(['公开的权力事项']);
    const stations = (await get('/api/environment/stations').expect(200)).body.data;
    expect(stations.map((s: any) => s.code)).toEqual(['dx-open']);
  });

  it('answers 404 for hidden items by id, without naming them', async () => {
    const hiddenIds = secrets.filter((s) => /^[a-z0-9]{24}$/.test(s));
    expect(hiddenIds.length).toBeGreaterThanOrEqual(8);
    for (const id of hiddenIds) {
      for (const prefix of [
        '/api/gov-core/articles',
        '/api/normative-docs/documents',
        '/api/normative-docs/batches',
        '/api/power-list/items',
      ]) {
        for (const variant of [{ query: '' }, { query: 'locale=zh-Hant' }]) {
          const res = await get(withQuery(`${prefix}/${id}`, variant.query));
          expect(res.status).toBe(404);
          for (const secret of secrets) expect(res.text).not.toContain(secret.length > 3 ? secret : '\u0000');
        }
      }
    }
  });
});

describe('status on a public route', () => {
  const STATUS_PROBES = [
    'status=draft',
    'status=modified',
    'status=',
    'status[$ne]=published',
    'status[$eq]=draft',
    'status[]=published&status[]=draft',
    'status=DRAFT',
  ];

  it.each(STATUS_PROBES)(
    'refuses %s on every route with a 400 naming status',
    async (probe) => {
      for (const route of routes()) {
        for (const variant of [VARIANTS[0], VARIANTS[2], VARIANTS[4]]) {
          const url = withQuery(withQuery(route, variant.query), probe);
          const res = await get(url, variant.headers);
          expect([url, res.status]).toEqual([url, 400]);
          expect([url, errorPaths(res)]).toEqual([url, expect.arrayContaining(['status'])]);
          expect(res.text).not.toContain('繁體草稿');
        }
      }
    },
    120_000,
  );

  it('names the rule in Chinese', async () => {
    const res = await get(`/api/gov-core/articles/${open.articles[0]}?locale=zh-Hant&status=draft`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('status: 公开接口只提供已发布的信息');
    const pl = await get('/api/power-list/items?status=draft');
    expect(pl.status).toBe(400);
    expect(errorPaths(pl)).toEqual(['status']);
  });

  it('refuses Strapi 4 publicationState=preview too', async () => {
    for (const route of routes()) {
      const res = await get(withQuery(route, 'publicationState=preview'));
      expect([route, res.status, errorPaths(res)]).toEqual([route, 400, ['publicationState']]);
    }
  });

  it('accepts status=published, and power-list keeps its own item statuses', async () => {
    await get(`/api/gov-core/articles?status=published`).expect(200);
    await get(`/api/normative-docs/documents?status=published&locale=zh-Hant`).expect(200);
    for (const status of ['in-force', 'all'])
      await get(`/api/power-list/items?itemStatus=${status}`).expect(200);
    await get('/api/power-list/summary?itemStatus=all').expect(200);
  });
});

describe('attachments at /uploads/…', () => {
  const written: string[] = [];
  const file = async (hash: string, { image = false } = {}) => {
    const ext = image ? '.png' : '.pdf';
    const url = `/uploads/${hash}${ext}`;
    const formats = image
      ? { thumbnail: { url: `/uploads/thumbnail_${hash}${ext}`, width: 156, height: 100 } }
      : null;
    for (const u of [url, ...Object.values(formats ?? {}).map((f) => f.url)]) {
      const target = path.join(app.strapi.dirs.static.public, u);
      fs.writeFileSync(target, `content of ${u}`);
      written.push(target);
    }
    return (app.strapi.db.query('plugin::upload.file' as never) as any).create({
      data: {
        provider: 'local',
        folderPath: '/',
        name: `${hash}${ext}`,
        hash,
        ext,
        mime: image ? 'image/png' : 'application/pdf',
        size: 1,
        url,
        formats,
        alternativeText: image ? '道县政务公开工作示意图' : null,
      },
    });
  };
  let files: Record<'open' | 'secret' | 'draft' | 'loose' | 'shared', any>;

  beforeAll(async () => {
    const gov = govFixtures(app);
    const column = await gov.column({ slug: 'fujian', name: '附件测试' });
    const department = (await gov.department({ code: 'fujian-dept' })).documentId;
    files = {
      open: await file('open_attachment_s1'),
      secret: await file('secret_attachment_s2', { image: true }),
      draft: await file('draft_attachment_s3'),
      loose: await file('library_logo_s4'),
      shared: await file('shared_attachment_s5'),
    };
    await gov.article({
      title: '带附件的公开信息',
      column: column.documentId,
      department,
      attachments: [files.open.id, files.shared.id],
    });
    await gov.article({
      title: '带附件的不予公开信息',
      column: column.documentId,
      department,
      attachments: [files.secret.id, files.shared.id],
      cover: files.secret.id,
      disclosure: { openness: 'not-open', notOpenReason: '涉及国家秘密' },
    });
    await gov.article(
      { title: '带附件的草稿', column: column.documentId, department, attachments: [files.draft.id] },
      { publish: false },
    );
  });
  afterAll(() => {
    for (const target of written) fs.rmSync(target, { force: true });
  });

  it('serves the attachments of public documents and files no document references', async () => {
    for (const f of [files.open, files.shared, files.loose]) {
      const res = await app.http().get(f.url);
      expect([f.url, res.status]).toEqual([f.url, 200]);
    }
    const list = await get('/api/gov-core/articles?column=fujian').expect(200);
    expect(list.body.data.map((a: any) => a.attachments.map((x: any) => x.url))).toEqual([
      [files.open.url, files.shared.url],
    ]);
  });

  it('does not serve the attachments of drafts and 不予公开 items, their formats included', async () => {
    const urls = [files.secret.url, files.secret.formats.thumbnail.url, files.draft.url];
    for (const url of urls) {
      for (const method of ['get', 'head'] as const) {
        const res = await app.http()[method](url);
        expect([method, url, res.status]).toEqual([method, url, 404]);
      }
      expect((await app.http().get(url.replace('/uploads/', '/uploads/%2e/'))).status).toBe(404);
    }
  });

  it('serves held files to an active admin of the panel through its signed media cookie, never cached', async () => {
    const admin = await createAdmin(app);
    const me = await admin.get('/admin/users/me').expect(200);
    const setCookie = ([] as string[]).concat(me.headers['set-cookie'] ?? []);
    const cookies = setCookie.filter((c) => c.startsWith(`${MEDIA_COOKIE}`));
    expect(cookies.join(';')).toMatch(/path=\/uploads/i);
    expect(cookies.join(';')).toMatch(/httponly/i);
    expect(cookies.join(';')).toMatch(/samesite=strict/i);
    const jar = cookies.map((c) => c.split(';')[0]).join('; ');
    for (const url of [files.secret.url, files.secret.formats.thumbnail.url, files.draft.url]) {
      const res = await app.http().get(url).set('Cookie', jar);
      expect([url, res.status, res.headers['cache-control']]).toEqual([url, 200, 'private, no-store']);
    }
    // A forged or unsigned cookie, another user's id without a signature, or a blocked admin: nothing.
    const forged = jar.replace(/gov_admin_media=[^;]+/, `gov_admin_media=${mediaGrant(admin.user.id)}`);
    expect((await app.http().get(files.secret.url).set('Cookie', forged)).status).toBe(404);
    const unsigned = jar
      .split('; ')
      .filter((c) => !c.startsWith(`${MEDIA_COOKIE}.sig`))
      .join('; ');
    expect((await app.http().get(files.secret.url).set('Cookie', unsigned)).status).toBe(404);
    await app.strapi.db
      .query('admin::user')
      .update({ where: { id: admin.user.id }, data: { blocked: true } });
    expect((await app.http().get(files.secret.url).set('Cookie', jar)).status).toBe(404);
    // Public requests with no cookie still get nothing; the public API hands out no cookie.
    const pub = await get('/api/gov-core/articles');
    expect(String(pub.headers['set-cookie'] ?? '')).not.toContain(MEDIA_COOKIE);
    expect((await app.http().get(files.draft.url)).status).toBe(404);
  });

  it('reads the media grant strictly (user id and unexpired time)', () => {
    const now = Date.now();
    expect(parseMediaGrant(mediaGrant(7, now), now)).toBe(7);
    for (const bad of [
      undefined,
      '',
      '7',
      '7.',
      'x.1764620000000',
      '7.1764620000000.1',
      `7.${now}`,
      '-1.9999999999999',
    ])
      expect([bad, parseMediaGrant(bad, now)]).toEqual([bad, null]);
  });

  /** A request sent with its path exactly as written (supertest would resolve dot segments first). */
  const rawStatus = (rawPath: string, method = 'GET') =>
    new Promise<number>((resolve, reject) => {
      const { port } = app.strapi.server.httpServer.address() as AddressInfo;
      const req = http.request({ host: '127.0.0.1', port, path: rawPath, method }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end();
    });
  const disguises = (url: string) => {
    const name = url.slice('/uploads/'.length);
    return [
      `/%75ploads/${name}`,
      `/%55ploads/${name}`,
      `/uploads%2f${name}`,
      `/uploads%2F${name}`,
      `/./uploads/${name}`,
      `/x/../uploads/${name}`,
      `/x/%2e%2e/uploads/${name}`,
      `//uploads/${name}`,
      `/uploads/./${name}`,
      `/uploads//${name}`,
      `/uploads/%2e/${name}`,
      `/Uploads/${name}`,
      `/UPLOADS/${name}`,
      `/uploads%5c${name}`,
      `/uploads/${name.replace(/^./, (c) => `%${c.charCodeAt(0).toString(16)}`)}`,
    ];
  };

  it('judges the file a static route would serve: no encoding, dot segment or case reaches a held file', async () => {
    for (const url of [files.secret.url, files.secret.formats.thumbnail.url, files.draft.url]) {
      for (const disguised of disguises(url)) {
        for (const method of ['GET', 'HEAD']) {
          expect([method, disguised, await rawStatus(disguised, method)]).toEqual([method, disguised, 404]);
        }
      }
    }
  });

  it('serves a public file only at its canonical /uploads/<name>', async () => {
    for (const url of [files.open.url, files.loose.url]) {
      expect([url, await rawStatus(url)]).toEqual([url, 200]);
      for (const disguised of disguises(url))
        expect([disguised, await rawStatus(disguised)]).toEqual([disguised, 404]);
    }
  });

  it('does not serve unknown names or other paths below /uploads', async () => {
    for (const url of [
      '/uploads/no_such_file.pdf',
      '/uploads/..%2f..%2fpackage.json',
      '/uploads/%2e%2e/package.json',
      '/uploads/sub/open_attachment_s1.pdf',
      '/uploads/%E0%A4%A',
    ]) {
      expect([url, (await app.http().get(url)).status]).toEqual([url, 404]);
    }
  });
});
