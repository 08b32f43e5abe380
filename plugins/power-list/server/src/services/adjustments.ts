import type { Core } from '@strapi/strapi';
import { CATEGORIES, type CategoryKey } from '../data/categories';
import { ADJUSTMENT_KINDS, type AdjustmentKindKey } from '../data/labels';
import { computeAdjustment, type Adjustment, type PowerItemSnapshot } from '../domain/adjustment';
import type { Actor } from 'strapi-plugin-gov-core/types';
import { SOURCE_LOCALE, UID } from '../utils/constants';

/** An item version as read from the database for the adjustment rule (department populated). */
export interface ItemVersion {
  documentId: string;
  code: string | null;
  name: string;
  category: CategoryKey;
  legalBasis: string | null;
  itemStatus: PowerItemSnapshot['status'];
  department?: { documentId: string; code: string | null; name: string | null } | null;
  adjustmentBasis?: string | null;
  adjustmentDecidedAt?: string | Date | null;
  adjustmentMerged?: boolean | null;
}

/** What the editor wrote about the change being published (調整依据, 决定日期, 合并). */
interface AdjustmentNote {
  basis: string | null;
  decidedAt: string | null;
  merged: boolean;
}

interface Snapshot extends PowerItemSnapshot {
  note: AdjustmentNote;
}

export interface AdjustmentRow {
  id: number;
  documentId: string;
  itemDocumentId: string;
  itemCode: string | null;
  itemName: string | null;
  category: CategoryKey | null;
  kind: AdjustmentKindKey;
  basis: string | null;
  decidedAt: string | null;
  summary: Adjustment['summary'];
  departmentDocumentId: string | null;
  departmentCode: string | null;
  departmentName: string | null;
  snapshot: Snapshot | null;
  recordedAt: string;
}

export interface AdjustmentQuery {
  department?: string;
  year?: number;
  kind?: AdjustmentKindKey;
  item?: string;
  page?: number;
  pageSize?: number;
}

const isoDate = (v: unknown): string | null => {
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  return String(v).slice(0, 10);
};

const noteOf = (v: ItemVersion): AdjustmentNote => ({
  basis: v.adjustmentBasis?.trim() || null,
  decidedAt: isoDate(v.adjustmentDecidedAt),
  merged: v.adjustmentMerged === true,
});

const sameNote = (a: AdjustmentNote, b: AdjustmentNote) =>
  a.basis === b.basis && a.decidedAt === b.decidedAt && a.merged === b.merged;

export const snapshotOf = (v: ItemVersion): Snapshot => ({
  name: v.name,
  category: v.category,
  legalBasis: v.legalBasis ?? '',
  status: v.itemStatus,
  department: v.department
    ? { documentId: v.department.documentId, code: v.department.code, name: v.department.name }
    : null,
  note: noteOf(v),
});

const VERSION_POPULATE = { department: { select: ['documentId', 'code', 'name'] } };

