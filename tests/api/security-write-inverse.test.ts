import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createAdmin, type AdminSession } from '../helpers/admin';
import { cm } from '../helpers/content-manager';
import { govFixtures } from '../helpers/gov-fixtures';
import { columnSamples, pppProjectsFor, budgetReportsFor, type SampleRefs } from '../helpers/column-samples';
import { writesOtherDocuments } from '../../plugins/gov-core/server/src/domain/relation-input';

/**
 * Writes that change another document (H3), admin tokens (M1), update-to-published (M3) and documents whose
 * versions lie in different departments (Low): over the content manager, as a 部门编辑 and with admin tokens.
 */
const ARTICLE = 'plugin::gov-core.article';
const NORMATIVE = 'plugin::normative-docs.normative-document';
const AUDIT = 'plugin::gov-core.audit-entry';

let app: TestApp;
let fx: ReturnType<typeof govFixtures>;
let superAdmin: AdminSession;
let editorA: AdminSession;
let editorB: AdminSession;
let webmaster: AdminSession;
let deptA: any;
let deptB: any;
let refs: SampleRefs;
let uids: string[] = [];
const SAMPLES = columnSamples(() => refs);

const docs = (uid: string) => app.strapi.documents(uid as never) as any;
const localized = (uid: string) =>
  (app.strapi.getModel(uid as never) as any).pluginOptions?.i18n?.localized === true;
const loc = (uid: string) => (localized(uid) ? 'zh-Hans' : undefined);
const make = (uid: string, dept: any, title: string, extra: object = {}) =>
  docs(uid).create({ data: { ...SAMPLES[uid].create(dept, title), ...extra } });
const published = async (uid: string, dept: any, title: string, extra: object = {}) => {
  const d = await make(uid, dept, title, extra);
  await fx.approveAndPublish(uid, d.documentId);
  return d;
};
const statusOf = (res: any) => (res.status < 400 ? res.status : `${res.status} ${res.body?.error?.message}`);
const pathOf = (res: any) => res.body?.error?.details?.errors?.[0]?.path;
/** Where a document's `interprets` points, per stored version (draft and published). */
const interpretsOf = async (documentId: string) => {
  const rows = await app.strapi.db.query(ARTICLE as never).findMany({
    where: { documentId },
    populate: { interprets: { select: ['documentId'] } },
  });
  return rows.map((r: any) => r.interprets?.documentId ?? null);
};
const crossDocumentAttributes = (uid: string) =>
  Object.entries((app.strapi.getModel(uid as never) as any).attributes as Record<string, any>)
    .filter(([, a]) => writesOtherDocuments(a))
    .map(([name, a]) => ({ name, target: a.target as string }));
/** An admin-token session: supertest with the token as bearer (the `admin-token` strategy). */
const tokenSession = (accessKey: string) => {
  const auth = { Authorization: `Bearer ${accessKey}` };
  return {
    get: (url: string) => app.http().get(url).set(auth),
    post: (url: string, body: object = {}) => app.http().post(url).set(auth).send(body),
    put: (url: string, body: object = {}) => app.http().put(url).set(auth).send(body),
    del: (url: string) => app.http().delete(url).set(auth),
  } as unknown as AdminSession;
};

beforeAll(async () => {
  app = await bootStrapi();
  fx = govFixtures(app);
  uids = app.strapi.plugin('gov-core').service('column-registry').uids();
  [superAdmin, editorA, editorB, webmaster] = await Promise.all([
    createAdmin(app),
    createAdmin(app, { roles: ['gov-department-editor'] }),
    createAdmin(app, { roles: ['gov-department-editor'] }),
    createAdmin(app, { roles: ['gov-webmaster'] }),
  ]);
  deptA = await fx.department({ code: 'wi-a', name: '县发改委' });
  deptB = await fx.department({ code: 'wi-b', name: '县财政局' });
  const column = await fx.column({ slug: 'write-inverse' });
  const township = await fx.department({ code: 'wi-town', name: '濂溪街道', kind: 'township' });
  refs = { column, township };
  refs.pppProjects = await pppProjectsFor(app.strapi as any, [deptA, deptB], column);
  refs.budgetReports = await budgetReportsFor(app.strapi as any, [deptA, deptB], column);
  if (app.strapi.plugin('environment')) {
    const station = await docs('plugin::environment.air-station').create({
      data: { name: '县城站', code: 'wi-st', column: column.documentId, department: deptA.documentId },
    });
    await fx.approveAndPublish('plugin::environment.air-station', station.documentId);
    refs.station = station;
  }
  await fx.membership(editorA.user, [deptA]);
  await fx.membership(editorB.user, [deptB]);
});
afterAll(async () => {
  await app?.destroy();
});

