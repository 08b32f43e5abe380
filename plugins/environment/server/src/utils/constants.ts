export const PLUGIN_ID = 'environment';

export const UID = {
  station: 'plugin::environment.air-station',
  observation: 'plugin::environment.air-observation',
  forecast: 'plugin::environment.air-forecast',
  water: 'plugin::environment.water-quality-report',
  polluter: 'plugin::environment.polluter-report',
} as const;

export const DEPARTMENT_UID = 'plugin::gov-core.department';
export const COLUMN_UID = 'plugin::gov-core.column';
/** gov-core's source locale: relations from these non-localized types point at its rows. */
export const SOURCE_LOCALE = 'zh-Hans';
