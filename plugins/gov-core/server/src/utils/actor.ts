import type { Core } from '@strapi/strapi';

export interface Actor {
  id: number;
  email: string;
  isSuperAdmin: boolean;
}

/**
 * Who a document-service call acts for:
 * - `admin`: an admin user, whatever admin strategy authenticated the request (the session JWT `admin`, an
 *   `admin-token` acting for its owner, or one a later Strapi registers for admin routes);
 * - `system`: no request (bootstrap, seeds, cron) or a request no strategy authenticated;
 * - `foreign`: a request authenticated by something that is not an admin (users-permissions, API and transfer
 *   tokens): never the system, and never expected to write governed types.
 */
export type Authority = { kind: 'admin'; actor: Actor } | { kind: 'system' } | { kind: 'foreign' };

/** Strategies Strapi 5.54 registers for the `admin` route type (@strapi/admin register.js). */
const ADMIN_STRATEGIES = new Set(['admin', 'admin-token']);

export const requestAuthority = (strapi: Core.Strapi): Authority => {
  const ctx: any = strapi.requestContext.get();
  if (!ctx) return { kind: 'system' };
  const auth = ctx.state?.auth;
  const user = ctx.state?.user;
  if (!auth && !user) return { kind: 'system' };
  const strategy: unknown = auth?.strategy?.name;
  const adminRoute = ctx.state?.route?.info?.type === 'admin';
  const adminStrategy = typeof strategy === 'string' && ADMIN_STRATEGIES.has(strategy);
  if (user && typeof user.id === 'number' && (adminStrategy || (adminRoute && auth))) {
    return {
      kind: 'admin',
      actor: {
        id: user.id,
        email: user.email,
        isSuperAdmin: (user.roles ?? []).some((r: { code: string }) => r.code === 'strapi-super-admin'),
      },
    };
  }
  return { kind: 'foreign' };
};

/** The admin user behind the current request, if the request is an authenticated admin one. */
export const currentAdmin = (strapi: Core.Strapi): Actor | null => {
  const authority = requestAuthority(strapi);
  return authority.kind === 'admin' ? authority.actor : null;
};
