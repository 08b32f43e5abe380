import type { Core } from '@strapi/strapi';

export interface Actor {
  id: number;
  email: string;
  isSuperAdmin: boolean;
}

/** The admin user behind the current request, if the request is an authenticated admin one. */
export const currentAdmin = (strapi: Core.Strapi): Actor | null => {
  const ctx: any = strapi.requestContext.get();
  const user = ctx?.state?.user;
  if (!user || ctx?.state?.auth?.strategy?.name !== 'admin') return null;
  return {
    id: user.id,
    email: user.email,
    isSuperAdmin: (user.roles ?? []).some((r: { code: string }) => r.code === 'strapi-super-admin'),
  };
};
