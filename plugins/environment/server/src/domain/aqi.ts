/**
 * Air Quality Index as HJ 633 defines it (edition data in `data/`; HJ 633-2012 is the one shipped).
 *
 * - IAQI (式1): piecewise linear interpolation over 表1,
 *   IAQI = (IAQI_hi − IAQI_lo) / (BP_hi − BP_lo) × (C − BP_lo) + IAQI_lo, rounded UP to an integer (进位取整).
 * - AQI (式2) = max IAQI.
 * - Primary pollutant(s) (首要污染物): when AQI > 50, every item whose IAQI equals the AQI (ties give several).
 * - Exceeding pollutants (超标污染物): IAQI > 100.
 * - Level, category, colour, health effect and advice: 表2.
 *
 * Interpretations, stated once here:
 * - A concentration exactly on a breakpoint belongs to the lower segment; both segments give the same IAQI
 *   there, so the choice changes nothing but is fixed for reproducibility.
 * - Above the last breakpoint of a row (e.g. PM2.5 > 500) no index is interpolated or invented: the item is
 *   `aboveScale` with `value: null` and `display: '>500'`, and so is the AQI (`aqi: null`, level 六级).
 * - Above 800 μg/m³ the SO2 1-hour and O3 8-hour indices are not computed (表1 notes 2 and 3): SO2 is then
 *   reported from its 24-hour average (input key `so2_24h`), O3 from its 1-hour average (`o3_1h`).
 * - Daily reports (`24h`) take O3 as the day's maximum 8-hour moving average (`o3_8h`) together with the
 *   day's maximum 1-hour average (`o3_1h`); both are index items and either can be primary.
 */
import { z } from 'zod';

import { editionFor } from '../data/editions';
import { HJ_633_2012 } from '../data/hj633-2012';
import {
  AVERAGINGS,
  POLLUTANT_KEYS,
  SUPPLEMENTARY_KEYS,
  type AqiCategory,
  type AqiColor,
  type AqiEdition,
  type AqiLevel,
  type AqiLevelInfo,
  type AqiLevelLabel,
  type Averaging,
  type BreakpointRow,
  type BreakpointRowId,
  type ConcentrationKey,
  type ConcentrationUnit,
  type PollutantKey,
  type SupplementaryKey,
} from './aqi-types';
import { toCalendarDate } from './calendar';
import { DomainValidationError, problem, type FieldError } from '@gov-portal/kit/domain';

/** Result of interpolating one concentration on one 表1 row. */
export type IaqiComputation =
  | { status: 'computed'; value: number; display: string; aboveScale: false }
  | { status: 'aboveScale'; value: null; display: string; aboveScale: true }
  | {
      status: 'notComputed';
      value: null;
      display: '—';
      aboveScale: false;
      /** The concentration above which the standard stops computing this index. */
      above: number;
      /** The 表1 row whose index is reported for this pollutant instead. */
      reportWith: BreakpointRowId;
      note: string;
    };

/** One index item of a result. */
export type IaqiEntry = IaqiComputation & {
  /** Concentration given for this item. */
  concentration: number;
  unit: ConcentrationUnit;
  /** The 表1 row whose breakpoints produced `value`. */
  row: BreakpointRowId;
  /** Set when the value comes from another concentration (SO2 1-hour > 800 → `so2_24h`). */
  reportedFrom?: { key: SupplementaryKey; concentration: number; note: string };
};

export interface AqiInput {
  averaging: Averaging;
  /** Observation date; chooses the edition. Defaults to today (Asia/Shanghai). */
  date?: string | Date;
  /** μg/m³, CO in mg/m³. `so2_24h` only for `1h` reports (see SUPPLEMENTARY_KEYS). */
  concentrations: Partial<Record<ConcentrationKey, number>>;
}

export interface AqiResult {
  averaging: Averaging;
  /** Civil date (YYYY-MM-DD, Asia/Shanghai) the edition was chosen by. */
  date: string;
  /** null when an item is beyond the top of 表1; never a made-up number. */
  aqi: number | null;
  /** What to print: the number, or '>500'. */
  display: string;
  aboveScale: boolean;
  level: AqiLevel;
  levelLabel: AqiLevelLabel;
  category: AqiCategory;
  color: AqiColor;
  /** Empty when AQI ≤ 50. Ordered as 表1. */
  primaryPollutants: PollutantKey[];
  exceedingPollutants: PollutantKey[];
  iaqi: Partial<Record<PollutantKey, IaqiEntry>>;
  healthEffect: string;
  advice: string;
  edition: string;
  editionNote?: string;
}

/**
 * Binary floating point turns e.g. 51 into 51.00000000000001; with concentrations reported to at most a few
 * decimals a true IAQI never sits within 1e-9 above an integer, so this only absorbs representation error.
 */
const CEIL_TOLERANCE = 1e-9;

