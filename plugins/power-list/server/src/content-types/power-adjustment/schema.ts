import { collectionType } from '@gov-portal/kit';
import { ADJUSTMENT_KIND_KEYS } from '../../data/labels';
import { CATEGORY_KEYS } from '../../data/categories';

const code = { 'chinese-variants': { convert: false } };

/**
 * 动态调整: one row per published change of a 权力事项, written by the plugin when the change is published
 * (no draft & publish: public as soon as written). Append-only: no route and no document-service call creates,
 * updates or deletes it. Item and department are kept as documentIds plus copies of their code and name, so
 * the record reads on its own even after the item changes again.
 */
export default collectionType({
  collectionName: 'power_adjustments',
  info: {
    singularName: 'power-adjustment',
    pluralName: 'power-adjustments',
    displayName: '权力清单调整情况 (Power adjustment)',
    description: '权力事项的新增、取消、下放、合并、变更（只增不改）',
  },
  localized: false,
  draftAndPublish: false,
  visible: false,
  attributes: {
    itemDocumentId: { type: 'string', required: true, maxLength: 64, pluginOptions: code },
    itemCode: { type: 'string', maxLength: 64, pluginOptions: code },
    itemName: { type: 'string', maxLength: 200 },
    category: { type: 'enumeration', enum: [...CATEGORY_KEYS] },
    kind: { type: 'enumeration', enum: [...ADJUSTMENT_KIND_KEYS], required: true },
    // 调整依据: document number / title of the decision.
    basis: { type: 'string', maxLength: 300 },
    decidedAt: { type: 'date' },
    // [{ field, label, from, to }] of the tracked fields that changed (old → new).
    summary: { type: 'json' },
    departmentDocumentId: { type: 'string', maxLength: 64, pluginOptions: code },
    departmentCode: { type: 'string', maxLength: 64, pluginOptions: code },
    departmentName: { type: 'string', maxLength: 200 },
    // Tracked fields after the change: the comparison base when an unpublished item is published again.
    snapshot: { type: 'json', private: true },
    recordedAt: { type: 'datetime', required: true },
    actorEmail: { type: 'string', maxLength: 200, private: true },
  },
});
