/** Keys and Chinese labels of the budget column (简体 and 繁体, as the public API and the admin show them). */
export const KINDS = {
  budget: { 'zh-Hans': '预算', 'zh-Hant': '預算' },
  'final-account': { 'zh-Hans': '决算', 'zh-Hant': '決算' },
} as const;
export type KindKey = keyof typeof KINDS;
export const KIND_KEYS = Object.keys(KINDS) as KindKey[];

export const FUNDS = {
  general: { 'zh-Hans': '一般公共预算', 'zh-Hant': '一般公共預算' },
  fund: { 'zh-Hans': '政府性基金预算', 'zh-Hant': '政府性基金預算' },
  'state-capital': { 'zh-Hans': '国有资本经营预算', 'zh-Hant': '國有資本經營預算' },
  other: { 'zh-Hans': '其他资金', 'zh-Hant': '其他資金' },
} as const;
export type FundKey = keyof typeof FUNDS;
export const FUND_KEYS = Object.keys(FUNDS) as FundKey[];

export const EXPENSE_TYPES = {
  basic: { 'zh-Hans': '基本支出', 'zh-Hant': '基本支出' },
  project: { 'zh-Hans': '项目支出', 'zh-Hant': '項目支出' },
} as const;
export type ExpenseTypeKey = keyof typeof EXPENSE_TYPES;
export const EXPENSE_TYPE_KEYS = Object.keys(EXPENSE_TYPES) as ExpenseTypeKey[];

export const UNITS = {
  yuan: { 'zh-Hans': '元', 'zh-Hant': '元' },
  'wan-yuan': { 'zh-Hans': '万元', 'zh-Hant': '萬元' },
} as const;
export type UnitKey = keyof typeof UNITS;
export const UNIT_KEYS = Object.keys(UNITS) as UnitKey[];
/** Hundredths of the unit in 分: 1 元 = 100 分, 0.01 万元 = 100 元 = 10 000 分. */
export const CENTS_IN_FEN: Readonly<Record<UnitKey, bigint>> = { yuan: 1n, 'wan-yuan': 10_000n };

/** 三公经费: the four parts 财预〔2016〕143号 asks for, in their published order. */
export const THREE_PUBLIC_FUNDS = {
  abroad: { 'zh-Hans': '因公出国（境）费', 'zh-Hant': '因公出國（境）費' },
  vehiclePurchase: { 'zh-Hans': '公务用车购置费', 'zh-Hant': '公務用車購置費' },
  vehicleOperation: { 'zh-Hans': '公务用车运行费', 'zh-Hant': '公務用車運行費' },
  reception: { 'zh-Hans': '公务接待费', 'zh-Hant': '公務接待費' },
} as const;
export type ThreeFundsPart = keyof typeof THREE_PUBLIC_FUNDS;
export const THREE_FUNDS_PARTS = Object.keys(THREE_PUBLIC_FUNDS) as ThreeFundsPart[];

/**
 * 民生 spending the summary reports by 类 (the seed page: 教育, 医疗卫生, 社会保障和就业, 住房保障, 涉农补贴 —
 * 涉农 spending is under 农林水).
 */
export const LIVELIHOOD_CATEGORIES = ['205', '208', '210', '213', '221'] as const;