function ceilIndex(raw: number): number {
  const value = Math.ceil(raw - CEIL_TOLERANCE);
  return value === 0 ? 0 : value; // never -0 (ceil of a tiny negative)
}

function assertConcentration(field: string, concentration: number): void {
  if (typeof concentration !== 'number' || !Number.isFinite(concentration)) {
    throw DomainValidationError.of(field, 'invalid', '浓度须为有限数字');
  }
  if (concentration < 0) throw DomainValidationError.of(field, 'invalid', '浓度不得为负数');
}

/** IAQI of a concentration on one 表1 row. */
export function computeRowIaqi(
  row: BreakpointRow,
  concentration: number,
  iaqiBreakpoints: readonly number[],
): IaqiComputation {
  const bp = row.concentrations;
  if (row.notComputedAbove && concentration > row.notComputedAbove.concentration) {
    return {
      status: 'notComputed',
      value: null,
      display: '—',
      aboveScale: false,
      above: row.notComputedAbove.concentration,
      reportWith: row.notComputedAbove.reportWith,
      note: row.notComputedAbove.note,
    };
  }
  if (concentration > bp[bp.length - 1]) {
    return {
      status: 'aboveScale',
      value: null,
      display: `>${iaqiBreakpoints[bp.length - 1]}`,
      aboveScale: true,
    };
  }
  let i = 1;
  while (concentration > bp[i]) i += 1;
  const [bpLo, bpHi] = [bp[i - 1], bp[i]];
  const [iaqiLo, iaqiHi] = [iaqiBreakpoints[i - 1], iaqiBreakpoints[i]];
  const value = ceilIndex(((iaqiHi - iaqiLo) * (concentration - bpLo)) / (bpHi - bpLo) + iaqiLo);
  return { status: 'computed', value, display: String(value), aboveScale: false };
}

/**
 * IAQI of one index item. Throws `DomainValidationError` (field = the pollutant key) for a negative or non-finite
 * concentration.
 */
export function computeIaqi(
  pollutant: PollutantKey,
  concentration: number,
  averaging: Averaging,
  edition: AqiEdition = HJ_633_2012,
): IaqiComputation {
  assertConcentration(pollutant, concentration);
  const row = edition.rows[edition.rowFor[averaging][pollutant]];
  return computeRowIaqi(row, concentration, edition.iaqiBreakpoints);
}

/** 表2 row for an AQI value (integer, as produced by `computeAqi`). */
export function aqiLevelInfo(aqi: number, edition: AqiEdition = HJ_633_2012): AqiLevelInfo {
  const found = edition.levels.find(
    (l) => aqi >= l.range.min && (l.range.max === null || aqi <= l.range.max),
  );
  if (!found) throw new RangeError(`aqiLevelInfo: no 表2 level for AQI ${aqi}`);
  return found;
}

const KNOWN_KEYS: readonly string[] = [...POLLUTANT_KEYS, ...SUPPLEMENTARY_KEYS];
const POLLUTANT_LIST = POLLUTANT_KEYS.join('、');
const MISSING_ALL = `至少需要一项污染物浓度（${POLLUTANT_LIST}）`;

/** Field-level checks of an `AqiInput`; returns every problem found (empty when valid). */
export function validateAqiInput(input: AqiInput): FieldError[] {
  const errors: FieldError[] = [];
  if (!AVERAGINGS.includes(input.averaging)) errors.push(problem('averaging', 'invalid', AVERAGING_RULE));
  if (input.date !== undefined && toCalendarDate(input.date) === null)
    errors.push(problem('date', 'invalid', DATE_RULE));
  const concentrations: Record<string, unknown> =
    input.concentrations !== null && typeof input.concentrations === 'object' ? input.concentrations : {};
  for (const [key, value] of Object.entries(concentrations)) {
    if (!KNOWN_KEYS.includes(key)) {
      errors.push(problem(key, 'invalid', `未知的污染物，可用的为 ${KNOWN_KEYS.join('、')}`));
    } else if (value !== undefined) {
      if (typeof value !== 'number' || !Number.isFinite(value))
        errors.push(problem(key, 'invalid', NUMBER_RULE));
      else if (value < 0) errors.push(problem(key, 'invalid', NEGATIVE_RULE));
    }
  }
  if (!POLLUTANT_KEYS.some((k) => concentrations[k] !== undefined)) {
    errors.push(problem('concentrations', 'invalid', MISSING_ALL));
  }
  if (concentrations.so2_24h !== undefined && input.averaging === '24h') {
    errors.push(problem('so2_24h', 'invalid', '仅用于实时报（averaging=1h）；日报的二氧化硫请填 so2'));
  }
  return errors;
}

