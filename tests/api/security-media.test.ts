/**
 * The media library and held files, as department editors and other admins would use them: the media cookie
 * releases a held file only to who may read a document holding it (or the whole media library); an editor sees,
 * renames and replaces only their own uploads and never a file another department's item holds; a replaced
 * attachment of a published item leaves an audit entry; import from URLs is off (SSRF).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createAdmin, type AdminSession } from '../helpers/admin';
import { govFixtures } from '../helpers/gov-fixtures';
import { MEDIA_COOKIE } from '../../plugins/gov-core/server/src/middlewares/uploads';

const ARTICLE = 'plugin::gov-core.article';
const EDITOR = 'gov-department-editor';
const IS_CREATOR = 'admin::is-creator';

let app: TestApp;
let editorA: AdminSession;
let editorB: AdminSession;
let webmaster: AdminSession;
let nobody: AdminSession;
const written: string[] = [];
let files: Record<'draftB' | 'publishedB' | 'uploadedByA' | 'secretB', any>;
let published: { documentId: string };
let departmentB: { documentId: string };

const file = async (hash: string, createdBy: number) => {
  const url = `/uploads/${hash}.pdf`;
  const target = path.join(app.strapi.dirs.static.public, url);
  fs.writeFileSync(target, `content of ${url}`);
  written.push(target);
  return (app.strapi.db.query('plugin::upload.file' as never) as any).create({
    data: {
      provider: 'local',
      folderPath: '/',
      name: `${hash}.pdf`,
      hash,
      ext: '.pdf',
      mime: 'application/pdf',
      size: 1,
      url,
      createdBy,
    },
  });
};

/** The media cookie the admin panel gets with any session-authenticated request. */
const mediaCookie = async (admin: AdminSession) => {
  const me = await admin.get('/admin/users/me').expect(200);
  return ([] as string[])
    .concat(me.headers['set-cookie'] ?? [])
    .filter((c) => c.startsWith(MEDIA_COOKIE))
    .map((c) => c.split(';')[0])
    .join('; ');
};

const fileRow = (id: number) =>
  (app.strapi.db.query('plugin::upload.file' as never) as any).findOne({ where: { id } });

const replace = (admin: AdminSession, id: number) =>
  app
    .http()
    .post(`/upload/files/${id}/replace`)
    .set('Authorization', `Bearer ${admin.token}`)
    .attach('files', Buffer.from('%PDF-1.4 swapped'), {
      filename: 'swapped.pdf',
      contentType: 'application/pdf',
    });

beforeAll(async () => {
  app = await bootStrapi();
  const fx = govFixtures(app);
  const column = await fx.column({ slug: 'media-test', name: '媒体测试' });
  const a = await fx.department({ code: 'media-a' });
  departmentB = await fx.department({ code: 'media-b' });
  editorA = await createAdmin(app, { roles: [EDITOR] });
  editorB = await createAdmin(app, { roles: [EDITOR] });
  webmaster = await createAdmin(app, { roles: ['gov-webmaster'] });
  nobody = await createAdmin(app, { roles: [] });
  await fx.membership(editorA.user, [a]);
  await fx.membership(editorB.user, [departmentB]);
  files = {
    draftB: await file('draft_of_b_m1', editorB.user.id),
    publishedB: await file('policy_of_b_m2', editorB.user.id),
    uploadedByA: await file('uploaded_by_a_m3', editorA.user.id),
    secretB: await file('secret_of_b_m4', editorB.user.id),
  };
  const base = { column: column.documentId, department: departmentB.documentId };
  await fx.article({ ...base, title: 'B 部门草稿', attachments: [files.draftB.id] }, { publish: false });
  published = await fx.article({
    ...base,
    title: 'B 部门政策文件',
    attachments: [files.publishedB.id, files.uploadedByA.id],
  });
  await fx.article({
    ...base,
    title: 'B 部门不予公开信息',
    attachments: [files.secretB.id],
    disclosure: { openness: 'not-open', notOpenReason: '涉及国家秘密' },
  });
});

afterAll(async () => {
  for (const target of written) fs.rmSync(target, { force: true });
  await app?.destroy();
});

describe('the media cookie (held files in the admin panel)', () => {
  it('serves a held file only to an admin who may read a document holding it, or the whole media library', async () => {
    const held = [files.draftB.url, files.secretB.url];
    const cases: [string, AdminSession, number][] = [
      ['editor of B', editorB, 200],
      ['webmaster', webmaster, 200],
      ['editor of another department', editorA, 404],
      ['admin without permissions', nobody, 404],
    ];
    for (const [who, admin, status] of cases) {
      const jar = await mediaCookie(admin);
      expect(jar).toContain(MEDIA_COOKIE);
      for (const url of held) {
        const res = await app.http().get(url).set('Cookie', jar);
        expect([who, url, res.status]).toEqual([who, url, status]);
        if (status === 200) expect(res.headers['cache-control']).toBe('private, no-store');
      }
    }
    const superAdmin = await createAdmin(app);
    expect(
      (
        await app
          .http()
          .get(files.draftB.url)
          .set('Cookie', await mediaCookie(superAdmin))
      ).status,
    ).toBe(200);
  });
});

