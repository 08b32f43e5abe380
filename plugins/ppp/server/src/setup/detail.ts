import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { govCore } from '../get-service';

type Obj = Record<string, unknown>;

/** The project's published 实施情况, newest period first, through the public API (its rules apply). */
export const updatesOfProject = async (strapi: Core.Strapi, project: Obj, locale: string) => {
  const { data } = await govCore(strapi, 'public-api').find(UID.update, {
    locale,
    filters: { project: { documentId: { $eq: String(project.documentId) } } },
    fields: ['title', 'period', 'progress', 'investmentCompleted', 'percentComplete', 'note', 'publishedAt'],
    populate: { attachments: true },
    sort: ['period:desc', 'id:desc'],
    pagination: { pageSize: 100, withCount: false },
  });
  return data;
};

/** A single report only while its project is public (a project withdrawn later takes its reports with it). */
export const reportOfPublicProject = async (strapi: Core.Strapi, report: Obj) => {
  const row = (await strapi.db.query(UID.update).findOne({
    where: { documentId: String(report.documentId), publishedAt: { $notNull: true } },
    select: ['id'],
    populate: { project: { select: ['documentId'] } },
  })) as { project?: { documentId: string } | null } | null;
  const projectId = row?.project?.documentId;
  if (!projectId) return null;
  const visible = await govCore(strapi, 'public-read').publicDocumentIds(UID.project, [projectId]);
  return visible.has(projectId) ? report : null;
};
