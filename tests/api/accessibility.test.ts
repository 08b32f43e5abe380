import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createAdmin, type AdminSession } from '../helpers/admin';
import { cm, approveAndPublish } from '../helpers/content-manager';
import { govFixtures } from '../helpers/gov-fixtures';
import { RULE_CASES } from '../../plugins/accessibility/server/src/domain/__tests__/rule-cases';
import { RULES } from '../../plugins/accessibility/server/src/data/rules';
import { containsTextInOrder, textContent } from '../../plugins/accessibility/server/src/domain';
import { daoCountyArticleHtml, uploadFixtures } from './accessibility-helpers';

const ARTICLE = 'plugin::gov-core.article';

let app: TestApp;
let admin: AdminSession;
let fx: ReturnType<typeof govFixtures>;
let dept: any;
let column: any;
let uploads: Awaited<ReturnType<typeof uploadFixtures>>;

beforeAll(async () => {
  app = await bootStrapi();
  admin = await createAdmin(app);
  fx = govFixtures(app);
  dept = await fx.department({ code: 'zfb', name: '道县人民政府办公室' });
  column = await fx.column({ slug: 'zwgk', name: '政务公开' });
  uploads = await uploadFixtures(app);
});
afterAll(async () => {
  await app?.destroy();
});

const check = (body: object, session: AdminSession = admin) => session.post('/accessibility/check', body);

describe('POST /accessibility/check', () => {
  it.each(RULE_CASES)(
    '$rule: reports $why with its criterion, field, excerpt and Chinese hint',
    async (c) => {
      const res = await check({ html: c.fails, field: 'body' });
      expect(res.status).toBe(200);
      const rule = RULES.find((r) => r.id === c.rule)!;
      expect(res.body.violations).toContainEqual(
        expect.objectContaining({
          rule: c.rule,
          criterion: rule.criterion,
          severity: rule.severity,
          field: 'body',
          hint: rule.hint,
          excerpt: expect.any(String),
        }),
      );
      expect(res.body.violations.find((v: any) => v.rule === c.rule).hint).toMatch(/[\u4e00-\u9fff]/);
    },
  );

  it.each(RULE_CASES)('$rule: accepts the corrected markup ($why)', async (c) => {
    const res = await check({ html: c.passes });
    expect(res.status).toBe(200);
    expect(res.body.violations.map((v: any) => v.rule)).not.toContain(c.rule);
  });

  it('returns an empty list for clean HTML, and names the default field "html"', async () => {
    const clean = await check({ html: daoCountyArticleHtml().replace('全文</a>', '全文</a>（PDF，320KB）') });
    expect(clean.status).toBe(200);
    expect(clean.body).toEqual({ violations: [], summary: { errors: 0, warnings: 0, publishable: true } });
    const dirty = await check({ html: '<img src="a.jpg">' });
    expect(dirty.body.violations[0].field).toBe('html');
    expect(dirty.body.summary).toEqual({ errors: 1, warnings: 0, publishable: false });
  });

  it.each([
    [{}, 'html'],
    [{ html: 42 }, 'html'],
    [{ html: '<p>x</p>', field: '1 bad' }, 'field'],
    [{ html: '<p>x</p>', headingBaseLevel: 9 }, 'headingBaseLevel'],
    [{ html: '<p>x</p>', extra: true }, 'extra'],
  ])('refuses bad input %j with a 400 naming %s', async (body, field) => {
    const res = await check(body);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toContain(field);
  });

  it('refuses markup nested deeper than browsers render with a 400, not a 500', async () => {
    const res = await check({ html: `${'<span>'.repeat(600)}道县${'</span>'.repeat(600)}` });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['html']);
    expect(res.body.error.message).toMatch(/嵌套超过 512 层/);
  });

  it('is for authenticated admins with the check permission only', async () => {
    expect((await app.http().post('/accessibility/check').send({ html: '<p>x</p>' })).status).toBe(401);
    const author = await createAdmin(app, { roles: ['strapi-author'] });
    expect((await check({ html: '<p>x</p>' }, author)).status).toBe(403);
    // The portal roles get the check when gov-core creates them.
    for (const role of ['gov-department-editor', 'gov-reviewer', 'gov-webmaster']) {
      const session = await createAdmin(app, { roles: [role] });
      expect((await check({ html: '<p>x</p>' }, session)).status).toBe(200);
    }
  });

  it('lists the rules for the admin page', async () => {
    const res = await admin.get('/accessibility/rules');
    expect(res.status).toBe(200);
    expect(res.body.data.map((r: any) => r.id)).toEqual(RULES.map((r) => r.id));
  });
});

