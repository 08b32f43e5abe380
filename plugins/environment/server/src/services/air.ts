import type { Core } from '@strapi/strapi';
import { HJ_633_2012 } from '../data/hj633-2012';
import { monthlySummary, type AirObservation } from '../domain/air-quality-stats';
import { renderAqiChart } from '../domain/aqi-chart';
import { daysInMonth } from '../domain/calendar';
import type { AqiLevel, PollutantKey } from '../domain/aqi-types';
import { CONCENTRATION_KEYS } from '../domain/records';
import { UID } from '../utils/constants';
import { publicRead } from '../utils/get-service';

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

export const stationDto = (s: any) =>
  s && {
    documentId: s.documentId,
    code: s.code,
    name: s.name,
    address: s.address ?? null,
    latitude: s.latitude ?? null,
    longitude: s.longitude ?? null,
    network: s.network ?? null,
    township: s.township ? { code: s.township.code, name: s.township.name } : null,
    department: s.department ? { code: s.department.code, name: s.department.name } : null,
  };

/** An observation with its concentrations and the computed AQI fields (表2 texts looked up by level). */
export const observationDto = (o: any) => {
  const info = levelInfo(o.level);
  return {
    documentId: o.documentId,
    station: o.station ? { code: o.station.code, name: o.station.name } : null,
    observedAt: o.observedAt,
    observedDate: o.observedDate,
    averaging: o.averaging,
    concentrations: Object.fromEntries(
      CONCENTRATION_KEYS.filter((k) => o[k] !== null && o[k] !== undefined).map((k) => [k, Number(o[k])]),
    ),
    aqi: o.aqi,
    aqiDisplay: o.aqiDisplay,
    level: o.level,
    levelLabel: o.levelLabel,
    category: o.category,
    color: o.color,
    primaryPollutants: o.primaryPollutants ?? [],
    exceedingPollutants: o.exceedingPollutants ?? [],
    iaqi: o.iaqi ?? {},
    healthEffect: info?.healthEffect ?? null,
    advice: info?.advice ?? null,
    edition: o.edition,
  };
};

const pagination = (page: number, pageSize: number, total: number) => ({
  page,
  pageSize,
  pageCount: Math.ceil(total / pageSize),
  total,
});

const OWNER_POPULATE = {
  township: { fields: ['code', 'name'] },
  department: { fields: ['code', 'name'] },
};

