export const PLUGIN_ID = 'budget';

export const UID = {
  report: 'plugin::budget.budget-report',
  line: 'plugin::budget.budget-line',
} as const;

export const COMPONENT = {
  threePublicFunds: 'budget.three-public-funds',
  tableNote: 'budget.table-note',
} as const;

/** Deadlines and imports work on the source rows (the types are not localized: 繁体 is converted on output). */
export const SOURCE_LOCALE = 'zh-Hans';
