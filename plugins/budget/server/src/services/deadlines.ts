import type { Core } from '@strapi/strapi';
import { KINDS, type KindKey } from '../data/labels';
import { reportDeadline, type ReportDeadline } from '../domain';
import { UID } from '../constants';
import { govCore } from '../get-service';

type Row = Record<string, any>;

export interface BudgetDeadline extends ReportDeadline {
  documentId: string;
  title: string | null;
  year: number;
  kind: KindKey;
  kindLabel: string;
  department: { documentId: string; name: string; code: string } | null;
}

/**
 * 20 days after the 批复, for every report: due, pending, overdue or published (on time or late). `departments`
 * limits the reports (a caller's reach; undefined: all). The clock is injected, so the freshness monitor reads the
 * same answer for any day: `strapi.plugin('budget').service('deadlines').list({ now })`.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(options: {
    now: Date;
    departments?: string[];
    overdueOnly?: boolean;
  }): Promise<BudgetDeadline[]> {
    const where: Row = { publishedAt: null };
    if (options.departments) where.scopeDepartment = { $in: options.departments };
    const drafts = (await strapi.db.query(UID.report).findMany({
      where,
      select: ['documentId', 'title', 'year', 'kind', 'approvedAt'],
      populate: { department: { select: ['documentId', 'name', 'code'] } },
      orderBy: [{ year: 'desc' }, { id: 'asc' }],
    })) as Row[];
    if (!drafts.length) return [];
    const published = (await strapi.db.query(UID.report).findMany({
      where: { documentId: { $in: drafts.map((d) => d.documentId) }, publishedAt: { $notNull: true } },
      select: ['documentId', 'publishedAt'],
    })) as Row[];
    const publishedAt = new Map(published.map((p) => [p.documentId, p.publishedAt]));
    const out = drafts
      .map((d) => ({
        documentId: d.documentId,
        title: d.title ?? null,
        year: d.year,
        kind: d.kind,
        kindLabel: KINDS[d.kind as KindKey]?.['zh-Hans'] ?? d.kind,
        department: d.department
          ? { documentId: d.department.documentId, name: d.department.name, code: d.department.code }
          : null,
        ...reportDeadline(
          { approvedAt: d.approvedAt, publishedAt: publishedAt.get(d.documentId) ?? null },
          options.now,
        ),
      }))
      .filter((d) => !options.overdueOnly || d.status === 'overdue');
    // Overdue first, then pending by due date.
    const rank = {
      overdue: 0,
      pending: 1,
      'no-approval': 2,
      'published-late': 3,
      'published-on-time': 4,
    } as const;
    return out.sort(
      (a, b) => rank[a.status] - rank[b.status] || (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'),
    );
  },

  /** The caller's reach on reports (department editors: their departments); null when they reach none. */
  async forCaller(options: { now: Date; overdueOnly?: boolean }) {
    const reach = await govCore(strapi, 'scoping').reach(
      govCore(strapi, 'toolkit').currentAdmin(),
      UID.report,
      'read',
    );
    if (reach.kind === 'none') return null;
    return this.list({
      ...options,
      departments: reach.kind === 'departments' ? reach.departments : undefined,
    });
  },
});
