import { UID } from './constants';

/** Attributes a public listing (feeds, search) may show, per type. */
const PUBLIC_FIELDS: Record<string, string[]> = {
  [UID.station]: ['name', 'code', 'address', 'latitude', 'longitude', 'network'],
  [UID.observation]: [
    'observedAt',
    'averaging',
    'so2',
    'no2',
    'pm10',
    'co',
    'o3_1h',
    'o3_8h',
    'pm25',
    'aqi',
    'aqiDisplay',
    'level',
    'levelLabel',
    'category',
    'primaryPollutants',
  ],
  [UID.forecast]: [
    'date',
    'region',
    'aqiLow',
    'aqiHigh',
    'levelLabel',
    'category',
    'primaryPollutant',
    'advice',
  ],
  [UID.water]: ['quarter', 'sourceType', 'siteName', 'sampledOn', 'compliant', 'standard', 'notes'],
  [UID.polluter]: ['company', 'period', 'pollutants', 'compliant', 'exceedingPollutants'],
};

export const publicFields = (uid: string) => PUBLIC_FIELDS[uid] ?? [];
