import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createAdmin, type AdminSession } from '../helpers/admin';
import { cm } from '../helpers/content-manager';
import { govFixtures } from '../helpers/gov-fixtures';
import { markupSignature } from '../../plugins/chinese-variants/server/src/domain/html';

const ARTICLE = 'plugin::gov-core.article';
const PHRASE = 'plugin::chinese-variants.phrase';
const PREVIEW_ACTION = 'plugin::chinese-variants.preview';
const RESET_TOKEN = 'a1b2c3d4e5f60718293a4b5c6d7e8f9000112233';

let app: TestApp;
let superAdmin: AdminSession;
let editorA: AdminSession;
let reviewerA: AdminSession;
let previewOnly: AdminSession;
let fx: ReturnType<typeof govFixtures>;
let deptA: any;
let deptB: any;
let column: any;
let draftA: any;
let draftB: any;

const grantPreview = async (code: string) => {
  const role = await app.strapi.db.query('admin::role').findOne({ where: { code } });
  await app.strapi
    .service('admin::role')
    .addPermissions(role.id, [{ action: PREVIEW_ACTION, subject: null, conditions: [], properties: {} }]);
};

const member = (session: AdminSession, depts: any[]) => fx.membership(session.user, depts);

beforeAll(async () => {
  app = await bootStrapi();
  fx = govFixtures(app);
  superAdmin = await createAdmin(app);
  editorA = await createAdmin(app, { roles: ['gov-department-editor'] });
  reviewerA = await createAdmin(app, { roles: ['gov-reviewer'] });
  const roles = app.strapi.service('admin::role');
  const previewRole = await roles.create({ name: '繁体预览员', description: 'preview only' });
  await roles.assignPermissions(previewRole.id, [{ action: PREVIEW_ACTION }]);
  previewOnly = await createAdmin(app, { roles: [previewRole.code] });
  await grantPreview('gov-department-editor');
  await grantPreview('gov-reviewer');

  deptA = await fx.department({ code: 'sec-a', name: '县发展和改革局' });
  deptB = await fx.department({ code: 'sec-b', name: '县财政局' });
  column = await fx.column({ slug: 'sec-zwgk', name: '政务公开' });
  await member(editorA, [deptA]);
  await member(reviewerA, [deptA]);
  // Drafts written by a super admin through the content manager: createdBy/updatedBy point at a real admin user.
  const create = async (dept: any, title: string) => {
    const res = await cm(superAdmin, ARTICLE).create({
      title,
      body: '<p>发展改革工作要点</p>',
      column: column.documentId,
      department: dept.documentId,
    });
    expect(res.status).toBe(201);
    return res.body.data;
  };
  draftA = await create(deptA, '县发展和改革局工作要点（草稿）');
  draftB = await create(deptB, '县财政局预算说明（草稿）');
  // A live reset token on the super admin: the preview must never leak it.
  await app.strapi.db
    .query('admin::user')
    .update({ where: { id: superAdmin.user.id }, data: { resetPasswordToken: RESET_TOKEN } });
});
afterAll(async () => {
  await app?.destroy();
});

const SECRETS = [
  /"password"/,
  /resetPasswordToken/,
  /\$2[aby]\$/,
  new RegExp(RESET_TOKEN),
  /scopeDepartment/,
];
const expectNoSecrets = (body: unknown) => {
  const text = JSON.stringify(body);
  for (const secret of SECRETS) expect(text).not.toMatch(secret);
};