const draft = async (data: Record<string, unknown>) => {
  const res = await cm(admin, ARTICLE).create({
    title: '无障碍检查测试',
    column: column.documentId,
    department: dept.documentId,
    ...data,
  });
  expect(res.status).toBe(201);
  return res.body.data.documentId as string;
};

describe('publish-time checks (document service middleware)', () => {
  it('saves a draft with errors and warnings (saving never blocks)', async () => {
    const id = await draft({ body: '<p><img src="/u/a.jpg"><a href="/x">更多</a></p>' });
    const saved = await cm(admin, ARTICLE).update(id, { body: '<p><img src="/u/b.jpg"></p>' });
    expect(saved.status).toBe(200);
  });

  it('refuses to publish content with errors: 400 listing every error with path = field', async () => {
    const id = await draft({
      body:
        '<h2> </h2><p><img src="/u/a.jpg"></p><a href="/zwgk/"></a>' +
        '<table><caption>表</caption><tr><td>项目</td><td>金额</td></tr></table><a href="/x">更多</a>',
    });
    const res = await approveAndPublish(admin, ARTICLE, id);
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.message).toMatch(/无障碍检查未通过：有 4 处/);
    const errors = res.body.error.details.errors;
    expect(errors.map((e: any) => e.rule)).toEqual([
      'heading-empty',
      'img-alt-missing',
      'link-empty',
      'table-no-header',
    ]);
    for (const e of errors) {
      expect(e.path).toEqual(['body']);
      expect(e.message).toMatch(/^body: /);
      expect(e.criterion).toMatch(/^WCAG 2\.1 .* \/ GB\/T 37668-2019/);
      expect(e.hint).toMatch(/[\u4e00-\u9fff]/);
    }
    // Warnings (更多) are not listed as errors, and nothing was published.
    expect(errors.map((e: any) => e.rule)).not.toContain('link-text-vague');
    const published = await app.strapi.db
      .query(ARTICLE)
      .count({ where: { documentId: id, publishedAt: { $notNull: true } } });
    expect(published).toBe(0);
  });

  it('publishes content that has warnings only', async () => {
    const id = await draft({ body: '<p>详见<a href="/list/">更多</a></p><h4>跳级</h4>' });
    const res = await approveAndPublish(admin, ARTICLE, id);
    expect(res.status).toBe(200);
    expect(res.body.data.publishedAt).toBeTruthy();
  });

  it('publishes once the errors are fixed (after a new approval)', async () => {
    const id = await draft({ body: '<p><img src="/u/a.jpg"></p>' });
    expect((await approveAndPublish(admin, ARTICLE, id)).status).toBe(400);
    expect(
      (await cm(admin, ARTICLE).update(id, { body: '<p><img src="/u/a.jpg" alt="县政府常务会议"></p>' }))
        .status,
    ).toBe(200);
    expect((await approveAndPublish(admin, ARTICLE, id)).status).toBe(200);
  });

  it('checks media fields: an image without alternative text in the media library blocks publishing', async () => {
    const id = await draft({ body: '<p>正文</p>', cover: uploads.photo.id, attachments: [uploads.pdf.id] });
    const res = await approveAndPublish(admin, ARTICLE, id);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['cover'], rule: 'media-alt-missing' }),
    ]);
    const ok = await draft({ body: '<p>正文</p>', cover: uploads.described.id });
    expect((await approveAndPublish(admin, ARTICLE, ok)).status).toBe(200);
  });

  it('answers the 保密审查 gate first: an unapproved draft is refused for that reason', async () => {
    const id = await draft({ body: '<p><img src="/u/a.jpg"></p>' });
    const res = await cm(admin, ARTICLE).publish(id);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/待保密审查：须经审核员通过后发布/);
  });
});

