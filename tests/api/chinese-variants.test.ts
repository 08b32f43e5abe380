import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createAdmin, type AdminSession } from '../helpers/admin';
import { cm } from '../helpers/content-manager';
import { govFixtures } from '../helpers/gov-fixtures';
import { runSeeds } from '../../seeds/loader';
import { chineseVariantsPhrasesSet } from '../../seeds/sets/chinese-variants';
import { daoCountyHtml, nonCjk, nonTextDifferences } from './chinese-variants-helpers';

const ARTICLE = 'plugin::gov-core.article';
const PHRASE = 'plugin::chinese-variants.phrase';
const TITLE = '道县2017年政务公开工作要点';
const DOCUMENT_NUMBER = '道政办发〔2017〕12号';

let app: TestApp;
let admin: AdminSession;
let fx: ReturnType<typeof govFixtures>;
let column: any;
let dept: any;
let dao: any;
const others: any[] = [];

const get = (url: string, headers: Record<string, string> = {}) => app.http().get(url).set(headers);
const articleUrl = (query = '') => `/api/gov-core/articles/${dao.documentId}${query}`;

beforeAll(async () => {
  app = await bootStrapi();
  admin = await createAdmin(app);
  fx = govFixtures(app);
  dept = await fx.department({ code: 'zfb', name: '道县人民政府办公室', shortName: '县政府办' });
  column = await fx.column({ slug: 'zwgk', name: '政务公开', description: '政务公开专栏' });
  dao = await fx.article({
    title: TITLE,
    summary: '全面推进政务公开，助力经济发展。',
    body: daoCountyHtml(),
    source: '道县人民政府办公室',
    column: column.documentId,
    department: dept.documentId,
    disclosure: {
      publisher: dept.documentId,
      topic: 'general-government-affairs',
      writtenAt: '2017-05-05',
      documentNumber: DOCUMENT_NUMBER,
      keywords: '政务公开 工作要点',
    },
  });
  for (let i = 1; i <= 5; i++) {
    others.push(
      await fx.article({
        title: `道县经济发展情况通报（第${i}期）`,
        body: `<p>后来，全县干部群众共同推进发展。第${i}期。</p>`,
        column: column.documentId,
        disclosure: { publisher: dept.documentId, writtenAt: `2017-0${i}-01` },
      }),
    );
  }
});
afterAll(async () => {
  await app?.destroy();
});

describe('variant negotiation', () => {
  it('serves a zh-Hans-only article converted for ?locale=zh-Hant (臺灣字形)', async () => {
    const res = await get(articleUrl('?locale=zh-Hant'));
    expect(res.status).toBe(200);
    expect(res.headers['content-language']).toBe('zh-Hant');
    expect(res.headers.vary).toMatch(/Accept-Language/i);
    expect(res.body.data.title).toBe('道縣2017年政務公開工作要點');
    expect(res.body.data.summary).toBe('全面推進政務公開，助力經濟發展。');
    expect(res.body.data.locale).toBe('zh-Hant');
    expect(res.body.data.convertedFrom).toBe('zh-Hans');
    expect(res.body.meta).toMatchObject({ converted: true, locale: 'zh-Hant' });
    // Relations are converted by their own schema: names yes, codes and slugs no.
    expect(res.body.data.column).toMatchObject({ name: '政務公開', slug: 'zwgk' });
    expect(res.body.data.department).toMatchObject({ name: '道縣人民政府辦公室', code: 'zfb' });
  });

  it('serves Hong Kong forms for ?locale=zh-Hant-HK', async () => {
    const res = await get(`/api/gov-core/articles/${others[0].documentId}?locale=zh-Hant-HK`);
    expect(res.status).toBe(200);
    expect(res.headers['content-language']).toBe('zh-Hant-HK');
    expect(res.body.data.locale).toBe('zh-Hant-HK');
    expect(res.body.data.body).toBe('<p>後來，全縣幹部羣眾共同推進發展。第1期。</p>');
    const tw = await get(`/api/gov-core/articles/${others[0].documentId}?locale=zh-Hant`);
    expect(tw.body.data.body).toBe('<p>後來，全縣幹部群眾共同推進發展。第1期。</p>');
  });

  it.each([
    ['zh-TW', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-HK', 'zh-Hant-HK'],
    ['zh-MO', 'zh-Hant-HK'],
    ['en-US,zh-HK;q=0.9,zh-TW;q=0.8', 'zh-Hant-HK'],
    ['zh-TW;q=0.5, zh-CN;q=0.9', 'zh-Hans'],
    ['zh-HK;q=0, zh-TW;q=0.1', 'zh-Hant'],
  ])('negotiates Accept-Language %s as %s', async (header, locale) => {
    const res = await get(articleUrl(), { 'Accept-Language': header });
    expect(res.status).toBe(200);
    expect(res.headers['content-language']).toBe(locale);
    expect(res.body.data.title).toBe(
      locale === 'zh-Hans'
        ? TITLE
        : locale === 'zh-Hant'
          ? '道縣2017年政務公開工作要點'
          : '道縣2017年政務公開工作要點',
    );
    expect(res.body.data.locale).toBe(locale);
  });

  it('lets ?locale= win over Accept-Language, and serves zh-Hans untouched by default', async () => {
    const res = await get(articleUrl('?locale=zh-Hans'), { 'Accept-Language': 'zh-TW' });
    expect(res.headers['content-language']).toBe('zh-Hans');
    expect(res.body.data.title).toBe(TITLE);
    expect(res.body.data.convertedFrom).toBeUndefined();
    const plain = await get(articleUrl());
    expect(plain.headers['content-language']).toBe('zh-Hans');
    expect(plain.headers.vary).toMatch(/Accept-Language/i);
    expect(plain.body.meta).toBeUndefined();
    const cn = await get(articleUrl('?locale=zh-CN'));
    expect(cn.status).toBe(200);
    expect(cn.body.data.title).toBe(TITLE);
  });

  it('passes an unknown locale to the route unchanged and does not convert errors', async () => {
    const res = await get(articleUrl('?locale=en'));
    expect(res.status).toBe(404);
    expect(res.headers['content-language']).toBeUndefined();
    const bad = await get('/api/gov-core/articles?locale=zh-Hant&pageSize=1000');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/pageSize/);
  });
});

