/**
 * Water quality compliance for 饮用水水质 and 地表水 disclosure pages.
 *
 * - Drinking water: each indicator checked against GB 5749-2022 (`data/gb5749-2022.ts`); a report is
 *   compliant only when every indicator is.
 * - Surface water: 单因子评价 per 《地表水环境质量评价办法（试行）》(环办〔2011〕22号): each indicator's class
 *   is the best class of GB 3838-2002 表1 whose limit it meets (劣Ⅴ类 when none); the water body's class is
 *   the worst indicator class; it meets a target class when that class is not worse than the target.
 *
 * Limits are inclusive (“≤ limit” / “≥ limit” meet it), as the standards write them.
 */
import {
  GB_3838_2002_INDICATORS,
  GB_3838_2002_PH,
  GB_3838_2002_SOURCE,
  WATER_CLASS_LABELS,
  type RiverIndicatorKey,
} from '../data/gb3838-2002';
import {
  GB_5749_2022_INDICATORS,
  GB_5749_2022_SOURCE,
  type DrinkingWaterIndicator,
} from '../data/gb5749-2022';
import { DomainValidationError, problem, type FieldError } from '@gov-portal/kit/domain';

// ---------------------------------------------------------------------------------------------------------
// Drinking water (GB 5749-2022)
// ---------------------------------------------------------------------------------------------------------

/** A measured value, or `'notDetected'` (未检出, below the method's detection limit). */
export type Measurement = number | 'notDetected';

/** 出厂水 (leaving the plant) or 末梢水 (at the tap); decides the disinfectant residual (表2). */
export type SamplingPoint = 'finished' | 'tap';

export interface DrinkingWaterCheckOptions {
  samplingPoint?: SamplingPoint;
  /** 小型集中式供水和分散式供水因水源与净水技术受限时: the relaxed limits of 表1's note apply. */
  smallSupply?: boolean;
}

export interface IndicatorCompliance {
  key: string;
  name: string;
  unit: string;
  value: Measurement;
  limitText: string;
  compliant: boolean;
  /** Why it is not compliant (Chinese, for display). */
  reason?: string;
}

export function findDrinkingWaterIndicator(keyOrName: string): DrinkingWaterIndicator | undefined {
  const wanted = keyOrName.trim();
  return GB_5749_2022_INDICATORS.find(
    (i) => i.key === wanted || i.name === wanted || i.aliases?.includes(wanted),
  );
}

function checkMeasurement(field: string, value: unknown): Measurement {
  if (value === 'notDetected') return value;
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw DomainValidationError.of(field, 'invalid', "须为数字或 'notDetected'（未检出）");
  if (value < 0) throw DomainValidationError.of(field, 'invalid', '检测值不得为负数');
  return value;
}

/**
 * One indicator against GB 5749-2022. `indicator` is a key (`ammonia`), the standard's name (`氨（以N计）`)
 * or an alias (`耗氧量`). Throws `DomainValidationError` for an unknown indicator, a bad value, pH given as not
 * detected, or a disinfectant without a sampling point.
 */
