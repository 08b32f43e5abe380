/**
 * GB 5749-2022 生活饮用水卫生标准 (in force 2023-04-01): a selection of the indicators county water
 * reports publish most often. Only limits read from the standard are listed; nothing is extrapolated.
 *
 * - 表1 水质常规指标及限值 (microbiological, toxicological, sensory/general chemical)
 * - 表1 note: 小型集中式供水和分散式供水因水源与净水技术受限时, 菌落总数 500 MPN/mL 或 CFU/mL, 氟化物
 *   1.2 mg/L, 硝酸盐（以N计）20 mg/L, 浑浊度 3 NTU (`smallSupplyMax`)
 * - 表2 饮用水中消毒剂常规指标及要求 (游离氯, 总氯, 二氧化氯): limit in 出厂水和末梢水, minimum residual
 *   in 出厂水 and in 末梢水
 * - 耗氧量 of GB 5749-2006 is 高锰酸盐指数（以O2计） in the 2022 edition; `aliases` keeps the old name.
 */

export type DrinkingWaterLimit =
  /** Value must not exceed `max`. */
  | { kind: 'max'; max: number; smallSupplyMax?: number }
  /** Must not be detected (不应检出). */
  | { kind: 'notDetected' }
  /** min ≤ value ≤ max. */
  | { kind: 'range'; min: number; max: number }
  /** 表2: value ≤ max in both, and ≥ the residual of the sampling point. */
  | { kind: 'disinfectant'; max: number; minResidual: { finished: number; tap: number } };

export interface DrinkingWaterIndicator {
  key: string;
  name: string;
  aliases?: readonly string[];
  unit: string;
  group: 'microbiological' | 'toxicological' | 'general' | 'disinfectant';
  limit: DrinkingWaterLimit;
  /** The limit as printed, for display. */
  limitText: string;
}

export const GB_5749_2022_SOURCE = 'GB 5749-2022 生活饮用水卫生标准 表1、表2';

