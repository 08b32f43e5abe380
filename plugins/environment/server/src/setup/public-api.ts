import { z } from 'zod';
import { HJ_633_2012 } from '../data/hj633-2012';
import { code, instant, year } from '../schemas/queries';
import { CONCENTRATION_KEYS, WATER_SOURCE_TYPES } from '../domain/records';
import { UID } from '../utils/constants';

type Doc = Record<string, any>;

const quarter = z.string().regex(/^\d{4}Q[1-4]$/, '季度格式应为 YYYYQn，如 2026Q3');

/** Start of a bound: a bare date is 00:00 Beijing time. */
const lowerBound = (s: string) =>
  new Date(/^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00:00+08:00` : s).toISOString();
/** End of a bound (exclusive): a bare date includes the whole day. */
const upperBound = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s)
    ? new Date(new Date(`${s}T00:00:00+08:00`).getTime() + 86_400_000).toISOString()
    : new Date(new Date(s).getTime() + 1).toISOString();

const levelInfo = (level: number | null | undefined) =>
  level ? HJ_633_2012.levels.find((l) => l.level === level) : undefined;

export const SOURCE_TYPE_LABELS: Record<string, string> = {
  source: '水源',
  'plant-outlet': '出厂水',
  tap: '管网水',
  river: '河流断面',
};

const alias = <T>(
  schema: z.ZodType<T>,
  description: string,
  toFilters: (v: T) => Record<string, unknown>,
) => ({
  schema,
  description,
  toFilters,
});
const township = alias(code, '乡镇（部门代码）', (v) => ({ township: { code: { $eq: v } } }));

/**
 * How gov-core's public content API serves this plugin's types (GET /api/environment/<path>): shortcut
 * parameters, default sort, populate and page size, and the computed display fields (表2 texts by level,
 * concentrations by pollutant, AQI ranges, source-type labels) added to every served entry.
 */
export const ENVIRONMENT_API: Record<string, Record<string, unknown>> = {
  [UID.station]: {
    searchFields: ['code', 'address'],
    aliases: { township },
    defaultSort: ['code:asc'],
    defaultPageSize: 100,
    defaultPopulate: { township: { fields: ['code', 'name'] }, department: { fields: ['code', 'name'] } },
  },
  [UID.observation]: {
    searchFields: ['station.name', 'station.code'],
    aliases: {
      station: alias(code, '监测点位代码', (v) => ({ station: { code: { $eq: v } } })),
      from: alias(instant, '起（含；日期为北京时间当日 0 时）', (v) => ({
        observedAt: { $gte: lowerBound(v) },
      })),
      to: alias(instant, '止（含；日期含当日全天）', (v) => ({ observedAt: { $lt: upperBound(v) } })),
      averaging: alias(z.enum(['1h', '24h'], { message: "须为 '1h' 或 '24h'" }), '平均时间', (v) => ({
        averaging: { $eq: v },
      })),
    },
    defaultSort: ['observedAt:asc', 'averaging:asc', 'id:asc'],
    defaultPageSize: 100,
    maxPageSize: 1000,
    defaultPopulate: { station: { fields: ['code', 'name'] } },
    decorate: (rows: Doc[]) =>
      rows.map((o) => {
        if (!('level' in o)) return o;
        const info = levelInfo(o.level);
        return {
          ...o,
          concentrations: Object.fromEntries(
            CONCENTRATION_KEYS.filter((k) => o[k] !== null && o[k] !== undefined).map((k) => [
              k,
              Number(o[k]),
            ]),
          ),
          healthEffect: info?.healthEffect ?? null,
          advice: info?.advice ?? null,
        };
      }),
  },
  [UID.forecast]: {
    searchFields: ['region'],
    aliases: {
      from: alias(instant, '起（日期）', (v) => ({ date: { $gte: v.slice(0, 10) } })),
      to: alias(instant, '止（日期）', (v) => ({ date: { $lte: v.slice(0, 10) } })),
      region: alias(z.string().max(100, '不超过 100 字'), '预报区域', (v) => ({ region: { $eq: v } })),
    },
    defaultSort: ['date:desc', 'region:asc'],
    defaultPageSize: 20,
    defaultPopulate: { department: { fields: ['code', 'name'] } },
    decorate: (rows: Doc[]) =>
      rows.map((f) =>
        'aqiLow' in f || 'aqiHigh' in f ? { ...f, aqiRange: { low: f.aqiLow, high: f.aqiHigh } } : f,
      ),
  },
  [UID.water]: {
    searchFields: ['siteName'],
    aliases: {
      township,
      year: alias(year, '年份', (v) => ({ quarter: { $startsWith: `${v}Q` } })),
      quarter: alias(quarter, '季度（YYYYQn）', (v) => ({ quarter: { $eq: v } })),
      sourceType: alias(
        z.enum(WATER_SOURCE_TYPES, { message: `须为 ${WATER_SOURCE_TYPES.join('、')} 之一` }),
        '水样类型',
        (v) => ({ sourceType: { $eq: v } }),
      ),
    },
    defaultSort: ['quarter:desc', 'siteName:asc'],
    defaultPageSize: 50,
    defaultPopulate: { township: { fields: ['code', 'name'] }, department: { fields: ['code', 'name'] } },
    decorate: (rows: Doc[]) =>
      rows.map((r) =>
        'sourceType' in r
          ? {
              ...r,
              sourceTypeLabel: SOURCE_TYPE_LABELS[r.sourceType],
              targetClass:
                r.sourceType === 'source' || r.sourceType === 'river' ? (r.targetClass ?? 3) : null,
            }
          : r,
      ),
  },
  [UID.polluter]: {
    searchFields: ['company'],
    aliases: {
      company: alias(z.string().max(200, '不超过 200 字'), '单位名称（包含）', (v) => ({
        company: { $contains: v },
      })),
      period: alias(z.string().max(20, '不超过 20 字'), '监测期', (v) => ({ period: { $eq: v } })),
      exceeding: alias(z.enum(['true', 'false'], { message: "须为 'true' 或 'false'" }), '是否超标', (v) => ({
        compliant: { $eq: v !== 'true' },
      })),
    },
    defaultSort: ['period:desc', 'company:asc'],
    defaultPageSize: 20,
    defaultPopulate: { department: { fields: ['code', 'name'] } },
  },
};

/** The public list routes of this plugin: path → content type, each served by the controller of the same name. */
export const ENVIRONMENT_ROUTES = [
  {
    path: '/stations',
    uid: UID.station,
    controller: 'stations',
    list: '空气质量监测点位',
    one: '一个监测点位',
  },
  {
    path: '/observations',
    uid: UID.observation,
    controller: 'observations',
    list: '监测数据（含计算的 AQI 字段）',
    one: '一条监测数据',
  },
  {
    path: '/forecasts',
    uid: UID.forecast,
    controller: 'forecasts',
    list: '空气质量预报',
    one: '一条空气质量预报',
  },
  {
    path: '/water-quality',
    uid: UID.water,
    controller: 'water-quality',
    list: '乡镇饮水安全状况（季度）',
    one: '一份饮水安全状况',
  },
  {
    path: '/polluters',
    uid: UID.polluter,
    controller: 'polluters',
    list: '重点排污单位监测信息',
    one: '一份重点排污单位监测信息',
  },
] as const;
