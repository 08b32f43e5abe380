/**
 * 规范性文件有效性 (validity) and 清理批次 outcomes: the one place their keys and labels live.
 *
 * Sources: 国务院办公厅《关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）asks that
 * 规范性文件 carry a validity period and be cleaned up regularly, with the results (继续有效、宣布失效、废止、
 * 修改) published; 道县 2017 政务公开要点 (seed document) asks that cleanup results "标明文件继续有效、失效等情形".
 * zh-Hant labels follow the Taiwan Ministry of Education forms (宣布, not 宣佈).
 */
import type { Label } from '@gov-portal/kit/domain';

export const VALIDITY_KEYS = ['effective', 'expired', 'repealed', 'amended'] as const;
export type ValidityKey = (typeof VALIDITY_KEYS)[number];

export type ValidityTone = 'ok' | 'warning' | 'danger';

export interface ValidityDefinition extends Label {
  key: ValidityKey;
  /** Badge colour: a repealed or expired document must not be mistaken for current law. */
  tone: ValidityTone;
  /** A final status admits no further change: a 失效、废止 or 修改 document is superseded only by a new document. */
  final: boolean;
}

export const VALIDITY: Readonly<Record<ValidityKey, ValidityDefinition>> = {
  effective: { key: 'effective', 'zh-Hans': '有效', 'zh-Hant': '有效', tone: 'ok', final: false },
  expired: { key: 'expired', 'zh-Hans': '失效', 'zh-Hant': '失效', tone: 'danger', final: true },
  repealed: { key: 'repealed', 'zh-Hans': '废止', 'zh-Hant': '廢止', tone: 'danger', final: true },
  amended: { key: 'amended', 'zh-Hans': '已修改', 'zh-Hant': '已修改', tone: 'warning', final: true },
};

/** The only allowed changes; every other pair (including anything out of a final status) is refused. */
export const ALLOWED_VALIDITY_TRANSITIONS: Readonly<Record<ValidityKey, readonly ValidityKey[]>> = {
  effective: ['expired', 'repealed', 'amended'],
  expired: [],
  repealed: [],
  amended: [],
};

export const BATCH_OUTCOME_KEYS = ['continue', 'expire', 'repeal', 'amend'] as const;
export type BatchOutcomeKey = (typeof BATCH_OUTCOME_KEYS)[number];

export interface BatchOutcomeDefinition extends Label {
  key: BatchOutcomeKey;
  /** The validity a document has after the batch is applied. */
  to: ValidityKey;
}

export const BATCH_OUTCOMES: Readonly<Record<BatchOutcomeKey, BatchOutcomeDefinition>> = {
  continue: { key: 'continue', 'zh-Hans': '继续有效', 'zh-Hant': '繼續有效', to: 'effective' },
  expire: { key: 'expire', 'zh-Hans': '宣布失效', 'zh-Hant': '宣布失效', to: 'expired' },
  repeal: { key: 'repeal', 'zh-Hans': '废止', 'zh-Hant': '廢止', to: 'repealed' },
  amend: { key: 'amend', 'zh-Hans': '修改', 'zh-Hant': '修改', to: 'amended' },
};

export function isValidityKey(value: unknown): value is ValidityKey {
  return typeof value === 'string' && (VALIDITY_KEYS as readonly string[]).includes(value);
}

export function isBatchOutcomeKey(value: unknown): value is BatchOutcomeKey {
  return typeof value === 'string' && (BATCH_OUTCOME_KEYS as readonly string[]).includes(value);
}
