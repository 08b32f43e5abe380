/**
 * Types shared by the AQI engine and the edition data files (HJ 633).
 * Kept apart from the data so that a new edition file only has to fill these shapes.
 */

/**
 * Index items as the API names them. O3 has two items because HJ 633 reports the 1-hour average and the
 * 8-hour moving average separately; each can be the primary pollutant (daily reports say “臭氧8小时”).
 */
export const POLLUTANT_KEYS = ['so2', 'no2', 'pm10', 'co', 'o3_1h', 'o3_8h', 'pm25'] as const;
export type PollutantKey = (typeof POLLUTANT_KEYS)[number];

/**
 * Extra concentration accepted only for real-time (1h) reports: the SO2 24-hour moving average, needed
 * because HJ 633-2012 表1 note (2) reports SO2 by its 24-hour index when the 1-hour value is above 800.
 */
export const SUPPLEMENTARY_KEYS = ['so2_24h'] as const;
export type SupplementaryKey = (typeof SUPPLEMENTARY_KEYS)[number];
export type ConcentrationKey = PollutantKey | SupplementaryKey;

/** `24h` = 日报 (daily report), `1h` = 实时报 (real-time hourly report). */
export const AVERAGINGS = ['24h', '1h'] as const;
export type Averaging = (typeof AVERAGINGS)[number];

export type ConcentrationUnit = 'μg/m³' | 'mg/m³';

/** One row of 表1: the concentration breakpoints of one pollutant for one averaging period. */
export interface BreakpointRow {
  /** Chinese name as printed in 表1. */
  name: string;
  unit: ConcentrationUnit;
  /**
   * Concentrations matching `iaqiBreakpoints` position by position. Shorter than `iaqiBreakpoints` when the
   * standard stops the row early (SO2 1-hour at 800, O3 8-hour at 800).
   */
  concentrations: readonly number[];
  /**
   * When the standard says “above X do not compute this index, report pollutant P by another item”
   * (表1 notes 2 and 3). `reportWith` names the row whose index is reported instead.
   */
  notComputedAbove?: { concentration: number; reportWith: BreakpointRowId; note: string };
}

export type BreakpointRowId =
  | 'so2_24h'
  | 'so2_1h'
  | 'no2_24h'
  | 'no2_1h'
  | 'pm10_24h'
  | 'co_24h'
  | 'co_1h'
  | 'o3_1h'
  | 'o3_8h'
  | 'pm25_24h';

export type AqiLevel = 1 | 2 | 3 | 4 | 5 | 6;
export type AqiLevelLabel = '一级' | '二级' | '三级' | '四级' | '五级' | '六级';
export type AqiCategory = '优' | '良' | '轻度污染' | '中度污染' | '重度污染' | '严重污染';

export interface AqiColor {
  /** Chinese colour name from 表2 (绿色 … 褐红色). */
  name: string;
  hex: string;
  rgb: readonly [number, number, number];
}

/** One row of 表2 (空气质量指数及相关信息). */
export interface AqiLevelInfo {
  level: AqiLevel;
  levelLabel: AqiLevelLabel;
  /** Inclusive AQI range; `max` is null for the open top level (> 300). */
  range: { min: number; max: number | null };
  category: AqiCategory;
  color: AqiColor;
  /** 对健康影响情况 */
  healthEffect: string;
  /** 建议采取的措施 */
  advice: string;
}

/** Everything an edition of HJ 633 contributes to the calculation. */
export interface AqiEdition {
  id: string;
  title: string;
  /** Publication date (YYYY-MM-DD). */
  publishedOn: string;
  /** Date from which the edition applies nationwide (YYYY-MM-DD). */
  effectiveFrom: string;
  /** Where the tables come from, cited in results and docs. */
  source: string;
  /** IAQI value at each breakpoint column of 表1. */
  iaqiBreakpoints: readonly number[];
  rows: Readonly<Record<BreakpointRowId, BreakpointRow>>;
  /** Which 表1 row each index item uses in a daily (24h) and a real-time (1h) report. */
  rowFor: Readonly<Record<Averaging, Readonly<Record<PollutantKey, BreakpointRowId>>>>;
  levels: readonly AqiLevelInfo[];
}