describe('GET /accessibility/documents/:uid/:documentId (edit-view report)', () => {
  const url = (id: string, uid = ARTICLE) => `/accessibility/documents/${encodeURIComponent(uid)}/${id}`;

  it('reports the draft of a document, errors and warnings', async () => {
    const id = await draft({
      body: '<p><img src="/u/a.jpg"><a href="/x">更多</a></p>',
      cover: uploads.photo.id,
    });
    const res = await admin.get(url(id));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      uid: ARTICLE,
      documentId: id,
      locale: 'zh-Hans',
      title: '无障碍检查测试',
    });
    expect(res.body.violations.map((v: any) => [v.field, v.rule])).toEqual([
      ['body', 'img-alt-missing'],
      ['body', 'link-text-vague'],
      ['cover', 'media-alt-missing'],
    ]);
    expect(res.body.summary).toEqual({ errors: 2, warnings: 1, publishable: false });
  });

  it('answers 400 for a type that is not a column type, 404 for an unknown document', async () => {
    const bad = await admin.get(url('abc', 'plugin::gov-core.department'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['uid']);
    expect((await admin.get(url('doesnotexist0000000000000'))).status).toBe(404);
    expect((await admin.get(`${url('x')}?locale=${encodeURIComponent('<script>')}`)).status).toBe(400);
  });

  it("keeps department scoping: an editor cannot read another department's report", async () => {
    const other = await fx.department({ code: 'fgw', name: '道县发展和改革局' });
    const id = await draft({ body: '<p>正文</p>', department: other.documentId });
    const editor = await createAdmin(app, { roles: ['gov-department-editor'] });
    await app.strapi.documents('plugin::gov-core.membership' as never).create({
      data: { user: editor.user.id, departments: [dept.documentId] } as any,
    });
    expect((await editor.get(url(id))).status).toBe(403);
    const mine = await draft({ body: '<p>正文</p>' });
    expect((await editor.get(url(mine))).status).toBe(200);
  });
});

