/**
 * The 10 types of 行政职权 used by 权力清单. Source: 中共中央办公厅、国务院办公厅《关于推行地方各级政府工作
 * 部门权力清单制度的指导意见》（中办发〔2015〕21号）lists 行政许可、行政处罚、行政强制、行政征收、行政给付、
 * 行政检查、行政确认、行政奖励、行政裁决和其他类别. The two-letter codes follow the common 权力清单 coding
 * practice of provincial lists (拼音 initials of the type: XK = 许可, CF = 处罚, QZ = 强制 …).
 */
import type { Label } from '@gov-portal/kit/domain';

export const CATEGORY_KEYS = [
  'licensing',
  'penalty',
  'enforcement',
  'levy',
  'payment',
  'inspection',
  'confirmation',
  'reward',
  'adjudication',
  'other',
] as const;
export type CategoryKey = (typeof CATEGORY_KEYS)[number];

export interface CategoryDefinition extends Label {
  key: CategoryKey;
  /** Short code used in 职权编码 (`{category}` in the code pattern). */
  code: string;
}

export const CATEGORIES: Readonly<Record<CategoryKey, CategoryDefinition>> = {
  licensing: { key: 'licensing', code: 'XK', 'zh-Hans': '行政许可', 'zh-Hant': '行政許可' },
  penalty: { key: 'penalty', code: 'CF', 'zh-Hans': '行政处罚', 'zh-Hant': '行政處罰' },
  enforcement: { key: 'enforcement', code: 'QZ', 'zh-Hans': '行政强制', 'zh-Hant': '行政強制' },
  levy: { key: 'levy', code: 'ZS', 'zh-Hans': '行政征收', 'zh-Hant': '行政徵收' },
  payment: { key: 'payment', code: 'JF', 'zh-Hans': '行政给付', 'zh-Hant': '行政給付' },
  inspection: { key: 'inspection', code: 'JC', 'zh-Hans': '行政检查', 'zh-Hant': '行政檢查' },
  confirmation: { key: 'confirmation', code: 'QR', 'zh-Hans': '行政确认', 'zh-Hant': '行政確認' },
  reward: { key: 'reward', code: 'JL', 'zh-Hans': '行政奖励', 'zh-Hant': '行政獎勵' },
  adjudication: { key: 'adjudication', code: 'CJ', 'zh-Hans': '行政裁决', 'zh-Hant': '行政裁決' },
  other: { key: 'other', code: 'QT', 'zh-Hans': '其他行政权力', 'zh-Hant': '其他行政權力' },
};

export function isCategoryKey(value: unknown): value is CategoryKey {
  return typeof value === 'string' && (CATEGORY_KEYS as readonly string[]).includes(value);
}

/** Reads a category as people write it: the ASCII key, either script's label, or the short code. */
export function resolveCategory(input: string): CategoryKey | null {
  const value = input.trim().replace(/\s+/g, '');
  if (!value) return null;
  const lower = value.toLowerCase();
  for (const key of CATEGORY_KEYS) {
    const c = CATEGORIES[key];
    if (lower === key || value === c['zh-Hans'] || value === c['zh-Hant'] || value.toUpperCase() === c.code)
      return key;
  }
  // 其他类 / 其他 are common short forms of 其他行政权力.
  if (value === '其他' || value === '其他类' || value === '其它行政权力') return 'other';
  return null;
}

export function categoryByCode(code: string): CategoryKey | null {
  return CATEGORY_KEYS.find((k) => CATEGORIES[k].code === code) ?? null;
}
