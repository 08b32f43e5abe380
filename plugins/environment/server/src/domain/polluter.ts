/**
 * 重点排污单位 monitoring results against their emission limits (排放标准 / 排污许可证限值).
 *
 * Emission standards state limits as “不得超过” (≤ limit is compliant), so 超标 means strictly above the
 * limit; for a range limit such as pH 6–9 it means outside the range. 超标倍数 = (C − L) / L, the usual
 * definition in environmental monitoring reports, given to two decimals; it only exists for upper limits.
 */
import { DomainValidationError, problem, type FieldError } from '@gov-portal/kit/domain';

/** An upper limit, or a range (either bound optional). */
export type EmissionLimit = number | { min?: number; max?: number };

export interface EmissionMeasurement {
  pollutant: string;
  /** 排放口 name or code, when the report has several outlets. */
  outlet?: string;
  concentration: number;
  limit: EmissionLimit;
  unit?: string;
}

function checkLimit(field: string, limit: unknown): { min?: number; max?: number } {
  const ok = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  if (typeof limit === 'number') {
    if (!ok(limit) || limit === 0) throw DomainValidationError.of(field, 'invalid', '限值须为正数');
    return { max: limit };
  }
  if (limit !== null && typeof limit === 'object') {
    const { min, max } = limit as { min?: unknown; max?: unknown };
    if (
      (min === undefined && max === undefined) ||
      (min !== undefined && !ok(min)) ||
      (max !== undefined && !ok(max))
    ) {
      throw DomainValidationError.of(field, 'invalid', '限值范围须含 min 或 max，且为非负数');
    }
    if (typeof min === 'number' && typeof max === 'number' && min > max)
      throw DomainValidationError.of(field, 'invalid', 'min 不得大于 max');
    if (max === 0) throw DomainValidationError.of(field, 'invalid', '上限须为正数');
    return { min: min as number | undefined, max: max as number | undefined };
  }
  throw DomainValidationError.of(field, 'invalid', '限值须为数字或 { min, max }');
}

function checkConcentration(field: string, c: unknown): number {
  if (typeof c !== 'number' || !Number.isFinite(c))
    throw DomainValidationError.of(field, 'invalid', '须为数字');
  if (c < 0) throw DomainValidationError.of(field, 'invalid', '浓度不得为负数');
  return c;
}

/** True when the concentration is above the limit (or outside the range). */
export function exceeds(concentration: number, limit: EmissionLimit): boolean {
  const c = checkConcentration('concentration', concentration);
  const { min, max } = checkLimit('limit', limit);
  return (max !== undefined && c > max) || (min !== undefined && c < min);
}

/** (C − L) / L to two decimals when C exceeds an upper limit L, else null. */
export function exceedanceMultiple(concentration: number, limit: EmissionLimit): number | null {
  const c = checkConcentration('concentration', concentration);
  const { max } = checkLimit('limit', limit);
  if (max === undefined || c <= max) return null;
  return Math.round(((c - max) / max) * 100) / 100;
}

export interface EmissionCheck extends EmissionMeasurement {
  exceeds: boolean;
  exceedanceMultiple: number | null;
}

export interface PolluterReportSummary {
  /** True when no measurement exceeds (达标). */
  compliant: boolean;
  total: number;
  exceedingCount: number;
  items: EmissionCheck[];
  /** Distinct pollutants that exceed, in report order. */
  exceedingPollutants: string[];
  /** Distinct outlets with an exceedance, in report order. */
  exceedingOutlets: string[];
}

/** Summary of one monitoring report. Throws `DomainValidationError` naming `measurements[i].…` for each bad row. */
export function summarizeEmissions(measurements: readonly EmissionMeasurement[]): PolluterReportSummary {
  if (!Array.isArray(measurements) || measurements.length === 0) {
    throw DomainValidationError.of('measurements', 'invalid', '至少需要一项监测结果');
  }
  const errors: FieldError[] = [];
  const items: EmissionCheck[] = [];
  measurements.forEach((m, i) => {
    const at = `measurements[${i}]`;
    if (typeof m.pollutant !== 'string' || m.pollutant.trim() === '') {
      errors.push(problem(`${at}.pollutant`, 'invalid', '须填写污染物名称'));
    }
    try {
      const c = checkConcentration(`${at}.concentration`, m.concentration);
      checkLimit(`${at}.limit`, m.limit);
      items.push({ ...m, exceeds: exceeds(c, m.limit), exceedanceMultiple: exceedanceMultiple(c, m.limit) });
    } catch (e) {
      if (!(e instanceof DomainValidationError)) throw e;
      errors.push(...e.errors);
    }
  });
  if (errors.length > 0) throw new DomainValidationError(errors);
  const over = items.filter((i) => i.exceeds);
  const distinct = (xs: (string | undefined)[]) => [
    ...new Set(xs.filter((x): x is string => x !== undefined)),
  ];
  return {
    compliant: over.length === 0,
    total: items.length,
    exceedingCount: over.length,
    items,
    exceedingPollutants: distinct(over.map((i) => i.pollutant)),
    exceedingOutlets: distinct(over.map((i) => i.outlet)),
  };
}