describe('finding 5: POST /chinese-variants/preview/document reads only what the content manager shows', () => {
  const preview = (session: AdminSession, body: object) =>
    session.post('/chinese-variants/preview/document', { variant: 'zh-Hant', ...body });

  const userId = () => String(superAdmin.user.id);
  const refusedTargets = () => [
    { contentType: 'admin::user', documentId: userId() },
    { contentType: 'plugin::users-permissions.user', documentId: userId() },
    { contentType: 'plugin::gov-core.membership', documentId: 'x' },
    { contentType: PHRASE, documentId: 'x' },
    { contentType: 'strapi::core-store', documentId: 'x' },
  ];

  it('refuses every content type that is not a registered column type, for every role (400 naming contentType)', async () => {
    for (const session of [superAdmin, editorA, reviewerA, previewOnly]) {
      for (const target of refusedTargets()) {
        const res = await preview(session, target);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/contentType/);
        expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/);
        expectNoSecrets(res.body);
      }
    }
  });

  it('refuses a user holding only the preview permission (no content-manager read): 403', async () => {
    for (const draft of [draftA, draftB]) {
      const res = await preview(previewOnly, { documentId: draft.documentId });
      expect(res.status).toBe(403);
      expectNoSecrets(res.body);
    }
  });

  it('refuses another department’s draft to 部门编辑 and 审核员 (403), and serves their own', async () => {
    for (const session of [editorA, reviewerA]) {
      const other = await preview(session, { documentId: draftB.documentId });
      expect(other.status).toBe(403);
      expect(JSON.stringify(other.body)).not.toContain('财政局预算说明');
      expectNoSecrets(other.body);

      const own = await preview(session, { documentId: draftA.documentId });
      expect(own.status).toBe(200);
      expect(own.body.data.title).toBe('縣發展和改革局工作要點（草稿）');
      expect(own.body.data.body).toBe('<p>發展改革工作要點</p>');
      expect(own.body.source.title).toBe('县发展和改革局工作要点（草稿）');
      expectNoSecrets(own.body);
    }
  });

  it('serves a super admin any draft, sanitised as the content manager does: no admin-user secrets', async () => {
    const res = await preview(superAdmin, { documentId: draftB.documentId });
    expect(res.status).toBe(200);
    expect(res.body.data.title).toBe('縣財政局預算說明（草稿）');
    expectNoSecrets(res.body);
    // No admin user at any depth (createdBy/updatedBy), relations as the content manager gives them (counts).
    for (const data of [res.body.data, res.body.source]) {
      expect(data.createdBy).toBeUndefined();
      expect(data.updatedBy).toBeUndefined();
      expect(data.department).toEqual({ count: 1 });
    }
    expect(JSON.stringify(res.body)).not.toContain(superAdmin.user.email);
  });

  it('answers 404 for a document that does not exist, and 401 without a session', async () => {
    const missing = await preview(superAdmin, { documentId: 'doesnotexist0000000000000' });
    expect(missing.status).toBe(404);
    const scopedMissing = await preview(editorA, { documentId: 'doesnotexist0000000000000' });
    expect(scopedMissing.status).toBe(404);
    const anonymous = await app
      .http()
      .post('/chinese-variants/preview/document')
      .send({ documentId: draftA.documentId, variant: 'zh-Hant' });
    expect(anonymous.status).toBe(401);
  });

  it('refuses bad input with a 400 naming the field', async () => {
    for (const [body, field] of [
      [{ documentId: draftA.documentId, variant: 'zh-TW' }, /variant/],
      [{ documentId: draftA.documentId, status: 'archived' }, /status/],
      [{ documentId: '' }, /documentId/],
      [{ documentId: draftA.documentId, contentType: 'admin::user; drop' }, /contentType/],
    ] as const) {
      const res = await preview(superAdmin, body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(field);
    }
  });
});

describe('finding 6: phrase overrides are text', () => {
  const HOSTILE = [
    '<img src=x onerror=alert(1)>',
    '政務" onmouseover="alert(1)',
    "政務' onfocus='alert(1)",
    '</p><script>alert(1)</script>',
    '[政務](javascript:alert(1))',
    '&lt;img&gt;',
  ];
  let article: any;
  const BODY =
    '<p title="政务公开目录">政务公开</p><p><img src="/uploads/a.png" alt="政务公开图片"></p><p>依法推进政务公开。</p>';

  beforeAll(async () => {
    article = await fx.article({
      title: '道县政务公开工作要点',
      body: BODY,
      column: column.documentId,
      department: deptA.documentId,
    });
  });

  it.each(HOSTILE)(
    'refuses %j as a traditional value on save with a 400 naming the field',
    async (traditional) => {
      const res = await cm(superAdmin, PHRASE).create({ simplified: '政务公开', traditional });
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors[0].path).toEqual(['traditional']);
      expect(res.body.error.message).toMatch(/^traditional: 繁体词语只能包含.*标记字符/);
    },
  );

  it('refuses markup in the simplified value, and on update too', async () => {
    const bad = await cm(superAdmin, PHRASE).create({ simplified: '政务<b>公开', traditional: '政務公開' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['simplified']);
    const ok = await cm(superAdmin, PHRASE).create({ simplified: '潇湘', traditional: '瀟湘' });
    expect(ok.status).toBe(201);
    const update = await cm(superAdmin, PHRASE).update(ok.body.data.documentId, {
      traditional: '瀟湘" onmouseover="alert(1)',
    });
    expect(update.status).toBe(400);
    expect(update.body.error.details.errors[0].path).toEqual(['traditional']);
    expect((await cm(superAdmin, PHRASE).remove(ok.body.data.documentId)).status).toBe(200);
  });

  it('never lets a hostile row written straight to the database into any 繁体 response', async () => {
    const url = `/api/gov-core/articles/${article.documentId}`;
    const clean = {
      hant: (await app.http().get(`${url}?locale=zh-Hant`)).body,
      hk: (await app.http().get(`${url}?locale=zh-Hant-HK`)).body,
    };
    expect(clean.hant.data.title).toBe('道縣政務公開工作要點');
    const overrides = app.strapi.plugin('chinese-variants').service('overrides');
    const rows = HOSTILE.map((traditional, i) => ({
      documentId: `hostilephrase${String(i).padStart(11, '0')}`,
      simplified: ['政务公开', '政务', '公开', '工作要点', '依法', '道县'][i],
      traditional,
    }));
    for (const data of rows) await app.strapi.db.query(PHRASE as never).create({ data });
    await overrides.bumpVersion();
    try {
      for (const [query, expected] of [
        ['?locale=zh-Hant', clean.hant],
        ['?locale=zh-Hant-HK', clean.hk],
      ] as const) {
        const res = await app.http().get(`${url}${query}`);
        expect(res.status).toBe(200);
        // The rows are skipped when the overrides load: the response is what it was without them.
        expect(res.body.data.title).toBe(expected.data.title);
        expect(res.body.data.body).toBe(expected.data.body);
        const text = JSON.stringify(res.body);
        for (const marker of ['onerror', 'onmouseover', 'onfocus', '<script', 'javascript:', '<img src=x'])
          expect(text).not.toContain(marker);
      }
      const list = await app.http().get(`/api/gov-core/articles?column=${column.slug}&locale=zh-Hant`);
      expect(list.status).toBe(200);
      expect(JSON.stringify(list.body)).not.toMatch(/onerror|onmouseover|<script/);
      const preview = await superAdmin.post('/chinese-variants/preview', {
        text: BODY,
        variant: 'zh-Hant',
        format: 'html',
      });
      expect(preview.status).toBe(200);
      expect(preview.body.data.text).not.toMatch(/onerror|onmouseover|<script/);
      expect(markupSignature(preview.body.data.text)).toBe(markupSignature(BODY));
    } finally {
      await app.strapi.db
        .query(PHRASE as never)
        .deleteMany({ where: { documentId: { $in: rows.map((r) => r.documentId) } } });
      await overrides.bumpVersion();
    }
  });

  it('keeps a legitimate override with Latin letters as text, the markup unchanged', async () => {
    const pair = await cm(superAdmin, PHRASE).create({ simplified: '政务公开', traditional: '政務公開 OK' });
    expect(pair.status).toBe(201);
    try {
      const url = `/api/gov-core/articles/${article.documentId}`;
      const source = (await app.http().get(url)).body.data.body;
      const res = await app.http().get(`${url}?locale=zh-Hant`);
      expect(res.body.data.title).toBe('道縣政務公開 OK工作要點');
      expect(markupSignature(res.body.data.body)).toBe(markupSignature(source));
      expect(res.body.data.body).toContain('政務公開&#32;OK');
    } finally {
      await cm(superAdmin, PHRASE).remove(pair.body.data.documentId);
    }
  });
});

