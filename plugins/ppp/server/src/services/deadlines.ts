import type { Core } from '@strapi/strapi';
import { findEdition, nextDisclosure, type DueDisclosure } from '../domain';
import { SOURCE_LOCALE, UID } from '../constants';
import { govCore } from '../get-service';

type Row = Record<string, any>;

export interface ProjectDeadline {
  documentId: string;
  name: string;
  code: string;
  edition: string;
  stage: string;
  department: { documentId: string; name: string; code: string } | null;
  next: DueDisclosure | null;
}

/**
 * Disclosure deadlines of the projects: for each, the next item its edition's rules make due and whether it is
 * overdue. `departments` limits the projects (a caller's reach; undefined: all). The clock is injected, so the
 * freshness monitor (and tests) read the same answer for any day: `strapi.plugin('ppp').service('deadlines')
 * .list({ now })`.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(options: {
    now: Date;
    departments?: string[];
    overdueOnly?: boolean;
  }): Promise<ProjectDeadline[]> {
    const where: Row = { locale: SOURCE_LOCALE, publishedAt: null };
    if (options.departments) where.scopeDepartment = { $in: options.departments };
    const drafts = (await strapi.db.query(UID.project).findMany({
      where,
      select: ['documentId', 'name', 'code', 'edition', 'stage'],
      populate: { milestones: true, department: { select: ['documentId', 'name', 'code'] } },
      orderBy: [{ id: 'asc' }],
    })) as Row[];
    if (drafts.length === 0) return [];
    const ids = drafts.map((d) => d.documentId);
    const published = (await strapi.db.query(UID.project).findMany({
      where: { documentId: { $in: ids }, locale: SOURCE_LOCALE, publishedAt: { $notNull: true } },
      select: ['documentId', 'publishedAt'],
    })) as Row[];
    const latestPublished = new Map(published.map((p) => [p.documentId, p.publishedAt]));
    const updates = (await strapi.db.query(UID.update).findMany({
      where: {
        project: { documentId: { $in: ids } },
        locale: SOURCE_LOCALE,
        publishedAt: { $notNull: true },
      },
      select: ['period', 'publishedAt'],
      populate: { project: { select: ['documentId'] } },
    })) as Row[];
    const updatesOf = new Map<string, { period: string; publishedAt: string }[]>();
    for (const u of updates) {
      const id = u.project?.documentId;
      if (!id) continue;
      updatesOf.set(id, [...(updatesOf.get(id) ?? []), { period: u.period, publishedAt: u.publishedAt }]);
    }
    const out: ProjectDeadline[] = [];
    for (const d of drafts) {
      const edition = findEdition(d.edition);
      const next = edition
        ? nextDisclosure(
            {
              edition,
              stage: d.stage,
              milestones: (d.milestones ?? []).filter((m: Row) => m.stage),
              publishedAt: latestPublished.get(d.documentId) ?? null,
              updates: updatesOf.get(d.documentId) ?? [],
            },
            options.now,
          )
        : null;
      if (options.overdueOnly && !next?.overdue) continue;
      out.push({
        documentId: d.documentId,
        name: d.name,
        code: d.code,
        edition: d.edition,
        stage: d.stage,
        department: d.department
          ? { documentId: d.department.documentId, name: d.department.name, code: d.department.code }
          : null,
        next,
      });
    }
    // Overdue first, then by due date.
    return out.sort(
      (a, b) =>
        Number(b.next?.overdue ?? false) - Number(a.next?.overdue ?? false) ||
        (a.next?.dueOn ?? '9999').localeCompare(b.next?.dueOn ?? '9999'),
    );
  },

  /** The caller's reach on projects, for the admin route (department editors: their departments). */
  async forCaller(options: { now: Date; overdueOnly?: boolean }) {
    const reach = await govCore(strapi, 'scoping').reach(
      govCore(strapi, 'toolkit').currentAdmin(),
      UID.project,
      'read',
    );
    if (reach.kind === 'none') return null;
    return this.list({
      ...options,
      departments: reach.kind === 'departments' ? reach.departments : undefined,
    });
  },
});
