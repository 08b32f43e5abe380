import fs from 'node:fs';
import path from 'node:path';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createAdmin } from '../helpers/admin';

let app: TestApp;

beforeAll(async () => {
  app = await bootStrapi();
});
afterAll(async () => {
  await app?.destroy();
});

const localPluginDirs = () =>
  fs
    .readdirSync(path.resolve(__dirname, '../../plugins'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);

describe('foundation', () => {
  it('answers the health check with 204', async () => {
    await app.http().get('/_health').expect(204);
  });

  it('serves GET /api/gov-core/info to the public with the enabled local plugins', async () => {
    const res = await app.http().get('/api/gov-core/info').expect(200);
    expect(res.body).toEqual({
      name: 'gov-core',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      plugins: expect.any(Array),
    });
    expect(res.body.plugins).toContain('gov-core');
    for (const id of res.body.plugins) expect(localPluginDirs()).toContain(id);
    expect(res.body.plugins).toEqual(
      Object.keys(app.strapi.plugins)
        .filter((id) => localPluginDirs().includes(id))
        .sort(),
    );
  });
});

describe('public permissions as code', () => {
  const publicPermissions = async () => {
    const role = await app.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' } });
    const perms = await app.strapi.db
      .query('plugin::users-permissions.permission')
      .findMany({ where: { role: role.id } });
    return perms.map((p: { action: string }) => p.action).sort();
  };

  it('grants the public role exactly the actions the plugins declared, nothing else', async () => {
    const declared = app.strapi.plugin('gov-core').service('public-access').declaredActions();
    expect(declared).toContain('plugin::gov-core.info.index');
    expect(await publicPermissions()).toEqual(declared);
  });

  it('is idempotent and revokes a permission granted by hand', async () => {
    const before = await publicPermissions();
    const role = await app.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' } });
    await app.strapi.db
      .query('plugin::users-permissions.permission')
      .create({ data: { action: 'plugin::upload.content-api.upload', role: role.id } });
    const result = await app.strapi.plugin('gov-core').service('public-access').sync();
    expect(result.revoked).toEqual(['plugin::upload.content-api.upload']);
    expect(result.granted).toEqual([]);
    expect(await publicPermissions()).toEqual(before);
  });

  it('sees a change of the public role on the next request (public permissions are cached between requests)', async () => {
    const role = await app.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' } });
    await app.http().get('/api/users').expect(403); // the permissions are now cached
    await app.strapi.db
      .query('plugin::users-permissions.permission')
      .create({ data: { action: 'plugin::users-permissions.user.find', role: role.id } });
    await app.http().get('/api/users').expect(200);
    await app.strapi.plugin('gov-core').service('public-access').sync();
    await app.http().get('/api/users').expect(403);
  });

  it.each([
    [
      'POST',
      '/api/auth/local/register',
      { username: 'x', email: 'x@example.test', password: 'Secret-123456' },
    ],
    ['POST', '/api/auth/local', { identifier: 'x@example.test', password: 'Secret-123456' }],
    ['POST', '/api/upload', {}],
    ['GET', '/api/users', undefined],
    ['GET', '/api/users-permissions/roles', undefined],
  ])('refuses %s %s to the public with 403', async (method, url, body) => {
    const req = method === 'POST' ? app.http().post(url).send(body) : app.http().get(url);
    const res = await req;
    expect(res.status).toBe(403);
  });
});

describe('locales', () => {
  it('has zh-Hans as the default locale and zh-Hant, and no factory en locale', async () => {
    const admin = await createAdmin(app);
    const res = await admin.get('/i18n/locales').expect(200);
    const codes = res.body.map((l: { code: string }) => l.code).sort();
    expect(codes).toEqual(['zh-Hans', 'zh-Hant']);
    expect(res.body.find((l: { isDefault: boolean }) => l.isDefault).code).toBe('zh-Hans');
  });

  it('lets the public list the locales (for the 简/繁 switcher)', async () => {
    const res = await app.http().get('/api/i18n/locales').expect(200);
    expect(res.body.map((l: { code: string }) => l.code).sort()).toEqual(['zh-Hans', 'zh-Hant']);
  });

  it('running the setup again creates nothing and keeps the default', async () => {
    await app.strapi.plugin('gov-core').service('setup').afterPluginsBootstrap();
    const locales = await app.strapi.db.query('plugin::i18n.locale').findMany({});
    expect(locales.map((l: { code: string }) => l.code).sort()).toEqual(['zh-Hans', 'zh-Hant']);
    expect(await app.strapi.plugin('i18n').service('locales').getDefaultLocale()).toBe('zh-Hans');
  });
});

describe('admin UI language', () => {
  it('gives new admins 简体中文 unless they chose another language', async () => {
    const zh = await createAdmin(app, { roles: ['strapi-editor'] });
    const me = await zh.get('/admin/users/me').expect(200);
    expect(me.body.data.preferedLanguage).toBe('zh-Hans');
    const en = await createAdmin(app, { roles: ['strapi-editor'], preferedLanguage: 'en' });
    expect((await en.get('/admin/users/me').expect(200)).body.data.preferedLanguage).toBe('en');
  });
});