describe('finding 8: ?profile=plain never turns a key from HTML into text', () => {
  // Editors write about markup: the vectors are *text* in the article, stored HTML-escaped.
  const VECTORS = [
    `<img src=x onerror=alert(1)>`,
    `<script>alert(document.cookie)</script>`,
    `<svg/onload=alert('XSS')>`,
    `<a href="javascript:alert(1)">x</a>`,
    `<iframe src="javascript:alert(1)"></iframe>`,
    `"><img src=x onerror=alert(1)>`,
  ];
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  let article: any;

  beforeAll(async () => {
    article = await fx.article({
      title: '关于网页安全的说明',
      body: `<p>以下写法会被过滤：</p>${VECTORS.map((v) => `<p>${escape(v)}</p>`).join('')}`,
      column: column.documentId,
      department: deptA.documentId,
    });
  });

  const LIVE = /<(script|img|svg|iframe|a)\b/i;

  it.each(['', '&locale=zh-Hant', '&locale=zh-Hant-HK'])(
    'keeps `body` the HTML it is and serves the text under `bodyText` (query %j)',
    async (extra) => {
      const url = `/api/gov-core/articles/${article.documentId}`;
      const plainQuery = `?profile=plain${extra}`;
      const unprofiled = await app.http().get(`${url}${extra ? `?${extra.slice(1)}` : ''}`);
      const res = await app.http().get(`${url}${plainQuery}`);
      expect(res.status).toBe(200);
      expect(res.body.meta.profile).toBe('plain');
      // Every key of the normal response keeps its value: the profile only adds `<name>Text` keys.
      for (const [key, value] of Object.entries(unprofiled.body.data))
        expect(res.body.data[key]).toEqual(value);
      expect(Object.keys(res.body.data).filter((k) => !(k in unprofiled.body.data))).toEqual(['bodyText']);
      const body: string = res.body.data.body;
      expect(body).not.toMatch(LIVE);
      expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
      // The text is text: the vectors read as written, for a front end to insert with textContent.
      const text: string = res.body.data.bodyText;
      expect(text).not.toMatch(/<p>/);
      for (const vector of VECTORS) expect(text).toContain(vector);
    },
  );

  it('does the same in lists', async () => {
    const res = await app.http().get(`/api/gov-core/articles?column=${column.slug}&profile=plain`);
    expect(res.status).toBe(200);
    const item = res.body.data.find((a: any) => a.documentId === article.documentId);
    expect(item.body).not.toMatch(LIVE);
    expect(item.body).toMatch(/^<p>/);
    expect(item.bodyText).toContain(VECTORS[0]);
    for (const other of res.body.data) if (other.body) expect(typeof other.bodyText).toBe('string');
  });

  it('still refuses an unknown profile with a 400 naming the parameter', async () => {
    const res = await app.http().get(`/api/gov-core/articles/${article.documentId}?profile=text`);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['profile']);
  });
});
