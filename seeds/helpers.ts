import type { Core } from '@strapi/strapi';

/** What the column plugins' seed sets share: lookups of seeded structure and the seed's review + publish. */
const DEPARTMENT = 'plugin::gov-core.department';
const COLUMN = 'plugin::gov-core.column';

export const docs = (strapi: Core.Strapi, uid: string) => strapi.documents(uid as never) as any;

/** The draft row of `uid` matching `where` (every document has one), or null. */
export const draftOf = (strapi: Core.Strapi, uid: string, where: Record<string, unknown>) =>
  strapi.db.query(uid as never).findOne({ where: { ...where, publishedAt: null } });

/** documentId of a department seeded by gov-core, by its code. */
export const departmentId = async (strapi: Core.Strapi, code: string) => {
  const row = await draftOf(strapi, DEPARTMENT, { code });
  if (!row) throw new Error(`department “${code}” is missing (seeded by gov-core departments)`);
  return row.documentId as string;
};

/** documentId of a column seeded by gov-core, by its slug. */
export const columnId = async (strapi: Core.Strapi, slug: string) => {
  const row = await draftOf(strapi, COLUMN, { slug });
  if (!row) throw new Error(`column “${slug}” is missing (seeded by gov-core columns)`);
  return row.documentId as string;
};

/** 保密审查 approval by the seed (public demo data), then publish. */
export const approveAndPublish = async (strapi: Core.Strapi, uid: string, documentId: string) => {
  await strapi
    .plugin('gov-core')
    .service('reviews')
    .decide({ uid, documentId, decision: 'approve', comment: '演示数据（npm run seed）' }, null);
  await docs(strapi, uid).publish({ documentId });
};

export const isPublished = async (strapi: Core.Strapi, uid: string, documentId: string) =>
  (await strapi.db.query(uid as never).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;