/**
 * Computes the AQI of one observation. Throws `DomainValidationError` listing every bad field (see
 * `validateAqiInput`), and when a rule of 表1 needs a value that is missing (O3 8-hour > 800 without
 * `o3_1h`, real-time SO2 1-hour > 800 without `so2_24h`).
 */
export function computeAqi(input: AqiInput): AqiResult {
  const errors = validateAqiInput(input);
  if (errors.length > 0) throw new DomainValidationError(errors);

  const date = toCalendarDate(input.date ?? new Date()) as string;
  const { edition, note } = editionFor(date);
  const { averaging, concentrations } = input;
  const iaqi: Partial<Record<PollutantKey, IaqiEntry>> = {};
  const present = POLLUTANT_KEYS.filter((k) => concentrations[k] !== undefined);

  for (const key of present) {
    const concentration = concentrations[key] as number;
    const rowId = edition.rowFor[averaging][key];
    const computation = computeRowIaqi(edition.rows[rowId], concentration, edition.iaqiBreakpoints);
    const base = { concentration, unit: edition.rows[rowId].unit };
    if (computation.status !== 'notComputed') {
      iaqi[key] = { ...computation, ...base, row: rowId };
      continue;
    }
    const { reportWith, note: rule } = computation;
    const needs = (field: string) =>
      DomainValidationError.of(
        field,
        'invalid',
        `${key} 高于 ${computation.above} ${base.unit} 时须提供 ${field}：${rule}`,
      );
    const item = POLLUTANT_KEYS.find((k) => edition.rowFor[averaging][k] === reportWith);
    if (item !== undefined) {
      // The replacing index is an item of its own (O3 8-hour → O3 1-hour): it must be there to be reported.
      if (concentrations[item] === undefined) throw needs(item);
      iaqi[key] = { ...computation, ...base, row: rowId };
      continue;
    }
    const supplementary = SUPPLEMENTARY_KEYS.find((k) => k === reportWith);
    const substitute = supplementary === undefined ? undefined : concentrations[supplementary];
    if (supplementary === undefined || substitute === undefined) throw needs(reportWith);
    iaqi[key] = {
      ...computeRowIaqi(edition.rows[reportWith], substitute, edition.iaqiBreakpoints),
      ...base,
      row: reportWith,
      reportedFrom: { key: supplementary, concentration: substitute, note: rule },
    };
  }

  return summarize(iaqi, { averaging, date, edition, editionNote: note });
}

