/**
 * The computed fields of the environment content types, from the fields a person types. Pure: the Strapi
 * document middleware merges the stored draft with the incoming change and calls these on every save.
 * Each throws `DomainValidationError` naming the offending field.
 */
import { z } from 'zod';

import { HJ_633_2012 } from '../data/hj633-2012';
import { POLLUTANT_KEYS, SUPPLEMENTARY_KEYS, type Averaging, type ConcentrationKey } from './aqi-types';
import { aqiLevelInfo, computeAqi, type AqiResult } from './aqi';
import { toCalendarDate } from './calendar';
import { DomainValidationError, problem, type FieldError } from '@gov-portal/kit/domain';
import { summarizeEmissions } from './polluter';
import { isInQuarter, parseQuarter } from './quarter';
import { assessDrinkingWater, assessSurfaceWater, type SurfaceIndicatorKey } from './water';

export const CONCENTRATION_KEYS: readonly ConcentrationKey[] = [...POLLUTANT_KEYS, ...SUPPLEMENTARY_KEYS];

/** Attributes of an air observation that only the system writes. */
export const OBSERVATION_COMPUTED_FIELDS = [
  'observedDate',
  'aqi',
  'aqiDisplay',
  'level',
  'levelLabel',
  'category',
  'color',
  'primaryPollutants',
  'exceedingPollutants',
  'iaqi',
  'edition',
] as const;

// ---------------------------------------------------------------------------------------------------------
// Air observations
// ---------------------------------------------------------------------------------------------------------

/** Date-time with an explicit zone; a local `YYYY-MM-DD[ T]HH:mm[:ss]` is read as China Standard Time. */
export function normalizeObservedAt(value: unknown, field = 'observedAt'): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  if (typeof value === 'string') {
    const s = value.trim();
    const local = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?$/.exec(s);
    const candidate = local
      ? `${local[1]}T${local[2] ?? '00:00'}${local[2]?.length === 5 ? ':00' : ''}+08:00`
      : s;
    if (toCalendarDate(candidate) !== null) return new Date(candidate).toISOString();
  }
  throw DomainValidationError.of(
    field,
    'invalid',
    '观测时间应为 YYYY-MM-DD HH:mm（北京时间）或带时区的 ISO 时间',
  );
}

export interface ObservationInput {
  observedAt: unknown;
  averaging: unknown;
  concentrations: Partial<Record<ConcentrationKey, unknown>>;
}

export interface ObservationComputed {
  observedAt: string;
  observedDate: string;
  aqi: number | null;
  aqiDisplay: string;
  level: number;
  levelLabel: string;
  category: string;
  color: string;
  primaryPollutants: string[];
  exceedingPollutants: string[];
  iaqi: AqiResult['iaqi'];
  edition: string;
}