export function checkDrinkingWaterIndicator(
  indicator: string,
  value: Measurement,
  options: DrinkingWaterCheckOptions = {},
  field = 'indicator',
): IndicatorCompliance {
  const def = typeof indicator === 'string' ? findDrinkingWaterIndicator(indicator) : undefined;
  if (!def)
    throw DomainValidationError.of(
      field,
      'invalid',
      `未收录的饮用水指标“${String(indicator)}”（${GB_5749_2022_SOURCE}）`,
    );
  const valueField = field === 'indicator' ? 'value' : field.replace(/indicator$/, 'value');
  const measured = checkMeasurement(valueField, value);
  const base = { key: def.key, name: def.name, unit: def.unit, value: measured, limitText: def.limitText };
  const fail = (reason: string): IndicatorCompliance => ({ ...base, compliant: false, reason });
  const { limit } = def;

  switch (limit.kind) {
    case 'notDetected':
      return measured === 'notDetected' || measured === 0
        ? { ...base, compliant: true }
        : fail('检出（标准要求不应检出）');
    case 'max': {
      const max =
        options.smallSupply && limit.smallSupplyMax !== undefined ? limit.smallSupplyMax : limit.max;
      if (measured === 'notDetected' || measured <= max)
        return { ...base, compliant: true, limitText: String(max) };
      return { ...fail(`超过限值 ${max} ${def.unit}`), limitText: String(max) };
    }
    case 'range':
      if (measured === 'notDetected')
        throw DomainValidationError.of(valueField, 'invalid', `${def.name} 不能为未检出`);
      return measured >= limit.min && measured <= limit.max
        ? { ...base, compliant: true }
        : fail(`不在 ${limit.min}–${limit.max} 范围内`);
    case 'disinfectant': {
      const point = options.samplingPoint;
      if (point !== 'finished' && point !== 'tap') {
        throw DomainValidationError.of(
          'samplingPoint',
          'invalid',
          '消毒剂余量要求因水样而异，须为 finished（出厂水）或 tap（末梢水）',
        );
      }
      const residual = limit.minResidual[point];
      const pointLabel = point === 'finished' ? '出厂水' : '末梢水';
      if (measured === 'notDetected' || measured < residual)
        return fail(`${pointLabel}余量低于 ${residual} ${def.unit}`);
      if (measured > limit.max) return fail(`超过限值 ${limit.max} ${def.unit}`);
      return { ...base, compliant: true };
    }
  }
}

export interface DrinkingWaterReportInput extends DrinkingWaterCheckOptions {
  results: ReadonlyArray<{ indicator: string; value: Measurement }>;
}

export interface DrinkingWaterReport {
  /** True only when there is at least one indicator and every indicator is compliant. */
  compliant: boolean;
  indicators: IndicatorCompliance[];
  /** Keys of the indicators that fail. */
  nonCompliant: string[];
  source: string;
}

/** Every indicator of a 水质检测报告. Throws `DomainValidationError` naming `results[i].…` for each bad row. */
export function assessDrinkingWater(input: DrinkingWaterReportInput): DrinkingWaterReport {
  const results = Array.isArray(input.results) ? input.results : [];
  if (results.length === 0) throw DomainValidationError.of('results', 'invalid', '至少需要一项检测结果');
  const errors: FieldError[] = [];
  const indicators: IndicatorCompliance[] = [];
  const seen = new Map<string, number>();
  results.forEach((r, i) => {
    try {
      const checked = checkDrinkingWaterIndicator(r.indicator, r.value, input, `results[${i}].indicator`);
      const earlier = seen.get(checked.key);
      if (earlier !== undefined) {
        errors.push(
          problem(
            `results[${i}].indicator`,
            'invalid',
            `与 results[${earlier}] 是同一指标（${checked.name}）`,
          ),
        );
        return;
      }
      seen.set(checked.key, i);
      indicators.push(checked);
    } catch (e) {
      if (!(e instanceof DomainValidationError)) throw e;
      errors.push(...e.errors);
    }
  });
  if (errors.length > 0) throw new DomainValidationError(dedupe(errors));
  const nonCompliant = indicators.filter((i) => !i.compliant).map((i) => i.key);
  return { compliant: nonCompliant.length === 0, indicators, nonCompliant, source: GB_5749_2022_SOURCE };
}

function dedupe(errors: FieldError[]): FieldError[] {
  return errors.filter(
    (e, i) => errors.findIndex((o) => o.field === e.field && o.message === e.message) === i,
  );
}

// ---------------------------------------------------------------------------------------------------------
// Surface water (GB 3838-2002)
// ---------------------------------------------------------------------------------------------------------

/** 1–5 = Ⅰ–Ⅴ类, 6 = 劣Ⅴ类. */
export type WaterClass = 1 | 2 | 3 | 4 | 5 | 6;
export type WaterBodyType = 'river' | 'lake';
export type SurfaceIndicatorKey = RiverIndicatorKey | 'ph';

export interface SurfaceIndicatorClass {
  key: SurfaceIndicatorKey;
  name: string;
  value: number;
  waterClass: WaterClass;
  label: string;
}

function assertValue(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw DomainValidationError.of(field, 'invalid', '须为数字');
  if (value < 0) throw DomainValidationError.of(field, 'invalid', '检测值不得为负数');
  return value;
}