function summarize(
  iaqi: Partial<Record<PollutantKey, IaqiEntry>>,
  context: { averaging: Averaging; date: string; edition: AqiEdition; editionNote?: string },
): AqiResult {
  const entries = POLLUTANT_KEYS.flatMap((k) => (iaqi[k] ? [[k, iaqi[k]] as const] : []));
  const aboveScale = entries.filter(([, e]) => e.aboveScale).map(([k]) => k);
  const values = entries.flatMap(([, e]) => (e.value === null ? [] : [e.value]));
  const { iaqiBreakpoints } = context.edition;
  const top = iaqiBreakpoints[iaqiBreakpoints.length - 1];

  const aqi = aboveScale.length > 0 ? null : Math.max(...values);
  const info = aqiLevelInfo(aqi ?? top, context.edition);
  // Beyond the scale the items that left it are the largest; they tie because no number compares them.
  const primaryPollutants =
    aqi === null ? aboveScale : aqi > 50 ? entries.filter(([, e]) => e.value === aqi).map(([k]) => k) : [];
  const exceedingPollutants = entries
    .filter(([, e]) => e.aboveScale || (e.value !== null && e.value > 100))
    .map(([k]) => k);

  return {
    averaging: context.averaging,
    date: context.date,
    aqi,
    display: aqi === null ? `>${top}` : String(aqi),
    aboveScale: aqi === null,
    level: info.level,
    levelLabel: info.levelLabel,
    category: info.category,
    color: info.color,
    primaryPollutants,
    exceedingPollutants,
    iaqi,
    healthEffect: info.healthEffect,
    advice: info.advice,
    edition: context.edition.id,
    ...(context.editionNote ? { editionNote: context.editionNote } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Query-string boundary
// ---------------------------------------------------------------------------------------------------------

const AVERAGING_RULE = '须为 24h（日报）或 1h（实时报）';
const DATE_RULE = '日期格式应为 YYYY-MM-DD（如 2026-03-01）或带时区的 ISO 时间';
const NUMBER_RULE = '浓度须为数字（μg/m³，一氧化碳为 mg/m³）';
const NEGATIVE_RULE = '浓度不得为负数';
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

const INVALID = Symbol('invalid');
type Param = string | number | undefined | typeof INVALID;

/**
 * One query parameter: a single value, '' meaning absent (forms send `so2=` for an empty box).
 * Returns INVALID after recording the issue, so the caller stops there.
 */
function singleParam(v: unknown, ctx: z.RefinementCtx): Param {
  if (Array.isArray(v)) {
    ctx.addIssue({ code: 'custom', message: '只能提供一个值' });
    return INVALID;
  }
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') {
    ctx.addIssue({ code: 'custom', message: '须为字符串' });
    return INVALID;
  }
  const trimmed = v.trim();
  return trimmed === '' ? undefined : trimmed;
}

const concentrationParam = z
  .unknown()
  .transform((v, ctx): number | undefined => {
    const p = singleParam(v, ctx);
    if (p === INVALID) return z.NEVER;
    if (p === undefined) return undefined;
    const n = typeof p === 'number' ? p : DECIMAL.test(p) ? Number(p) : Number.NaN;
    if (!Number.isFinite(n)) {
      ctx.addIssue({ code: 'custom', message: NUMBER_RULE });
      return z.NEVER;
    }
    if (n < 0) {
      ctx.addIssue({ code: 'custom', message: NEGATIVE_RULE });
      return z.NEVER;
    }
    return n === 0 ? 0 : n; // -0 → 0
  })
  // The parsed value, for OpenAPI (zod's JSON Schema of a transform is its output's); the request is a number.
  .pipe(z.number().optional())
  .meta({ type: 'number', minimum: 0 });

const averagingParam = z
  .unknown()
  .transform((v, ctx): Averaging => {
    const p = singleParam(v, ctx);
    if (p === INVALID) return z.NEVER;
    if (p === undefined) return '24h';
    if (typeof p === 'string' && (AVERAGINGS as readonly string[]).includes(p)) return p as Averaging;
    ctx.addIssue({ code: 'custom', message: AVERAGING_RULE });
    return z.NEVER;
  })
  .pipe(z.enum(AVERAGINGS))
  .meta({ type: 'string', enum: [...AVERAGINGS], default: '24h' });

const dateParam = z
  .unknown()
  .transform((v, ctx): string | undefined => {
    const p = singleParam(v, ctx);
    if (p === INVALID) return z.NEVER;
    if (p === undefined) return undefined;
    if (typeof p === 'string' && toCalendarDate(p) !== null) return p;
    ctx.addIssue({ code: 'custom', message: DATE_RULE });
    return z.NEVER;
  })
  .pipe(z.string().optional())
  .meta({ type: 'string', format: 'date' });

export const aqiQuerySchema = z
  .object({
    // `.optional()` so an absent key skips the transform (zod 4 treats a transformed key as required).
    averaging: averagingParam.optional(),
    date: dateParam.optional(),
    ...(Object.fromEntries(KNOWN_KEYS.map((k) => [k, concentrationParam.optional()])) as Record<
      ConcentrationKey,
      ReturnType<typeof concentrationParam.optional>
    >),
  })
  .strict();

export interface ParseAqiQueryOptions {
  /** Other parameters the route accepts (e.g. `station`), skipped instead of reported as unknown. */
  allowKeys?: readonly string[];
}

/**
 * Turns a query string (`so2=&no2=&pm10=&co=&o3_8h=&o3_1h=&pm25=&averaging=24h&date=`) into an `AqiInput`.
 * Empty parameters count as absent; `averaging` defaults to `24h` (daily report). Throws `DomainValidationError` listing
 * every bad field: non-numeric, negative, repeated, unknown key, bad averaging, bad date, no pollutant at all.
 */
export function parseAqiQuery(query: Record<string, unknown>, options: ParseAqiQueryOptions = {}): AqiInput {
  const allowed = new Set(options.allowKeys ?? []);
  const own = Object.fromEntries(Object.entries(query ?? {}).filter(([k]) => !allowed.has(k)));
  const parsed = aqiQuerySchema.safeParse(own);
  if (!parsed.success) {
    const errors = parsed.error.issues.flatMap((issue): FieldError[] =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((k) =>
            problem(k, 'invalid', `未知的参数，可用的为 ${[...KNOWN_KEYS, 'averaging', 'date'].join('、')}`),
          )
        : [problem(String(issue.path[0] ?? 'query'), 'invalid', issue.message)],
    );
    if (!POLLUTANT_KEYS.some((k) => !isBlank(own[k]))) {
      errors.push(problem('concentrations', 'invalid', MISSING_ALL));
    }
    throw new DomainValidationError(errors);
  }
  const { averaging, date, ...rest } = parsed.data;
  const concentrations: Partial<Record<ConcentrationKey, number>> = {};
  for (const key of KNOWN_KEYS as readonly ConcentrationKey[]) {
    if (rest[key] !== undefined) concentrations[key] = rest[key];
  }
  const input: AqiInput = {
    averaging: averaging ?? '24h',
    concentrations,
    ...(date !== undefined ? { date } : {}),
  };
  const errors = validateAqiInput(input);
  if (errors.length > 0) throw new DomainValidationError(errors);
  return input;
}

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}
