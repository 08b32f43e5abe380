/**
 * Labels (zh-Hans, zh-Hant) of the power-list enumerations: item status, 责任事项 stages and 动态调整 kinds.
 * Stages follow the 责任清单 practice of listing duties per step of exercising a power
 * (受理、审查、决定、送达、事后监管; 中办发〔2015〕21号 asks each power to carry its 责任事项 and 追责情形).
 */

import { keyOfLabel, labelGroups, type Label } from '@gov-portal/kit/domain';
import { CATEGORIES } from './categories';

export type { Label };

export const ITEM_STATUS_KEYS = ['in-force', 'cancelled', 'delegated', 'suspended'] as const;
export type ItemStatusKey = (typeof ITEM_STATUS_KEYS)[number];

export const ITEM_STATUSES: Readonly<Record<ItemStatusKey, Label>> = {
  'in-force': { 'zh-Hans': '实施中', 'zh-Hant': '實施中' },
  cancelled: { 'zh-Hans': '已取消', 'zh-Hant': '已取消' },
  delegated: { 'zh-Hans': '已下放', 'zh-Hant': '已下放' },
  suspended: { 'zh-Hans': '暂停实施', 'zh-Hant': '暫停實施' },
};

export const STAGE_KEYS = ['acceptance', 'review', 'decision', 'delivery', 'supervision', 'other'] as const;
export type StageKey = (typeof STAGE_KEYS)[number];

export const STAGES: Readonly<Record<StageKey, Label>> = {
  acceptance: { 'zh-Hans': '受理', 'zh-Hant': '受理' },
  review: { 'zh-Hans': '审查', 'zh-Hant': '審查' },
  decision: { 'zh-Hans': '决定', 'zh-Hant': '決定' },
  delivery: { 'zh-Hans': '送达', 'zh-Hant': '送達' },
  supervision: { 'zh-Hans': '事后监管', 'zh-Hant': '事後監管' },
  other: { 'zh-Hans': '其他', 'zh-Hant': '其他' },
};

export const ADJUSTMENT_KIND_KEYS = ['added', 'cancelled', 'delegated', 'merged', 'modified'] as const;
export type AdjustmentKindKey = (typeof ADJUSTMENT_KIND_KEYS)[number];

export const ADJUSTMENT_KINDS: Readonly<Record<AdjustmentKindKey, Label>> = {
  added: { 'zh-Hans': '新增', 'zh-Hant': '新增' },
  cancelled: { 'zh-Hans': '取消', 'zh-Hant': '取消' },
  delegated: { 'zh-Hans': '下放', 'zh-Hant': '下放' },
  merged: { 'zh-Hans': '合并', 'zh-Hant': '合併' },
  modified: { 'zh-Hans': '变更', 'zh-Hant': '變更' },
};

/** The fields whose change on a published item is a 动态调整 to be made public. */
export const TRACKED_FIELD_KEYS = ['name', 'category', 'legalBasis', 'department', 'status'] as const;
export type TrackedField = (typeof TRACKED_FIELD_KEYS)[number];

export const TRACKED_FIELDS: Readonly<Record<TrackedField, Label>> = {
  name: { 'zh-Hans': '职权名称', 'zh-Hant': '職權名稱' },
  category: { 'zh-Hans': '职权类型', 'zh-Hant': '職權類型' },
  legalBasis: { 'zh-Hans': '设定依据', 'zh-Hant': '設定依據' },
  department: { 'zh-Hans': '实施主体', 'zh-Hant': '實施主體' },
  status: { 'zh-Hans': '状态', 'zh-Hant': '狀態' },
};

export function isItemStatusKey(value: unknown): value is ItemStatusKey {
  return typeof value === 'string' && (ITEM_STATUS_KEYS as readonly string[]).includes(value);
}

export function isStageKey(value: unknown): value is StageKey {
  return typeof value === 'string' && (STAGE_KEYS as readonly string[]).includes(value);
}

/** A stage as written in a spreadsheet: the ASCII key or a label in either script. */
export function resolveStage(input: string): StageKey | null {
  return keyOfLabel(STAGES, input);
}

/** GET /api/power-list/labels: every power-list enumeration in the kit's one label shape. */
export const POWER_LIST_LABELS = labelGroups({
  category: CATEGORIES,
  itemStatus: ITEM_STATUSES,
  stage: STAGES,
  adjustmentKind: ADJUSTMENT_KINDS,
});
