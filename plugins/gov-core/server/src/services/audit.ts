import type { Core } from '@strapi/strapi';
import { auditScope, type Reach } from '../domain/scope';
import type { Actor } from '../utils/actor';
import { getService } from '../utils/get-service';

const AUDIT = 'plugin::gov-core.audit-entry';

export interface AuditChange {
  field: string;
  from?: unknown;
  to?: unknown;
}

export interface AuditFilter {
  uid?: string;
  documentId?: string;
  actor?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  // A leading = + - @ would run as a formula in Excel.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The append-only audit trail. Entries are written inside the transaction of the change they record. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async write(
    entry: {
      action: string;
      uid: string;
      documentId?: string | null;
      locale?: string | null;
      department?: string | null;
      changes?: AuditChange[];
    },
    actor: Actor | null,
  ) {
    return strapi.db.query(AUDIT).create({
      data: {
        actorId: actor?.id ?? null,
        actorEmail: actor?.email ?? 'system',
        action: entry.action,
        contentType: entry.uid,
        itemDocumentId: entry.documentId ?? null,
        locale: entry.locale ?? null,
        department: entry.department ?? null,
        changes: entry.changes ?? [],
        at: new Date(),
      },
    });
  },

  async where(filter: AuditFilter, actor: Actor | null) {
    const and: Record<string, unknown>[] = [];
    if (filter.uid) and.push({ contentType: filter.uid });
    if (filter.documentId) and.push({ itemDocumentId: filter.documentId });
    if (filter.actor)
      and.push(
        /^\d+$/.test(filter.actor)
          ? { actorId: Number(filter.actor) }
          : { actorEmail: filter.actor.toLowerCase() },
      );
    if (filter.from) and.push({ at: { $gte: new Date(filter.from) } });
    if (filter.to) and.push({ at: { $lte: new Date(filter.to) } });
    const scope = await this.scope(actor);
    if (scope) and.push(scope);
    return and.length ? { $and: and } : {};
  },

  /**
   * What of the trail the caller reads (null: all of it). Entries of a content type the caller cannot read
   * are never shown. A caller who reaches every department of every column type (webmasters, super admins)
   * reads every entry of the types they can read; a caller scoped to departments on any column type reads
   * only entries recorded for those departments (so not the entries without a department: columns,
   * departments, memberships, imports).
   */
  async scope(actor: Actor | null): Promise<Record<string, unknown> | null> {
    if (!actor) return null;
    const scoping = getService(strapi, 'scoping');
    const meta: any = strapi.db.metadata.get(AUDIT);
    const column: string = meta.attributes.contentType.columnName ?? 'content_type';
    const recorded = (
      (await strapi.db.connection(meta.tableName).distinct(column)) as Record<string, string>[]
    ).map((r) => r[column]);
    const columnTypes = getService(strapi, 'column-registry').uids();
    const reaches = new Map<string, Reach>();
    for (const uid of new Set([...recorded, ...columnTypes]))
      reaches.set(uid, await scoping.reach(actor, uid, 'read'));
    return auditScope({ recorded, columnTypes, reachOf: (uid) => reaches.get(uid) ?? { kind: 'none' } });
  },

  async list(filter: AuditFilter, actor: Actor | null) {
    const page = filter.page ?? 1;
    const pageSize = filter.pageSize ?? 25;
    const where = await this.where(filter, actor);
    const [data, total] = await Promise.all([
      strapi.db.query(AUDIT).findMany({
        where,
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
        offset: (page - 1) * pageSize,
        limit: pageSize,
      }),
      strapi.db.query(AUDIT).count({ where }),
    ]);
    return { data, pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } };
  },

  async csv(filter: AuditFilter, actor: Actor | null) {
    const rows = await strapi.db
      .query(AUDIT)
      .findMany({ where: await this.where(filter, actor), orderBy: [{ at: 'desc' }, { id: 'desc' }] });
    const header = ['时间', '操作人ID', '操作人', '操作', '内容类型', '文档ID', '语言', '部门', '变更'];
    const lines = rows.map((r: any) =>
      [
        new Date(r.at).toISOString(),
        r.actorId,
        r.actorEmail,
        r.action,
        r.contentType,
        r.itemDocumentId,
        r.locale,
        r.department,
        r.changes,
      ]
        .map(csvCell)
        .join(','),
    );
    // BOM: Excel opens UTF-8 CSV with Chinese text correctly only with it.
    return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
  },
});