describe('only human text is converted', () => {
  const TEXT_KEYS = new Set([
    'title',
    'subtitle',
    'summary',
    'body',
    'source',
    'author',
    'editor',
    'name',
    'shortName',
    'description',
    'keywords',
    'notOpenReason',
    'alternativeText',
    'caption',
  ]);
  const FLAGS = new Set(['convertedFrom', 'locale']);

  it.each(['zh-Hant', 'zh-Hant-HK'])(
    'keeps every non-text value of the article byte-identical (%s)',
    async (variant) => {
      const [hans, hant] = await Promise.all([
        get(articleUrl('?locale=zh-Hans')),
        get(articleUrl(`?locale=${variant}`)),
      ]);
      expect(nonTextDifferences(hans.body.data, hant.body.data, TEXT_KEYS, FLAGS)).toEqual([]);
      expect(hant.body.data.disclosure.documentNumber).toBe(DOCUMENT_NUMBER);
      expect(hant.body.data.disclosure.indexNumber).toBe(hans.body.data.disclosure.indexNumber);
      expect(hant.body.data.disclosure.indexNumber).toMatch(/\/2017-\d{5}$/);
      expect(hant.body.data.disclosure.topic).toBe('general-government-affairs');
    },
  );

  it('converts the Dao County page keeping 〔〕 document numbers, dates, numbers, tags and URLs intact', async () => {
    const [hans, hant] = await Promise.all([
      get(articleUrl('?locale=zh-Hans')),
      get(articleUrl('?locale=zh-Hant')),
    ]);
    const source: string = hans.body.data.body;
    const converted: string = hant.body.data.body;
    expect(nonCjk(converted)).toBe(nonCjk(source));
    expect(converted).toContain('(中辦發〔2016〕8號)');
    expect(converted).toContain('(國辦發〔2016〕19號)');
    expect(converted).toContain('2017年9月底前');
    expect(converted).toContain('所佔分值權重不得低於4%');
    expect(converted).toContain('道縣人民政府辦公室');
    expect(converted).toContain('href="http://www.daoxian.gov.cn/zwgk/政务公开/index.html"');
    expect(converted).toContain('title="道縣政務公開"');
    expect(converted).toContain('zwgk@daoxian.example');
  });

  it('walks the whole list response: every non-text value identical, pagination identical', async () => {
    const [hans, hant] = await Promise.all([
      get('/api/gov-core/articles?pageSize=25&locale=zh-Hans'),
      get('/api/gov-core/articles?pageSize=25&locale=zh-Hant'),
    ]);
    expect(hant.body.data).toHaveLength(6);
    expect(nonTextDifferences(hans.body.data, hant.body.data, TEXT_KEYS, FLAGS)).toEqual([]);
    expect(hant.body.meta.pagination).toEqual(hans.body.meta.pagination);
  });
});

