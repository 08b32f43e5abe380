import { computed, ownership } from '../shared';
import { collectionType } from '@gov-portal/kit';

// Environment data is numbers and codes; 繁体 output comes from the chinese-variants plugin, not locales.
export default collectionType({
  collectionName: 'env_polluter_reports',
  info: {
    singularName: 'polluter-report',
    pluralName: 'polluter-reports',
    displayName: '重点排污单位 (Polluter report)',
    description: '重点排污单位：主要污染物名称、排放方式、排放浓度和总量、超标排放情况',
  },
  localized: false,
  attributes: {
    company: { type: 'string', required: true, maxLength: 200 },
    // 统一社会信用代码 (GB 32100-2015)
    creditCode: { type: 'string', maxLength: 18 },
    industry: { type: 'string', maxLength: 100 },
    address: { type: 'string', maxLength: 200 },
    // 监测时段, e.g. '2026Q2' or '2026-05'.
    period: { type: 'string', required: true, maxLength: 20 },
    monitoredOn: { type: 'date' },
    // Input: [{ pollutant, outlet?, dischargeMode, concentration, limit, unit?, total?, totalUnit?, standard? }]
    pollutants: { type: 'json', required: true },
    notes: { type: 'text', maxLength: 2000 },
    // Computed on save: `pollutants[i].exceeds` and `exceedanceMultiple` too.
    compliant: computed({ type: 'boolean' }),
    exceedingPollutants: computed({ type: 'json' }),
    ...ownership(),
  },
});