/** Class of one indicator value under GB 3838-2002 表1. */
export function classifySurfaceIndicator(
  key: SurfaceIndicatorKey,
  value: number,
  waterBody: WaterBodyType = 'river',
  field = 'value',
): SurfaceIndicatorClass {
  assertValue(field, value);
  if (key === 'ph') {
    // pH 6–9 is the same requirement for every class; outside it no class is met.
    const waterClass: WaterClass = value >= GB_3838_2002_PH.min && value <= GB_3838_2002_PH.max ? 1 : 6;
    return { key, name: 'pH', value, waterClass, label: WATER_CLASS_LABELS[waterClass] };
  }
  const def = GB_3838_2002_INDICATORS[key];
  if (!def)
    throw DomainValidationError.of(
      field.replace(/value$/, 'indicator'),
      'invalid',
      `未收录的地表水指标“${String(key)}”（${GB_3838_2002_SOURCE}）`,
    );
  const limits = waterBody === 'lake' && def.lakeLimits ? def.lakeLimits : def.limits;
  const meets = (limit: number) => (def.bound === 'min' ? value >= limit : value <= limit);
  const index = limits.findIndex(meets);
  const waterClass = (index === -1 ? 6 : index + 1) as WaterClass;
  return { key, name: def.name, value, waterClass, label: WATER_CLASS_LABELS[waterClass] };
}

export interface SurfaceWaterInput {
  waterBody?: WaterBodyType;
  /** 水质目标 (e.g. 3 for Ⅲ类); when given, the result says whether it is met. */
  targetClass?: 1 | 2 | 3 | 4 | 5;
  results: ReadonlyArray<{ indicator: SurfaceIndicatorKey; value: number }>;
}

export interface SurfaceWaterAssessment {
  waterClass: WaterClass;
  label: string;
  indicators: SurfaceIndicatorClass[];
  /** Indicators whose class equals the overall class (定类指标), when worse than Ⅰ类. */
  limitingIndicators: SurfaceIndicatorKey[];
  targetClass?: number;
  meetsTarget?: boolean;
  /** Indicators worse than the target (超标指标). */
  exceedingIndicators: SurfaceIndicatorKey[];
  source: string;
}

export function assessSurfaceWater(input: SurfaceWaterInput): SurfaceWaterAssessment {
  const waterBody = input.waterBody ?? 'river';
  if (waterBody !== 'river' && waterBody !== 'lake')
    throw DomainValidationError.of('waterBody', 'invalid', "须为 'river'（河流）或 'lake'（湖库）");
  const target = input.targetClass;
  if (target !== undefined && !(Number.isInteger(target) && target >= 1 && target <= 5)) {
    throw DomainValidationError.of('targetClass', 'invalid', '水质目标须为 1–5（Ⅰ–Ⅴ类）');
  }
  const results = Array.isArray(input.results) ? input.results : [];
  if (results.length === 0) throw DomainValidationError.of('results', 'invalid', '至少需要一项检测结果');

  const errors: FieldError[] = [];
  const indicators: SurfaceIndicatorClass[] = [];
  results.forEach((r, i) => {
    try {
      if (indicators.some((c) => c.key === r.indicator)) {
        throw DomainValidationError.of(`results[${i}].indicator`, 'invalid', `指标 ${r.indicator} 重复`);
      }
      indicators.push(classifySurfaceIndicator(r.indicator, r.value, waterBody, `results[${i}].value`));
    } catch (e) {
      if (!(e instanceof DomainValidationError)) throw e;
      errors.push(...e.errors);
    }
  });
  if (errors.length > 0) throw new DomainValidationError(errors);

  const waterClass = Math.max(...indicators.map((c) => c.waterClass)) as WaterClass;
  return {
    waterClass,
    label: WATER_CLASS_LABELS[waterClass],
    indicators,
    limitingIndicators:
      waterClass === 1 ? [] : indicators.filter((c) => c.waterClass === waterClass).map((c) => c.key),
    ...(target !== undefined ? { targetClass: target, meetsTarget: waterClass <= target } : {}),
    exceedingIndicators:
      target === undefined ? [] : indicators.filter((c) => c.waterClass > target).map((c) => c.key),
    source: GB_3838_2002_SOURCE,
  };
}
