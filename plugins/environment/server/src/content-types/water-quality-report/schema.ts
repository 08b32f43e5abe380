import { computed, ownership } from '../shared';
import { collectionType } from '@gov-portal/kit';

// Environment data is numbers and codes; 繁体 output comes from the chinese-variants plugin, not locales.
export default collectionType({
  collectionName: 'env_water_quality_reports',
  info: {
    singularName: 'water-quality-report',
    pluralName: 'water-quality-reports',
    displayName: '饮水安全状况 (Water quality report)',
    description: '乡镇按季度公开的饮用水水源、出厂水、管网水水质与河流断面水质达标情况',
  },
  localized: false,
  attributes: {
    // 乡镇 (gov-core department of kind `township`); one report per township, quarter and site.
    township: { type: 'relation', relation: 'manyToOne', target: 'plugin::gov-core.department' },
    quarter: { type: 'string', required: true, maxLength: 6, regex: '^\\d{4}Q[1-4]$' },
    // source 水源 | plant-outlet 出厂水 | tap 管网水（末梢水） | river 河流断面
    sourceType: { type: 'enumeration', enum: ['source', 'plant-outlet', 'tap', 'river'], required: true },
    siteName: { type: 'string', required: true, maxLength: 100 },
    sampledOn: { type: 'date' },
    // 水质目标 (Ⅰ–Ⅴ类) for sources and river sections; defaults to Ⅲ类.
    targetClass: { type: 'integer', min: 1, max: 5 },
    // 小型集中式供水/分散式供水: GB 5749-2022 表1 note limits.
    smallSupply: { type: 'boolean', default: false },
    // Input: [{ indicator, value }] — value a number or 'notDetected'.
    results: { type: 'json', required: true },
    notes: { type: 'text', maxLength: 2000 },
    // Computed on save.
    indicators: computed({ type: 'json' }),
    compliant: computed({ type: 'boolean' }),
    standard: computed({ type: 'string', maxLength: 80 }),
    waterClass: computed({ type: 'integer' }),
    waterClassLabel: computed({ type: 'string', maxLength: 8 }),
    ...ownership(),
  },
});