describe('H3: a write to my document never changes another document', () => {
  it("refuses connecting another department's published 解读 through interpretedBy (400), B's rows unchanged", async () => {
    const policyA = await make(ARTICLE, deptA, 'A 的政策');
    const policyB = await published(ARTICLE, deptB, 'B 的政策');
    const jieduB = await published(ARTICLE, deptB, 'B 的解读', { interprets: policyB.documentId });
    const res = await cm(editorA, ARTICLE).update(
      policyA.documentId,
      { interpretedBy: { connect: [{ documentId: jieduB.documentId, locale: 'zh-Hans' }] } },
      'zh-Hans',
    );
    expect(res.status).toBe(400);
    expect(pathOf(res)).toEqual(['interpretedBy']);
    expect(res.body.error.message).toContain('对方信息');
    expect(await interpretsOf(jieduB.documentId)).toEqual([policyB.documentId, policyB.documentId]);
    // Not even a super admin writes another document through the inverse side.
    const asSuper = await cm(superAdmin, ARTICLE).update(
      policyA.documentId,
      { interpretedBy: { connect: [{ documentId: jieduB.documentId, locale: 'zh-Hans' }] } },
      'zh-Hans',
    );
    expect(asSuper.status).toBe(400);
    expect(await interpretsOf(jieduB.documentId)).toEqual([policyB.documentId, policyB.documentId]);
  });

  it.each([
    ['set: []', { set: [] }],
    ['[]', []],
    ['null', null],
    ['disconnect', 'DISCONNECT'],
  ])("refuses detaching another department's 解读 from my policy (%s)", async (_label, shape) => {
    const policyA = await published(ARTICLE, deptA, 'A 的政策');
    const jieduB = await published(ARTICLE, deptB, 'B 的解读', { interprets: policyA.documentId });
    const value = shape === 'DISCONNECT' ? { disconnect: [{ documentId: jieduB.documentId }] } : shape;
    const res = await cm(editorA, ARTICLE).update(policyA.documentId, { interpretedBy: value }, 'zh-Hans');
    expect(res.status).toBe(400);
    expect(pathOf(res)).toEqual(['interpretedBy']);
    expect(await interpretsOf(jieduB.documentId)).toEqual([policyA.documentId, policyA.documentId]);
  });

  it('passes the empty operations the content manager sends for an untouched relation field', async () => {
    const policyA = await make(ARTICLE, deptA, 'A 的政策');
    const api = cm(editorA, ARTICLE);
    for (const value of [{ connect: [], disconnect: [] }, { connect: [] }, { disconnect: [] }]) {
      const res = await api.update(policyA.documentId, { title: '改过', interpretedBy: value }, 'zh-Hans');
      expect(statusOf(res)).toBe(200);
    }
    const created = await api.create(
      {
        title: '新政策',
        column: refs.column.documentId,
        department: deptA.documentId,
        interpretedBy: { connect: [], disconnect: [] },
      },
      'zh-Hans',
    );
    expect(statusOf(created)).toBe(201);
  });

  it("still lets an editor link from the owning side: my 解读 interprets another department's policy", async () => {
    const policyB = await published(ARTICLE, deptB, 'B 的政策');
    const res = await cm(editorA, ARTICLE).create(
      {
        title: 'A 的解读',
        column: refs.column.documentId,
        department: deptA.documentId,
        interprets: { connect: [{ documentId: policyB.documentId, locale: 'zh-Hans' }] },
      },
      'zh-Hans',
    );
    expect(statusOf(res)).toBe(201);
    expect(await interpretsOf(res.body.data.documentId)).toEqual([policyB.documentId]);
  });

  it("refuses rewriting another department's replacedBy through replaces (规范性文件)", async () => {
    if (!uids.includes(NORMATIVE)) return;
    const mine = await make(NORMATIVE, deptA, 'A 的新文件');
    const theirs = await published(NORMATIVE, deptB, 'B 的旧文件');
    const res = await cm(editorA, NORMATIVE).update(
      mine.documentId,
      { replaces: { connect: [{ documentId: theirs.documentId }] } },
      loc(NORMATIVE),
    );
    expect(res.status).toBe(400);
    expect(pathOf(res)).toEqual(['replaces']);
    const rows = await app.strapi.db.query(NORMATIVE as never).findMany({
      where: { documentId: theirs.documentId },
      populate: { replacedBy: { select: ['documentId'] } },
    });
    expect(rows.map((r: any) => r.replacedBy)).toEqual([null, null]);
  });

  it('refuses a write through every cross-document relation of every column type (create and update)', async () => {
    const checked: string[] = [];
    for (const uid of uids) {
      for (const { name, target } of crossDocumentAttributes(uid)) {
        if (!SAMPLES[target]) continue;
        const other = await published(target, deptB, `B 的${name}`);
        const own = await make(uid, deptA, `A 的${name}`);
        const value = { connect: [{ documentId: other.documentId, locale: loc(target) }] };
        const update = await cm(editorA, uid).update(own.documentId, { [name]: value }, loc(uid));
        expect([uid, name, update.status, pathOf(update)]).toEqual([uid, name, 400, [name]]);
        const create = await cm(editorA, uid).create(
          { ...SAMPLES[uid].create(deptA, `新的${name}`), [name]: [other.documentId] },
          loc(uid),
        );
        expect([uid, name, create.status, pathOf(create)]).toEqual([uid, name, 400, [name]]);
        checked.push(`${uid}.${name}`);
      }
    }
    expect(checked).toEqual(expect.arrayContaining([`${ARTICLE}.interpretedBy`]));
  });
});