describe('filters and pagination behave as for zh-Hans', () => {
  it('pages and filters the same documents', async () => {
    for (const query of ['pageSize=2&page=2', `column=zwgk&pageSize=4`, 'year=2017&pageSize=3&page=2']) {
      const [hans, hant] = await Promise.all([
        get(`/api/gov-core/articles?${query}`),
        get(`/api/gov-core/articles?${query}&locale=zh-Hant`),
      ]);
      expect(hant.status).toBe(200);
      expect(hant.body.data.map((a: any) => a.documentId)).toEqual(
        hans.body.data.map((a: any) => a.documentId),
      );
      expect(hant.body.meta.pagination).toEqual(hans.body.meta.pagination);
    }
  });

  it('turns traditional filter values back into simplified on a core route (API token)', async () => {
    const token = await admin.post('/admin/api-tokens', {
      name: 'cv-read',
      type: 'read-only',
      lifespan: null,
    });
    expect(token.status).toBe(201);
    const auth = { Authorization: `Bearer ${token.body.data.accessKey}` };
    for (const [simplified, note] of [
      ['江永县', '永州市地名，促进发展'],
      ['道州', '道县旧称'],
      ['濂溪', '周敦颐故里，发展文旅'],
    ]) {
      expect((await cm(admin, PHRASE).create({ simplified, traditional: simplified, note })).status).toBe(
        201,
      );
    }
    const url = (locale: string, value: string) =>
      `/api/chinese-variants/phrases?filters[note][$contains]=${encodeURIComponent(value)}&sort=simplified:asc&pagination[pageSize]=1&locale=${locale}`;
    const [hans, hant] = await Promise.all([
      get(url('zh-Hans', '发展'), auth),
      get(url('zh-Hant', '發展'), auth),
    ]);
    expect(hans.status).toBe(200);
    expect(hans.body.meta.pagination).toMatchObject({ total: 2, pageSize: 1 });
    expect(hant.body.meta.pagination).toEqual(hans.body.meta.pagination);
    expect(hant.body.data.map((p: any) => p.documentId)).toEqual(
      hans.body.data.map((p: any) => p.documentId),
    );
    // The pair is data (never converted); the note is text.
    expect(hant.body.data[0]).toMatchObject({
      simplified: '江永县',
      traditional: '江永县',
      note: '永州市地名，促進發展',
    });
    expect((await get('/api/chinese-variants/phrases')).status).toBe(403);
  });
});

describe('custom routes of other plugins', () => {
  it('converts the column tree and a column page with its nested article list by schema', async () => {
    const tree = await get('/api/gov-core/columns/tree?locale=zh-Hant');
    expect(tree.status).toBe(200);
    expect(tree.body.data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '政務公開', slug: 'zwgk', description: '政務公開專欄' }),
      ]),
    );
    const page = await get('/api/gov-core/columns/zwgk?pageSize=2', { 'Accept-Language': 'zh-HK' });
    expect(page.status).toBe(200);
    expect(page.body.data.name).toBe('政務公開');
    expect(page.body.data.slug).toBe('zwgk');
    expect(page.body.data.items.data[0].title).toMatch(/^道縣/);
    expect(page.body.data.items.data[0].locale).toBe('zh-Hant-HK');
    expect(page.body.data.items.meta.pagination.pageSize).toBe(2);
  });
});

