import crypto from 'node:crypto';
import type { TestApp } from './strapi';

export interface AdminSession {
  user: { id: number; email: string };
  /** The password it logs in with (for a browser login form). */
  password: string;
  token: string;
  /** supertest request with the admin's bearer token. */
  get(url: string): ReturnType<ReturnType<TestApp['http']>['get']>;
  post(url: string, body?: object): ReturnType<ReturnType<TestApp['http']>['post']>;
  put(url: string, body?: object): ReturnType<ReturnType<TestApp['http']>['put']>;
  del(url: string): ReturnType<ReturnType<TestApp['http']>['delete']>;
}

/** Role by code (`strapi-super-admin`, `strapi-editor`, `strapi-author`, or a custom role's code). */
export const roleId = async (app: TestApp, code: string): Promise<number> => {
  const role = await app.strapi.db.query('admin::role').findOne({ where: { code } });
  if (!role) throw new Error(`admin role ${code} not found`);
  return role.id;
};

/** Creates an active admin user with the given roles and logs it in through POST /admin/login. */
export const createAdmin = async (
  app: TestApp,
  {
    roles = ['strapi-super-admin'],
    email,
    preferedLanguage,
  }: { roles?: string[]; email?: string; preferedLanguage?: string } = {},
): Promise<AdminSession> => {
  const password = `Test-${crypto.randomBytes(6).toString('hex')}-Aa1`;
  const address = email ?? `admin-${crypto.randomBytes(4).toString('hex')}@example.test`;
  const roleIds = await Promise.all(roles.map((code) => roleId(app, code)));
  const user = await app.strapi.service('admin::user').create({
    firstname: 'Test',
    lastname: 'Admin',
    email: address,
    password,
    isActive: true,
    registrationToken: null,
    roles: roleIds,
    ...(preferedLanguage ? { preferedLanguage } : {}),
  });
  const res = await app.http().post('/admin/login').send({ email: address, password });
  if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
  const token: string = res.body.data.token ?? res.body.data.accessToken;
  const auth = { Authorization: `Bearer ${token}` };
  return {
    user,
    password,
    token,
    get: (url) => app.http().get(url).set(auth),
    post: (url, body) =>
      app
        .http()
        .post(url)
        .set(auth)
        .send(body ?? {}),
    put: (url, body) =>
      app
        .http()
        .put(url)
        .set(auth)
        .send(body ?? {}),
    del: (url) => app.http().delete(url).set(auth),
  };
};
