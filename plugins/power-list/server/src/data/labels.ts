/**
 * Labels (zh-Hans, zh-Hant) of the power-list enumerations: item status, 责任事项 stages and 动态调整 kinds.
 * Stages follow the 责任清单 practice of listing duties per step of exercising a power
 * (受理、审查、决定、送达、事后监管; 中办发〔2015〕21号 asks each power to carry its 责任事项 and 追责情形).
 */

export interface Label {
  label: string; // zh-Hans
  labelHant: string; // zh-Hant
}

export const ITEM_STATUS_KEYS = ['in-force', 'cancelled', 'delegated', 'suspended'] as const;
export type ItemStatusKey = (typeof ITEM_STATUS_KEYS)[number];

export const ITEM_STATUSES: Readonly<Record<ItemStatusKey, Label>> = {
  'in-force': { label: '实施中', labelHant: '實施中' },
  cancelled: { label: '已取消', labelHant: '已取消' },
  delegated: { label: '已下放', labelHant: '已下放' },
  suspended: { label: '暂停实施', labelHant: '暫停實施' },
};

export const STAGE_KEYS = ['acceptance', 'review', 'decision', 'delivery', 'supervision', 'other'] as const;
export type StageKey = (typeof STAGE_KEYS)[number];

export const STAGES: Readonly<Record<StageKey, Label>> = {
  acceptance: { label: '受理', labelHant: '受理' },
  review: { label: '审查', labelHant: '審查' },
  decision: { label: '决定', labelHant: '決定' },
  delivery: { label: '送达', labelHant: '送達' },
  supervision: { label: '事后监管', labelHant: '事後監管' },
  other: { label: '其他', labelHant: '其他' },
};

export const ADJUSTMENT_KIND_KEYS = ['added', 'cancelled', 'delegated', 'merged', 'modified'] as const;
export type AdjustmentKindKey = (typeof ADJUSTMENT_KIND_KEYS)[number];

export const ADJUSTMENT_KINDS: Readonly<Record<AdjustmentKindKey, Label>> = {
  added: { label: '新增', labelHant: '新增' },
  cancelled: { label: '取消', labelHant: '取消' },
  delegated: { label: '下放', labelHant: '下放' },
  merged: { label: '合并', labelHant: '合併' },
  modified: { label: '变更', labelHant: '變更' },
};

/** The fields whose change on a published item is a 动态调整 to be made public. */
export const TRACKED_FIELD_KEYS = ['name', 'category', 'legalBasis', 'department', 'status'] as const;
export type TrackedField = (typeof TRACKED_FIELD_KEYS)[number];

export const TRACKED_FIELDS: Readonly<Record<TrackedField, Label>> = {
  name: { label: '职权名称', labelHant: '職權名稱' },
  category: { label: '职权类型', labelHant: '職權類型' },
  legalBasis: { label: '设定依据', labelHant: '設定依據' },
  department: { label: '实施主体', labelHant: '實施主體' },
  status: { label: '状态', labelHant: '狀態' },
};

export function isItemStatusKey(value: unknown): value is ItemStatusKey {
  return typeof value === 'string' && (ITEM_STATUS_KEYS as readonly string[]).includes(value);
}

export function isStageKey(value: unknown): value is StageKey {
  return typeof value === 'string' && (STAGE_KEYS as readonly string[]).includes(value);
}

/** A stage as written in a spreadsheet: the ASCII key or a label in either script. */
export function resolveStage(input: string): StageKey | null {
  const value = input.trim();
  return (
    STAGE_KEYS.find((k) => k === value || STAGES[k].label === value || STAGES[k].labelHant === value) ?? null
  );
}
