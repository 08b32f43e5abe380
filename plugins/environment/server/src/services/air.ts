import type { Core } from '@strapi/strapi';
import { HJ_633_2012 } from '../data/hj633-2012';
import { monthlySummary, type AirObservation } from '../domain/air-quality-stats';
import { renderAqiChart } from '../domain/aqi-chart';
import { daysInMonth } from '../domain/calendar';
import type { AqiLevel, PollutantKey } from '../domain/aqi-types';
import { CONCENTRATION_KEYS } from '../domain/records';
import { UID } from '../utils/constants';
import { publicRead } from '../utils/get-service';

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

const OWNER_POPULATE = {
  township: { fields: ['code', 'name'] },
  department: { fields: ['code', 'name'] },
};

/** Public reads of air-quality data through gov-core's public-read path (published only, at every depth). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findStation(code: string) {
    return publicRead(strapi).readOne(UID.station, { filters: { code }, populate: OWNER_POPULATE });
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
});
