import type { AdminLayout } from 'strapi-plugin-gov-core/types';
import { POLLUTANT_LABELS } from '../data/pollutants';
import { SOURCE_TYPE_LABELS } from './public-api';
import { UID } from '../utils/constants';

const computed = (label: string) => ({ label, description: '保存时由系统计算', readOnly: true });
const mgm3 = (name: string) => ({ label: `${name}（μg/m³）` });

/** The environment types in the content manager: measured values editable, values computed per HJ 633 read-only. */
export const ADMIN_LAYOUTS: Record<string, AdminLayout> = {
  [UID.station]: {
    fields: {
      name: { label: '点位名称', placeholder: '如：道县环保局' },
      code: { label: '点位编码', placeholder: '如：431124001' },
      township: { label: '所在乡镇', description: '点位所在的乡镇（街道）' },
      address: '地址',
      latitude: { label: '纬度', placeholder: '如：25.5275' },
      longitude: { label: '经度', placeholder: '如：111.6002' },
      network: {
        label: '监测网络',
        description: '国控 / 省控 / 市控 / 县控',
        options: { national: '国控', provincial: '省控', municipal: '市控', county: '县控' },
      },
    },
    list: ['name', 'code', 'network', 'updatedAt'],
    mainField: 'name',
    groups: [['name', 'code', 'network', 'township', 'address', 'latitude', 'longitude']],
  },
  [UID.observation]: {
    fields: {
      station: '监测点位',
      observedAt: { label: '监测时间', description: '整点时间，如 2017-05-05 08:00' },
      averaging: { label: '统计时段', description: '1h：小时值；24h：日均值' },
      so2: mgm3('二氧化硫 SO₂'),
      no2: mgm3('二氧化氮 NO₂'),
      pm10: mgm3('颗粒物 PM10'),
      co: { label: '一氧化碳 CO（mg/m³）' },
      o3_1h: mgm3('臭氧 O₃ 1小时'),
      o3_8h: mgm3('臭氧 O₃ 8小时滑动'),
      pm25: mgm3('细颗粒物 PM2.5'),
      so2_24h: mgm3('二氧化硫 SO₂ 24小时'),
      observedDate: computed('监测日期'),
      aqi: computed('空气质量指数 AQI'),
      aqiDisplay: computed('AQI 显示值'),
      level: computed('级别'),
      levelLabel: computed('级别名称'),
      category: computed('类别'),
      color: computed('表示颜色'),
      primaryPollutants: computed('首要污染物'),
      exceedingPollutants: computed('超标污染物'),
      iaqi: computed('空气质量分指数 IAQI'),
      edition: computed('标准版本'),
    },
    list: ['station', 'observedAt', 'averaging', 'aqi', 'levelLabel'],
    mainField: 'observedAt',
    defaultSort: { field: 'observedAt', order: 'DESC' },
    groups: [
      ['station', 'observedAt', 'averaging'],
      ['so2', 'no2', 'pm10', 'co', 'o3_1h', 'o3_8h', 'pm25', 'so2_24h'],
      ['aqi', 'aqiDisplay', 'level', 'levelLabel', 'category', 'color', 'observedDate', 'edition'],
      ['primaryPollutants', 'exceedingPollutants', 'iaqi'],
    ],
  },
  [UID.forecast]: {
    fields: {
      date: '预报日期',
      region: { label: '预报区域', placeholder: '如：道县城区' },
      aqiLow: 'AQI 下限',
      aqiHigh: 'AQI 上限',
      primaryPollutant: {
        label: '首要污染物',
        options: Object.fromEntries(
          Object.entries(POLLUTANT_LABELS).map(([key, p]) => [key, `${p.zh}（${p.short}）`]),
        ),
      },
      healthEffect: '对健康的影响',
      advice: '建议采取的措施',
      levels: computed('级别范围'),
      levelLabel: computed('级别名称'),
      category: computed('类别'),
    },
    list: ['date', 'region', 'aqiLow', 'aqiHigh', 'levelLabel'],
    mainField: 'region',
    defaultSort: { field: 'date', order: 'DESC' },
    groups: [
      ['date', 'region', 'aqiLow', 'aqiHigh', 'primaryPollutant'],
      ['healthEffect', 'advice'],
    ],
  },
  [UID.water]: {
    fields: {
      township: '乡镇',
      quarter: { label: '季度', placeholder: '如：2017Q2' },
      sourceType: {
        label: '监测类型',
        description: '水源 / 出厂水 / 管网水 / 河流断面',
        options: SOURCE_TYPE_LABELS,
      },
      siteName: { label: '点位名称', placeholder: '如：道县自来水厂' },
      sampledOn: '采样日期',
      targetClass: { label: '目标水质类别', description: 'GB 3838 的类别，如 3 表示 Ⅲ 类' },
      smallSupply: { label: '小型集中式供水', description: '日供水 1000 m³ 以下' },
      results: { label: '检测结果', description: '指标 → 数值，如 {"pH": 7.2}' },
      notes: '备注',
      indicators: computed('指标评价'),
      compliant: computed('是否达标'),
      standard: computed('评价标准'),
      waterClass: computed('水质类别'),
      waterClassLabel: computed('水质类别名称'),
    },
    list: ['siteName', 'quarter', 'sourceType', 'compliant'],
    mainField: 'siteName',
    defaultSort: { field: 'sampledOn', order: 'DESC' },
    groups: [
      ['township', 'quarter', 'sourceType', 'siteName', 'sampledOn', 'targetClass', 'smallSupply'],
      ['results', 'notes'],
    ],
  },
  [UID.polluter]: {
    fields: {
      company: { label: '单位名称', placeholder: '如：道县某某化工有限公司' },
      creditCode: { label: '统一社会信用代码', description: '18 位' },
      industry: '行业',
      address: '地址',
      period: { label: '监测周期', placeholder: '如：2017年第二季度' },
      monitoredOn: '监测日期',
      pollutants: { label: '监测结果', description: '每项污染物的浓度和排放限值' },
      notes: '备注',
      compliant: computed('是否达标'),
      exceedingPollutants: computed('超标污染物'),
    },
    list: ['company', 'period', 'monitoredOn', 'compliant'],
    mainField: 'company',
    defaultSort: { field: 'monitoredOn', order: 'DESC' },
    groups: [
      ['company', 'creditCode', 'industry', 'address', 'period', 'monitoredOn'],
      ['pollutants', 'notes'],
    ],
  },
};