/**
 * 动态调整: computed from the previous published version when a change is published, written in the publishing
 * transaction, read by the public list (newest first) and by the admin (scoped to the reader's departments).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The source-locale version of an item (draft or published), with its department. */
  async version(documentId: string, published: boolean): Promise<ItemVersion | null> {
    return strapi.db.query(UID.item).findOne({
      where: { documentId, locale: SOURCE_LOCALE, publishedAt: published ? { $notNull: true } : null },
      populate: VERSION_POPULATE,
    });
  },

  async latest(documentId: string): Promise<AdjustmentRow | null> {
    return strapi.db
      .query(UID.adjustment)
      .findOne({ where: { itemDocumentId: documentId }, orderBy: [{ id: 'desc' }] });
  },

  /**
   * The adjustment publishing `draft` makes, or null. The comparison base is the published version, or — for
   * an item unpublished since — the state recorded with its last adjustment. The editor's basis, date and
   * merge flag count only when they were changed for this publish (a basis left from an earlier change is
   * not the basis of this one). Throws PowerListValidationError (basis) when cancelling without a basis.
   */
  async plan(draft: ItemVersion): Promise<Adjustment | null> {
    const published = await this.version(draft.documentId, true);
    const previous: Snapshot | null = published
      ? snapshotOf(published)
      : ((await this.latest(draft.documentId))?.snapshot ?? null);
    const next = snapshotOf(draft);
    const fresh = !previous || !sameNote(previous.note, next.note);
    return computeAdjustment(
      previous,
      next,
      fresh
        ? {
            basis: next.note.basis,
            decidedAt: next.note.decidedAt,
            ...(next.note.merged ? { kind: 'merged' as const } : {}),
          }
        : {},
    );
  },

  async write(draft: ItemVersion, adjustment: Adjustment, actor: Actor | null) {
    return strapi.db.query(UID.adjustment).create({
      data: {
        itemDocumentId: draft.documentId,
        itemCode: draft.code,
        itemName: draft.name,
        category: draft.category,
        kind: adjustment.kind,
        basis: adjustment.basis,
        decidedAt: adjustment.decidedAt,
        summary: adjustment.summary,
        departmentDocumentId: draft.department?.documentId ?? null,
        departmentCode: draft.department?.code ?? null,
        departmentName: draft.department?.name ?? null,
        snapshot: snapshotOf(draft),
        recordedAt: new Date(),
        actorEmail: actor?.email ?? 'system',
      },
    });
  },

  /**
   * Adjustments newest first. `onlyItems`: documentIds that may be shown (the public list shows the
   * adjustments of published, openly disclosed items); `departments`: documentIds the reader is limited to.
   */
  async list(query: AdjustmentQuery, limits: { onlyItems?: Set<string>; departments?: string[] } = {}) {
    const { page = 1, pageSize = 20 } = query;
    const and: Record<string, unknown>[] = [];
    if (query.department) and.push({ departmentCode: query.department });
    if (query.kind) and.push({ kind: query.kind });
    if (query.item) and.push({ itemDocumentId: query.item });
    if (limits.departments) and.push({ departmentDocumentId: { $in: limits.departments } });
    if (query.year) {
      const from = `${query.year}-01-01`;
      const to = `${query.year}-12-31`;
      // The year of the decision, or of the publication when no decision date was given (Beijing time).
      and.push({
        $or: [
          { decidedAt: { $gte: from, $lte: to } },
          {
            decidedAt: null,
            recordedAt: {
              $gte: new Date(`${from}T00:00:00+08:00`),
              $lt: new Date(`${query.year + 1}-01-01T00:00:00+08:00`),
            },
          },
        ],
      });
    }
    const rows: AdjustmentRow[] = await strapi.db.query(UID.adjustment).findMany({
      where: and.length ? { $and: and } : {},
      orderBy: [{ recordedAt: 'desc' }, { id: 'desc' }],
    });
    const visible = limits.onlyItems ? rows.filter((r) => limits.onlyItems!.has(r.itemDocumentId)) : rows;
    const total = visible.length;
    return {
      data: visible.slice((page - 1) * pageSize, page * pageSize).map(present),
      pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
    };
  },
});

/** The public shape of an adjustment: labels beside the keys, item and department as objects. */
export const present = (r: AdjustmentRow) => ({
  documentId: r.documentId,
  kind: r.kind,
  kindLabel: ADJUSTMENT_KINDS[r.kind]?.['zh-Hans'] ?? r.kind,
  item: { documentId: r.itemDocumentId, code: r.itemCode, name: r.itemName },
  category: r.category,
  categoryLabel: r.category ? (CATEGORIES[r.category]?.['zh-Hans'] ?? r.category) : null,
  department: r.departmentDocumentId
    ? { documentId: r.departmentDocumentId, code: r.departmentCode, name: r.departmentName }
    : null,
  basis: r.basis,
  decidedAt: isoDate(r.decidedAt),
  summary: r.summary ?? [],
  publishedAt: r.recordedAt,
});
