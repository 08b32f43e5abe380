import { RICH_TEXT, collectionType, ownershipAttributes } from '@gov-portal/kit';
import { CATEGORY_KEYS } from '../../data/categories';
import { ITEM_STATUS_KEYS } from '../../data/labels';
import { COMPONENT } from '../../utils/constants';

const localized = { i18n: { localized: true } };
const notLocalized = { i18n: { localized: false } };
const code = { i18n: { localized: false }, 'chinese-variants': { convert: false } };

/**
 * 权力事项 of the 权力清单, with its 责任清单 (责任事项, 追责情形). Every publish that changes a tracked field
 * (name, category, legalBasis, department, status) writes a 动态调整 (power-adjustment).
 *
 * The status attribute is `itemStatus`: the content manager reads a `status` key of a request body as the
 * draft/published dimension and refuses any other value ("Invalid status"). The public API serves it as `status`.
 */
export default collectionType({
  collectionName: 'power_items',
  info: {
    singularName: 'power-item',
    pluralName: 'power-items',
    displayName: '权力事项 (Power item)',
    description: '权力清单和责任清单：职权编码、名称、类型、设定依据、实施主体、责任事项、追责情形',
  },
  // 职权编码 is looked up on every write and import (unique per department, checked by the plugin).
  indexes: [{ name: 'power_items_code_idx', columns: ['code'] }],
  attributes: {
    // 职权编码: allocated from the configured pattern when left empty ({department}-{category}-{serial:5}).
    code: { type: 'string', maxLength: 64, pluginOptions: code },
    name: { type: 'string', required: true, maxLength: 200, pluginOptions: localized },
    // 职权类型: one of the 10 types (data/categories.ts).
    category: { type: 'enumeration', enum: [...CATEGORY_KEYS], required: true, pluginOptions: notLocalized },
    // 子项
    subItems: { type: 'text', maxLength: 4000, pluginOptions: localized },
    // 设定依据 (HTML, sanitised by gov-core on every write)
    legalBasis: { ...RICH_TEXT, required: true, pluginOptions: localized },
    // 实施主体 (department) and its 栏目 (column)
    ...ownershipAttributes(),
    // 承办机构 (the office inside the department)
    undertaker: { type: 'string', maxLength: 200, pluginOptions: localized },
    responsibilities: {
      type: 'component',
      component: COMPONENT.responsibility,
      repeatable: true,
      pluginOptions: localized,
    },
    accountability: {
      type: 'component',
      component: COMPONENT.accountability,
      repeatable: true,
      pluginOptions: localized,
    },
    // 流程图: an image; Strapi's upload plugin makes the resized formats (sharp).
    processChart: { type: 'media', multiple: false, allowedTypes: ['images'], pluginOptions: notLocalized },
    // 办事指南 link (http/https)
    serviceGuideUrl: { type: 'string', maxLength: 500, pluginOptions: { ...code } },
    // 状态: 实施中 | 已取消 | 已下放 | 暂停实施
    itemStatus: {
      type: 'enumeration',
      enum: [...ITEM_STATUS_KEYS],
      required: true,
      default: 'in-force',
      pluginOptions: notLocalized,
    },
    // 备注 (the spreadsheet's last column)
    remark: { type: 'text', maxLength: 2000, pluginOptions: localized },
    // 调整依据 and 决定日期 of the change being published (e.g. the decision cancelling the power); read when
    // the change is published, and recorded with its 动态调整. Required when cancelling.
    adjustmentBasis: { type: 'string', maxLength: 300, private: true, pluginOptions: notLocalized },
    adjustmentDecidedAt: { type: 'date', private: true, pluginOptions: notLocalized },
    // Set on the item resulting from a merger (合并): its next publish is recorded as `merged`.
    adjustmentMerged: { type: 'boolean', default: false, private: true, pluginOptions: notLocalized },
    disclosure: {
      type: 'component',
      component: 'gov-core.disclosure',
      repeatable: false,
      pluginOptions: notLocalized,
    },
  },
});
