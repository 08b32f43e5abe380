import { ownership } from '../shared';
import { collectionType } from '@gov-portal/kit';

// Environment data is numbers and codes; 繁体 output comes from the chinese-variants plugin, not locales.
export default collectionType({
  collectionName: 'env_air_stations',
  info: {
    singularName: 'air-station',
    pluralName: 'air-stations',
    displayName: '空气质量监测点位 (Air station)',
    description: '环境空气质量监测点位：名称、编码、所在乡镇、坐标',
  },
  localized: false,
  attributes: {
    name: { type: 'string', required: true, maxLength: 100 },
    // Stable code used in URLs, CSV imports and filters (?station=dx-cz).
    code: {
      type: 'string',
      required: true,
      unique: true,
      maxLength: 40,
      regex: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
    },
    // 所在乡镇 (a gov-core department of kind `township`).
    township: { type: 'relation', relation: 'manyToOne', target: 'plugin::gov-core.department' },
    address: { type: 'string', maxLength: 200 },
    // WGS 84 decimal degrees.
    latitude: { type: 'float', min: -90, max: 90 },
    longitude: { type: 'float', min: -180, max: 180 },
    // 国控 / 省控 / 市控 / 县控
    network: {
      type: 'enumeration',
      enum: ['national', 'provincial', 'municipal', 'county'],
      default: 'county',
    },
    ...ownership(),
  },
});