describe('a stored human-edited zh-Hant version wins', () => {
  it('serves the stored zh-Hant text as is, converts for zh-Hant-HK, and keeps others converted', async () => {
    const docs = app.strapi.documents(ARTICLE as never) as any;
    const target = others[4];
    // Relations of the localization point at the related documents' zh-Hant versions.
    for (const [uid, documentId, name] of [
      ['plugin::gov-core.department', dept.documentId, '道縣人民政府辦公室'],
      ['plugin::gov-core.column', column.documentId, '政務公開'],
    ]) {
      await (app.strapi.documents(uid as never) as any).update({
        documentId,
        locale: 'zh-Hant',
        data: { name },
      });
      await (app.strapi.documents(uid as never) as any).publish({ documentId, locale: 'zh-Hant' });
    }
    await docs.update({
      documentId: target.documentId,
      locale: 'zh-Hant',
      data: { title: '道縣經濟發展情況通報（人工校訂）', body: '<p>人工校訂的繁體正文。</p>' },
    });
    await fx.approveAndPublish(ARTICLE, target.documentId, 'zh-Hant');

    const one = await get(`/api/gov-core/articles/${target.documentId}?locale=zh-Hant`);
    expect(one.body.data.title).toBe('道縣經濟發展情況通報（人工校訂）');
    expect(one.body.data.body).toBe('<p>人工校訂的繁體正文。</p>');
    expect(one.body.data.locale).toBe('zh-Hant');
    expect(one.body.data.convertedFrom).toBeUndefined();
    expect(one.body.meta.converted).toBe(false);

    const list = await get('/api/gov-core/articles?pageSize=25', { 'Accept-Language': 'zh-TW' });
    const entries = new Map(list.body.data.map((a: any) => [a.documentId, a]));
    expect((entries.get(target.documentId) as any).title).toBe('道縣經濟發展情況通報（人工校訂）');
    expect((entries.get(others[3].documentId) as any).convertedFrom).toBe('zh-Hans');
    expect(list.body.meta.converted).toBe(true);

    const hk = await get(`/api/gov-core/articles/${target.documentId}?locale=zh-Hant-HK`);
    expect(hk.body.data.title).toBe('道縣經濟發展情況通報（第5期）');
    expect(hk.body.data.convertedFrom).toBe('zh-Hans');
  });
});

describe('phrase overrides', () => {
  const title = async (locale: string) => (await get(articleUrl(`?locale=${locale}`))).body.data.title;

  it('win over OpenCC, optionally for one variant, and change on the next request', async () => {
    const created = await cm(admin, PHRASE).create({
      simplified: '政务公开',
      traditional: '政務公开（覆盖）',
      variant: 'zh-Hant-HK',
      note: '测试',
    });
    expect(created.status).toBe(201);
    expect(await title('zh-Hant-HK')).toBe('道縣2017年政務公开（覆盖）工作要點');
    expect(await title('zh-Hant')).toBe('道縣2017年政務公開工作要點');

    const updated = await cm(admin, PHRASE).update(created.body.data.documentId, {
      traditional: '政務公開（二）',
      variant: null,
    });
    expect(updated.status).toBe(200);
    expect(await title('zh-Hant')).toBe('道縣2017年政務公開（二）工作要點');
    expect(await title('zh-Hant-HK')).toBe('道縣2017年政務公開（二）工作要點');

    expect((await cm(admin, PHRASE).remove(created.body.data.documentId)).status).toBe(200);
    expect(await title('zh-Hant')).toBe('道縣2017年政務公開工作要點');
  });

  it('are reloaded when another instance changed them (version stamp in the database)', async () => {
    // What another instance does: write the row and bump the stamp; this instance only sees the database.
    await app.strapi.db.query(PHRASE as never).create({
      data: { documentId: 'othr1nstancephrase00000a', simplified: '道县', traditional: '道縣（他處）' },
    });
    expect(await title('zh-Hant')).toBe('道縣2017年政務公開工作要點');
    await app.strapi.plugin('chinese-variants').service('overrides').bumpVersion();
    expect(await title('zh-Hant')).toBe('道縣（他處）2017年政務公開工作要點');
    await app.strapi.db.query(PHRASE as never).delete({ where: { documentId: 'othr1nstancephrase00000a' } });
    await app.strapi.plugin('chinese-variants').service('overrides').bumpVersion();
    expect(await title('zh-Hant')).toBe('道縣2017年政務公開工作要點');
  });

  it('reads the stamps another instance wrote straight into the database, at most once per stampCheckMs', async () => {
    const other = app.strapi.store({ type: 'plugin', name: 'chinese-variants' });
    const stampCheckMs = app.strapi.config.get('plugin::chinese-variants.stampCheckMs');
    await app.strapi.db.query(PHRASE as never).create({
      data: { documentId: 'othr1nstancephrase00000b', simplified: '道县', traditional: '道縣（他處）' },
    });
    try {
      app.strapi.config.set('plugin::chinese-variants.stampCheckMs', 3_600_000);
      expect(await title('zh-Hant')).toBe('道縣2017年政務公開工作要點');
      await other.set({ key: 'overrides-version', value: 'another-instance-1' });
      // Within the interval the stamp is not read again: the change waits.
      expect(await title('zh-Hant')).toBe('道縣2017年政務公開工作要點');
      app.strapi.config.set('plugin::chinese-variants.stampCheckMs', 0);
      expect(await title('zh-Hant')).toBe('道縣（他處）2017年政務公開工作要點');
    } finally {
      app.strapi.config.set('plugin::chinese-variants.stampCheckMs', stampCheckMs);
      await app.strapi.db
        .query(PHRASE as never)
        .delete({ where: { documentId: 'othr1nstancephrase00000b' } });
      await app.strapi.plugin('chinese-variants').service('overrides').bumpVersion();
    }
    expect(await title('zh-Hant')).toBe('道縣2017年政務公開工作要點');
  });

  it.each([
    [{ simplified: 'abc', traditional: 'abc' }, /simplified/],
    [{ simplified: '', traditional: '發' }, /simplified/],
    [{ simplified: '发', traditional: '' }, /traditional/],
    [{ simplified: '发', traditional: '發', variant: 'zh-TW' }, /variant/],
  ])('rejects an invalid pair %j with a 400 naming the field', async (data, field) => {
    const res = await cm(admin, PHRASE).create(data);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error)).toMatch(field);
  });

  it('rejects a second pair for the same phrase and variant', async () => {
    expect((await cm(admin, PHRASE).create({ simplified: '潇水', traditional: '瀟水' })).status).toBe(201);
    const dup = await cm(admin, PHRASE).create({ simplified: '潇水', traditional: '瀟水河' });
    expect(dup.status).toBe(400);
    expect(dup.body.error.message).toMatch(/simplified/);
    expect(
      (await cm(admin, PHRASE).create({ simplified: '潇水', traditional: '瀟水', variant: 'zh-Hant-HK' }))
        .status,
    ).toBe(201);
  });
});

