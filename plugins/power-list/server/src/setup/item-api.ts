import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { CATEGORIES, CATEGORY_KEYS, type CategoryKey } from '../data/categories';
import { ITEM_STATUSES, ITEM_STATUS_KEYS, STAGES, type ItemStatusKey, type StageKey } from '../data/labels';
import { getService } from '../utils/get-service';
import { defaultItemStatusFilter, itemStatusFilter } from '../domain/item-status';

type Doc = Record<string, any>;

export const ITEM_POPULATE = {
  department: { fields: ['name', 'shortName', 'code', 'order'] },
  column: { fields: ['name', 'slug'] },
  responsibilities: true,
  accountability: true,
  processChart: true,
  disclosure: { populate: { publisher: { fields: ['name', 'code', 'organizationCode'] } } },
};

const code = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '须为部门代码（小写字母、数字和连字符）');
const STATUS_VALUES = [...ITEM_STATUS_KEYS, 'all'] as const;
export const itemStatusValue = z.enum(STATUS_VALUES, { message: `须为 ${STATUS_VALUES.join(', ')} 之一` });
export const categoryValue = z.enum(CATEGORY_KEYS, {
  message: `须为职权类型代码之一：${CATEGORY_KEYS.join(', ')}`,
});

/** Labels beside the keys (category, item status, stages), so a front end needs no lookup table. */
export const withLabels = (item: Doc): Doc => ({
  ...item,
  ...('category' in item
    ? { categoryLabel: CATEGORIES[item.category as CategoryKey]?.['zh-Hans'] ?? item.category ?? null }
    : {}),
  ...('itemStatus' in item
    ? { statusLabel: ITEM_STATUSES[item.itemStatus as ItemStatusKey]?.['zh-Hans'] ?? item.itemStatus ?? null }
    : {}),
  ...(Array.isArray(item.responsibilities)
    ? {
        responsibilities: item.responsibilities.map((r: Doc) => ({
          ...r,
          stageLabel: STAGES[r.stage as StageKey]?.['zh-Hans'] ?? r.stage,
        })),
      }
    : {}),
});

/**
 * How gov-core's public content API serves 权力事项 (GET /api/power-list/items[/:documentId]). The item
 * status is the field `itemStatus` (parameter `itemStatus`, `all` for every status): `status` is Strapi's.
 * Lists show items in force unless the request names `itemStatus`.
 */
export const itemApi = {
  aliases: {
    department: {
      schema: code,
      description: '实施主体（部门代码）',
      toFilters: (v: string) => ({ department: { code: { $eq: v } } }),
    },
    category: {
      schema: categoryValue,
      description: '职权类型',
      toFilters: (v: string) => ({ category: { $eq: v } }),
    },
    itemStatus: {
      schema: itemStatusValue,
      description: '事项状态（默认 in-force；all 为全部）',
      toFilters: itemStatusFilter,
    },
  },
  defaultFilters: defaultItemStatusFilter,
  defaultSort: ['code:asc', 'id:asc'],
  defaultPageSize: 20,
  defaultPopulate: ITEM_POPULATE,
  decorate: (items: Doc[]) => items.map(withLabels),
};

/** The single item also lists its 动态调整 (adjustments). */
export const withAdjustments = (strapi: Core.Strapi) => async (item: Doc) => {
  const history = await getService(strapi, 'adjustments').list({ item: item.documentId, pageSize: 100 });
  return { ...item, adjustments: history.data };
};
