/**
 * HJ 633-2012 环境空气质量指数（AQI）技术规定（试行）
 * (Technical Regulation on Ambient Air Quality Index, on trial), 环境保护部公告 2012年第8号,
 * published 2012-02-29, applied together with GB 3095-2012; nationwide from 2016-01-01.
 *
 * - 表1 空气质量分指数及对应的污染物项目浓度限值 → `iaqiBreakpoints` and `rows`
 * - 表1 notes (1)–(3) → `rowFor` and `notComputedAbove`
 * - 表2 空气质量指数及相关信息 and 附录A (colours, RGB) → `levels`
 *
 * Units: μg/m³ except CO in mg/m³, as in 表1.
 */
import type { AqiEdition, AqiLevelInfo, BreakpointRow, BreakpointRowId } from '../domain/aqi-types';

export const HJ_633_2012_ID = 'HJ 633-2012';

/** 表1 first row: 空气质量分指数（IAQI）. */
const IAQI_BREAKPOINTS = [0, 50, 100, 150, 200, 300, 400, 500] as const;

const ROWS: Record<BreakpointRowId, BreakpointRow> = {
  so2_24h: {
    name: '二氧化硫（SO2）24小时平均',
    unit: 'μg/m³',
    concentrations: [0, 50, 150, 475, 800, 1600, 2100, 2620],
  },
  so2_1h: {
    name: '二氧化硫（SO2）1小时平均',
    unit: 'μg/m³',
    concentrations: [0, 150, 500, 650, 800],
    // 表1 note (2)
    notComputedAbove: {
      concentration: 800,
      reportWith: 'so2_24h',
      note: '二氧化硫（SO2）1小时平均浓度值高于800 μg/m³的，不再进行其空气质量分指数计算，二氧化硫（SO2）空气质量分指数按24小时平均浓度计算的分指数报告（HJ 633-2012 表1 注（2））',
    },
  },
  no2_24h: {
    name: '二氧化氮（NO2）24小时平均',
    unit: 'μg/m³',
    concentrations: [0, 40, 80, 180, 280, 565, 750, 940],
  },
  no2_1h: {
    name: '二氧化氮（NO2）1小时平均',
    unit: 'μg/m³',
    concentrations: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
  },
  pm10_24h: {
    name: '颗粒物（粒径小于等于10μm）24小时平均',
    unit: 'μg/m³',
    concentrations: [0, 50, 150, 250, 350, 420, 500, 600],
  },
  co_24h: {
    name: '一氧化碳（CO）24小时平均',
    unit: 'mg/m³',
    concentrations: [0, 2, 4, 14, 24, 36, 48, 60],
  },
  co_1h: {
    name: '一氧化碳（CO）1小时平均',
    unit: 'mg/m³',
    concentrations: [0, 5, 10, 35, 60, 90, 120, 150],
  },
  o3_1h: {
    name: '臭氧（O3）1小时平均',
    unit: 'μg/m³',
    concentrations: [0, 160, 200, 300, 400, 800, 1000, 1200],
  },
  o3_8h: {
    name: '臭氧（O3）8小时滑动平均',
    unit: 'μg/m³',
    concentrations: [0, 100, 160, 215, 265, 800],
    // 表1 note (3)
    notComputedAbove: {
      concentration: 800,
      reportWith: 'o3_1h',
      note: '臭氧（O3）8小时平均浓度值高于800 μg/m³的，不再进行其空气质量分指数计算，臭氧（O3）空气质量分指数按1小时平均浓度计算的分指数报告（HJ 633-2012 表1 注（3））',
    },
  },
  pm25_24h: {
    name: '颗粒物（粒径小于等于2.5μm）24小时平均',
    unit: 'μg/m³',
    concentrations: [0, 35, 75, 115, 150, 250, 350, 500],
  },
};