describe('admin preview', () => {
  it('converts a text with POST /chinese-variants/preview', async () => {
    const res = await admin.post('/chinese-variants/preview', {
      text: '头发 台风 皇后 干部 被发明',
      variant: 'zh-Hant',
    });
    expect(res.status).toBe(200);
    expect(res.body.data.text).toBe('頭髮 颱風 皇后 幹部 被發明');
    const html = await admin.post('/chinese-variants/preview', {
      text: '<a href="/发展">发展</a>',
      variant: 'zh-Hant-HK',
      format: 'html',
    });
    expect(html.body.data.text).toBe('<a href="/发展">發展</a>');
  });

  it('previews any article (its draft by default) as the content API would serve it', async () => {
    const res = await admin.post('/chinese-variants/preview/document', {
      documentId: dao.documentId,
      variant: 'zh-Hant',
    });
    expect(res.status).toBe(200);
    expect(res.body.data.title).toBe('道縣2017年政務公開工作要點');
    expect(res.body.source.title).toBe(TITLE);
    const missing = await admin.post('/chinese-variants/preview/document', {
      documentId: 'nope',
      variant: 'zh-Hant',
    });
    expect(missing.status).toBe(404);
  });

  it.each([
    [{ text: '发展', variant: 'zh-TW' }, /variant/],
    [{ variant: 'zh-Hant' }, /text/],
    [{ text: '发展', variant: 'zh-Hant', format: 'pdf' }, /format/],
  ])('rejects %j with a 400 naming the field', async (body, field) => {
    const res = await admin.post('/chinese-variants/preview', body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(field);
  });

  it('is for admins holding the preview permission only', async () => {
    expect(
      (await app.http().post('/chinese-variants/preview').send({ text: '发展', variant: 'zh-Hant' })).status,
    ).toBe(401);
    const author = await createAdmin(app, { roles: ['strapi-author'] });
    expect(
      (await author.post('/chinese-variants/preview', { text: '发展', variant: 'zh-Hant' })).status,
    ).toBe(403);
  });
});

describe('demo seeds', () => {
  it('load the 道县 phrase overrides idempotently, and they apply at once', async () => {
    const first = await runSeeds(app.strapi, { progress: false, sets: [chineseVariantsPhrasesSet] });
    expect(first[0]).toMatchObject({ failed: 0, created: 5, count: 5 });
    const second = await runSeeds(app.strapi, { progress: false, sets: [chineseVariantsPhrasesSet] });
    expect(second[0]).toMatchObject({ failed: 0, created: 0, existing: 5, count: 5 });
    const preview = (variant: string) =>
      admin.post('/chinese-variants/preview', { text: '道县玉蟾岩遗址 道县电视台', variant });
    expect((await preview('zh-Hant')).body.data.text).toBe('道縣玉蟾岩遺址 道縣電視台');
    expect((await preview('zh-Hant-HK')).body.data.text).toBe('道縣玉蟾岩遺址 道縣電視台');
  });
});