describe('M1: an admin token acts as its owner', () => {
  /** A role's permissions as token permissions (what the admin panel offers when creating a token). */
  const permissionsOf = async (code: string, subject?: string) => {
    const role = await app.strapi.db.query('admin::role').findOne({ where: { code } });
    const permissions = await app.strapi.db
      .query('admin::permission')
      .findMany({ where: { role: { id: role.id }, ...(subject ? { subject } : {}) } });
    return permissions.map((p: any) => ({
      action: p.action,
      subject: p.subject,
      properties: p.properties,
      conditions: p.conditions,
    }));
  };
  const editorToken = async () => {
    const permissions = await permissionsOf('gov-department-editor');
    const token = await app.strapi.service('admin::api-token-admin' as never as 'admin::api-token').create(
      {
        name: `editor-${Date.now()}-${Math.random()}`,
        lifespan: null,
        adminPermissions: permissions,
        adminUserOwner: editorA.user.id,
      } as any,
      editorA.user as any,
    );
    return tokenSession(token.accessKey);
  };

  it("an editor's admin token cannot create or move items into another department (403), and is audited as the editor", async () => {
    const token = await editorToken();
    const api = cm(token, ARTICLE);
    const intoB = await api.create(
      { title: '令牌建到 B', column: refs.column.documentId, department: deptB.documentId },
      'zh-Hans',
    );
    expect(intoB.status).toBe(403);
    const own = await api.create(
      { title: '令牌建到 A', column: refs.column.documentId, department: deptA.documentId },
      'zh-Hans',
    );
    expect(statusOf(own)).toBe(201);
    const moved = await api.update(own.body.data.documentId, { department: deptB.documentId }, 'zh-Hans');
    expect(moved.status).toBe(403);
    const audit = await app.strapi.db
      .query(AUDIT as never)
      .findMany({ where: { itemDocumentId: own.body.data.documentId } });
    expect(audit.map((e: any) => [e.action, e.actorEmail])).toEqual([['create', editorA.user.email]]);
  });

  it('a token created through POST /admin/admin-tokens is audited as its owner', async () => {
    const created = await superAdmin.post('/admin/admin-tokens', {
      name: `super-${Date.now()}`,
      lifespan: null,
      adminPermissions: await permissionsOf('strapi-super-admin', ARTICLE),
    });
    expect(statusOf(created)).toBe(201);
    const token = tokenSession(created.body.data.accessKey);
    const res = await cm(token, ARTICLE).create(
      { title: '超管令牌', column: refs.column.documentId, department: deptB.documentId },
      'zh-Hans',
    );
    expect(statusOf(res)).toBe(201);
    const [entry] = await app.strapi.db
      .query(AUDIT as never)
      .findMany({ where: { itemDocumentId: res.body.data.documentId } });
    expect(entry.actorEmail).toBe(superAdmin.user.email);
  });

  it.each(['users-permissions', 'content-api-token'])(
    'a request authenticated by %s never writes a column type as the system (403)',
    async (strategy) => {
      const draft = await make(ARTICLE, deptA, '内容接口');
      const ctx = {
        state: {
          isAuthenticated: true,
          auth: { strategy: { name: strategy }, credentials: null },
          user: { id: editorA.user.id, email: 'someone@example.test' },
          route: { info: { type: 'content-api' } },
        },
      };
      const attempt = (fn: () => Promise<unknown>) => app.strapi.requestContext.run(ctx as any, fn);
      await expect(
        attempt(() => docs(ARTICLE).create({ data: SAMPLES[ARTICLE].create(deptB, '内容接口新建') })),
      ).rejects.toMatchObject({ name: 'ForbiddenError' });
      await expect(
        attempt(() => docs(ARTICLE).update({ documentId: draft.documentId, data: { title: '改' } })),
      ).rejects.toMatchObject({ name: 'ForbiddenError' });
      await expect(
        attempt(() => docs(ARTICLE).delete({ documentId: draft.documentId })),
      ).rejects.toMatchObject({
        name: 'ForbiddenError',
      });
      expect(
        await app.strapi.db.query(ARTICLE as never).count({ where: { documentId: draft.documentId } }),
      ).toBe(1);
    },
  );
});

