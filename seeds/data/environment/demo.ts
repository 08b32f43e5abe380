/**
 * Demo environment data of Dao County (道县): monitoring stations, forecasts, township water reports and
 * polluter reports. Observations are generated (see ../../sets/environment.ts): a month of hourly and daily
 * values with a few polluted days. Names of places are real; every measured value is invented for the demo.
 */
export const ENV_DEPARTMENT = 'hbj';
export const ENV_COLUMN = { slug: 'huanjing-baohu', name: '环境保护', parent: 'zhengwu-gongkai' };
export const OBSERVATION_MONTH = '2026-01';

export const STATIONS = [
  {
    code: 'dx-chengqu',
    name: '道县城区站',
    township: 'lianxi',
    address: '濂溪街道',
    latitude: 25.5275,
    longitude: 111.6003,
    network: 'provincial',
    base: 32,
  },
  {
    code: 'dx-xizhou',
    name: '西洲公园站',
    township: 'xizhou',
    address: '西洲街道',
    latitude: 25.5352,
    longitude: 111.5916,
    network: 'county',
    base: 28,
  },
  {
    code: 'dx-meihua',
    name: '梅花镇站',
    township: 'meihua',
    address: '梅花镇集镇',
    latitude: 25.4361,
    longitude: 111.4694,
    network: 'county',
    base: 22,
  },
] as const;

/** Days of the month with a pollution episode (winter inversion, festival fireworks). */
export const POLLUTED_DAYS: Record<number, number> = { 8: 70, 9: 110, 10: 60, 21: 55, 28: 160 };

export const FORECASTS = [
  { date: '2026-02-01', region: '道县城区', aqiLow: 55, aqiHigh: 80, primaryPollutant: 'pm25' },
  { date: '2026-02-02', region: '道县城区', aqiLow: 70, aqiHigh: 110, primaryPollutant: 'pm25' },
  { date: '2026-02-03', region: '道县城区', aqiLow: 40, aqiHigh: 60, primaryPollutant: 'pm10' },
  { date: '2026-02-01', region: '梅花镇', aqiLow: 35, aqiHigh: 55, primaryPollutant: 'pm25' },
] as const;

export const WATER_TOWNSHIPS = ['meihua', 'shouyan', 'xianzijiao', 'qingtang'] as const;
export const WATER_QUARTERS = ['2025Q1', '2025Q2', '2025Q3', '2025Q4'] as const;

export const POLLUTERS = [
  {
    company: '道县城市污水处理厂',
    industry: '污水处理及其再生利用',
    address: '道县濂溪街道',
    period: '2025Q4',
    monitoredOn: '2025-11-12',
    pollutants: [
      {
        pollutant: '化学需氧量',
        outlet: 'DW001',
        dischargeMode: '连续排放',
        concentration: 24,
        limit: 50,
        unit: 'mg/L',
        total: 182.4,
        totalUnit: 't',
        standard: 'GB 18918-2002 一级A',
      },
      {
        pollutant: '氨氮',
        outlet: 'DW001',
        dischargeMode: '连续排放',
        concentration: 1.8,
        limit: 5,
        unit: 'mg/L',
        total: 13.1,
        totalUnit: 't',
        standard: 'GB 18918-2002 一级A',
      },
      {
        pollutant: 'pH',
        outlet: 'DW001',
        dischargeMode: '连续排放',
        concentration: 7.1,
        limit: { min: 6, max: 9 },
        standard: 'GB 18918-2002',
      },
    ],
  },
  {
    company: '道县某建材有限公司',
    industry: '水泥制造',
    address: '道县寿雁镇',
    period: '2025Q4',
    monitoredOn: '2025-12-03',
    pollutants: [
      {
        pollutant: '颗粒物',
        outlet: 'DA001',
        dischargeMode: '有组织排放',
        concentration: 14,
        limit: 10,
        unit: 'mg/m³',
        total: 3.2,
        totalUnit: 't',
        standard: 'GB 4915-2013 表2',
      },
      {
        pollutant: '二氧化硫',
        outlet: 'DA001',
        dischargeMode: '有组织排放',
        concentration: 45,
        limit: 100,
        unit: 'mg/m³',
        total: 9.8,
        totalUnit: 't',
        standard: 'GB 4915-2013 表2',
      },
      {
        pollutant: '氮氧化物',
        outlet: 'DA001',
        dischargeMode: '有组织排放',
        concentration: 260,
        limit: 320,
        unit: 'mg/m³',
        total: 56.5,
        totalUnit: 't',
        standard: 'GB 4915-2013 表2',
      },
    ],
    notes: '颗粒物超标，已责令限期整改。',
  },
];
