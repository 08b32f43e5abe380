/**
 * 运作方式 and 回报机制 of PPP projects, as 财政部's PPP 操作指南（财金〔2014〕113号）and the 综合信息平台 name them:
 * 运作方式 委托运营 O&M, 管理合同 MC, 建设—运营—移交 BOT, 建设—拥有—运营 BOO, 转让—运营—移交 TOT, 改建—运营—移交 ROT
 * (BOOT is the common variant of BOT with ownership during the term); 回报机制 使用者付费, 可行性缺口补助, 政府付费.
 * Cited from memory of 113号, not re-checked against its text here.
 */
import { keyOfLabel, type Label } from '@gov-portal/kit/domain';

export const OPERATION_MODE_KEYS = ['bot', 'boo', 'boot', 'tot', 'rot', 'om', 'mc', 'other'] as const;
export type OperationModeKey = (typeof OPERATION_MODE_KEYS)[number];

export interface OperationModeDefinition extends Label {
  /** The abbreviation people write in a spreadsheet (O&M, BOT …); `null` for 其他. */
  code: string | null;
}

export const OPERATION_MODES: Readonly<Record<OperationModeKey, OperationModeDefinition>> = {
  bot: { code: 'BOT', 'zh-Hans': 'BOT（建设—运营—移交）', 'zh-Hant': 'BOT（建設—運營—移交）' },
  boo: { code: 'BOO', 'zh-Hans': 'BOO（建设—拥有—运营）', 'zh-Hant': 'BOO（建設—擁有—運營）' },
  boot: { code: 'BOOT', 'zh-Hans': 'BOOT（建设—拥有—运营—移交）', 'zh-Hant': 'BOOT（建設—擁有—運營—移交）' },
  tot: { code: 'TOT', 'zh-Hans': 'TOT（转让—运营—移交）', 'zh-Hant': 'TOT（轉讓—運營—移交）' },
  rot: { code: 'ROT', 'zh-Hans': 'ROT（改建—运营—移交）', 'zh-Hant': 'ROT（改建—運營—移交）' },
  om: { code: 'O&M', 'zh-Hans': 'O&M（委托运营）', 'zh-Hant': 'O&M（委託運營）' },
  mc: { code: 'MC', 'zh-Hans': 'MC（管理合同）', 'zh-Hant': 'MC（管理合同）' },
  other: { code: null, 'zh-Hans': '其他', 'zh-Hant': '其他' },
};

export const RETURN_MECHANISM_KEYS = ['user-pays', 'viability-gap', 'government-pays'] as const;
export type ReturnMechanismKey = (typeof RETURN_MECHANISM_KEYS)[number];

export const RETURN_MECHANISMS: Readonly<Record<ReturnMechanismKey, Label>> = {
  'user-pays': { 'zh-Hans': '使用者付费', 'zh-Hant': '使用者付費' },
  'viability-gap': { 'zh-Hans': '可行性缺口补助', 'zh-Hant': '可行性缺口補助' },
  'government-pays': { 'zh-Hans': '政府付费', 'zh-Hant': '政府付費' },
};

export function isOperationModeKey(value: unknown): value is OperationModeKey {
  return typeof value === 'string' && (OPERATION_MODE_KEYS as readonly string[]).includes(value);
}

export function isReturnMechanismKey(value: unknown): value is ReturnMechanismKey {
  return typeof value === 'string' && (RETURN_MECHANISM_KEYS as readonly string[]).includes(value);
}

/** An operation mode as people write it: the key, a label, or the abbreviation alone (`BOT`, `o&m`). */
export function resolveOperationMode(input: string): OperationModeKey | null {
  const value = input.trim();
  const byLabel = keyOfLabel(OPERATION_MODES, value);
  if (byLabel) return byLabel;
  const upper = value.toUpperCase().replace(/\s+/g, '');
  return OPERATION_MODE_KEYS.find((k) => OPERATION_MODES[k].code === upper) ?? null;
}

export function resolveReturnMechanism(input: string): ReturnMechanismKey | null {
  return keyOfLabel(RETURN_MECHANISMS, input);
}