describe("M3: update({ status: 'published' }) does not publish", () => {
  it.each(['update', 'clone'])('%s with status published is a 400 naming status', async (action) => {
    for (const uid of uids) {
      const draft = await make(uid, deptA, '直接发布');
      const call =
        action === 'update'
          ? docs(uid).update({ documentId: draft.documentId, data: SAMPLES[uid].edit, status: 'published' })
          : docs(uid).clone({ documentId: draft.documentId, data: {}, status: 'published' });
      await expect(call).rejects.toMatchObject({
        name: 'ValidationError',
        details: { errors: [expect.objectContaining({ path: ['status'] })] },
      });
      const rows = await app.strapi.db
        .query(uid as never)
        .findMany({ where: { documentId: draft.documentId } });
      expect([uid, rows.filter((r: any) => r.publishedAt).length]).toEqual([uid, 0]);
    }
  });

  it('an update through the content manager with ?status=published leaves the item unpublished', async () => {
    const draft = await make(ARTICLE, deptA, '直接发布');
    const res = await editorA.put(
      `/content-manager/collection-types/${ARTICLE}/${draft.documentId}?locale=zh-Hans&status=published`,
      { title: '改过' },
    );
    expect(res.status).toBeLessThan(500);
    const rows = await app.strapi.db
      .query(ARTICLE as never)
      .findMany({ where: { documentId: draft.documentId } });
    expect(rows.filter((r: any) => r.publishedAt)).toEqual([]);
  });
});

describe('Low: every stored version must be in the caller’s departments', () => {
  it("after a webmaster moves a draft from A to B, B's editor cannot delete, publish, unpublish, discard or edit it (403)", async () => {
    const doc = await published(ARTICLE, deptA, 'A 负责的已发布信息');
    const move = await cm(webmaster, ARTICLE).update(
      doc.documentId,
      { department: deptB.documentId },
      'zh-Hans',
    );
    expect(statusOf(move)).toBe(200);
    const api = cm(editorB, ARTICLE);
    const base = `/content-manager/collection-types/${ARTICLE}/${doc.documentId}`;
    const attempts = {
      delete: await api.remove(doc.documentId, 'zh-Hans'),
      unpublish: await api.unpublish(doc.documentId, 'zh-Hans'),
      discard: await editorB.post(`${base}/actions/discard?locale=zh-Hans`, {}),
      update: await api.update(doc.documentId, { title: 'B 改' }, 'zh-Hans'),
      publish: await api.publish(doc.documentId, {}, 'zh-Hans'),
    };
    expect(Object.fromEntries(Object.entries(attempts).map(([k, r]) => [k, r.status]))).toEqual({
      delete: 403,
      unpublish: 403,
      discard: 403,
      update: 403,
      publish: 403,
    });
    const rows = await app.strapi.db
      .query(ARTICLE as never)
      .findMany({ where: { documentId: doc.documentId } });
    expect(rows.map((r: any) => [Boolean(r.publishedAt), r.scopeDepartment]).sort()).toEqual([
      [false, deptB.documentId],
      [true, deptA.documentId],
    ]);
    // Nor can A's editor touch the draft now in B.
    expect((await cm(editorA, ARTICLE).remove(doc.documentId, 'zh-Hans')).status).toBe(403);
  });
});