/** Public reads of air-quality data through gov-core's public-read path (published only, at every depth). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async stations(query: { township?: string }) {
    const filters = query.township ? { township: { code: query.township } } : {};
    const rows = await publicRead(strapi).readMany(UID.station, {
      filters,
      populate: OWNER_POPULATE,
      sort: [{ code: 'asc' }],
      limit: -1,
    });
    return rows.map(stationDto);
  },

  async findStation(code: string) {
    return publicRead(strapi).readOne(UID.station, { filters: { code }, populate: OWNER_POPULATE });
  },

  async observations(query: {
    station?: string;
    from?: string;
    to?: string;
    averaging?: string;
    page: number;
    pageSize: number;
  }) {
    const and: Record<string, unknown>[] = [];
    if (query.station) and.push({ station: { code: query.station } });
    if (query.from) and.push({ observedAt: { $gte: lowerBound(query.from) } });
    if (query.to) and.push({ observedAt: { $lt: upperBound(query.to) } });
    if (query.averaging) and.push({ averaging: query.averaging });
    const params = { filters: { $and: and } };
    const [rows, total] = await Promise.all([
      publicRead(strapi).readMany(UID.observation, {
        ...params,
        populate: { station: { fields: ['code', 'name'] } },
        sort: [{ observedAt: 'asc' }, { averaging: 'asc' }, { id: 'asc' }],
        start: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      }),
      publicRead(strapi).count(UID.observation, params),
    ]);
    return { data: rows.map(observationDto), pagination: pagination(query.page, query.pageSize, total) };
  },

  /** Daily series of a station's month, with days per level and 优良天数比例 (null when no such station). */
  async monthly(stationCode: string, month: string) {
    const station = await this.findStation(stationCode);
    if (!station) return null;
    const rows = await publicRead(strapi).readMany(UID.observation, {
      filters: {
        station: { code: stationCode },
        averaging: '24h',
        observedDate: {
          $gte: `${month}-01`,
          $lte: `${month}-${daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5)))}`,
        },
      },
      sort: [{ observedDate: 'asc' }, { id: 'asc' }],
      limit: -1,
    });
    // The middleware keeps one daily report per station and day; keep the first should old data hold two.
    const byDate = new Map<string, any>();
    for (const r of rows) if (!byDate.has(r.observedDate)) byDate.set(r.observedDate, r);
    const observations: AirObservation[] = [...byDate.values()].map((r) => ({
      date: r.observedDate,
      averaging: '24h',
      concentrations: Object.fromEntries(
        CONCENTRATION_KEYS.filter((k) => r[k] !== null && r[k] !== undefined).map((k) => [k, Number(r[k])]),
      ),
    }));
    const summary = monthlySummary(observations, month);
    const levels = HJ_633_2012.levels.map((l) => ({
      level: l.level,
      levelLabel: l.levelLabel,
      category: l.category,
      color: l.color.hex,
      range: l.range,
      days: summary.levelCounts[l.level],
    }));
    return {
      station: stationDto(station),
      month,
      days: summary.days.map((d) => ({
        date: d.date,
        documentId: byDate.get(d.date)?.documentId,
        aqi: d.result.aqi,
        aqiDisplay: d.result.display,
        level: d.result.level,
        levelLabel: d.result.levelLabel,
        category: d.result.category,
        color: d.result.color.hex,
        primaryPollutants: d.result.primaryPollutants,
      })),
      levelCounts: summary.levelCounts,
      levels,
      goodDaysRatio: summary.goodDaysRatio,
      edition: summary.days[0]?.result.edition ?? HJ_633_2012.id,
    };
  },

  async chart(stationCode: string, month: string) {
    const m = await this.monthly(stationCode, month);
    if (!m) return null;
    return renderAqiChart({
      month,
      stationName: m.station.name,
      days: m.days.map((d) => ({
        date: d.date,
        aqi: d.aqi,
        display: d.aqiDisplay,
        level: d.level as AqiLevel,
        category: d.category,
        primaryPollutants: d.primaryPollutants as PollutantKey[],
      })),
      levelCounts: m.levelCounts,
      goodDays: m.goodDaysRatio.goodDays,
      validDays: m.goodDaysRatio.validDays,
      percent: m.goodDaysRatio.percent,
    });
  },

  async forecasts(query: { from?: string; to?: string; region?: string; page: number; pageSize: number }) {
    const and: Record<string, unknown>[] = [];
    if (query.from) and.push({ date: { $gte: query.from.slice(0, 10) } });
    if (query.to) and.push({ date: { $lte: query.to.slice(0, 10) } });
    if (query.region) and.push({ region: query.region });
    const params = { filters: { $and: and } };
    const [rows, total] = await Promise.all([
      publicRead(strapi).readMany(UID.forecast, {
        ...params,
        populate: { department: { fields: ['code', 'name'] } },
        sort: [{ date: 'desc' }, { region: 'asc' }],
        start: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      }),
      publicRead(strapi).count(UID.forecast, params),
    ]);
    return {
      data: rows.map((f: any) => ({
        documentId: f.documentId,
        date: f.date,
        region: f.region,
        aqiRange: { low: f.aqiLow, high: f.aqiHigh },
        levels: f.levels ?? [],
        levelLabel: f.levelLabel,
        category: f.category,
        primaryPollutant: f.primaryPollutant ?? null,
        healthEffect: f.healthEffect,
        advice: f.advice,
        department: f.department ? { code: f.department.code, name: f.department.name } : null,
      })),
      pagination: pagination(query.page, query.pageSize, total),
    };
  },
});
