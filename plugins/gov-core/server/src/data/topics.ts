/**
 * 主题分类 of the 政府信息公开目录: the 22 subject classes used by 中国政府网's 国务院政策文件库
 * (https://www.gov.cn/zhengce/zhengceku/, filter “主题分类”), in the order published there. County portals
 * file their 政府信息公开 entries under the same classes so that they line up with the national library.
 * zh-Hant labels are character conversions of the zh-Hans ones (no vocabulary changes, as in official text).
 */
import type { Label } from '@gov-portal/kit/domain';

export const TOPICS = [
  { key: 'state-council-organization', label: { 'zh-Hans': '国务院组织机构', 'zh-Hant': '國務院組織機構' } },
  { key: 'general-government-affairs', label: { 'zh-Hans': '综合政务', 'zh-Hant': '綜合政務' } },
  {
    key: 'economic-management-state-assets',
    label: { 'zh-Hans': '国民经济管理、国有资产监管', 'zh-Hant': '國民經濟管理、國有資產監管' },
  },
  { key: 'finance-banking-audit', label: { 'zh-Hans': '财政、金融、审计', 'zh-Hant': '財政、金融、審計' } },
  { key: 'land-resources-energy', label: { 'zh-Hans': '国土资源、能源', 'zh-Hant': '國土資源、能源' } },
  {
    key: 'agriculture-forestry-water',
    label: { 'zh-Hans': '农业、林业、水利', 'zh-Hant': '農業、林業、水利' },
  },
  { key: 'industry-transport', label: { 'zh-Hans': '工业、交通', 'zh-Hant': '工業、交通' } },
  {
    key: 'commerce-customs-tourism',
    label: { 'zh-Hans': '商贸、海关、旅游', 'zh-Hant': '商貿、海關、旅遊' },
  },
  {
    key: 'market-regulation-work-safety',
    label: { 'zh-Hans': '市场监管、安全生产监管', 'zh-Hant': '市場監管、安全生產監管' },
  },
  {
    key: 'urban-rural-construction-environment',
    label: { 'zh-Hans': '城乡建设、环境保护', 'zh-Hant': '城鄉建設、環境保護' },
  },
  { key: 'science-education', label: { 'zh-Hans': '科技、教育', 'zh-Hant': '科技、教育' } },
  {
    key: 'culture-broadcasting-press',
    label: { 'zh-Hans': '文化、广电、新闻出版', 'zh-Hant': '文化、廣電、新聞出版' },
  },
  { key: 'health-sports', label: { 'zh-Hans': '卫生、体育', 'zh-Hant': '衛生、體育' } },
  {
    key: 'population-family-planning-women-children',
    label: { 'zh-Hans': '人口与计划生育、妇女儿童工作', 'zh-Hant': '人口與計劃生育、婦女兒童工作' },
  },
  {
    key: 'labour-personnel-supervision',
    label: { 'zh-Hans': '劳动、人事、监察', 'zh-Hant': '勞動、人事、監察' },
  },
  {
    key: 'public-security-state-security-justice',
    label: { 'zh-Hans': '公安、安全、司法', 'zh-Hant': '公安、安全、司法' },
  },
  {
    key: 'civil-affairs-poverty-disaster-relief',
    label: { 'zh-Hans': '民政、扶贫、救灾', 'zh-Hant': '民政、扶貧、救災' },
  },
  { key: 'ethnic-religious-affairs', label: { 'zh-Hans': '民族、宗教', 'zh-Hant': '民族、宗教' } },
  { key: 'foreign-affairs', label: { 'zh-Hans': '对外事务', 'zh-Hant': '對外事務' } },
  {
    key: 'hong-kong-macao-taiwan-overseas-chinese',
    label: { 'zh-Hans': '港澳台侨工作', 'zh-Hant': '港澳臺僑工作' },
  },
  { key: 'national-defence', label: { 'zh-Hans': '国防', 'zh-Hant': '國防' } },
  { key: 'other', label: { 'zh-Hans': '其他', 'zh-Hant': '其他' } },
] as const satisfies readonly { key: string; label: Label }[];

export type TopicKey = (typeof TOPICS)[number]['key'];

export const TOPIC_KEYS: readonly TopicKey[] = TOPICS.map((topic) => topic.key);

export const TOPIC_LABELS = Object.fromEntries(TOPICS.map((topic) => [topic.key, topic.label])) as Record<
  TopicKey,
  Label
>;
