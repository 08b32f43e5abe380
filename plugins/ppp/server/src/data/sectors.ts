/**
 * 所属行业: the 19 一级行业 of 财政部's 全国 PPP 综合信息平台 项目管理库, in the platform's order, as known to us
 * (not checked against a current platform export here). 易地扶贫搬迁 is not one of them (projects of that kind
 * are filed under a 一级行业 such as 保障性安居工程 or 其他), so it has no key of its own.
 */
import { keyOfLabel, type Label } from '@gov-portal/kit/domain';

export const SECTOR_KEYS = [
  'energy',
  'transport',
  'water',
  'ecology',
  'agriculture',
  'forestry',
  'science',
  'housing',
  'health',
  'elderly-care',
  'education',
  'culture',
  'sports',
  'municipal',
  'government-infrastructure',
  'urban-development',
  'tourism',
  'social-security',
  'other',
] as const;
export type SectorKey = (typeof SECTOR_KEYS)[number];

export const SECTORS: Readonly<Record<SectorKey, Label>> = {
  energy: { 'zh-Hans': '能源', 'zh-Hant': '能源' },
  transport: { 'zh-Hans': '交通运输', 'zh-Hant': '交通運輸' },
  water: { 'zh-Hans': '水利建设', 'zh-Hant': '水利建設' },
  ecology: { 'zh-Hans': '生态建设和环境保护', 'zh-Hant': '生態建設和環境保護' },
  agriculture: { 'zh-Hans': '农业', 'zh-Hant': '農業' },
  forestry: { 'zh-Hans': '林业', 'zh-Hant': '林業' },
  science: { 'zh-Hans': '科技', 'zh-Hant': '科技' },
  housing: { 'zh-Hans': '保障性安居工程', 'zh-Hant': '保障性安居工程' },
  health: { 'zh-Hans': '医疗卫生', 'zh-Hant': '醫療衛生' },
  'elderly-care': { 'zh-Hans': '养老', 'zh-Hant': '養老' },
  education: { 'zh-Hans': '教育', 'zh-Hant': '教育' },
  culture: { 'zh-Hans': '文化', 'zh-Hant': '文化' },
  sports: { 'zh-Hans': '体育', 'zh-Hant': '體育' },
  municipal: { 'zh-Hans': '市政工程', 'zh-Hant': '市政工程' },
  'government-infrastructure': { 'zh-Hans': '政府基础设施', 'zh-Hant': '政府基礎設施' },
  'urban-development': { 'zh-Hans': '城镇综合开发', 'zh-Hant': '城鎮綜合開發' },
  tourism: { 'zh-Hans': '旅游', 'zh-Hant': '旅遊' },
  'social-security': { 'zh-Hans': '社会保障', 'zh-Hant': '社會保障' },
  other: { 'zh-Hans': '其他', 'zh-Hant': '其他' },
};

export function isSectorKey(value: unknown): value is SectorKey {
  return typeof value === 'string' && (SECTOR_KEYS as readonly string[]).includes(value);
}

/** A sector as written in a spreadsheet: the key or a label in either script (其它 for 其他 too). */
export function resolveSector(input: string): SectorKey | null {
  return keyOfLabel(SECTORS, input.trim() === '其它' ? '其他' : input);
}
