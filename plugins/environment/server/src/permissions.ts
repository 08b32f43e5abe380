/**
 * Content-API actions the public (anonymous) role may call, granted by gov-core's public-access sync.
 * Every one is a read of published data or a pure computation.
 */
export const PUBLIC_ACTIONS = [
  'aqi.compute',
  'air.daily',
  'air.chart',
  // The public lists and singles (gov-core's public content API).
  'stations.find',
  'stations.findOne',
  'observations.find',
  'observations.findOne',
  'forecasts.find',
  'forecasts.findOne',
  'water-quality.find',
  'water-quality.findOne',
  'polluters.find',
  'polluters.findOne',
] as const;

/** Admin RBAC actions (role editor: 插件 / environment). */
export const ADMIN_ACTIONS = [
  { uid: 'import', displayName: '导入空气质量监测数据（CSV，存为草稿）' },
  // Imported observations skip the review gate only for holders of this action (网站管理员).
  { uid: 'import.publish', displayName: '导入空气质量监测数据并直接发布' },
  { uid: 'overdue.read', displayName: '查看未按季度公开饮水安全状况的乡镇' },
].map((a) => ({ ...a, section: 'plugins' as const, pluginName: 'environment' }));