export const GB_5749_2022_INDICATORS: readonly DrinkingWaterIndicator[] = [
  // 表1 微生物指标
  {
    key: 'totalColiforms',
    name: '总大肠菌群',
    unit: 'MPN/100mL 或 CFU/100mL',
    group: 'microbiological',
    limit: { kind: 'notDetected' },
    limitText: '不应检出',
  },
  {
    key: 'escherichiaColi',
    name: '大肠埃希氏菌',
    unit: 'MPN/100mL 或 CFU/100mL',
    group: 'microbiological',
    limit: { kind: 'notDetected' },
    limitText: '不应检出',
  },
  {
    key: 'colonyCount',
    name: '菌落总数',
    unit: 'MPN/mL 或 CFU/mL',
    group: 'microbiological',
    limit: { kind: 'max', max: 100, smallSupplyMax: 500 },
    limitText: '100',
  },
  // 表1 毒理指标
  {
    key: 'arsenic',
    name: '砷',
    unit: 'mg/L',
    group: 'toxicological',
    limit: { kind: 'max', max: 0.01 },
    limitText: '0.01',
  },
  {
    key: 'cadmium',
    name: '镉',
    unit: 'mg/L',
    group: 'toxicological',
    limit: { kind: 'max', max: 0.005 },
    limitText: '0.005',
  },
  {
    key: 'chromiumVI',
    name: '铬（六价）',
    unit: 'mg/L',
    group: 'toxicological',
    limit: { kind: 'max', max: 0.05 },
    limitText: '0.05',
  },
  {
    key: 'lead',
    name: '铅',
    unit: 'mg/L',
    group: 'toxicological',
    limit: { kind: 'max', max: 0.01 },
    limitText: '0.01',
  },
  {
    key: 'mercury',
    name: '汞',
    unit: 'mg/L',
    group: 'toxicological',
    limit: { kind: 'max', max: 0.001 },
    limitText: '0.001',
  },
  {
    key: 'cyanide',
    name: '氰化物',
    unit: 'mg/L',
    group: 'toxicological',
    limit: { kind: 'max', max: 0.05 },
    limitText: '0.05',
  },
  {
    key: 'fluoride',
    name: '氟化物',
    unit: 'mg/L',
    group: 'toxicological',
    limit: { kind: 'max', max: 1.0, smallSupplyMax: 1.2 },
    limitText: '1.0',
  },
  {
    key: 'nitrate',
    name: '硝酸盐（以N计）',
    unit: 'mg/L',
    group: 'toxicological',
    limit: { kind: 'max', max: 10, smallSupplyMax: 20 },
    limitText: '10',
  },
  // 表1 感官性状和一般化学指标
  {
    key: 'turbidity',
    name: '浑浊度（散射浑浊度单位）',
    aliases: ['浑浊度'],
    unit: 'NTU',
    group: 'general',
    limit: { kind: 'max', max: 1, smallSupplyMax: 3 },
    limitText: '1',
  },
  {
    key: 'color',
    name: '色度（铂钴色度单位）',
    aliases: ['色度'],
    unit: '度',
    group: 'general',
    limit: { kind: 'max', max: 15 },
    limitText: '15',
  },
  {
    key: 'ph',
    name: 'pH',
    unit: '无量纲',
    group: 'general',
    limit: { kind: 'range', min: 6.5, max: 8.5 },
    limitText: '不小于6.5且不大于8.5',
  },
  {
    key: 'aluminium',
    name: '铝',
    unit: 'mg/L',
    group: 'general',
    limit: { kind: 'max', max: 0.2 },
    limitText: '0.2',
  },
  {
    key: 'iron',
    name: '铁',
    unit: 'mg/L',
    group: 'general',
    limit: { kind: 'max', max: 0.3 },
    limitText: '0.3',
  },
  {
    key: 'manganese',
    name: '锰',
    unit: 'mg/L',
    group: 'general',
    limit: { kind: 'max', max: 0.1 },
    limitText: '0.1',
  },
  {
    key: 'copper',
    name: '铜',
    unit: 'mg/L',
    group: 'general',
    limit: { kind: 'max', max: 1.0 },
    limitText: '1.0',
  },
  {
    key: 'zinc',
    name: '锌',
    unit: 'mg/L',
    group: 'general',
    limit: { kind: 'max', max: 1.0 },
    limitText: '1.0',
  },
  {
    key: 'chloride',
    name: '氯化物',
    unit: 'mg/L',
    group: 'general',
    limit: { kind: 'max', max: 250 },
    limitText: '250',
  },
  {
    key: 'sulfate',
    name: '硫酸盐',
    unit: 'mg/L',
    group: 'general',
    limit: { kind: 'max', max: 250 },
    limitText: '250',
  },
  {
    key: 'totalDissolvedSolids',
    name: '溶解性总固体',
    unit: 'mg/L',
    group: 'general',
    limit: { kind: 'max', max: 1000 },
    limitText: '1000',
  },
  {
    key: 'totalHardness',
    name: '总硬度（以CaCO3计）',
    unit: 'mg/L',
    group: 'general',
    limit: { kind: 'max', max: 450 },
    limitText: '450',
  },
  {
    key: 'permanganateIndex',
    name: '高锰酸盐指数（以O2计）',
    aliases: ['耗氧量', '耗氧量（CODMn法，以O2计）'],
    unit: 'mg/L',
    group: 'general',
    limit: { kind: 'max', max: 3 },
    limitText: '3',
  },
  {
    key: 'ammonia',
    name: '氨（以N计）',
    aliases: ['氨氮（以N计）', '氨'],
    unit: 'mg/L',
    group: 'general',
    limit: { kind: 'max', max: 0.5 },
    limitText: '0.5',
  },
  // 表2 消毒剂常规指标
  {
    key: 'freeChlorine',
    name: '游离氯',
    unit: 'mg/L',
    group: 'disinfectant',
    limit: { kind: 'disinfectant', max: 2, minResidual: { finished: 0.3, tap: 0.05 } },
    limitText: '≤2；出厂水余量≥0.3，末梢水余量≥0.05',
  },
  {
    key: 'totalChlorine',
    name: '总氯',
    unit: 'mg/L',
    group: 'disinfectant',
    limit: { kind: 'disinfectant', max: 3, minResidual: { finished: 0.5, tap: 0.05 } },
    limitText: '≤3；出厂水余量≥0.5，末梢水余量≥0.05',
  },
  {
    key: 'chlorineDioxide',
    name: '二氧化氯',
    unit: 'mg/L',
    group: 'disinfectant',
    limit: { kind: 'disinfectant', max: 0.8, minResidual: { finished: 0.1, tap: 0.02 } },
    limitText: '≤0.8；出厂水余量≥0.1，末梢水余量≥0.02',
  },
];
