import { computed, ownership } from '../shared';
import { collectionType } from '@gov-portal/kit';

// Environment data is numbers and codes; 繁体 output comes from the chinese-variants plugin, not locales.
export default collectionType({
  collectionName: 'env_air_forecasts',
  info: {
    singularName: 'air-forecast',
    pluralName: 'air-forecasts',
    displayName: '空气质量预报 (Air forecast)',
    description: '空气质量预报：日期、区域、AQI 范围、级别、首要污染物、健康影响与建议措施',
  },
  localized: false,
  attributes: {
    date: { type: 'date', required: true },
    region: { type: 'string', required: true, maxLength: 100 },
    aqiLow: { type: 'integer', required: true, min: 0, max: 500 },
    aqiHigh: { type: 'integer', required: true, min: 0, max: 500 },
    primaryPollutant: { type: 'enumeration', enum: ['so2', 'no2', 'pm10', 'co', 'o3_1h', 'o3_8h', 'pm25'] },
    // 对健康影响情况 / 建议采取的措施: default to HJ 633-2012 表2 for the worst level when left empty.
    healthEffect: { type: 'text', maxLength: 1000 },
    advice: { type: 'text', maxLength: 1000 },
    // Computed from the range on save: e.g. ['二级', '三级'], '良至轻度污染'.
    levels: computed({ type: 'json' }),
    levelLabel: computed({ type: 'string', maxLength: 20 }),
    category: computed({ type: 'string', maxLength: 20 }),
    ...ownership(),
  },
});
