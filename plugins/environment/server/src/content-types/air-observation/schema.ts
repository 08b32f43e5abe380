import { computed, ownership } from '../shared';
import { collectionType } from '@gov-portal/kit';

/** Concentrations in μg/m³ (CO in mg/m³), as HJ 633-2012 表1 states them. */
const concentration = () => ({ type: 'float', min: 0 }) as const;

// Environment data is numbers and codes; 繁体 output comes from the chinese-variants plugin, not locales.
export default collectionType({
  collectionName: 'env_air_observations',
  info: {
    singularName: 'air-observation',
    pluralName: 'air-observations',
    displayName: '空气质量监测数据 (Air observation)',
    description: '实时报（1h）或日报（24h）的污染物浓度；AQI 等字段在保存时按 HJ 633 计算',
  },
  localized: false,
  attributes: {
    station: { type: 'relation', relation: 'manyToOne', target: 'plugin::environment.air-station' },
    observedAt: { type: 'datetime', required: true },
    // `24h` = 日报, `1h` = 实时报. A string, not an enumeration: Strapi refuses enumeration values that start
    // with a digit, and these are the values the issue and the monitoring exports use.
    averaging: { type: 'string', required: true, default: '1h', maxLength: 3, regex: '^(1h|24h)$' },
    so2: concentration(),
    no2: concentration(),
    pm10: concentration(),
    co: concentration(),
    o3_1h: concentration(),
    o3_8h: concentration(),
    pm25: concentration(),
    // SO2 24-hour moving average, used by real-time reports when SO2 1-hour > 800 (HJ 633-2012 表1 note 2).
    so2_24h: concentration(),
    // Computed on save (never typed by hand).
    observedDate: computed({ type: 'date' }),
    aqi: computed({ type: 'integer' }),
    aqiDisplay: computed({ type: 'string', maxLength: 8 }),
    level: computed({ type: 'integer' }),
    levelLabel: computed({ type: 'string', maxLength: 8 }),
    category: computed({ type: 'string', maxLength: 8 }),
    color: computed({ type: 'string', maxLength: 7 }),
    primaryPollutants: computed({ type: 'json' }),
    exceedingPollutants: computed({ type: 'json' }),
    iaqi: computed({ type: 'json' }),
    edition: computed({ type: 'string', maxLength: 40 }),
    ...ownership(),
  },
});
