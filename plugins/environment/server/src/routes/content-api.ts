import type { Core } from '@strapi/strapi';
import { ENVIRONMENT_ROUTES } from '../setup/public-api';

/** Public reads. Every handler here is declared public in ../permissions.ts. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  type: 'content-api' as const,
  routes: [
    { method: 'GET', path: '/aqi', handler: 'aqi.compute', config: { description: '按 HJ 633 计算 AQI' } },
    ...ENVIRONMENT_ROUTES.flatMap(({ uid, path, controller, list, one }) =>
      strapi
        .plugin('gov-core')
        .service('public-api')
        .routes({ uid, path, controller, description: { list, one } }),
    ),
    {
      method: 'GET',
      path: '/daily',
      handler: 'air.daily',
      config: { description: '月度每日 AQI、各级别天数、优良天数比例' },
    },
    {
      method: 'GET',
      path: '/aqi-chart.svg',
      handler: 'air.chart',
      config: { description: '月度每日 AQI 无障碍 SVG 图' },
    },
  ],
});
