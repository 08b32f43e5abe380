import type { z } from 'zod';
import { aqiQuerySchema } from '../domain/aqi';
import {
  forecastsQuery,
  monthQuery,
  observationsQuery,
  pollutersQuery,
  stationsQuery,
  waterQuery,
} from '../schemas/queries';
import { responses } from '../schemas/responses';

const get = (
  path: string,
  handler: string,
  description: string,
  query: Record<string, z.ZodType>,
  response: z.ZodType,
  produces?: string,
) => ({
  method: 'GET',
  path,
  handler,
  request: { query },
  response,
  config: { description, ...(produces ? { produces } : {}) },
});

/** Public reads. Every handler here is declared public in ../permissions.ts. */
export default {
  type: 'content-api' as const,
  routes: [
    get('/aqi', 'aqi.compute', '按 HJ 633 计算 AQI', aqiQuerySchema.shape, responses.aqi),
    get('/stations', 'air.stations', '空气质量监测点位', stationsQuery.shape, responses.stations),
    get(
      '/observations',
      'air.observations',
      '监测数据（含计算的 AQI 字段）',
      observationsQuery.shape,
      responses.observations,
    ),
    get('/daily', 'air.daily', '月度每日 AQI、各级别天数、优良天数比例', monthQuery.shape, responses.daily),
    get(
      '/aqi-chart.svg',
      'air.chart',
      '月度每日 AQI 无障碍 SVG 图',
      monthQuery.shape,
      responses.chart,
      'image/svg+xml',
    ),
    get('/forecasts', 'air.forecasts', '空气质量预报', forecastsQuery.shape, responses.forecasts),
    get(
      '/water-quality',
      'disclosure.waterQuality',
      '乡镇饮水安全状况（季度）',
      waterQuery.shape,
      responses.waterQuality,
    ),
    get(
      '/polluters',
      'disclosure.polluters',
      '重点排污单位监测信息',
      pollutersQuery.shape,
      responses.polluters,
    ),
  ],
};
