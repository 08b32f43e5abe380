import { currentAdmin, requestAuthority } from '../actor';

const strapiWith = (ctx: unknown) => ({ requestContext: { get: () => ctx } }) as never;
const USER = { id: 3, email: 'e@example.test', roles: [{ code: 'gov-department-editor' }] };
const request = (strategy: string | null, type = 'admin', user: unknown = USER) => ({
  state: {
    ...(strategy ? { auth: { strategy: { name: strategy } } } : {}),
    user,
    route: { info: { type } },
  },
});

describe('requestAuthority: who a document-service call acts for', () => {
  it.each([
    ['the admin session strategy', request('admin'), 'admin'],
    ['an admin token (acts as its owner)', request('admin-token'), 'admin'],
    ['another strategy on an admin route', request('sso-later', 'admin'), 'admin'],
    ['users-permissions on the content API', request('users-permissions', 'content-api'), 'foreign'],
    ['a content-API token', request('content-api-token', 'content-api', null), 'foreign'],
    ['an admin strategy without a user', request('admin', 'admin', null), 'foreign'],
    ['no request (bootstrap, seeds, cron)', undefined, 'system'],
    ['a request nobody authenticated', { state: {} }, 'system'],
  ])('%s → %s', (_label, ctx, kind) => {
    expect(requestAuthority(strapiWith(ctx)).kind).toBe(kind);
  });

  it('names the admin behind an admin token', () => {
    expect(currentAdmin(strapiWith(request('admin-token')))).toEqual({
      id: 3,
      email: 'e@example.test',
      isSuperAdmin: false,
    });
    expect(currentAdmin(strapiWith(request('users-permissions', 'content-api')))).toBeNull();
  });
});
