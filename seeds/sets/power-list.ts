import type { Core } from '@strapi/strapi';
import type { SeedOutcome, SeedSet } from '../types';
import {
  approveAndPublish,
  columnId as columnOf,
  departmentId,
  docs,
  draftOf,
  isPublished as isPublishedOf,
} from '../helpers';
import {
  ACCOUNTABILITY,
  ADJUSTMENTS,
  COLUMN_SLUG,
  DUTIES,
  ITEMS,
  LIST_DECISION,
  type AdjustmentRecord,
  type PowerItemRecord,
} from '../data/power-list/items';

/**
 * power-list demo data: the 权力清单 of Dao County departments (47 powers across the 10 types), published
 * through the document service — so 保密审查, 索引号 and the 动态调整 (`added`) are real — then three published
 * changes: a cancellation, a delegation to the townships and a change of legal basis, each with its basis.
 */

const ITEM = 'plugin::power-list.power-item';
const ADJUSTMENT = 'plugin::power-list.power-adjustment';

const enabled = (strapi: Core.Strapi) => Boolean(strapi.plugin('power-list'));
const paragraphs = (lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

/** The 权责清单 column (gov-core's seed makes it thematic once power-list is registered). */
const columnId = (strapi: Core.Strapi) => columnOf(strapi, COLUMN_SLUG);
const publish = (strapi: Core.Strapi, documentId: string) => approveAndPublish(strapi, ITEM, documentId);
const isPublished = (strapi: Core.Strapi, documentId: string) => isPublishedOf(strapi, ITEM, documentId);

const itemOf = async (strapi: Core.Strapi, r: { department: string; name: string }) =>
  draftOf(strapi, ITEM, { name: r.name, scopeDepartment: await departmentId(strapi, r.department) });

const seededKeys = async (strapi: Core.Strapi) => {
  const rows = await strapi.db.query(ITEM).findMany({
    where: { name: { $in: ITEMS.map((i) => i.name) }, publishedAt: null },
    select: ['documentId', 'name'],
    populate: { department: { select: ['code'] } },
  });
  const keys = new Set(ITEMS.map((i) => `${i.department}|${i.name}`));
  return rows
    .filter((r: any) => keys.has(`${r.department?.code}|${r.name}`))
    .map((r: any) => r.documentId as string);
};

export const powerListItemsSet: SeedSet<PowerItemRecord> = {
  name: 'power-list items',
  records: (strapi) => (enabled(strapi) ? ITEMS : []),
  label: (r) => `${r.department} ${r.name}`,
  async apply(strapi, r): Promise<SeedOutcome> {
    const existing = await itemOf(strapi, r);
    if (existing) {
      if (await isPublished(strapi, existing.documentId)) return 'existing';
      await publish(strapi, existing.documentId);
      return 'updated';
    }
    const created = await docs(strapi, ITEM).create({
      data: {
        name: r.name,
        category: r.category,
        legalBasis: paragraphs(r.legalBasis),
        undertaker: r.undertaker ?? null,
        subItems: r.subItems ?? null,
        department: await departmentId(strapi, r.department),
        column: await columnId(strapi),
        responsibilities: DUTIES[r.category],
        accountability: ACCOUNTABILITY.map((a) => ({ situation: a.situation, basis: a.basis || null })),
        adjustmentBasis: LIST_DECISION.basis,
        adjustmentDecidedAt: LIST_DECISION.decidedAt,
      },
    });
    await publish(strapi, created.documentId);
    return 'created';
  },
  count: async (strapi) => (enabled(strapi) ? (await seededKeys(strapi)).length : 0),
  async reset(strapi) {
    if (!enabled(strapi)) return;
    const ids = await seededKeys(strapi);
    if (!ids.length) return;
    // Demo wipe (--reset): the append-only adjustments of the demo items go with them.
    await strapi.db.query(ADJUSTMENT).deleteMany({ where: { itemDocumentId: { $in: ids } } });
    await strapi.db.query(ITEM).deleteMany({ where: { documentId: { $in: ids } } });
  },
};

/** The published state already says what the change says: the change was seeded before. */
const applied = async (strapi: Core.Strapi, documentId: string, r: AdjustmentRecord) => {
  const published = await strapi.db
    .query(ITEM)
    .findOne({ where: { documentId, publishedAt: { $notNull: true } } });
  if (!published) return false;
  if (r.change.itemStatus && published.itemStatus !== r.change.itemStatus) return false;
  const text = (html: string | null) => (html ?? '').replace(/<[^>]*>/g, '');
  if (r.change.legalBasis && text(published.legalBasis) !== text(paragraphs(r.change.legalBasis)))
    return false;
  return true;
};

export const powerListAdjustmentsSet: SeedSet<AdjustmentRecord> = {
  name: 'power-list adjustments',
  records: (strapi) => (enabled(strapi) ? ADJUSTMENTS : []),
  label: (r) => `${r.department} ${r.name}: ${r.change.itemStatus ?? 'modified'}`,
  async apply(strapi, r): Promise<SeedOutcome> {
    const item = await itemOf(strapi, r);
    if (!item) throw new Error(`power item “${r.name}” of ${r.department} is missing (power-list items)`);
    if (await applied(strapi, item.documentId, r)) return 'existing';
    await docs(strapi, ITEM).update({
      documentId: item.documentId,
      data: {
        ...(r.change.itemStatus ? { itemStatus: r.change.itemStatus } : {}),
        ...(r.change.legalBasis ? { legalBasis: paragraphs(r.change.legalBasis) } : {}),
        adjustmentBasis: r.basis,
        adjustmentDecidedAt: r.decidedAt,
      },
    });
    await publish(strapi, item.documentId);
    return 'created';
  },
  count: async (strapi) =>
    enabled(strapi)
      ? strapi.db.query(ADJUSTMENT).count({
          where: { itemDocumentId: { $in: await seededKeys(strapi) }, kind: { $ne: 'added' } },
        })
      : 0,
};

export const powerListSets = [powerListItemsSet, powerListAdjustmentsSet];
