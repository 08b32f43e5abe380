import type { Core } from '@strapi/strapi';

/** The admin user behind the current request (gov-core's audit service takes this shape). */
export interface Actor {
  id: number;
  email: string;
  isSuperAdmin: boolean;
}

export const currentAdmin = (strapi: Core.Strapi): Actor | null =>
  strapi.plugin('gov-core').service('toolkit').currentAdmin();