describe('department editors in the media library', () => {
  it('lists only their own uploads', async () => {
    const res = await editorA.get('/upload/files?pageSize=100').expect(200);
    const ids = (res.body.results as { id: number }[]).map((f) => f.id);
    expect(ids).toContain(files.uploadedByA.id);
    for (const f of [files.draftB, files.publishedB, files.secretB]) expect(ids).not.toContain(f.id);
    const one = await editorA.get(`/upload/files/${files.draftB.id}`);
    expect(one.status).toBe(403);
  });

  it("cannot rename or replace another department's file", async () => {
    const rename = await editorA.put(`/upload/files/${files.draftB.id}`, {
      fileInfo: { name: 'renamed-by-A.pdf' },
    });
    expect(rename.status).toBe(403);
    const multiplexed = await app
      .http()
      .post(`/upload?id=${files.publishedB.id}`)
      .set('Authorization', `Bearer ${editorA.token}`)
      .field('fileInfo', JSON.stringify({ name: 'renamed-by-A.pdf' }));
    expect(multiplexed.status).toBe(403);
    const bulk = await editorA.post('/upload/actions/bulk-update', {
      updates: [{ id: files.publishedB.id, fileInfo: { name: 'renamed-by-A.pdf' } }],
    });
    expect(bulk.status).toBe(403);
    expect((await replace(editorA, files.publishedB.id)).status).toBe(403);
    for (const f of [files.draftB, files.publishedB]) {
      const row = await fileRow(f.id);
      expect([row.name, row.url]).toEqual([f.name, f.url]);
    }
  });

  it("refuses, in Chinese, a change to their own upload once another department's item holds it", async () => {
    const rename = await editorA.put(`/upload/files/${files.uploadedByA.id}`, {
      fileInfo: { name: 'renamed-by-A.pdf' },
    });
    expect(rename.status).toBe(403);
    expect(rename.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    const swapped = await replace(editorA, files.uploadedByA.id);
    expect(swapped.status).toBe(403);
    expect(swapped.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect((await fileRow(files.uploadedByA.id)).name).toBe(files.uploadedByA.name);
  });

  it('records an audit entry on each published item whose attachment is replaced', async () => {
    const res = await replace(editorB, files.publishedB.id);
    expect(res.status).toBe(200);
    const entries = await app.strapi.db.query('plugin::gov-core.audit-entry' as never).findMany({
      where: { action: 'replace-attachment', itemDocumentId: published.documentId },
    } as any);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      contentType: ARTICLE,
      actorId: editorB.user.id,
      department: departmentB.documentId,
    });
  });

  it('lets the webmaster rename any file', async () => {
    const res = await webmaster.put(`/upload/files/${files.draftB.id}`, {
      fileInfo: { name: '网站管理员改名.pdf' },
    });
    expect(res.status).toBe(200);
    expect((await fileRow(files.draftB.id)).name).toBe('网站管理员改名.pdf');
  });

  it("migrates an existing install's media grants once, and leaves a super admin's later choice alone", async () => {
    const roles = app.strapi.plugin('gov-core').service('roles');
    const store = app.strapi.store({ type: 'plugin', name: 'gov-core' });
    const role = await app.strapi.db.query('admin::role').findOne({ where: { code: EDITOR } });
    const grants = () =>
      app.strapi.db.query('admin::permission').findMany({
        where: { role: { id: role.id }, action: { $startsWith: 'plugin::upload.' } },
      }) as Promise<{ id: number; action: string; conditions: string[] }[]>;
    const conditionsOf = async () =>
      Object.fromEntries((await grants()).map((p) => [p.action, p.conditions ?? []]));
    expect(await conditionsOf()).toEqual({
      'plugin::upload.read': [IS_CREATOR],
      'plugin::upload.assets.create': [],
      'plugin::upload.assets.update': [IS_CREATOR],
      'plugin::upload.assets.download': [IS_CREATOR],
      'plugin::upload.assets.copy-link': [IS_CREATOR],
    });
    // An install provisioned before the fix: unconditioned grants, no migration recorded.
    for (const p of await grants())
      await app.strapi.db
        .query('admin::permission')
        .update({ where: { id: p.id }, data: { conditions: [] } });
    await store.delete({ key: 'upload-grants-scoped' });
    await roles.ensureRoles();
    expect((await conditionsOf())['plugin::upload.assets.update']).toEqual([IS_CREATOR]);
    expect((await conditionsOf())['plugin::upload.assets.create']).toEqual([]);
    // A super admin lifts the condition afterwards: the next boots keep it.
    const update = (await grants()).find((p) => p.action === 'plugin::upload.assets.update')!;
    await app.strapi.db
      .query('admin::permission')
      .update({ where: { id: update.id }, data: { conditions: [] } });
    await roles.ensureRoles();
    expect((await conditionsOf())['plugin::upload.assets.update']).toEqual([]);
    await app.strapi.db
      .query('admin::permission')
      .update({ where: { id: update.id }, data: { conditions: [IS_CREATOR] } });
  });
});

describe('import from URLs (SSRF)', () => {
  it('is refused for every admin, and the server never fetches the URL', async () => {
    let hits = 0;
    const target = http.createServer((_req, res) => {
      hits += 1;
      res.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data/' }).end();
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', () => resolve()));
    const { port } = target.address() as AddressInfo;
    try {
      const superAdmin = await createAdmin(app);
      const urls = [
        `http://0.0.0.0:${port}/a.png`,
        `http://127.0.0.1:${port}/b.png`,
        'https://example.org/c.png',
      ];
      for (const [who, admin] of [
        ['editor', editorA],
        ['webmaster', webmaster],
        ['super admin', superAdmin],
      ] as const) {
        for (const route of ['/upload/actions/upload-from-urls', '/Upload/actions/Upload-From-Urls']) {
          const res = await admin.post(route, { urls });
          expect([who, route, res.status]).toEqual([who, route, 403]);
          expect(res.body.error.message).toMatch(/网址导入/);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(hits).toBe(0);
    } finally {
      await new Promise((resolve) => target.close(resolve));
    }
  });
});
