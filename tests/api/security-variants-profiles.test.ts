import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createAdmin, type AdminSession } from '../helpers/admin';
import { cm } from '../helpers/content-manager';
import { govFixtures } from '../helpers/gov-fixtures';

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

const member = (session: AdminSession, depts: any[]) =>
  app.strapi.documents('plugin::gov-core.membership').create({
    data: { user: session.user.id, departments: depts.map((d) => d.documentId) } as any,
  });

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