describe('?profile=elder | plain on the content API', () => {
  let documentId: string;
  const original = daoCountyArticleHtml();
  const get = (query: string) => app.http().get(`/api/gov-core/articles/${documentId}${query}`);

  beforeAll(async () => {
    const a = await fx.article({
      title: '道县2017年政务公开工作要点',
      body: original,
      column: column.documentId,
      department: dept.documentId,
      disclosure: { publisher: dept.documentId, writtenAt: '2017-05-05' },
    });
    documentId = a.documentId;
  });

  it('serves the article unchanged without a profile', async () => {
    const res = await get('');
    expect(res.status).toBe(200);
    expect(res.body.data.body).not.toContain('a11y-table-scroll');
    expect(res.body.meta?.profile).toBeUndefined();
  });

  it('rewrites rich text for elder mode and keeps all its text', async () => {
    const plainRes = await get('');
    const res = await get('?profile=elder');
    expect(res.status).toBe(200);
    expect(res.body.meta.profile).toBe('elder');
    const body: string = res.body.data.body;
    expect(containsTextInOrder(textContent(plainRes.body.data.body), textContent(body))).toBe(true);
    // Fixed widths removed, table wrapped for horizontal scrolling.
    expect(body).not.toMatch(/width/);
    expect(body).toContain(
      '<div class="a11y-table-scroll" role="region" tabindex="0" aria-label="表格（可横向滚动）"><table>',
    );
    // The image gets its large rendition, the attachment its type and size, links their target.
    expect(body).toContain('src="/uploads/large_panorama_a11y.jpg"');
    expect(body).toContain('道县2017年政务公开工作要点全文</a>（PDF，320KB）');
    expect(body).toMatch(
      /中国政府网政策专栏<span class="a11y-visually-hidden">（外部链接）<\/span><span class="a11y-visually-hidden">（在新窗口打开）<\/span><\/a>/,
    );
    // Other fields are left alone.
    expect(res.body.data.title).toBe('道县2017年政务公开工作要点');
  });

  it('serves the xlarge (1200 px) rendition when the media library has one', async () => {
    const a = await fx.article({
      title: '图片',
      body: '<p><img src="/uploads/img_0001_a11y.jpg" alt="政务公开培训会"></p>',
      column: column.documentId,
      department: dept.documentId,
    });
    const res = await app.http().get(`/api/gov-core/articles/${a.documentId}?profile=elder`);
    expect(res.body.data.body).toContain('src="/uploads/xlarge_img_0001_a11y.jpg"');
  });

  it('returns a pure-text version with ?profile=plain and keeps all text', async () => {
    const res = await get('?profile=plain');
    expect(res.status).toBe(200);
    expect(res.body.meta.profile).toBe('plain');
    // The text has its own key; `body` stays the HTML it always is (finding 8).
    expect(res.body.data.body).toBe((await get('')).body.data.body);
    const text: string = res.body.data.bodyText;
    expect(text).not.toMatch(/<[a-z]/i);
    expect(containsTextInOrder(textContent(original), text)).toBe(true);
    expect(text).toContain('任务 | 责任单位');
    expect(text).toContain('【图片：道县县城全景】');
    expect(text).toContain('中国政府网政策专栏（http://www.gov.cn/zhengce/）');
  });

  it('applies to lists too', async () => {
    const res = await app.http().get(`/api/gov-core/articles?column=zwgk&profile=plain`);
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    for (const item of res.body.data) if (item.body) expect(item.bodyText).not.toMatch(/<p>/);
  });

  it('combines with ?locale=zh-Hant: converted text, notes in 繁体, no text lost', async () => {
    const hant = await get('?locale=zh-Hant');
    for (const query of ['?profile=elder&locale=zh-Hant', '?locale=zh-Hant&profile=elder']) {
      const res = await get(query);
      expect(res.status).toBe(200);
      expect(res.headers['content-language']).toBe('zh-Hant');
      expect(res.body.meta).toMatchObject({ profile: 'elder', locale: 'zh-Hant' });
      const body: string = res.body.data.body;
      expect(body).toContain('道縣');
      expect(body).toContain('（外部鏈接）');
      expect(body).toContain('表格（可橫向滾動）');
      expect(containsTextInOrder(textContent(hant.body.data.body), textContent(body))).toBe(true);
    }
    const plain = await get('?profile=plain&locale=zh-Hant');
    expect(plain.body.data.bodyText).toContain('【圖片：道縣縣城全景】');
    expect(containsTextInOrder(textContent(hant.body.data.body), plain.body.data.bodyText)).toBe(true);
  });

  it('refuses an unknown profile with a 400 naming the parameter', async () => {
    for (const query of ['?profile=large', '?profile[]=elder']) {
      const res = await get(query);
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors[0].path).toEqual(['profile']);
    }
  });
});

describe('toolbar assets and demo page', () => {
  it('serves the script and stylesheet with caching headers, usable from any origin', async () => {
    for (const [path, type] of [
      ['/accessibility/toolbar.js', /javascript/],
      ['/accessibility/toolbar.css', /css/],
    ] as const) {
      const res = await app.http().get(path);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(type);
      expect(res.headers['cache-control']).toMatch(/max-age=\d+/);
      expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
      expect(res.headers.etag).toBeTruthy();
      const again = await app.http().get(path).set('If-None-Match', res.headers.etag);
      expect(again.status).toBe(304);
    }
  });

  it('serves the demo page with the toolbar included by one script tag', async () => {
    const res = await app.http().get('/accessibility/demo');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<html lang="zh-Hans">');
    expect(res.text).toContain('<script src="/accessibility/toolbar.js" defer></script>');
    expect(res.text).toContain('道县2017年政务公开工作要点');
    expect((await app.http().get('/accessibility/demo?lang=zh-Hant')).text).toContain(
      '<html lang="zh-Hant">',
    );
  });
});