/** The AQI fields of one observation (HJ 633 via `computeAqi`). */
export function observationFields(input: ObservationInput): ObservationComputed {
  const errors: FieldError[] = [];
  let observedAt = '';
  try {
    observedAt = normalizeObservedAt(input.observedAt);
  } catch (e) {
    if (!(e instanceof DomainValidationError)) throw e;
    errors.push(...e.errors);
  }
  if (input.averaging !== '1h' && input.averaging !== '24h') {
    errors.push(problem('averaging', 'invalid', "须为 '1h'（实时报）或 '24h'（日报）"));
  }
  const concentrations: Partial<Record<ConcentrationKey, number>> = {};
  for (const [key, value] of Object.entries(input.concentrations)) {
    if (value === null || value === undefined || value === '') continue;
    const n = typeof value === 'string' ? Number(value) : value;
    concentrations[key as ConcentrationKey] = n as number;
  }
  if (errors.length > 0) throw new DomainValidationError(errors);
  const observedDate = toCalendarDate(observedAt) as string;
  const result = computeAqi({ averaging: input.averaging as Averaging, date: observedDate, concentrations });
  return {
    observedAt,
    observedDate,
    aqi: result.aqi,
    aqiDisplay: result.display,
    level: result.level,
    levelLabel: result.levelLabel,
    category: result.category,
    color: result.color.hex,
    primaryPollutants: result.primaryPollutants,
    exceedingPollutants: result.exceedingPollutants,
    iaqi: result.iaqi,
    edition: result.edition,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Forecasts
// ---------------------------------------------------------------------------------------------------------

export interface ForecastInput {
  date: unknown;
  aqiLow: unknown;
  aqiHigh: unknown;
  healthEffect?: unknown;
  advice?: unknown;
}

export interface ForecastComputed {
  levels: string[];
  levelLabel: string;
  category: string;
  healthEffect: string;
  advice: string;
}

const isAqi = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 500;
const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Levels and categories spanned by a forecast AQI range (表2); empty texts default to the worst level's. */
export function forecastFields(input: ForecastInput): ForecastComputed {
  const errors: FieldError[] = [];
  if (typeof input.date !== 'string' || toCalendarDate(input.date) === null)
    errors.push(problem('date', 'invalid', '日期格式应为 YYYY-MM-DD'));
  if (!isAqi(input.aqiLow)) errors.push(problem('aqiLow', 'invalid', 'AQI 下限须为 0–500 的整数'));
  if (!isAqi(input.aqiHigh)) errors.push(problem('aqiHigh', 'invalid', 'AQI 上限须为 0–500 的整数'));
  if (errors.length === 0 && (input.aqiLow as number) > (input.aqiHigh as number))
    errors.push(problem('aqiHigh', 'invalid', 'AQI 上限不得小于下限'));
  if (errors.length > 0) throw new DomainValidationError(errors);
  const low = aqiLevelInfo(input.aqiLow as number, HJ_633_2012);
  const high = aqiLevelInfo(input.aqiHigh as number, HJ_633_2012);
  const span = HJ_633_2012.levels.filter((l) => l.level >= low.level && l.level <= high.level);
  const join = (a: string, b: string) => (a === b ? a : `${a}至${b}`);
  return {
    levels: span.map((l) => l.levelLabel),
    levelLabel: join(low.levelLabel, high.levelLabel),
    category: join(low.category, high.category),
    healthEffect: blank(input.healthEffect) ? high.healthEffect : String(input.healthEffect),
    advice: blank(input.advice) ? high.advice : String(input.advice),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Water quality reports
// ---------------------------------------------------------------------------------------------------------

export const WATER_SOURCE_TYPES = ['source', 'plant-outlet', 'tap', 'river'] as const;
export type WaterSourceType = (typeof WATER_SOURCE_TYPES)[number];

const resultsSchema = z
  .array(
    z.object({
      indicator: z.string({ error: '须填写指标（键名或标准名称）' }).min(1, '须填写指标（键名或标准名称）'),
      value: z.union([z.number(), z.literal('notDetected')], { error: "须为数字或 'notDetected'（未检出）" }),
      unit: z.string().optional(),
    }),
    { error: '须为检测结果数组 [{ indicator, value }]' },
  )
  .min(1, '至少需要一项检测结果');

const zodErrors = (prefix: string, error: z.ZodError): FieldError[] =>
  error.issues.map((i) =>
    problem([prefix, ...i.path].join('.').replace(/\.(\d+)/g, '[$1]'), 'invalid', i.message),
  );

export interface WaterInput {
  quarter: unknown;
  sourceType: unknown;
  results: unknown;
  targetClass?: unknown;
  smallSupply?: unknown;
  sampledOn?: unknown;
}

export interface WaterIndicatorResult {
  key: string;
  name: string;
  value: number | 'notDetected';
  unit?: string;
  limitText?: string;
  waterClass?: number;
  waterClassLabel?: string;
  compliant: boolean;
  reason?: string;
}

export interface WaterComputed {
  indicators: WaterIndicatorResult[];
  compliant: boolean;
  standard: string;
  waterClass: number | null;
  waterClassLabel: string | null;
}

const CLASS_LABELS = ['', 'Ⅰ类', 'Ⅱ类', 'Ⅲ类', 'Ⅳ类', 'Ⅴ类', '劣Ⅴ类'];

/**
 * 出厂水 and 管网水 against GB 5749-2022; 水源 and 河流断面 against GB 3838-2002 (单因子评价) and their 水质目标
 * (default Ⅲ类, the class of 集中式生活饮用水地表水源地二级保护区).
 */
export function waterFields(input: WaterInput): WaterComputed {
  const errors: FieldError[] = [];
  try {
    const q = parseQuarter(input.quarter as string);
    if (!blank(input.sampledOn)) {
      if (typeof input.sampledOn !== 'string' || toCalendarDate(input.sampledOn) === null)
        errors.push(problem('sampledOn', 'invalid', '日期格式应为 YYYY-MM-DD'));
      else if (!isInQuarter(input.sampledOn, q))
        errors.push(problem('sampledOn', 'invalid', `采样日期不在 ${q.id} 季度内`));
    }
  } catch (e) {
    if (!(e instanceof DomainValidationError)) throw e;
    errors.push(...e.errors);
  }
  const sourceType = input.sourceType as WaterSourceType;
  if (!WATER_SOURCE_TYPES.includes(sourceType))
    errors.push(problem('sourceType', 'invalid', `须为 ${WATER_SOURCE_TYPES.join('、')} 之一`));
  const target = blank(input.targetClass) ? 3 : input.targetClass;
  if (!(typeof target === 'number' && Number.isInteger(target) && target >= 1 && target <= 5))
    errors.push(problem('targetClass', 'invalid', '水质目标须为 1–5（Ⅰ–Ⅴ类）'));
  const parsed = resultsSchema.safeParse(input.results);
  if (!parsed.success) errors.push(...zodErrors('results', parsed.error));
  if (errors.length > 0) throw new DomainValidationError(errors);
  const results = parsed.data!;

  if (sourceType === 'plant-outlet' || sourceType === 'tap') {
    const report = assessDrinkingWater({
      results,
      samplingPoint: sourceType === 'tap' ? 'tap' : 'finished',
      smallSupply: input.smallSupply === true,
    });
    return {
      indicators: report.indicators.map((i) => ({ ...i })),
      compliant: report.compliant,
      standard: 'GB 5749-2022',
      waterClass: null,
      waterClassLabel: null,
    };
  }
  const notDetected = results.findIndex((r) => r.value === 'notDetected');
  if (notDetected !== -1)
    throw DomainValidationError.of(
      `results[${notDetected}].value`,
      'invalid',
      '地表水指标须为数字（GB 3838-2002 单因子评价）',
    );
  const assessment = assessSurfaceWater({
    waterBody: 'river',
    targetClass: target as 1 | 2 | 3 | 4 | 5,
    results: results.map((r) => ({
      indicator: r.indicator as SurfaceIndicatorKey,
      value: r.value as number,
    })),
  });
  return {
    indicators: assessment.indicators.map((i) => ({
      key: i.key,
      name: i.name,
      value: i.value,
      waterClass: i.waterClass,
      waterClassLabel: i.label,
      compliant: i.waterClass <= (target as number),
    })),
    compliant: assessment.meetsTarget === true,
    standard: `GB 3838-2002 ${CLASS_LABELS[target as number]}`,
    waterClass: assessment.waterClass,
    waterClassLabel: assessment.label,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Polluter reports
// ---------------------------------------------------------------------------------------------------------

const limitSchema = z.union([
  z.number(),
  z.object({ min: z.number().optional(), max: z.number().optional() }).strict(),
]);

const pollutantsSchema = z
  .array(
    z.object({
      pollutant: z.string({ error: '须填写污染物名称' }).trim().min(1, '须填写污染物名称'),
      outlet: z.string().optional(),
      // 排放方式: 有组织/无组织排放, 连续/间歇排放, 经污水处理厂排放 …
      dischargeMode: z.string({ error: '须填写排放方式' }).trim().min(1, '须填写排放方式'),
      concentration: z.number({ error: '排放浓度须为数字' }),
      limit: limitSchema,
      unit: z.string().optional(),
      total: z.number({ error: '排放总量须为数字' }).min(0, '排放总量不得为负数').optional(),
      totalUnit: z.string().optional(),
      standard: z.string().optional(),
    }),
    { error: '须为污染物数组' },
  )
  .min(1, '至少需要一项污染物');

export interface PolluterComputed {
  pollutants: Record<string, unknown>[];
  compliant: boolean;
  exceedingPollutants: string[];
}

/** `exceeds` per pollutant from concentration vs limit, and the report's 超标 summary. */
export function polluterFields(input: { pollutants: unknown }): PolluterComputed {
  const parsed = pollutantsSchema.safeParse(input.pollutants);
  if (!parsed.success) throw new DomainValidationError(zodErrors('pollutants', parsed.error));
  try {
    const summary = summarizeEmissions(parsed.data);
    return {
      pollutants: summary.items.map((i) => ({ ...i })),
      compliant: summary.compliant,
      exceedingPollutants: summary.exceedingPollutants,
    };
  } catch (e) {
    if (!(e instanceof DomainValidationError)) throw e;
    throw new DomainValidationError(
      e.errors.map((fe) => ({
        field: fe.field.replace(/^measurements/, 'pollutants'),
        rule: fe.rule,
        message: fe.message.replace(/^measurements/, 'pollutants'),
      })),
    );
  }
}
