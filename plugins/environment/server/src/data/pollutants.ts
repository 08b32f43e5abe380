/**
 * Labels of the AQI index items, in the order of HJ 633-2012 表1 (SO2, NO2, PM10, CO, O3, PM2.5).
 * `short` follows the national publishing platform (“O3_8h”); `zh` the wording of daily reports.
 */
import type { ConcentrationKey, ConcentrationUnit } from '../domain/aqi-types';

export interface PollutantLabel {
  zh: string;
  short: string;
  unit: ConcentrationUnit;
}

export const POLLUTANT_LABELS: Readonly<Record<ConcentrationKey, PollutantLabel>> = {
  so2: { zh: '二氧化硫', short: 'SO2', unit: 'μg/m³' },
  no2: { zh: '二氧化氮', short: 'NO2', unit: 'μg/m³' },
  pm10: { zh: '可吸入颗粒物', short: 'PM10', unit: 'μg/m³' },
  co: { zh: '一氧化碳', short: 'CO', unit: 'mg/m³' },
  o3_1h: { zh: '臭氧1小时', short: 'O3_1h', unit: 'μg/m³' },
  o3_8h: { zh: '臭氧8小时', short: 'O3_8h', unit: 'μg/m³' },
  pm25: { zh: '细颗粒物', short: 'PM2.5', unit: 'μg/m³' },
  so2_24h: { zh: '二氧化硫24小时', short: 'SO2_24h', unit: 'μg/m³' },
};
