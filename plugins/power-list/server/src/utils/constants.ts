export const PLUGIN_ID = 'power-list';

export const UID = {
  item: 'plugin::power-list.power-item',
  adjustment: 'plugin::power-list.power-adjustment',
} as const;

export const COMPONENT = {
  responsibility: 'power-list.responsibility',
  accountability: 'power-list.accountability',
} as const;

export const DEPARTMENT_UID = 'plugin::gov-core.department';
export const COLUMN_UID = 'plugin::gov-core.column';
/** gov-core's source locale: imports, seeds and 动态调整 work on it. */
export const SOURCE_LOCALE = 'zh-Hans';
/** gov-core's scalar copy of an item's department documentId (kept in step by its governance middleware). */
export const SCOPE_FIELD = 'scopeDepartment';