/**
 * Which row each index item uses.
 * - Daily report (日报): 表1 note (1) — SO2, NO2 and CO use their 24-hour limits; the daily report's O3 items
 *   are the day's maximum 1-hour average (`o3_1h`, 1-hour row) and the day's maximum 8-hour moving average
 *   (`o3_8h`, 8-hour row).
 * - Real-time report (实时报): SO2, NO2, CO use the 1-hour rows; O3 keeps both items.
 * - PM10 and PM2.5 have only 24-hour rows in 表1. For real-time reports we apply the 1-hour concentration to
 *   the 24-hour breakpoints, which is how the national real-time publishing platform (中国环境监测总站
 *   全国城市空气质量实时发布平台) computed the hourly AQI under this edition.
 */
const ROW_FOR: AqiEdition['rowFor'] = {
  '24h': {
    so2: 'so2_24h',
    no2: 'no2_24h',
    pm10: 'pm10_24h',
    co: 'co_24h',
    o3_1h: 'o3_1h',
    o3_8h: 'o3_8h',
    pm25: 'pm25_24h',
  },
  '1h': {
    so2: 'so2_1h',
    no2: 'no2_1h',
    pm10: 'pm10_24h',
    co: 'co_1h',
    o3_1h: 'o3_1h',
    o3_8h: 'o3_8h',
    pm25: 'pm25_24h',
  },
};

/**
 * 表2, texts as printed (四级's “锻练” is the standard's own spelling), colours from 附录A.
 */
const LEVELS: readonly AqiLevelInfo[] = [
  {
    level: 1,
    levelLabel: '一级',
    range: { min: 0, max: 50 },
    category: '优',
    color: { name: '绿色', hex: '#00E400', rgb: [0, 228, 0] },
    healthEffect: '空气质量令人满意，基本无空气污染',
    advice: '各类人群可正常活动',
  },
  {
    level: 2,
    levelLabel: '二级',
    range: { min: 51, max: 100 },
    category: '良',
    color: { name: '黄色', hex: '#FFFF00', rgb: [255, 255, 0] },
    healthEffect: '空气质量可接受，但某些污染物可能对极少数异常敏感人群健康有较弱影响',
    advice: '极少数异常敏感人群应减少户外活动',
  },
  {
    level: 3,
    levelLabel: '三级',
    range: { min: 101, max: 150 },
    category: '轻度污染',
    color: { name: '橙色', hex: '#FF7E00', rgb: [255, 126, 0] },
    healthEffect: '易感人群症状有轻度加剧，健康人群出现刺激症状',
    advice: '儿童、老年人及心脏病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼',
  },
  {
    level: 4,
    levelLabel: '四级',
    range: { min: 151, max: 200 },
    category: '中度污染',
    color: { name: '红色', hex: '#FF0000', rgb: [255, 0, 0] },
    healthEffect: '进一步加剧易感人群症状，可能对健康人群心脏、呼吸系统有影响',
    advice: '儿童、老年人及心脏病、呼吸系统疾病患者避免长时间、高强度的户外锻练，一般人群适量减少户外运动',
  },
  {
    level: 5,
    levelLabel: '五级',
    range: { min: 201, max: 300 },
    category: '重度污染',
    color: { name: '紫色', hex: '#99004C', rgb: [153, 0, 76] },
    healthEffect: '心脏病和肺病患者症状显著加剧，运动耐受力降低，健康人群普遍出现症状',
    advice: '儿童、老年人和心脏病、肺病患者应停留在室内，停止户外运动，一般人群减少户外运动',
  },
  {
    level: 6,
    levelLabel: '六级',
    range: { min: 301, max: null },
    category: '严重污染',
    color: { name: '褐红色', hex: '#7E0023', rgb: [126, 0, 35] },
    healthEffect: '健康人群运动耐受力降低，有明显强烈症状，提前出现某些疾病',
    advice: '儿童、老年人和病人应当留在室内，避免体力消耗，一般人群应避免户外活动',
  },
];

export const HJ_633_2012: AqiEdition = {
  id: HJ_633_2012_ID,
  title: '环境空气质量指数（AQI）技术规定（试行）',
  publishedOn: '2012-02-29',
  effectiveFrom: '2016-01-01',
  source: 'HJ 633-2012 环境空气质量指数（AQI）技术规定（试行），表1、表2、附录A',
  iaqiBreakpoints: IAQI_BREAKPOINTS,
  rows: ROWS,
  rowFor: ROW_FOR,
  levels: LEVELS,
};
