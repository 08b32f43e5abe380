import type { Core } from '@strapi/strapi';
import { problem, type FieldError } from '@gov-portal/kit/domain';
import type { WriteHookContext } from 'strapi-plugin-gov-core/types';
import { parsePeriod, updateProblems } from '../domain';
import { SOURCE_LOCALE, UID } from '../constants';
import { govCore } from '../get-service';

type Doc = Record<string, any>;

const APPEND_ONLY = '项目实施情况发布后只增不改：如需更正，请新增一期实施情况并在说明中写明';

/**
 * The write rules of 项目实施情况: its project exists and is of the same department, the period is a year or a
 * quarter, the figures are in range; a published report is history — never changed or deleted (a draft not
 * yet published may still be corrected or dropped; a published one may be withdrawn, as any disclosure may).
 */
export const updateHooks = (strapi: Core.Strapi) => {
  /** The report's project, read once per write (compute and validate share it through the write's state). */
  const project = async (documentId: string | undefined, ctx?: WriteHookContext): Promise<Doc | null> => {
    if (!documentId) return null;
    const memo = ctx?.state as { pppProject?: { id: string; row: Doc | null } } | undefined;
    if (memo?.pppProject?.id === documentId) return memo.pppProject.row;
    const row = (await strapi.db.query(UID.project).findOne({
      where: { documentId, locale: SOURCE_LOCALE, publishedAt: null },
      select: ['documentId', 'name', 'investment'],
      populate: { department: { select: ['documentId'] } },
    })) as Doc | null;
    if (memo) memo.pppProject = { id: documentId, row };
    return row;
  };
  /** Once published, always history (withdrawing and publishing again does not reopen it). */
  const wasPublished = async (documentId: string | null | undefined) =>
    !!documentId &&
    (await strapi.db
      .query(UID.update)
      .count({ where: { documentId, firstPublishedAt: { $notNull: true } } })) > 0;
  const refusal = (field = 'period'): FieldError[] => [problem(field, 'append-only', APPEND_ONLY)];

  return {
    async compute(after: Doc, ctx: WriteHookContext) {
      // Only the publish hook sets it; a write naming it loses it.
      const system = { firstPublishedAt: undefined };
      if (typeof after.title === 'string' && after.title.trim()) return system;
      const p = await project(after.project?.documentId, ctx);
      const period = parsePeriod(after.period);
      if (!p || !period) return system;
      const when = period.quarter ? `${period.year}年第${period.quarter}季度` : `${period.year}年度`;
      return { ...system, title: `${p.name} ${when}实施情况` };
    },

    async validate(_before: Doc | null, after: Doc, ctx: WriteHookContext): Promise<FieldError[]> {
      if (ctx.action === 'update' && (await wasPublished(ctx.documentId))) return refusal();
      const problems: FieldError[] = [];
      const p = await project(after.project?.documentId, ctx);
      if (!p) problems.push(problem('project', 'required', '须选择所属的PPP项目'));
      else {
        const department = after.department?.documentId ?? null;
        if (department && p.department?.documentId && department !== p.department.documentId)
          problems.push(problem('department', 'project-department', '责任部门须与所属项目的责任部门一致'));
      }
      problems.push(...updateProblems(after as never, { investment: p?.investment ?? null } as never));
      return problems;
    },

    /** Published only under a project the public can see (its name is in the report's title). */
    async beforePublish(document: Doc): Promise<FieldError[]> {
      const draft = (await strapi.db.query(UID.update).findOne({
        where: { documentId: document.documentId, publishedAt: null },
        select: ['id'],
        populate: { project: { select: ['documentId'] } },
      })) as Doc | null;
      const projectId: string | undefined = draft?.project?.documentId ?? document.project?.documentId;
      const visible = projectId
        ? (await govCore(strapi, 'public-read').publicDocumentIds(UID.project, [projectId])).has(projectId)
        : false;
      return visible
        ? []
        : [
            problem(
              'project',
              'project-not-public',
              '所属项目尚未公开（未发布或不予公开），其实施情况不能发布',
            ),
          ];
    },

    async afterPublish(document: Doc) {
      await strapi.db.query(UID.update).updateMany({
        where: { documentId: document.documentId, firstPublishedAt: null },
        data: { firstPublishedAt: new Date() },
      });
    },

    async beforeDelete(_before: Doc | null, ctx: WriteHookContext) {
      return (await wasPublished(ctx.documentId)) ? refusal('publishedAt') : [];
    },
  };
};
