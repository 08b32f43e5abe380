/**
 * GB 3838-2002 地表水环境质量标准, 表1 地表水环境质量标准基本项目标准限值 (selected items), classes Ⅰ–Ⅴ.
 * `limits[i]` is the limit of class i+1. 溶解氧 is a lower bound (≥); the others are upper bounds (≤).
 *
 * - 溶解氧 class Ⅰ reads “饱和率90%（或7.5）”: the 7.5 mg/L alternative is used, since reports give mg/L.
 * - 总磷 has separate limits for lakes and reservoirs (湖、库), given in brackets in 表1.
 * - pH 6–9 (无量纲) applies to every class.
 */

export type RiverIndicatorKey =
  | 'dissolvedOxygen'
  | 'permanganateIndex'
  | 'cod'
  | 'bod5'
  | 'ammoniaNitrogen'
  | 'totalPhosphorus';

export interface SurfaceWaterIndicator {
  key: RiverIndicatorKey;
  name: string;
  unit: 'mg/L';
  bound: 'min' | 'max';
  /** Classes Ⅰ..Ⅴ. */
  limits: readonly [number, number, number, number, number];
  /** 湖、库 limits where 表1 gives them. */
  lakeLimits?: readonly [number, number, number, number, number];
}

export const GB_3838_2002_SOURCE = 'GB 3838-2002 地表水环境质量标准 表1';

export const GB_3838_2002_INDICATORS: Readonly<Record<RiverIndicatorKey, SurfaceWaterIndicator>> = {
  dissolvedOxygen: {
    key: 'dissolvedOxygen',
    name: '溶解氧',
    unit: 'mg/L',
    bound: 'min',
    limits: [7.5, 6, 5, 3, 2],
  },
  permanganateIndex: {
    key: 'permanganateIndex',
    name: '高锰酸盐指数',
    unit: 'mg/L',
    bound: 'max',
    limits: [2, 4, 6, 10, 15],
  },
  cod: { key: 'cod', name: '化学需氧量（COD）', unit: 'mg/L', bound: 'max', limits: [15, 15, 20, 30, 40] },
  bod5: { key: 'bod5', name: '五日生化需氧量（BOD5）', unit: 'mg/L', bound: 'max', limits: [3, 3, 4, 6, 10] },
  ammoniaNitrogen: {
    key: 'ammoniaNitrogen',
    name: '氨氮（NH3-N）',
    unit: 'mg/L',
    bound: 'max',
    limits: [0.15, 0.5, 1.0, 1.5, 2.0],
  },
  totalPhosphorus: {
    key: 'totalPhosphorus',
    name: '总磷（以P计）',
    unit: 'mg/L',
    bound: 'max',
    limits: [0.02, 0.1, 0.2, 0.3, 0.4],
    lakeLimits: [0.01, 0.025, 0.05, 0.1, 0.2],
  },
};

/** pH range common to all classes (表1 item 2). */
export const GB_3838_2002_PH = { min: 6, max: 9 } as const;

/** Class labels; 6 stands for 劣Ⅴ类 (worse than class Ⅴ). */
export const WATER_CLASS_LABELS = { 1: 'Ⅰ类', 2: 'Ⅱ类', 3: 'Ⅲ类', 4: 'Ⅳ类', 5: 'Ⅴ类', 6: '劣Ⅴ类' } as const;
