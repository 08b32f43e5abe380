/**
 * 公开方式. 财金〔2017〕1号 had 即时公开 (public when entered on the platform) and 适时公开 (public at a time chosen
 * by the 财政部门, at the latest by the limits in editions.ts); 财金〔2021〕110号 replaced them with the
 * 《政府信息公开条例》 ones: 主动公开, 依申请公开 and 不予公开, with a 动态调整 of what is 主动公开.
 */
import type { Label } from '@gov-portal/kit/domain';

export const DISCLOSURE_MODE_KEYS = ['proactive', 'on-request', 'withheld'] as const;
export type DisclosureModeKey = (typeof DISCLOSURE_MODE_KEYS)[number];

export const DISCLOSURE_MODES: Readonly<Record<DisclosureModeKey, Label>> = {
  proactive: { 'zh-Hans': '主动公开', 'zh-Hant': '主動公開' },
  'on-request': { 'zh-Hans': '依申请公开', 'zh-Hant': '依申請公開' },
  withheld: { 'zh-Hans': '不予公开', 'zh-Hant': '不予公開' },
};

export const INTERIM_DISCLOSURE_MODE_KEYS = ['immediate', 'timely'] as const;
export type InterimDisclosureModeKey = (typeof INTERIM_DISCLOSURE_MODE_KEYS)[number];

/** The 2017 暂行办法's two ways. */
export const INTERIM_DISCLOSURE_MODES: Readonly<Record<InterimDisclosureModeKey, Label>> = {
  immediate: { 'zh-Hans': '即时公开', 'zh-Hant': '即時公開' },
  timely: { 'zh-Hans': '适时公开', 'zh-Hant': '適時公開' },
};
