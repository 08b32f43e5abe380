/** Public reads. Every handler here is declared public in ../permissions.ts. */
export default {
  type: 'content-api' as const,
  routes: [
    { method: 'GET', path: '/aqi', handler: 'aqi.compute', config: { description: '按 HJ 633 计算 AQI' } },
    {
      method: 'GET',
      path: '/stations',
      handler: 'air.stations',
      config: { description: '空气质量监测点位' },
    },
    {
      method: 'GET',
      path: '/observations',
      handler: 'air.observations',
      config: { description: '监测数据（含计算的 AQI 字段）' },
    },
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
    { method: 'GET', path: '/forecasts', handler: 'air.forecasts', config: { description: '空气质量预报' } },
    {
      method: 'GET',
      path: '/water-quality',
      handler: 'disclosure.waterQuality',
      config: { description: '乡镇饮水安全状况（季度）' },
    },
    {
      method: 'GET',
      path: '/polluters',
      handler: 'disclosure.polluters',
      config: { description: '重点排污单位监测信息' },
    },
  ],
};
